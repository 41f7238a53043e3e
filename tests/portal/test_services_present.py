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


@pytest.mark.requires_service("elasticsearch")
def test_elasticsearch_is_version_8_and_healthy():
    from elasticsearch import Elasticsearch

    client = Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=5)
    versions = {node["version"] for node in client.nodes.info()["nodes"].values()}
    assert versions and all(version.startswith("8.") for version in versions)
    assert client.cluster.health(wait_for_status="yellow", timeout="10s")["status"] in ("green", "yellow")
