"""The search index follows the CMS: publish, unpublish, edits, moves, deletes, privacy,
translations and snippet changes. Checked through the database search (the embedded
default), so these run everywhere; the engine side is in test_engine.py."""

import pytest
from wagtail.models import PageViewRestriction

from home.choices import Audience
from search.models import SearchEntry
from tests.factories import MunicipalityFactory, ServiceOfferFactory, TopicFactory
from tests.factories.search import knowledge_article, paragraph, publish, section_of, topic_page, translation
from tests.search.helpers import search, titles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_engine")]


def test_publishing_makes_an_article_findable_and_unpublishing_removes_it(
    site_client, lindeveld, professionals
):
    client = site_client(lindeveld)
    article = knowledge_article(
        professionals, title="Werken met de wolkenkaart", body="De wolkenkaart helpt."
    )

    _response, results = search(client, q="wolkenkaart")
    assert titles(results) == ["Werken met de wolkenkaart"]

    article.unpublish()
    _response, results = search(client, q="wolkenkaart")
    assert titles(results) == []


def test_drafts_are_not_indexed_until_published(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    article = knowledge_article(professionals, title="Kompasgesprek", body="Over het kompasgesprek.")
    article.title = "Kompasgesprek, nieuwe versie"
    article.save_revision()  # a draft: the live version stays what readers (and search) see

    _response, results = search(client, q="kompasgesprek")
    assert titles(results) == ["Kompasgesprek"]

    publish(article)
    _response, results = search(client, q="kompasgesprek")
    assert titles(results) == ["Kompasgesprek, nieuwe versie"]


def test_deleting_a_page_removes_it(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    article = knowledge_article(professionals, title="Vlindermethode", body="Vlindermethode in het kort.")
    page_id = article.pk
    article.delete()

    _response, results = search(client, q="vlindermethode")
    assert titles(results) == []
    assert not SearchEntry.objects.filter(object_type=SearchEntry.PAGE, object_id=page_id).exists()


def test_moving_a_page_updates_its_url_and_audience(site_client, lindeveld, professionals, parents):
    client = site_client(lindeveld)
    page = topic_page(professionals, title="Brugoverleg", body="Het brugoverleg tussen scholen.")
    page.move(parents, pos="last-child")

    _response, results = search(client, scope="site", q="brugoverleg")
    [hit] = results.hits
    assert hit.url.startswith(parents.get_url_parts()[2])
    assert Audience.PARENTS.label in hit.details


def test_a_private_page_leaves_the_index_and_returns_when_public_again(site_client, lindeveld, parents):
    client = site_client(lindeveld)
    page = topic_page(parents, title="Geheime tuin", body="Over de geheime tuin.")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    _response, results = search(client, scope="site", q="geheime tuin")
    assert "Geheime tuin" not in titles(results)  # other pages may have one of the words

    restriction.delete()
    _response, results = search(client, scope="site", q="geheime tuin")
    assert titles(results)[0] == "Geheime tuin"


def test_rich_text_and_structured_blocks_are_searchable_as_plain_text(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    article = knowledge_article(
        professionals, title="Gespreksleidraad", body="Begin met <b>luistervragen</b>."
    )
    article.body = [
        {"type": "paragraph", "value": "<p>Begin met <b>luistervragen</b>.</p>"},
        {
            "type": "faq",
            "value": {
                "heading": "Vragen",
                "items": [{"question": "Hoe lang?", "answer": "<p>Een uurtje.</p>"}],
            },
        },
    ]
    publish(article)

    _response, results = search(client, q="uurtje")
    assert titles(results) == ["Gespreksleidraad"]
    entry = SearchEntry.objects.get(object_type=SearchEntry.PAGE, object_id=article.pk)
    assert "<b>" not in entry.body and "luistervragen" in entry.body


def test_service_offers_follow_snippet_saves_municipalities_and_topics(site_client, lindeveld):
    client = site_client(lindeveld)
    municipality = MunicipalityFactory(site=lindeveld, name="Beekdorp")
    offer = ServiceOfferFactory(site=lindeveld, name="Ouderspreekuur Zonnebloem", summary="Elke dinsdag.")

    _response, results = search(client, scope="site", q="zonnebloem")
    assert titles(results) == ["Ouderspreekuur Zonnebloem"]

    offer.municipalities.set([municipality])
    offer.save()
    entry = SearchEntry.objects.get(object_type=SearchEntry.SERVICE_OFFER, object_id=offer.pk)
    assert entry.municipalities == [municipality.slug]
    _response, results = search(client, scope="site", q="zonnebloem beekdorp")
    assert titles(results) == ["Ouderspreekuur Zonnebloem"]

    offer.delete()
    _response, results = search(client, scope="site", q="zonnebloem")
    assert titles(results) == []


def test_renaming_a_topic_reindexes_what_is_on_it(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    topic = TopicFactory(name="Regenboog", slug="regenboog-test")
    knowledge_article(professionals, title="Gezinsplan", body="Tekst.", topics=[topic])

    _response, results = search(client, q="regenboog")
    assert titles(results) == ["Gezinsplan"]

    topic.name = "Paraplu"
    topic.save()
    _response, results = search(client, q="paraplu")
    assert titles(results) == ["Gezinsplan"]
    _response, results = search(client, q="regenboog")
    assert titles(results) == []


def test_a_published_translation_is_indexed_in_its_own_language(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    section_of(lindeveld, Audience.PROFESSIONALS, "en")  # the English tree exists
    article = knowledge_article(professionals, title="Kletskaart", body="Kletskaart voor gesprekken.")
    translation(
        article, "en", title="Chat card", summary="A chat card for talks.", body=paragraph("A chat card.")
    )

    _response, results = search(client, language="en", q="chat card")
    assert titles(results)[0] == "Chat card"
    _response, results = search(client, language="nl", q="chat card")
    assert "Chat card" not in titles(results)
    _response, results = search(client, language="en", q="kletskaart")
    assert titles(results) == []


def test_what_a_bulk_load_publishes_is_findable_once_it_ends(site_client, lindeveld, professionals):
    """The demo is built with the syncs paused (search_demo.syncs_paused): nothing is synced
    while it runs, and everything it published or unpublished is searchable right after."""
    from search import demo as search_demo

    client = site_client(lindeveld)
    gone = knowledge_article(professionals, title="De vossenkaart", body="Over de vossenkaart.")
    with search_demo.syncs_paused():
        with search_demo.syncs_paused():  # a pause inside a pause leaves the rebuild to the outer one
            article = knowledge_article(professionals, title="De zwaluwkaart", body="Over de zwaluwkaart.")
            gone.unpublish()
        assert not SearchEntry.objects.filter(object_id=article.pk, object_type=SearchEntry.PAGE).exists()
    _response, results = search(client, q="zwaluwkaart")
    assert titles(results) == ["De zwaluwkaart"]
    _response, results = search(client, q="vossenkaart")
    assert titles(results) == []
