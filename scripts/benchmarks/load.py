#!/usr/bin/env python
"""Load benchmark: the portal with production settings on PostgreSQL under gunicorn, on
loopback, driven by wrk for a fixed duration per URL. Prints req/s and p50/p95/p99 latency
for a static file (the machine's reference), the home page cached and uncached, a topic
page cached and uncached, a knowledge search, the questionnaire's start page and its first
step (each request a new visitor, so a new session is stored), and the targets: the cached
home page against the static file, the uncached pages against a comparison server. Beside
each rate: the server's CPU per request (gunicorn's master and workers, from /proc), which
other jobs on the machine disturb less than the rate. `--rounds N` measures every URL N
times in turn and gives each target's ratio per round and their median.

Usage (PostgreSQL and Redis from `scripts/services start`, wrk from Debian's `wrk` package):

    eval "$(scripts/services env)"
    .venv/bin/python scripts/benchmarks/load.py [--duration 15] [--connections 16] [--workers 4]
        [--compare-url http://127.0.0.1:8124/ --compare-header "X-Forwarded-Proto: https"]
        [--only static,home-cached,home-uncached,topic-uncached] [--rounds 3]

The database in DATABASE_URL gets the migrations and the demo content if it has none.
The cache is REDIS_URL (or CACHE_URL) when set, as in production; otherwise each worker has
its own local memory. With ELASTICSEARCH_URL set, the search index is rebuilt first and the
knowledge search uses Elasticsearch; otherwise it answers from the database. "Uncached" pages
carry a query parameter the page cache refuses to key on, so they are rendered on every
request (by a warm process: what stays in its memory between requests is used).

`--bakerydemo DIR` starts wagtail/bakerydemo from its checkout in DIR (its own virtualenv
in DIR/.venv with gunicorn, its `load_initial_data` done, see docs/README.md "Benchmarks")
with its production settings, the same number of gunicorn workers, on port 8124, measures
its home page as the comparison and stops it afterwards; `--bakerydemo-database-url`
(default: database `bakerydemo` on the PostgreSQL of DATABASE_URL). `--compare-url`
measures an already running server instead. `--compare-header` adds a request header for
it (behind no proxy, bakerydemo's production settings want `X-Forwarded-Proto: https`,
which `--bakerydemo` sends).
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PORT = 8123
BASE = f"http://127.0.0.1:{PORT}"
BAKERYDEMO_PORT = 8124

WRK_REPORT = r"""
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout,
    summary.requests))
