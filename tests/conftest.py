"""Shared fixtures. The test database is built once per session with the locales, the
root page and both demo regions (sites, settings, snippets, pages in nl and en)."""

import time

import pytest
from wagtail.models import Site

from portal.demo import build_all_demo_content

pytest_plugins = ["tests.services"]

LINDEVELD_HOST = "lindeveld.localhost"
KUSTMEREN_HOST = "kustmeren.localhost"
DEMO_PORT = 8000


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_all_demo_content(port=DEMO_PORT, report=lambda line: None)
        # Without the demo's made-up request history: the report tests make their own, and
        # the back-office tests empty the inbox in every test (thousands of deletes each).
        from advies.report.synthetic import delete_generated

        delete_generated()
    yield
    with django_db_blocker.unblock():
        end_other_sessions()


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
