"""Real-browser fixtures: Debian's Chromium driven by Playwright against Django's live server.

The demo regions are committed to the test database once per session (tests/conftest.py),
so the live server sees them without per-test transactions. Browser tests run after all
other tests (see tests/conftest.py) because what they submit through the server stays.
"""

import copy
import hashlib
import logging
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.library_internals import open_savepoints, queued_on_commit, set_queued_on_commit
from tests.services import chromium_path

logger = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]
AXE_SOURCE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
NEUTRAL_PAGE = "<!doctype html><html lang='nl'><title>Weer</title><p>Het weer</p></html>"
# What axe-core's result depends on: the document (without what changes with every
# response: the CSRF token, the scripts' nonce), the form controls' current values, the
# focused element, the viewport and the media.
PAGE_STATE = """() => JSON.stringify([
    document.documentElement.outerHTML
        .replace(/ nonce="[^"]*"/g, "")
        .replace(/(name="csrfmiddlewaretoken" value=")[^"]*/g, "$1"),
    [...document.querySelectorAll("input, select, textarea")]
        .filter((control) => control.name !== "csrfmiddlewaretoken")
        .map((control) => [control.name, control.value, control.checked]),
    document.activeElement ? document.activeElement.outerHTML : null,
    [window.innerWidth, window.innerHeight, window.devicePixelRatio],
    ["print", "screen"].map((media) => matchMedia(media).matches),
    matchMedia("(prefers-color-scheme: dark)").matches,
    matchMedia("(prefers-reduced-motion: reduce)").matches,
])"""


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


_on_commit_lock = threading.Lock()


@contextmanager
def commits_when_released(shared):
    """Work on a connection shared with the test thread, treated as its own transaction.

    The in-memory SQLite database can only be shared: the live server (and the test) work
    on the test thread's connection, inside the test's transaction. The outermost atomic
    block of a request is then only a savepoint, and the `transaction.on_commit()` work it
    queues (the e-mails) waits for a commit that never comes: the test's transaction is
    rolled back. On PostgreSQL, or a SQLite file, the server has a connection of its own and
    commits. So here: once the work's own atomic blocks are released, run what they queued,
    as their commit would, and as `TestCase.captureOnCommitCallbacks(execute=True)` does.
    What a rolled-back block queued was already dropped by Django, so it is never run."""
    before = [
        (conn, {id(entry) for entry in queued_on_commit(conn)}, set(open_savepoints(conn))) for conn in shared
    ]
    try:
        yield
    finally:
        for conn, known, open_before in before:
            while True:
                with _on_commit_lock:
                    still_open = set(open_savepoints(conn)) - open_before
                    due = [
                        entry
                        for entry in queued_on_commit(conn)
                        if id(entry) not in known and not entry[0] & still_open
                    ]
                    taken = {id(entry) for entry in due}
                    kept = [entry for entry in queued_on_commit(conn) if id(entry) not in taken]
                    set_queued_on_commit(conn, kept)
                if not due:
                    break
                for _sids, callback, robust in due:
                    if not robust:
                        callback()
                        continue
                    try:
                        callback()
                    except Exception:  # as Django does for a robust callback after a commit
                        logger.exception("Error calling %s in on_commit()", callback.__qualname__)


class LiveSite:
    """Django's live-server thread over the session's test database, without the per-test
    flush that pytest-django's `live_server` brings (it would remove the demo regions)."""

    def __init__(self):
        from django.contrib.staticfiles.handlers import StaticFilesHandler
        from django.db import connections
        from django.test.testcases import LiveServerThread

        self.shared = {
            conn.alias: conn
            for conn in connections.all()
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        for conn in self.shared.values():
            conn.inc_thread_sharing()
        shared = list(self.shared.values())

        class Handler(StaticFilesHandler):
            def __call__(self, environ, start_response):
                with commits_when_released(shared):
                    return super().__call__(environ, start_response)

        self.thread = LiveServerThread("127.0.0.1", Handler, connections_override=self.shared, port=0)
        self.thread.daemon = True
        self.thread.start()
        self.thread.is_ready.wait()
        if self.thread.error:
            raise self.thread.error
        self.url = f"http://127.0.0.1:{self.thread.port}"

    def stop(self):
        self.thread.terminate()
        for conn in self.shared.values():
            conn.dec_thread_sharing()


@pytest.fixture(scope="session")
def live_site(demo, django_db_blocker):
    with django_db_blocker.unblock():
        site = LiveSite()
        yield site
        site.stop()


@pytest.fixture
def db_access(live_site, django_db_blocker):
    """Database access for the live server (and the test) while a browser test runs.

    The cache is emptied first: every browser test comes from 127.0.0.1, so the request
    forms' rate limit would otherwise count the whole session's submissions."""
    from django.core.cache import cache

    cache.clear()
    with django_db_blocker.unblock():
        yield


class RegionURLs:
    """Base URLs of the two demo regions on the live server (*.localhost is loopback)."""

    def __init__(self, live_server_url):
        port = urlsplit(live_server_url).port
        self.lindeveld = f"http://lindeveld.localhost:{port}"
        self.kustmeren = f"http://kustmeren.localhost:{port}"

    def for_site(self, site):
        return getattr(self, site.hostname.split(".")[0])


@pytest.fixture
def regions(live_site, db_access):
    return RegionURLs(live_site.url)


class BrowserSession:
    """A page plus a log of every request it made; requests to other origins are recorded
    and answered with a neutral stub, never sent."""

    def __init__(self, context):
        self.context = context
        self.page = context.new_page()
        self.requests = []
        self.foreign_requests = []
        self._axe_results = {}
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        host = urlsplit(url).hostname or ""
        if url.startswith(("data:", "blob:", "about:")) or host.endswith("localhost") or host == "127.0.0.1":
            route.continue_()
        else:
            self.foreign_requests.append(url)
            route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)

    def goto(self, url):
        response = self.page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)
        return response

    def axe_violations(self, selector=None):
        """Violations of the WCAG 2.0/2.1 A and AA rules on the current page, or only in the
        elements matching `selector`.

        axe-core runs once per distinct page state in this browser context: a state that
        was checked before (the same document, form values, focus, viewport and media, but
        for the per-response CSRF token and script nonce) has the same violations, so they
        are taken from the first run. (The Scheidingswijzer's steps repeat on every role's
        path; axe takes about half a second a page.)"""
        state = hashlib.sha256(f"{selector}\n{self.page.evaluate(PAGE_STATE)}".encode()).hexdigest()
        if state not in self._axe_results:
            self.page.evaluate(AXE_SOURCE.read_text())
            result = self.page.evaluate(
                """([tags, selector]) => axe.run(selector ? {include: [[selector]]} : document,
                    {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
                [WCAG_TAGS, selector],
            )
            self._axe_results[state] = [
                {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
                for v in result["violations"]
            ]
        return copy.deepcopy(self._axe_results[state])


@pytest.fixture(params=[True, False], ids=["js", "nojs"])
def javascript(request):
    return request.param


@pytest.fixture
def session(browser, javascript):
    context = browser.new_context(java_script_enabled=javascript, locale="nl-NL")
    yield BrowserSession(context)
    context.close()


@pytest.fixture
def js_session(browser):
    context = browser.new_context(java_script_enabled=True, locale="nl-NL")
    yield BrowserSession(context)
    context.close()


def pytest_collection_modifyitems(items):
    """Browser tests need the test database to exist even when run on their own; a plain
    `django_db` mark makes pytest-django create it (the live server commits its own work)."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here) and item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db)
