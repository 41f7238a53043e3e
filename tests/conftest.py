"""Shared fixtures. The test database is built once per session with the locales, the
root page and both demo regions (sites, settings, snippets, pages in nl and en).

Local speed-up: with `--reuse-db` on SQLite, the built database is kept as a template
file in var/ (named after a digest of the migrations, the demo content and the code that
fills the database on publish) and copied for the next session instead of building the
demo again (about a minute). CI never passes `--reuse-db`, so it always builds afresh."""

import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from wagtail.models import Site

from portal.demo import build_all_demo_content

pytest_plugins = ["tests.services"]

LINDEVELD_HOST = "lindeveld.localhost"
KUSTMEREN_HOST = "kustmeren.localhost"
DEMO_PORT = 8000

# Hypothesis: under CI the examples are derived from each test's name (the same every run,
# so a red CI run is red again when repeated, and a green one was not luck); on a laptop
# they are random, so every local run explores more. `--hypothesis-profile` picks either.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
hypothesis_settings.register_profile("dev", print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI", "").lower() in {"1", "true"} else "dev")

# A test's figures for the end of the output (the search relevance report): a test appends
# (FIGURES, [lines]) to request.node.user_properties. They travel inside the test report, so
# they reach the end of the output also from a pytest-xdist worker (`make test` runs two).
FIGURES = "figures-at-the-end"


class FiguresAtTheEnd:
    def __init__(self):
        self.lines = []

    def pytest_runtest_logreport(self, report):
        if report.when == "call":
            for name, value in report.user_properties:
                if name == FIGURES:
                    self.lines += value

    def pytest_terminal_summary(self, terminalreporter):
        if self.lines:
            terminalreporter.section("figures (a report, not a gate)")
            for line in self.lines:
                terminalreporter.write_line(line)


def pytest_configure(config):
    config.pluginmanager.register(FiguresAtTheEnd(), "figures-at-the-end")


ROOT = Path(__file__).resolve().parents[1]
# What decides the content of the built test database: when any of these change, the
# template is built again.
TEMPLATE_INPUTS = (
    "*/migrations/*.py",
    "*/demo.py",
    "*/demo/**/*",
    "*/models/*.py",
    "*/models.py",
    "*/signals.py",
    "search/*.py",
    "home/blocks.py",
    "home/rich_text.py",
    "home/roles.py",
    "home/translations.py",
    "home/permission_names.py",
    "*/apps.py",
    "locale/**/*.po",
    "requirements.lock",
)


def demo_template_path():
    digest = hashlib.sha256()
    files = sorted({path for pattern in TEMPLATE_INPUTS for path in ROOT.glob(pattern) if path.is_file()})
    for path in files:
        if ".venv" in path.parts or "node_modules" in path.parts or "__pycache__" in path.parts:
            continue
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return ROOT / "var" / f"test-demo-{digest.hexdigest()[:16]}.sqlite3"


def uses_demo_template(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    return engine.endswith("sqlite3") and config.getvalue("reuse_db") and not config.getvalue("create_db")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """With --reuse-db on SQLite: a test database file, copied from the demo template if any."""
    if not uses_demo_template(request.config):
        return
    from django.conf import settings

    template = demo_template_path()
    media = Path(settings.MEDIA_ROOT)
    if not (media.is_dir() and any(media.iterdir())):
        template.unlink(missing_ok=True)  # the demo's image files are gone: build again
    # One database file per pytest-xdist worker ("gw0", "gw1"; "" without workers).
    target = ROOT / "var" / f"test-db{os.environ.get('PYTEST_XDIST_WORKER', '')}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    if template.exists():
        shutil.copyfile(template, target)
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = str(target)
    request.config.demo_template = template


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    template = getattr(request.config, "demo_template", None)
    with django_db_blocker.unblock():
        if template is None or not template.exists():
            build_all_demo_content(port=DEMO_PORT, report=lambda line: None)
            # Without the demo's made-up request history: the report tests make their own, and
            # the back-office tests empty the inbox in every test (thousands of deletes each).
            from advies.report.synthetic import delete_generated

            delete_generated()
            if template is not None:
                save_template(template)
    yield
    with django_db_blocker.unblock():
        end_other_sessions()


def save_template(template):
    from django.db import connection

    connection.ensure_connection()
    for stale in template.parent.glob("test-demo-*.sqlite3"):
        stale.unlink()
    partial = template.with_suffix(".partial")
    with sqlite3.connect(partial) as copy:
        connection.connection.backup(copy)
    copy.close()
    partial.rename(template)


def end_other_sessions(wait_seconds=5):
    """On PostgreSQL, end every other session on the test database before it is dropped:
    request threads of the browser tests' live server outlive it (Django does not join
    them), and a session left open makes the drop fail with "being accessed by other users"."""
    from django.db import connection, connections

    connections.close_all()  # this thread's connection may itself be one of those ended
    if connection.vendor != "postgresql":
        return
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    with connection.cursor() as cursor:
        for _ in range(wait_seconds * 10):
            cursor.execute(f"SELECT pg_terminate_backend(pid) {others}")  # noqa: S608 (constant SQL)
            if not cursor.fetchall():
                break
            time.sleep(0.1)  # ending a session is asynchronous: look again
    connections.close_all()


@pytest.fixture(autouse=True)
def source_language():
    """Every test starts in Dutch, the source language. A request through the test client
    leaves its language active in the thread (LocaleMiddleware activates it and nothing
    deactivates it), so without this a test after an English request ran in English, and
    whether it passed depended on which test ran before it on its worker."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def fresh_engine_state():
    """Every test starts with the search engine's circuit breaker closed: a test that made
    the engine fail (a hanging server, a stopped service) does not fail the tests after it."""
    from search import engine

    engine.reset_failures()
    yield
    engine.reset_failures()


@pytest.fixture
def lindeveld(db):
    return Site.objects.get(hostname=LINDEVELD_HOST)


@pytest.fixture
def kustmeren(db):
    return Site.objects.get(hostname=KUSTMEREN_HOST)


def host_of(site):
    return f"{site.hostname}:{site.port}"


@pytest.fixture
def site_client(client):
    """A test client bound to a region: site_client(site).get(path)."""

    def bind(site):
        client.defaults["HTTP_HOST"] = host_of(site)
        return client

    return bind


def _needs(item, service):
    return any(marker.args and marker.args[0] == service for marker in item.iter_markers("requires_service"))


def pytest_collection_modifyitems(config, items):
    """Browser tests last: what they submit through the live server is committed; after
    them the production topology (tests/portal/test_topology.py), which publishes and sends."""
    items.sort(key=lambda item: (_needs(item, "browser") or _needs(item, "redis"), _needs(item, "redis")))
