"""Shared fixtures. The test database is built once per session with the locales (nl, en);
that is all a test gets unless it asks for more.

The complete demo (both regions: sites, settings, snippets, pages in nl and en) is the
session fixture `demo`, built the first time a test asks for it, directly or through
`lindeveld`, `kustmeren`, the browser tests' live site or the search engine's indices.
Such a test is marked `demo`; on every worker the test files without one run first, so a
worker starts testing at once, and those files never see a demo that was built for others.

On SQLite the demo is built once per session, not once per pytest-xdist worker: the first
worker that needs it builds it and leaves a copy in var/; the others wait for that copy
(under a file lock) and load it in a second. With `--reuse-db` on SQLite (`make test` passes
it outside CI) two templates are kept in var/ for later sessions, named after a digest of the
migrations, the demo content and the code that fills the database on publish: the migrated
base (about half a minute of migrations) and the demo (about a minute). Each session loads
them into its own in-memory database, as without templates (the browser tests' live server
shares that connection). CI never passes `--reuse-db`, so it always builds afresh; on PostgreSQL
each worker builds the demo in its own database."""

import functools
import hashlib
import os
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
    config.addinivalue_line("markers", "demo: reads the demo regions (set for tests that ask for `demo`)")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """(pytest-xdist, in the controller) Remember the run, to remove its files at the end."""
    node.config.test_run = node.workerinput["testrunuid"]


def pytest_unconfigure(config):
    """Remove the session's own files in var/ (its test databases and the demo's copy)."""
    if hasattr(config, "workerinput"):
        return  # the controller does it, after every worker has ended
    run = getattr(config, "test_run", None) or session_name()
    for path in (ROOT / "var").glob(f"test-run-{run}[-.]*"):
        path.unlink(missing_ok=True)


def session_name():
    """The session's name for its files: pytest-xdist's run id (the same on every worker)."""
    return os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"p{os.getpid()}"


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
    "home/link_handlers.py",
    "home/chosen_objects.py",
    "home/roles.py",
    "home/translations.py",
    "home/permission_names.py",
    "*/apps.py",
    "locale/**/*.po",
    "requirements.lock",
)


def template_path(kind):
    """With --reuse-db on SQLite, a database kept for later sessions: "base" (migrated,
    with the locales) or "demo" (the base with the demo content)."""
    return ROOT / "var" / f"test-{kind}-{template_inputs_digest()}.sqlite3"


@functools.cache
def template_inputs_digest():
    digest = hashlib.sha256()
    files = sorted({path for pattern in TEMPLATE_INPUTS for path in ROOT.glob(pattern) if path.is_file()})
    for path in files:
        if ".venv" in path.parts or "node_modules" in path.parts or "__pycache__" in path.parts:
            continue
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def on_sqlite():
    from django.conf import settings

    return settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")


def keeps_templates(config):
    return on_sqlite() and config.getvalue("reuse_db") and not config.getvalue("create_db")


def demo_copy_path(config):
    """Where the demo is kept for the other workers (or, with --reuse-db, for later
    sessions), or None where it is not: on PostgreSQL, and on SQLite in a session of one
    process without --reuse-db."""
    if keeps_templates(config):
        return template_path("demo")
    if not (on_sqlite() and os.environ.get("PYTEST_XDIST_TESTRUNUID")):
        return None
    return ROOT / "var" / f"test-run-{session_name()}-demo.sqlite3"


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """With --reuse-db on SQLite and a base template: the test database (in memory, as
    always) gets its tables from the models instead of the migrations (seconds instead of
    half a minute); django_db_setup then replaces all of it with the template."""
    if keeps_templates(request.config) and template_path("base").exists():
        from django.conf import settings

        settings.DATABASES["default"].setdefault("TEST", {})["MIGRATE"] = False
        request.config.base_template = template_path("base")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The base every test gets: the migrated test database with both languages' locales."""
    from wagtail.models import Locale

    with django_db_blocker.unblock():
        template = getattr(request.config, "base_template", None)
        if template is not None:
            load_copy(template)
        for code in ("nl", "en"):
            Locale.objects.get_or_create(language_code=code)
        base = template_path("base") if keeps_templates(request.config) else None
        if base is not None and template is None:
            with exclusive_lock(lock_for(base)):
                if not base.exists():
                    save_copy(base)
    yield
    with django_db_blocker.unblock():
        end_other_sessions()


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker, request):
    """The complete demo of both regions, committed to the test database: built for the
    first test that asks for it, or loaded from the copy another worker built."""
    copy = demo_copy_path(request.config)
    with django_db_blocker.unblock():
        if copy is None:
            build_demo()
        else:
            with exclusive_lock(lock_for(copy)):
                if copy.exists() and not demo_media_present():
                    copy.unlink()  # the demo's image files are gone: build again
                if copy.exists():
                    load_copy(copy)
                else:
                    build_demo()
                    save_copy(copy)
    Site.clear_site_root_paths_cache()


def build_demo():
    build_all_demo_content(port=DEMO_PORT, report=lambda line: None)
    # Without the demo's made-up request history: the report tests make their own, and
    # the back-office tests empty the inbox in every test (thousands of deletes each).
    from advies.report.synthetic import delete_generated

    delete_generated()


def demo_media_present():
    from django.conf import settings

    media = Path(settings.MEDIA_ROOT)
    return media.is_dir() and any(media.iterdir())


def lock_for(path):
    """test-base-<digest>.sqlite3: test-base.lock; test-run-<run>-demo.sqlite3: test-run-<run>.lock."""
    return path.with_name(f"{path.stem.rsplit('-', 1)[0]}.lock")


class exclusive_lock:
    """A lock file held with flock(2); the kernel releases it when the process ends."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.path.open("w")
        fcntl.flock(self.file, fcntl.LOCK_EX)

    def __exit__(self, *exc_info):
        self.file.close()


def save_copy(path):
    """The test database as it is now, into the file `path` (atomically)."""
    from django.db import connection

    connection.ensure_connection()
    kind = path.name.split("-")[1]  # a template ("base", "demo") or "run"
    if kind != "run":  # a template: those of older inputs go
        for stale in path.parent.glob(f"test-{kind}-*.sqlite3"):
            stale.unlink()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as target:
        connection.connection.backup(target)
    target.close()
    partial.rename(path)


def load_copy(path):
    """Replace the test database's content with the file's (made by the same migrations,
    so the same tables), then forget what was cached about the content before."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.db import connection

    connection.ensure_connection()
    with sqlite3.connect(path) as source:
        source.backup(connection.connection)
    source.close()
    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()


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
def lindeveld(demo, db):
    return Site.objects.get(hostname=LINDEVELD_HOST)


@pytest.fixture
def kustmeren(demo, db):
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
    """The test files that do not read the demo first (the tests that ask for `demo` are
    marked here): they start at once, and (as `make test` hands out whole files) run on
    every worker before it builds or loads the demo. Browser tests last: what they submit
    through the live server is committed; after them the production topology
    (tests/portal/test_topology.py), which publishes and sends."""
    on_demo = set()
    for item in items:
        if "demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.demo)
            on_demo.add(item.path)

    def order(item):
        last = _needs(item, "browser") or _needs(item, "redis")
        return (last or item.path in on_demo, last, _needs(item, "redis"))

    items.sort(key=order)
