"""When Elasticsearch is unset, stopped, hanging or has no index, the same pages answer
from the database, quickly, with a warning in the log and never a server error."""

import logging
import time
import uuid

import pytest

from search.models import SearchEntry
from tests.factories.search import knowledge_article
from tests.search.conftest import closed_port_url
from tests.search.helpers import search, titles

pytestmark = pytest.mark.django_db

TEMPLATE = "search/search.html"


@pytest.fixture
def article(professionals):
    return knowledge_article(professionals, title="Noodanker voor gezinnen", body="Het noodanker.")


def template_names(response):
    return [template.name for template in response.templates]


def test_unset_engine_answers_from_the_database_without_a_notice(settings, site_client, lindeveld, article):
    settings.ELASTICSEARCH_URL = ""
    response, results = search(site_client(lindeveld), q="noodanker")
    assert results.engine == "database" and not results.degraded
    assert titles(results) == ["Noodanker voor gezinnen"]
    assert TEMPLATE in template_names(response)
    assert "search-notice" not in response.content.decode()


def test_stopped_engine_falls_back_to_the_database(settings, site_client, lindeveld, article, caplog):
    settings.ELASTICSEARCH_URL = closed_port_url()
    with caplog.at_level(logging.WARNING, logger="search"):
        response, results = search(site_client(lindeveld), q="noodanker")
    assert results.engine == "database" and results.degraded
    assert titles(results) == ["Noodanker voor gezinnen"]
    assert TEMPLATE in template_names(response)
    assert "search-notice" in response.content.decode()
    assert any(
        "unavailable" in record.getMessage() for record in caplog.records if record.levelno == logging.WARNING
    )


def test_hanging_engine_times_out_and_is_then_left_alone(
    settings, site_client, lindeveld, article, hanging_server, caplog
):
    settings.ELASTICSEARCH_URL = hanging_server.url
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    client = site_client(lindeveld)

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="search"):
        response, results = search(client, q="noodanker")
    elapsed = time.monotonic() - started
    assert results.engine == "database" and results.degraded
    assert titles(results) == ["Noodanker voor gezinnen"]
    assert TEMPLATE in template_names(response)
    assert hanging_server.connections, "the engine was not asked"
    assert elapsed < 5, f"a hanging engine held the page for {elapsed:.1f} s"
    assert any("ConnectionTimeout" in record.getMessage() for record in caplog.records)

    # Within the retry period the engine is not asked again: no more waiting on it.
    asked = len(hanging_server.connections)
    _response, results = search(client, scope="site", q="noodanker")
    assert results.engine == "database"
    assert len(hanging_server.connections) == asked


def test_suggestions_fall_back_too(settings, site_client, lindeveld, article):
    settings.ELASTICSEARCH_URL = closed_port_url()
    response = site_client(lindeveld).get("/nl/zoeken/suggesties/", {"q": "noodank", "scope": "kennisbank"})
    assert response.status_code == 200
    assert response.json()["suggestions"][0]["title"] == "Noodanker voor gezinnen"


def test_publishing_with_a_stopped_engine_still_works_and_updates_the_database(
    settings, site_client, lindeveld, professionals, caplog
):
    settings.ELASTICSEARCH_URL = closed_port_url()
    with caplog.at_level(logging.WARNING, logger="search"):
        page = knowledge_article(professionals, title="Reddingsboei", body="Over de reddingsboei.")
    assert page.live
    assert SearchEntry.objects.filter(object_type=SearchEntry.PAGE, object_id=page.pk).exists()
    assert any("not updated in the engine" in record.getMessage() for record in caplog.records)
    _response, results = search(site_client(lindeveld), q="reddingsboei")
    assert titles(results) == ["Reddingsboei"]


@pytest.mark.requires_service("elasticsearch")
def test_engine_without_an_index_yet_falls_back(settings, site_client, lindeveld, article):
    settings.ELASTICSEARCH_INDEX_PREFIX = f"portal-never-built-{uuid.uuid4().hex[:8]}"
    _response, results = search(site_client(lindeveld), q="noodanker")
    assert results.engine == "database"
    assert titles(results) == ["Noodanker voor gezinnen"]
