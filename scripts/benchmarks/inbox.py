#!/usr/bin/env python
"""Inbox benchmark: the intake team's inbox, its saved views and the dashboard at 1,000 and
100,000 requests.

    .venv/bin/python scripts/benchmarks/inbox.py [--sizes 1000 100000] [--runs 30]
        [--database-url postgres://...]

For each size, generates that many made-up requests in one region (three years up to today,
with referrals and panel meetings, see advies/report/synthetic.py; a share of the open ones
assigned to the benchmark's staff member), then requests each page `--runs` times as that
staff member through Django's test client (the whole view and template, no network) and
prints the number of database queries and the median and 95th percentile time per page.
The query count must not change between sizes. Prints the machine load alongside.

Data stays out of the normal database: by default a separate SQLite file under
var/benchmarks/ (deleted afterwards unless --keep), or --database-url, a database of its own
(migrated and filled; the generated requests are deleted afterwards unless --keep). The
figures that count are PostgreSQL's.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

from separate_database import remove_sqlite_file, setup_django

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HOST = "bench-inbox.localhost"
PAGES = (
    ("inbox (open)", "/admin/aanvragen/", {}),
    ("inbox, page 5", "/admin/aanvragen/", {"p": "5"}),
    ("all, also closed", "/admin/aanvragen/", {"status": "alle"}),
    ("longest waiting first", "/admin/aanvragen/", {"ordering": "-wachtdagen"}),
    ("by next follow-up", "/admin/aanvragen/", {"ordering": "next_follow_up_on"}),
    ("mijn aanvragen", "/admin/aanvragen/", {"weergave": "mijn"}),
    ("veiligheid eerst", "/admin/aanvragen/", {"weergave": "veiligheid"}),
    ("opvolging vandaag", "/admin/aanvragen/", {"weergave": "opvolging"}),
    ("wacht te lang", "/admin/aanvragen/", {"weergave": "te-lang"}),
    ("search a reference", "/admin/aanvragen/", {"q": "G-0I00001"}),
    ("dashboard", "/admin/", {}),
)


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database-url", default="", help="default: a separate SQLite file")
    parser.add_argument("--keep", action="store_true", help="keep the generated data")
    return parser.parse_args()


def region():
    """The benchmark region with municipalities, chain partners and an intake member."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Locale, Page, Site

    from advies import roles
    from advies.models import ChainPartner
    from home.models import HomePage, Municipality, RegionSettings

    site = Site.objects.filter(hostname=HOST).first()
    if site is None:
        dutch, _ = Locale.objects.get_or_create(language_code="nl")
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Bench Inbox", slug="bench-inbox", intro="x", locale=dutch)
        )
        site = Site.objects.create(hostname=HOST, port=8000, root_page=home, site_name="Bench Inbox")
        RegionSettings.objects.create(site=site, region_name="Bench Inbox", expertise_point_name="Bench")
        for name in ("Aalveen", "Beekdorp", "Dijkhoven", "Esbroek", "Grasmere", "Heiland"):
            Municipality.objects.create(site=site, name=name, slug=name.lower())
        for name in ("Gezinshuis Noorderlicht", "Bureau Omgangsbegeleiding", "Mediatorspunt"):
            ChainPartner.objects.create(site=site, name=name)
    user, _ = get_user_model().objects.get_or_create(
        username="bench.intake", defaults={"first_name": "Bench", "last_name": "Intake"}
    )
    user.groups.add(roles.ensure_intake_team(site, "Intake Bench Inbox"))
    return site, user


def fill(site, user, size):
    from django.db import connection
    from django.utils import timezone

    from advies.choices import Status
    from advies.models import Request
    from advies.report import synthetic

    synthetic.delete_generated(site)
    today = timezone.localdate()
    started = time.perf_counter()
    synthetic.generate_history(
        site,
        start=today - datetime.timedelta(days=3 * 365),
        end=today,
        count=size,
        tag="I",
        progress=lambda made: print(f"\r  generating: {made} requests", end="", flush=True),
    )
    print()
    open_requests = Request.objects.filter(site=site).exclude(status=Status.CLOSED)
    mine = [pk for n, pk in enumerate(open_requests.values_list("pk", flat=True)) if n % 4 == 0]
    Request.objects.filter(pk__in=mine).update(assigned_to=user)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return time.perf_counter() - started, open_requests.count()


def measure(client, path, params, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(path, params)  # warm: the first page of a session caches some lookups
    if response.status_code != 200:
        raise SystemExit(f"{path} {params}: HTTP {response.status_code}")
    timings, counts = [], set()
    for _run in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path, params)
            timings.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"{path} {params}: HTTP {response.status_code}")
        counts.add(len(captured))
    return counts, timings


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main():
    args = parse_args()
    sqlite_file = setup_django("inbox", args.database_url, ELASTICSEARCH_URL="", DEBUG="false")
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    print(f"Database: {connection.vendor}; load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    call_command("migrate", verbosity=0)
    site, user = region()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    results = {}
    try:
        for size in args.sizes:
            seconds, open_count = fill(site, user, size)
            print(f"{size} requests ({open_count} open) generated in {seconds:.1f} s")
            print(f"  {'page':<24} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
            for name, path, params in PAGES:
                counts, timings = measure(client, path, params, args.runs)
                results[(size, name)] = counts
                print(
                    f"  {name:<24} {'/'.join(map(str, sorted(counts))):>7} "
                    f"{statistics.median(timings) * 1000:8.1f} {p95(timings) * 1000:8.1f}"
                )
            print(f"  load average now {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
        if len(args.sizes) > 1:
            changed = [
                name
                for name, _path, _params in PAGES
                if len({frozenset(results[(size, name)]) for size in args.sizes}) > 1
            ]
            print(
                "Query counts equal at every size."
                if not changed
                else f"Query counts differ between sizes: {', '.join(changed)}"
            )
    finally:
        if not args.keep:
            from advies.report import synthetic

            synthetic.delete_generated(site)
        remove_sqlite_file(sqlite_file, print)


if __name__ == "__main__":
    main()
