"""Under CI these run against the real services; on a laptop without them they skip."""

import pytest
from django.conf import settings
from django.db import connection


@pytest.mark.requires_service("postgres")
@pytest.mark.django_db
def test_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        major = int(cursor.fetchone()[0].split(".")[0])
    assert major >= 13


@pytest.mark.requires_service("postgres")
@pytest.mark.django_db
def test_postgresql_never_jit_compiles_the_portals_queries():
    """The portal's queries take milliseconds; a JIT compile took ~0.1-1 s (on the old main
    every query the planner costed above jit_above_cost was compiled)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('jit')")
        assert cursor.fetchone()[0] == "off"
        cursor.execute("SET LOCAL jit_above_cost = 0")  # would compile even the cheapest
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM wagtailcore_page WHERE live")
        plan = cursor.fetchone()[0]
    assert "JIT" not in plan[0], plan[0].get("JIT")


@pytest.mark.requires_service("elasticsearch")
def test_elasticsearch_is_version_8_and_healthy():
    from elasticsearch import Elasticsearch

    client = Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=5)
    versions = {node["version"] for node in client.nodes.info()["nodes"].values()}
    assert versions and all(version.startswith("8.") for version in versions)
    assert client.cluster.health(wait_for_status="yellow", timeout="10s")["status"] in ("green", "yellow")