end
"""


def production_env():
    env = dict(os.environ)
    database_url = env.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must point at PostgreSQL (see scripts/services).")
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": env.get("SECRET_KEY") or "benchmark-only-" + "x" * 60,
            "FIELD_ENCRYPTION_KEYS": env.get("FIELD_ENCRYPTION_KEYS")
            or "YmVuY2htYXJrLW9ubHktbm90LWEtcmVhbC1rZXktMzI=",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
            "SECURE_SSL_REDIRECT": "False",  # plain HTTP on loopback
            "CACHE_URL": env.get("CACHE_URL") or env.get("REDIS_URL") or "locmemcache://benchmark",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def prepare(env):
    print("Preparing the database, static files and search index ...", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    has_pages = subprocess.run(  # noqa: S603
        [
            PYTHON,
            "manage.py",
            "shell",
            "-v0",
            "-c",
            "from home.models import HomePage; print(HomePage.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if has_pages in ("", "0"):
        manage(env, "load_demo_content", "--no-admin")
    manage(env, "collectstatic", "--noinput", "-v0")
    if env.get("ELASTICSEARCH_URL"):
        manage(env, "rebuild_search_index")


def start_gunicorn(
    env, workers, *, gunicorn=None, app="portal.wsgi", cwd=ROOT, port=PORT, probe="/robots.txt"
):
    process = subprocess.Popen(  # noqa: S603
        [
            gunicorn or str(Path(PYTHON).with_name("gunicorn")),
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=cwd,
        env=env,
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{probe}", timeout=2).read()  # noqa: S310
            return process
        except urllib.error.HTTPError:
            return process  # it answers
        except OSError:
            time.sleep(0.2)
    process.terminate()
    sys.exit("gunicorn did not start")


def bakerydemo_env(env, database_url):
    """bakerydemo's production settings: DEBUG off, whitenoise, its local-memory cache
    (no REDIS_URL), PostgreSQL."""
    if not database_url:
        database_url = env["DATABASE_URL"].rsplit("/", 1)[0] + "/bakerydemo"
    return {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": "benchmark-only-" + "y" * 60,
        "DATABASE_URL": database_url,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
        "SECURE_SSL_REDIRECT": "False",  # plain HTTP on loopback, as ours
    }


def start_bakerydemo(directory, env, database_url, workers):
    directory = Path(directory).resolve()
    gunicorn = directory / ".venv" / "bin" / "gunicorn"
    if not gunicorn.exists():
        sys.exit(f"no {gunicorn}: make bakerydemo's virtualenv first (docs/README.md)")
    return start_gunicorn(
        bakerydemo_env(env, database_url),
        workers,
        gunicorn=str(gunicorn),
        app="bakerydemo.wsgi",
        cwd=directory,
        port=BAKERYDEMO_PORT,
        probe="/robots.txt",
    )


def fetch(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:  # noqa: S310 (our own server)
        return response.status, response.read().decode(errors="replace")


# (key for --only, label, path)
def pick_urls():
    status, home = fetch("/nl/")
    if status != 200:
        sys.exit(f"the home page answered {status}")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    topic = re.search(r'href="(/nl/ouders/[^"/]+/)"', fetch("/nl/ouders/")[1]).group(1)
    return [
        ("static", "static file (reference)", stylesheet),
        ("home-cached", "home page, cached", "/nl/"),
        ("home-uncached", "home page, uncached", "/nl/?bench=1"),
        ("topic-cached", "topic page, cached", topic),
        ("topic-uncached", "topic page, uncached", topic + "?bench=1"),
        ("search", "knowledge search", "/nl/kennisbank/?q=omgangsregeling"),
        ("questionnaire", "questionnaire start", "/nl/scheidingswijzer/"),
        ("questionnaire-step", "questionnaire step (new session)", "/nl/scheidingswijzer/wie/"),
    ]


def run_wrk(url, duration, connections, script, headers=()):
    for _ in range(3):  # warm up: fills the page cache on every worker that answers
        request = urllib.request.Request(url, headers=dict(headers))  # noqa: S310 (loopback)
        urllib.request.urlopen(request, timeout=60).read()  # noqa: S310
    header_args = [arg for name, value in headers for arg in ("--header", f"{name}: {value}")]
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{duration}s",
            "--timeout",
            "10s",
            "--script",
            script,
            *header_args,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    rate, p50, p95, p99, errors, total = line.split()[1:]
    return float(rate), float(p50), float(p95), float(p99), int(errors), int(total)


def server_cpu_seconds(process):
    """CPU seconds used so far by a gunicorn master and its workers (Linux /proc): a figure
    other jobs on the machine disturb less than the request rate."""
    tick = os.sysconf("SC_CLK_TCK")
    pids = [process.pid]
    try:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    except OSError:
        children = []
    pids += [int(pid) for pid in children]
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def header(text):
    name, _sep, value = text.partition(":")
    if not value.strip():
        raise argparse.ArgumentTypeError("a header is 'Name: value'")
    return name.strip(), value.strip()


def machine_load():
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# (label, measured, reference, target ratio)
TARGETS = [
    ("home page, cached / static file", "home page, cached", "static file (reference)", 0.8),
    ("home page, uncached / comparison", "home page, uncached", "comparison", 5.0),
    ("topic page, uncached / comparison", "topic page, uncached", "comparison", 4.0),
]


def print_targets(rounds):
    """Each target's ratio in every round (a round measures each URL once, back to back) and
    their median, which a burst of other work on the machine moves least."""
    print(f"\n{'target':<36} {'median':>7} {'wanted':>7}  per round")
    for label, measured, reference, wanted in TARGETS:
        ratios = [
            results[measured] / results[reference]
            for results in rounds
            if measured in results and reference in results
        ]
        if ratios:
            ratio = statistics.median(ratios)
            verdict = "met" if ratio >= wanted else "NOT met"
            listed = " ".join(f"{value:.2f}" for value in ratios)
            print(f"{label:<36} {ratio:7.2f} {wanted:7.1f}  {listed}  {verdict}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--only", default="", help="comma-separated keys: " + ", ".join(KEYS))
    parser.add_argument("--compare-url", default="", help="an already running server to compare with")
    parser.add_argument("--compare-header", type=header, action="append", default=[])
    parser.add_argument(
        "--bakerydemo", default="", help="a wagtail/bakerydemo checkout to start and compare with"
    )
    parser.add_argument("--bakerydemo-database-url", default="")
    parser.add_argument("--no-prepare", action="store_true", help="skip migrations, demo and index")
    parser.add_argument(
        "--rounds", type=int, default=1, help="measure every URL this many times, in turn (median ratios)"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian: apt-get install wrk).")
    only = {key.strip() for key in args.only.split(",") if key.strip()}
    if only - set(KEYS):
        sys.exit(f"unknown --only keys: {', '.join(sorted(only - set(KEYS)))}")

    env = production_env()
    if not args.no_prepare:
        prepare(env)
    server = start_gunicorn(env, args.workers)
    comparison = None
    try:
        if args.bakerydemo:
            comparison = start_bakerydemo(args.bakerydemo, env, args.bakerydemo_database_url, args.workers)
            args.compare_url = f"http://127.0.0.1:{BAKERYDEMO_PORT}/"
            args.compare_header = [("X-Forwarded-Proto", "https"), *args.compare_header]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(WRK_REPORT)
        print(
            f"\n{args.workers} gunicorn workers, wrk: 2 threads, {args.connections} connections, "
            f"{args.duration}s per URL, {os.cpu_count()} CPU cores, cache {env['CACHE_URL'].split(':')[0]}"
        )
        print(f"before: {machine_load()}\n")
        print(
            f"{'request':<34} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}"
            f" {'server CPU µs/req':>18}"
        )
        measured = [
            (label, BASE + path, (), server) for key, label, path in pick_urls() if not only or key in only
        ]
        if args.compare_url:
            measured.append(("comparison", args.compare_url, tuple(args.compare_header), comparison))
            if args.bakerydemo:
                print(
                    f"comparison: bakerydemo's home page, {args.workers} gunicorn workers, {args.compare_url}"
                )
        rounds = []
        for number in range(args.rounds):
            if args.rounds > 1:
                print(f"round {number + 1} of {args.rounds}")
            results = {}
            for label, url, headers, process in measured:
                cpu_before = server_cpu_seconds(process) if process is not None else None
                rate, p50, p95, p99, errors, total = run_wrk(
                    url, args.duration, args.connections, script.name, headers
                )
                cpu = ""
                if cpu_before is not None and total:
                    cpu = f"{(server_cpu_seconds(process) - cpu_before) / total * 1e6:18.0f}"
                results[label] = rate
                print(
                    f"{label:<34} {rate:9.1f} {p50:8.2f} {p95:8.2f} {p99:8.2f} {errors:>7} {cpu}", flush=True
                )
            rounds.append(results)
        print_targets(rounds)
        print(f"\nafter: {machine_load()}")
    finally:
        for process in (server, comparison):
            if process is not None:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=30)


KEYS = [
    "static",
    "home-cached",
    "home-uncached",
    "topic-cached",
    "topic-uncached",
    "search",
    "questionnaire",
    "questionnaire-step",
]


if __name__ == "__main__":
    main()
