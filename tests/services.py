"""Pytest plugin: tests that need a running service.

Mark a test with ``@pytest.mark.requires_service(name)``, a name of ``SERVICE_CHECKS``:
"postgres", "elasticsearch", "redis" (REDIS_URL answers), "smtp" (aiosmtpd is installed, the
test starts the server itself), "pg_dump" (PostgreSQL's client tools), "browser" or
"html_checker" (java and the Nu HTML Checker in var/html-checker/, `scripts/html-checker/fetch`).
When the service is missing it is skipped on a laptop, but fails when services are
required: with ``--require-services``, ``REQUIRE_SERVICES=1`` or ``CI=true``. That way a
CI run can never pass with its service tests silently skipped.
"""

import os
import shutil
from pathlib import Path

import pytest

TRUTHY = {"1", "true", "yes", "on"}


def postgres_unavailable():
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    return None if "postgresql" in engine else f"DATABASE_URL points at {engine.rsplit('.', 1)[-1]}"


def elasticsearch_unavailable():
    from django.conf import settings

    url = getattr(settings, "ELASTICSEARCH_URL", "")
    if not url:
        return "ELASTICSEARCH_URL is not set"
    import urllib.request

    # GET / answers 405 on the integration-test distribution; cluster health always works.
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/_cluster/health", timeout=3) as response:  # noqa: S310 (loopback URL from settings)
            response.read()
    except OSError as error:
        return f"{url} does not answer ({error})"
    return None


def redis_unavailable():
    url = os.environ.get("REDIS_URL", "")
    if not url:
        return "REDIS_URL is not set (see scripts/services env)"
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except Exception as error:
        return f"{url} does not answer ({error})"
    return None


def smtp_unavailable():
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        return "aiosmtpd is not installed"
    return None


def postgres_client_bin():
    """Directory of PostgreSQL's client tools (pg_dump, pg_restore), newest first."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: int(p.parts[-3]))
    if candidates:
        return candidates[-1].parent
    found = shutil.which("pg_dump")
    return Path(found).parent if found else None


def pg_dump_unavailable():
    return None if postgres_client_bin() else "PostgreSQL's client tools (pg_dump) are not installed"


def chromium_path():
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


AXE_SOURCE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"


def browser_unavailable():
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    if not chromium_path():
        return "no chromium binary (set CHROMIUM_PATH or install chromium)"
    if not AXE_SOURCE.exists():
        return "axe-core is not installed (run `npm ci`)"
    return None


HTML_CHECKER_DIR = Path(__file__).resolve().parents[1] / "var" / "html-checker"


def html_checker_command():
    """The command line of the W3C Nu HTML Checker (vnu), run offline on local files."""
    java = os.environ.get("JAVA") or shutil.which("java") or "java"
    # A short run: the quick JIT tier only and the serial GC start fastest; the deeper stack
    # is what the schema evaluation needs then.
    options = ["-Xss8m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
    main = "nu.validator.client.SimpleCommandLineValidator"
    return [java, *options, "-cp", str(HTML_CHECKER_DIR / "*"), main]


def html_checker_unavailable():
    if not (os.environ.get("JAVA") or shutil.which("java")):
        return "no java on PATH (set JAVA)"
    if not list(HTML_CHECKER_DIR.glob("validator-*.jar")):
        return "the Nu HTML Checker is not in var/html-checker/ (run scripts/html-checker/fetch)"
    return None


# name -> function returning None when available, else why not. Extendable by conftests.
SERVICE_CHECKS = {
    "postgres": postgres_unavailable,
    "elasticsearch": elasticsearch_unavailable,
    "redis": redis_unavailable,
    "smtp": smtp_unavailable,
    "pg_dump": pg_dump_unavailable,
    "browser": browser_unavailable,
    "html_checker": html_checker_unavailable,
}


def pytest_addoption(parser):
    parser.addoption(
        "--require-services",
        action="store_true",
        default=False,
        help="Fail (instead of skip) tests whose service is unavailable.",
    )


def services_required(config):
    return (
        config.getoption("--require-services")
        or os.environ.get("REQUIRE_SERVICES", "").lower() in TRUTHY
        or os.environ.get("CI", "").lower() in TRUTHY
    )


_cache = {}


def service_problem(name):
    if name not in _cache:
        check = SERVICE_CHECKS.get(name)
        _cache[name] = f"unknown service {name!r}" if check is None else check()
    return _cache[name]


def pytest_runtest_setup(item):
    for marker in item.iter_markers(name="requires_service"):
        name = marker.args[0]
        problem = service_problem(name)
        if problem is None:
            continue
        if services_required(item.config):
            pytest.fail(f"required service {name!r} is unavailable: {problem}", pytrace=False)
        pytest.skip(f"service {name!r} unavailable: {problem}")
