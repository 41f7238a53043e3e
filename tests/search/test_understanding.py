"""Search with the words people type, on the database fallback (the embedded default):
most words rather than all, whole words, parents' pages first, one article shown once, a
correction when nothing is found, and pages and counts that say what is true. The same
promises on Elasticsearch are at the end (requires_service)."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.choices import Audience
from search import database_search, engine, word_index
from tests.factories.search import knowledge_article, section_of, topic_page
from tests.search.helpers import search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_only(settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings):
    """Each test runs on the database, and on Elasticsearch when it is there."""
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        return "database"
    from tests.services import service_problem, services_required

    problem = service_problem("elasticsearch")
    if problem:
        if services_required(request.config):
            pytest.fail(f"required service 'elasticsearch' is unavailable: {problem}", pytrace=False)
        pytest.skip(problem)
    request.getfixturevalue("engine_indices")
    return "elasticsearch"


def find(client, backend, **params):
    if backend == "elasticsearch":
        engine.refresh()
    _response, results = search(client, **params)
    assert results.engine == backend
    return results


def test_a_natural_sentence_finds_the_page_with_its_main_words(site_client, lindeveld, parents, backend):
    """'mijn kind wil niet naar papa' found nothing: every word had to occur."""
    topic_page(
        parents,
        title="Als je kind weigert",
        summary="Wat je kunt doen als je kind niet meer naar de andere ouder wil.",
        body="Een kind dat de vader of moeder weigert te zien, heeft daar vaak redenen voor.",
    )
    results = find(site_client(lindeveld), backend, scope="site", q="mijn kind wil niet naar papa")
    assert titles(results)[:1] == ["Als je kind weigert"]


def test_co_ouderschap_finds_the_care_arrangement_and_not_every_conflict(
    site_client, lindeveld, parents, professionals, backend
):
    topic_page(parents, title="Zorgregeling", summary="Hoe verdelen jullie de zorg?", body="Gedeelde zorg.")
    knowledge_article(
        professionals, title="Conflicten en contact", body="Over conflict, coaching en contact."
    )
    results = find(site_client(lindeveld), backend, scope="site", q="co-ouderschap")
    assert "Zorgregeling" in titles(results)
    assert "Conflicten en contact" not in titles(results)


def test_short_words_match_whole_words_only_also_in_highlights(
    site_client, lindeveld, professionals, backend
):
    """'OTS' matched 'plotseling' and 'co' matched 'conflict' on the database."""
    knowledge_article(professionals, title="Plotseling vertrek", body="Een plotseling vertrek van een ouder.")
    knowledge_article(professionals, title="Wat is een OTS?", body="De OTS in het kort.")
    client = site_client(lindeveld)
    results = find(client, backend, q="OTS")
    assert "Plotseling vertrek" not in titles(results)
    assert "Wat is een OTS?" in titles(results)
    hit = next(hit for hit in results.hits if hit.title == "Wat is een OTS?")
    assert "<mark>OTS</mark>" in hit.title_html
    response, _results = search(client, q="OTS")
    assert "<mark>plotseling" not in response.content.decode().lower()


def test_parents_pages_come_first_on_the_site_search(site_client, lindeveld, parents, professionals, backend):
    knowledge_article(
        professionals,
        title="Ouderschapsplan maken: handreiking",
        summary="Een ouderschapsplan maken met ouders.",
        body="Het ouderschapsplan maken.",
    )
    topic_page(parents, title="Je ouderschapsplan", summary="Zo maak je een ouderschapsplan.", body="Maken.")
    results = find(site_client(lindeveld), backend, scope="site", q="ouderschapsplan maken")
    assert titles(results).index("Je ouderschapsplan") < titles(results).index(
        "Ouderschapsplan maken: handreiking"
    )


def test_an_article_every_region_publishes_is_shown_once(
    site_client, lindeveld, other_region, professionals, backend
):
    here = knowledge_article(
        professionals, title="Zandlopermethode", summary="De zandloper.", body="Zandloper."
    )
    elsewhere = section_of(other_region, Audience.PROFESSIONALS)
    knowledge_article(elsewhere, title="Zandlopermethode", summary="De zandloper.", body="Zandloper.")
    client = site_client(lindeveld)
    results = find(client, backend, q="zandlopermethode")
    assert titles(results) == ["Zandlopermethode"]
    assert results.total == 1
    assert results.hits[0].url == here.get_url_parts()[2]  # this region's own copy
    suggestions = client.get("/nl/zoeken/suggesties/", {"q": "zandloper", "scope": "kennisbank"}).json()
    urls = [suggestion["url"] for suggestion in suggestions["suggestions"]]
    assert len(urls) == len(set(urls))


def test_a_typo_without_results_searches_the_correction(site_client, lindeveld, parents, backend):
    topic_page(parents, title="Het vliegerplan", summary="Over het vliegerplan.", body="Vliegerplan.")
    if backend == "elasticsearch":
        engine.refresh()
    response, results = search(site_client(lindeveld), scope="site", q="vliegerplam")
    assert titles(results)[:1] == ["Het vliegerplan"]
    page = response.content.decode()
    assert "vliegerplam" in page  # what was typed stays in the box and is named


def test_nothing_found_suggests_another_word_and_searches_it(site_client, lindeveld, parents, backend):
    """A typo in the first letter escapes the engine's typo tolerance; the suggester (or, on
    the database, the closest known word) finds the word meant."""
    topic_page(parents, title="Het zeppelinplan", summary="Over het zeppelinplan.", body="Zeppelinplan.")
    if backend == "elasticsearch":
        engine.refresh()
    response, results = search(site_client(lindeveld), scope="site", q="qeppelinplan")
    assert results.corrected_from == "qeppelinplan"
    assert titles(results)[:1] == ["Het zeppelinplan"]
    assert "Niets gevonden voor ‘qeppelinplan’" in response.content.decode()


@pytest.fixture(params=["word index", "texts"])
def word_lookup(request, monkeypatch, database_only):
    """The database's word index (FTS5, tsvector), and the texts read with LIKE where the
    database has no index: the same results either way."""
    if request.param == "texts":
        monkeypatch.setattr(word_index, "_kind", lambda: "like")
    return request.param


@pytest.mark.parametrize("text", ["afspraken logeerkaart", "afspraken logeerkaart week"])
def test_a_rare_word_counts_for_more_than_a_common_one(
    site_client, lindeveld, professionals, word_lookup, text
):
    """'afspraken logeerkaart': many articles are about agreements, one is about the sleep-over
    card, the word that says what this reader is after. With every matched word counted the
    same, the newest pages with the common word came first and the one with the rare word
    last (also with a third word, when two of the three are needed)."""
    knowledge_article(
        professionals,
        title="Een hulpmiddel voor kinderen",
        body="Met de logeerkaart weet een kind in welke week het waar slaapt.",
        last_reviewed=datetime.date(2025, 3, 1),
    )
    for number in range(6):
        knowledge_article(
            professionals, title=f"Werkvorm {number}", body="Afspraken maken met ouders over de week."
        )
    results = find(site_client(lindeveld), "database", q=text)
    assert len(results.hits) >= 7
    assert titles(results)[0] == "Een hulpmiddel voor kinderen"


def test_an_entry_needs_half_of_the_words_and_more_of_them_rank_it_higher(
    site_client, lindeveld, professionals, word_lookup
):
    """Four words: an entry with two of them is found, one with a single word is not, and
    the more of the words an entry has, the higher it comes (whichever of them it has)."""
    for title, body in [
        ("Eén woord", "Over de vlotkaart."),
        ("Twee woorden", "Over de vlotkaart en het duinpad."),
        ("Twee andere woorden", "Over de mosbank en de heipaal."),
        ("Drie woorden", "Over de vlotkaart, het duinpad en de heipaal."),
    ]:
        knowledge_article(professionals, title=title, body=body)
    results = find(site_client(lindeveld), "database", q="vlotkaart duinpad mosbank heipaal")
    assert titles(results)[0] == "Drie woorden"
    assert sorted(titles(results)[1:]) == ["Twee andere woorden", "Twee woorden"]
    assert results.total == 3


def test_a_query_of_many_words_still_answers_quickly(site_client, lindeveld, professionals, word_lookup):
    """The first concepts of a query are weighed by their rarity, each with a bit of its
    own; a query of 70 words has the rest found but not weighed (weighing them all made the
    statement's work grow with the square of the concepts: over 40 s, or an error, on
    SQLite). Checked by what the statement weighs, not by a clock."""
    knowledge_article(professionals, title="Het vlotplan", body="Over het vlotplan.")
    words = [f"{letter}{digit}" for letter in "bcdfghj" for digit in range(10)]
    text = " ".join(["vlotplan", *words])[:200]
    assert len(text.split()) > 62
    with CaptureQueriesContext(connection) as queries:
        results = find(site_client(lindeveld), "database", q=text)
    assert titles(results) == ["Het vlotplan"]
    statement = max((query["sql"] for query in queries.captured_queries), key=len)
    weighed = set(re.findall(r"\bAS w(\d+)\b", statement))
    assert 0 < len(weighed) <= database_search.WEIGHED, len(weighed)


def test_a_young_persons_page_with_more_of_the_words_comes_before_a_parents_page_with_fewer(
    site_client, lindeveld, parents, database_only
):
    """The site search puts parents' pages first among equal answers, but children and
    young people search it too: their page with both of their words came below a parents'
    page with one of them."""
    youth = section_of(lindeveld, Audience.YOUTH)
    topic_page(youth, title="Als je gaat verhuizen", body="Je zwemdiploma en de logeerpartij bij je vader.")
    topic_page(parents, title="Vakantie en weekenden", body="Een logeerpartij met vriendjes plannen.")
    topic_page(parents, title="Zomer met de kinderen", body="Het zwemdiploma halen en een logeerpartij.")
    results = find(site_client(lindeveld), "database", scope="site", q="zwemdiploma logeerpartij")
    assert titles(results)[:3] == ["Zomer met de kinderen", "Als je gaat verhuizen", "Vakantie en weekenden"]


def test_page_past_the_last_shows_the_last_page(site_client, lindeveld, professionals, database_only):
    for number in range(12):
        knowledge_article(professionals, title=f"Kompasmethode {number}", body="De kompasmethode.")
    response, results = search(site_client(lindeveld), q="kompasmethode", pagina="999")
    assert results.total == 12
    assert len(results.hits) == 2
    page = response.content.decode()
    assert "Tips om toch te vinden" not in page
    assert 'aria-current="page">2<' in page


def test_counts_read_well_to_a_screen_reader(site_client, lindeveld, professionals, database_only):
    knowledge_article(professionals, title="Eenmalige kaartmethode", body="Eenmalig.")
    response, _results = search(site_client(lindeveld), q="kaartmethode")
    page = response.content.decode()
    assert '1<span class="visually-hidden"> resultaat</span>)' in page
    assert '1<span class="visually-hidden"> resultaten' not in page
    response, _results = search(site_client(lindeveld), language="en", q="explanatory analysis")
    page = response.content.decode()
    assert '1<span class="visually-hidden"> result</span>)' in page  # e.g. a region's one article
    assert '1<span class="visually-hidden"> results' not in page


def test_the_results_page_costs_the_same_queries_however_many_regions(
    site_client, lindeveld, professionals, database_only
):
    """Under 20 regions the knowledge search made one Site query per region on the page."""
    from tests.factories.search import make_region

    client = site_client(lindeveld)

    def queries_for_a_results_page():
        search(client, q="lantaarnmethode")  # warm caches
        with CaptureQueriesContext(connection) as captured:
            _response, results = search(client, q="lantaarnmethode")
        return len(captured.captured_queries), results.total

    def add_regions(count):
        for _number in range(count):
            region = make_region("Lantaarnregio")
            knowledge_article(section_of(region, Audience.PROFESSIONALS), title="Lantaarnmethode in de regio")

    add_regions(2)
    few, total = queries_for_a_results_page()
    add_regions(4)
    many, more = queries_for_a_results_page()
    assert more == total + 4 or more == 1  # distinct copies, or one collapsed article
    assert many == few
