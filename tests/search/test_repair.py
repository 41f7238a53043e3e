"""The engine's index heals itself after an outage: what editors did while Elasticsearch
was down reaches it without anyone running a command, and until then no withdrawn page is
shown from the stale index."""

import pytest
from django.core.management import call_command

from search import engine, tasks
from search.models import IndexHealth
from tests.factories.search import knowledge_article
from tests.search.conftest import closed_port_url
from tests.search.helpers import search, titles

pytestmark = [pytest.mark.requires_service("elasticsearch"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def indices(engine_indices):
    return engine_indices


def in_engine(page):
    """Whether the engine's index itself (not a search page) holds a document for the page."""
    engine.refresh("nl")
    return engine.client().exists(index=engine.alias_name("nl"), id=f"page-{page.pk}").body


def test_edits_made_while_the_engine_was_down_reach_it_by_themselves(
    settings, site_client, lindeveld, professionals
):
    client = site_client(lindeveld)
    withdrawn = knowledge_article(professionals, title="Zeilkamp als methode", body="Over het zeilkamp.")
    renamed = knowledge_article(professionals, title="De kompasroos", body="Over de kompasroos.")
    assert in_engine(withdrawn) and in_engine(renamed)

    live_url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = closed_port_url()  # the engine is down
    withdrawn.unpublish()
    renamed.title = "De windroos"
    renamed.save_revision().publish()
    added = knowledge_article(professionals, title="De getijdenkaart", body="Over de getijdenkaart.")
    settings.ELASTICSEARCH_URL = live_url  # and back; nobody runs a command

    _response, results = search(client, q="zeilkamp")
    assert titles(results) == []
    assert results.engine == "elasticsearch" and not results.degraded, "the engine was not used again"
    assert titles(search(client, q="windroos")[1]) == ["De windroos"]
    assert "De kompasroos" not in titles(search(client, q="kompasroos")[1])  # the old title is gone
    assert titles(search(client, q="getijdenkaart")[1]) == ["De getijdenkaart"]
    suggestions = client.get("/nl/zoeken/suggesties/", {"q": "zeilkamp", "scope": "kennisbank"}).json()
    assert suggestions["suggestions"] == []
    # The index itself is right again, not just the pages.
    assert not in_engine(withdrawn)
    assert in_engine(added)
    health = IndexHealth.current()
    assert health.dirty_since is None
    assert health.last_sync is not None
    assert health.last_drift >= 3


def test_until_the_repair_has_run_searches_answer_from_the_database(
    settings, monkeypatch, site_client, lindeveld, professionals
):
    client = site_client(lindeveld)
    withdrawn = knowledge_article(professionals, title="Vlotbouwen", body="Over vlotbouwen.")
    live_url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = closed_port_url()
    withdrawn.unpublish()
    settings.ELASTICSEARCH_URL = live_url
    # The task worker has not run the repair yet: the stale index is not asked.
    monkeypatch.setattr(tasks, "request_repair", lambda: None)
    _response, results = search(client, q="vlotbouwen")
    assert titles(results) == []
    assert results.engine == "database"
    assert in_engine(withdrawn)  # still stale in the engine, but never shown

    call_command("repair_search_index", verbosity=0)
    assert not in_engine(withdrawn)
    assert search(client, q="vlotbouwen")[1].engine == "elasticsearch"


def test_the_scheduled_repair_finds_drift_nobody_noticed(settings, lindeveld, professionals):
    article = knowledge_article(professionals, title="Stille drift", body="Over stille drift.")
    # A document lost in the engine (e.g. a restore of an old snapshot), no failure seen.
    engine.client().delete(index=engine.alias_name("nl"), id=f"page-{article.pk}", refresh=True)
    assert not in_engine(article)
    call_command("repair_search_index", verbosity=0)
    assert in_engine(article)
    assert IndexHealth.current().last_drift == 1


def test_administrators_see_the_index_health(client, django_user_model, lindeveld):
    from tests.conftest import host_of

    admin = django_user_model.objects.create_superuser(
        "beheer", "beheer@example.org", "Lang-Wachtwoord-2026!"
    )
    client.force_login(admin)
    IndexHealth.objects.update_or_create(pk=1, defaults={"last_drift": 7})
    page = client.get("/admin/", HTTP_HOST=host_of(lindeveld)).content.decode()
    assert 'id="search-index-health"' in page
    assert "7 documenten" in page
