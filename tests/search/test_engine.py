"""Search on the real Elasticsearch (CI's engine): indexing, separation by language and
region, facets, synonyms, typo tolerance, highlighting, stemming and rebuilds."""

import io

import pytest
from django.core.management import call_command

from home.choices import ArticleType, Audience, EvidenceLevel
from search import engine, selectors, services
from search.facets import KNOWLEDGE
from tests.factories import TopicFactory
from tests.factories.search import knowledge_article, paragraph, section_of, topic_page, translation
from tests.search.helpers import facet_counts, titles
from tests.search.helpers import search as get_search

pytestmark = [pytest.mark.requires_service("elasticsearch"), pytest.mark.django_db]


@pytest.fixture(autouse=True)
def indices(engine_indices):
    return engine_indices


def search(client, **params):
    engine.refresh()
    response, results = get_search(client, **params)
    assert results.engine == "elasticsearch", "the engine did not answer"
    return response, results


def test_publishing_indexes_and_unpublishing_removes(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    article = knowledge_article(
        professionals, title="Werken met de sterrenkaart", body="De sterrenkaart helpt."
    )
    _response, results = search(client, q="sterrenkaart")
    assert titles(results) == ["Werken met de sterrenkaart"]

    article.unpublish()
    _response, results = search(client, q="sterrenkaart")
    assert titles(results) == []


def test_languages_have_separate_indices(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    section_of(lindeveld, Audience.PROFESSIONALS, "en")
    article = knowledge_article(professionals, title="Kletspot", body="De kletspot op tafel.")
    translation(
        article, "en", title="Chatter jar", summary="The chatter jar.", body=paragraph("On the table.")
    )

    assert titles(search(client, language="en", q="chatter jar")[1]) == ["Chatter jar"]
    assert titles(search(client, language="nl", q="chatter jar")[1]) == []
    assert titles(search(client, language="nl", q="kletspot")[1]) == ["Kletspot"]
    assert titles(search(client, language="en", q="kletspot")[1]) == []
    assert engine.live_index("nl") != engine.live_index("en")


def test_site_search_is_limited_to_the_region(site_client, lindeveld, other_region, parents):
    topic_page(parents, title="Vliegerdag hier", body="De vliegerdag.")
    topic_page(section_of(other_region, Audience.PARENTS), title="Vliegerdag daar", body="De vliegerdag.")

    assert titles(search(site_client(lindeveld), scope="site", q="vliegerdag")[1]) == ["Vliegerdag hier"]
    assert titles(search(site_client(other_region), scope="site", q="vliegerdag")[1]) == ["Vliegerdag daar"]
    # The knowledge base spans regions, with a facet to narrow it.
    knowledge_article(section_of(other_region, Audience.PROFESSIONALS), title="Vliegerdag als methode")
    _response, results = search(site_client(lindeveld), q="vliegerdag")
    assert facet_counts(results, "regio") == {str(other_region.pk): 1}


def test_facets_and_counts(site_client, lindeveld, professionals):
    topic = TopicFactory(name="Bootzaken", slug="bootzaken")
    common = {"body": "Over de roeiboot."}
    knowledge_article(
        professionals,
        title="Roeiboot methode",
        article_type=ArticleType.METHOD,
        evidence_level=EvidenceLevel.STRONG,
        target_audience=Audience.PARENTS,
        topics=[topic],
        **common,
    )
    knowledge_article(
        professionals,
        title="Roeiboot werkkaart",
        article_type=ArticleType.WORK_CARD,
        target_audience=Audience.YOUTH,
        **common,
    )
    knowledge_article(
        professionals,
        title="Roeiboot onderzoek",
        article_type=ArticleType.RESEARCH_SUMMARY,
        evidence_level=EvidenceLevel.STRONG,
        target_audience=Audience.PARENTS,
        **common,
    )
    client = site_client(lindeveld)
    _response, results = search(client, q="roeiboot")
    assert results.total == 3
    assert facet_counts(results, "soort") == {"methode": 1, "werkkaart": 1, "onderzoek": 1}
    assert facet_counts(results, "bewijs") == {"sterke": 2}
    assert facet_counts(results, "doelgroep") == {"ouders": 2, "jongeren": 1}
    assert facet_counts(results, "onderwerp") == {"bootzaken": 1}

    _response, results = search(client, q="roeiboot", doelgroep="ouders")
    assert sorted(titles(results)) == ["Roeiboot methode", "Roeiboot onderzoek"]
    assert facet_counts(results, "doelgroep") == {"ouders": 2, "jongeren": 1}
    assert facet_counts(results, "soort") == {"methode": 1, "onderzoek": 1}

    _response, results = search(client, q="roeiboot", doelgroep="ouders", onderwerp="bootzaken")
    assert titles(results) == ["Roeiboot methode"]


def test_domain_synonyms(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    knowledge_article(professionals, title="Afspraken maken", body="Een goede contactregeling voor Mo.")
    knowledge_article(professionals, title="De maatregel", body="De ondertoezichtstelling duurt een jaar.")
    knowledge_article(professionals, title="Samen vastleggen", body="Ouderschapsafspraken op papier.")

    assert "Afspraken maken" in titles(search(client, q="omgang")[1])
    assert "Afspraken maken" in titles(search(client, q="omgangsregeling")[1])
    assert "De maatregel" in titles(search(client, q="OTS")[1])
    assert "Samen vastleggen" in titles(search(client, q="ouderschapsplan")[1])


def test_typo_tolerance(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    knowledge_article(professionals, title="Loyaliteitsconflict bij kinderen", body="Over loyaliteit.")
    assert "Loyaliteitsconflict bij kinderen" in titles(search(client, q="loyaliteitsconflikt")[1])
    assert "Loyaliteitsconflict bij kinderen" in titles(search(client, q="loyaliteitconflict")[1])


def test_matches_are_highlighted_and_escaped(site_client, lindeveld, professionals):
    knowledge_article(
        professionals,
        title="Zandloper <methode>",
        summary="De zandloper & het gesprek.",
        body="Met de zandloper bewaak je de tijd.",
    )
    response, results = search(site_client(lindeveld), q="zandloper")
    [hit] = results.hits
    assert hit.title_html == "<mark>Zandloper</mark> &lt;methode&gt;"
    assert "<mark>zandloper</mark> &amp; het gesprek" in hit.snippet_html
    assert b"<mark>Zandloper</mark> &lt;methode&gt;" in response.content


def test_dutch_words_are_stemmed(site_client, lindeveld, professionals):
    level = engine.index_meta("nl").get("analysis")
    if level == "basic":
        pytest.skip("this engine has no Dutch stemming (no hunspell dictionary, no analysis-common)")
    knowledge_article(professionals, title="Brugfunctie", body="Over echtscheidingen en gesprekken.")
    assert "Brugfunctie" in titles(search(site_client(lindeveld), q="echtscheiding gesprek")[1])


def test_suggestions_come_from_the_engine(site_client, lindeveld, professionals):
    knowledge_article(professionals, title="Kompasroos voor gezinnen")
    engine.refresh()
    query = selectors.query_from(
        KNOWLEDGE, text="kompasr", params=_no_params(), language="nl", site=lindeveld
    )
    from search import engine_search

    assert [s["title"] for s in engine_search.suggest(query)] == ["Kompasroos voor gezinnen"]


def _no_params():
    from django.http import QueryDict

    return QueryDict()


def test_rebuild_swaps_in_a_new_index_without_downtime(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    knowledge_article(professionals, title="Vuurtoren aanpak", body="De vuurtoren.")
    engine.refresh()
    before = engine.live_index("nl")
    answers = []
    published = []

    def search_meanwhile(_count):
        # Between every chunk of the rebuild, a reader searches and an editor publishes.
        _response, results = get_search(client, q="vuurtoren")
        answers.append((results.engine, titles(results)))
        if not published:
            published.append(knowledge_article(professionals, title="Vuurtoren tijdens rebuild"))

    services.rebuild_engine_index("nl", progress=search_meanwhile, chunk_size=5)

    assert len(answers) >= 2
    assert all(
        engine_name == "elasticsearch" and "Vuurtoren aanpak" in found for engine_name, found in answers
    )
    after = engine.live_index("nl")
    assert after != before
    assert before not in engine.indices_with_prefix(engine.alias_name("nl"))
    # What was published during the rebuild reached the new index too.
    assert "Vuurtoren tijdens rebuild" in titles(search(client, q="vuurtoren")[1])


def test_rebuild_command_reports_progress_and_analysis(lindeveld):
    out, err = io.StringIO(), io.StringIO()
    call_command("rebuild_search_index", "--skip-entries", "--language", "en", stdout=out, stderr=err)
    output = out.getvalue()
    assert engine.alias_name("en") in output
    assert "analysis" in output and "documents" in output
    assert "100%" in err.getvalue()
