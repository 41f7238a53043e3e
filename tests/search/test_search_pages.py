"""The search pages as a reader uses them, answered from the database (the embedded
default). The same behaviour on Elasticsearch is in test_engine.py."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from home.choices import ArticleType, Audience, EvidenceLevel
from tests.factories import TopicFactory
from tests.factories.search import knowledge_article, section_of, topic_page
from tests.search.helpers import facet_counts, search, titles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_engine")]


@pytest.fixture
def methods(professionals):
    """Three knowledge articles about 'tafelgesprek' with different properties."""
    topic = TopicFactory(name="Tafelzaken", slug="tafelzaken")
    return {
        "method": knowledge_article(
            professionals,
            title="Tafelgesprek met ouders",
            summary="Een tafelgesprek voor ouders in conflict.",
            article_type=ArticleType.METHOD,
            evidence_level=EvidenceLevel.GOOD,
            target_audience=Audience.PARENTS,
            topics=[topic],
        ),
        "card": knowledge_article(
            professionals,
            title="Werkkaart tafelgesprek",
            body="Stappen voor het tafelgesprek met jongeren.",
            article_type=ArticleType.WORK_CARD,
            target_audience=Audience.YOUTH,
        ),
        "research": knowledge_article(
            professionals,
            title="Onderzoek naar gesprekken",
            body="Wat werkt aan tafel: het tafelgesprek onderzocht.",
            article_type=ArticleType.RESEARCH_SUMMARY,
            evidence_level=EvidenceLevel.GOOD,
            target_audience=Audience.PARENTS,
        ),
    }


def test_knowledge_search_lists_matches_with_title_matches_first(site_client, lindeveld, methods):
    response, results = search(site_client(lindeveld), q="tafelgesprek")
    assert results.engine == "database"
    assert results.total == 3
    assert set(titles(results)[:2]) == {"Tafelgesprek met ouders", "Werkkaart tafelgesprek"}
    assert titles(results)[2] == "Onderzoek naar gesprekken"
    assert "search/search.html" in [t.name for t in response.templates]


def test_facets_show_counts_and_filters_come_from_the_url(site_client, lindeveld, methods):
    client = site_client(lindeveld)
    _response, results = search(client, q="tafelgesprek")
    assert facet_counts(results, "soort") == {"methode": 1, "werkkaart": 1, "onderzoek": 1}
    assert facet_counts(results, "bewijs") == {"goede": 2}
    assert facet_counts(results, "doelgroep") == {"ouders": 2, "jongeren": 1}
    assert facet_counts(results, "onderwerp") == {"tafelzaken": 1}
    assert facet_counts(results, "regio") == {str(lindeveld.pk): 3}

    _response, results = search(client, q="tafelgesprek", doelgroep="ouders")
    assert sorted(titles(results)) == ["Onderzoek naar gesprekken", "Tafelgesprek met ouders"]
    # A facet's own counts ignore its own selection, so the reader sees what else there is.
    assert facet_counts(results, "doelgroep") == {"ouders": 2, "jongeren": 1}
    assert facet_counts(results, "soort") == {"methode": 1, "onderzoek": 1}

    _response, results = search(client, q="tafelgesprek", doelgroep="ouders", soort=["methode", "werkkaart"])
    assert titles(results) == ["Tafelgesprek met ouders"]


def test_unknown_filter_values_and_page_numbers_are_ignored(site_client, lindeveld, methods):
    client = site_client(lindeveld)
    _response, results = search(client, q="tafelgesprek", soort="<script>", regio="abc", pagina="x")
    assert results.total == 3
    _response, results = search(client, q="tafelgesprek", pagina="99999")
    assert results.query.page == 1  # past the last page: the last page, no error
    assert len(results.hits) == 3


def test_browsing_the_knowledge_base_without_words(site_client, lindeveld, methods):
    _response, results = search(site_client(lindeveld), soort="werkkaart")
    assert "Werkkaart tafelgesprek" in titles(results)
    assert all(hit.kind == "kennisartikel" for hit in results.hits)


def test_matches_are_highlighted_and_escaped(site_client, lindeveld, professionals):
    knowledge_article(
        professionals,
        title="Vertrouwen <herstellen>",
        summary="Over vertrouwen & herstel na een scheiding.",
    )
    response, results = search(site_client(lindeveld), q="vertrouwen")
    [hit] = results.hits
    assert hit.title_html == "<mark>Vertrouwen</mark> &lt;herstellen&gt;"
    assert "<mark>vertrouwen</mark> &amp; herstel" in hit.snippet_html
    assert b"<mark>Vertrouwen</mark> &lt;herstellen&gt;" in response.content


def test_domain_synonyms_find_each_other(site_client, lindeveld, professionals):
    client = site_client(lindeveld)
    knowledge_article(professionals, title="Afspraken bij contactregeling", body="Over de contactregeling.")
    knowledge_article(
        professionals, title="Maatregel", body="Bij een ondertoezichtstelling door de kinderrechter."
    )
    knowledge_article(professionals, title="Samen plannen", body="De ouderschapsafspraken vastleggen.")

    assert "Afspraken bij contactregeling" in titles(search(client, q="omgang")[1])
    assert "Afspraken bij contactregeling" in titles(search(client, q="omgangsregeling")[1])
    assert "Maatregel" in titles(search(client, q="OTS")[1])
    assert "Samen plannen" in titles(search(client, q="ouderschapsplan")[1])


def test_site_search_stays_within_the_region_and_covers_all_audiences(
    site_client, lindeveld, other_region, parents, professionals
):
    topic_page(parents, title="Zeilkamp voor ouders", body="Het zeilkamp.")
    knowledge_article(professionals, title="Zeilkamp als methode", body="Het zeilkamp.")
    topic_page(section_of(other_region, Audience.PARENTS), title="Zeilkamp elders", body="Het zeilkamp.")

    _response, results = search(site_client(lindeveld), scope="site", q="zeilkamp")
    assert sorted(titles(results)) == ["Zeilkamp als methode", "Zeilkamp voor ouders"]
    _response, results = search(site_client(other_region), scope="site", q="zeilkamp")
    assert titles(results) == ["Zeilkamp elders"]


def test_knowledge_search_spans_regions_with_a_region_facet(
    site_client, lindeveld, other_region, professionals
):
    knowledge_article(professionals, title="Ankerkaart hier")
    elsewhere = knowledge_article(section_of(other_region, Audience.PROFESSIONALS), title="Ankerkaart daar")

    _response, results = search(site_client(lindeveld), q="ankerkaart")
    assert facet_counts(results, "regio") == {str(lindeveld.pk): 1, str(other_region.pk): 1}
    hit = next(hit for hit in results.hits if hit.title == "Ankerkaart daar")
    assert hit.url == elsewhere.full_url  # another region's article links to that region's site
    assert "Regio Zuiderhaven" in hit.details

    _response, results = search(site_client(lindeveld), q="ankerkaart", regio=str(other_region.pk))
    assert titles(results) == ["Ankerkaart daar"]


def test_results_are_paginated_with_links_that_keep_the_filters(site_client, lindeveld, professionals):
    for number in range(12):
        knowledge_article(professionals, title=f"Lantaarn {number:02d}", article_type=ArticleType.METHOD)
    client = site_client(lindeveld)
    response, results = search(client, q="lantaarn", soort="methode")
    assert results.total == 12 and len(results.hits) == 10 and results.num_pages == 2
    assert b"pagina=2" in response.content and b"soort=methode" in response.content

    _response, second = search(client, q="lantaarn", soort="methode", pagina="2")
    assert len(second.hits) == 2
    assert not set(titles(second)) & set(titles(results))


def test_zero_results_page_helps_the_reader_on(site_client, lindeveld, professionals):
    knowledge_article(professionals, title="Ouderschapsbemiddeling")
    response, results = search(site_client(lindeveld), q="ouderschapsbemidelling", soort="methode")
    assert results.total == 0
    assert results.suggestion == "ouderschapsbemiddeling"
    content = response.content.decode()
    assert "Bedoel je:" in content and "?q=ouderschapsbemiddeling" in content
    assert "Haal de filters weg" in content
    assert "Controleer de spelling" in content


def test_site_search_without_words_asks_for_them(site_client, lindeveld):
    response, results = search(site_client(lindeveld), scope="site")
    assert results.total == 0 and results.hits == []
    assert "Typ een of meer woorden" in response.content.decode()


def test_a_too_long_query_gets_a_clear_error_and_keeps_the_input(site_client, lindeveld):
    text = "omgang " * 40
    response = site_client(lindeveld).get(reverse("search:site"), {"q": text})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Er is een probleem" in content
    assert "Gebruik hooguit 200 tekens." in content
    assert 'aria-invalid="true"' in content
    assert text.strip()[:50] in content


def test_english_interface_and_urls(site_client, lindeveld):
    with translation.override("en"):
        url = reverse("search:knowledge")
    assert url == "/en/knowledge-base/"
    response = site_client(lindeveld).get(url, {"q": "zzzqqq"})
    assert response.status_code == 200
    assert "Check the spelling" in response.content.decode()


def test_suggestions_are_json_from_the_same_index(site_client, lindeveld, professionals):
    knowledge_article(professionals, title="Regenjasgesprek voor ouders")
    client = site_client(lindeveld)
    with translation.override("nl"):
        url = reverse("search:suggest")
    data = json.loads(client.get(url, {"q": "regenjas", "scope": "kennisbank"}).content)
    assert data["suggestions"][0]["title"] == "Regenjasgesprek voor ouders"
    assert json.loads(client.get(url, {"q": "r"}).content) == {"suggestions": []}


def test_header_links_to_the_site_search(site_client, lindeveld):
    content = site_client(lindeveld).get("/nl/").content.decode()
    assert 'href="/nl/zoeken/"' in content


def test_search_page_loads_its_script_from_the_app_and_nothing_inline(site_client, lindeveld):
    content = site_client(lindeveld).get("/nl/zoeken/?q=omgang").content.decode()
    assert "/static/search/suggest.js" in content
    assert "<script>" not in content and "style=" not in content


def test_regions_are_named_by_their_settings_else_their_site_in_one_query(
    lindeveld, other_region, django_assert_num_queries
):
    from home.models import RegionSettings
    from search.facets import region_names

    RegionSettings.objects.filter(site=other_region).update(region_name="Zuiderhaven en omstreken")
    bare = Site.objects.create(
        hostname="kaal.localhost", port=8000, root_page=lindeveld.root_page, site_name=""
    )

    with django_assert_num_queries(1):  # once per search, for the facet labels and the hits
        names = region_names()
    assert names[str(other_region.pk)] == "Zuiderhaven en omstreken"
    assert names[str(bare.pk)] == "kaal.localhost"
    assert names[str(lindeveld.pk)] == RegionSettings.objects.get(site=lindeveld).region_name
    assert list(names.values()) == sorted(names.values())
    with django_assert_num_queries(1):
        assert region_names([str(other_region.pk)]) == {str(other_region.pk): "Zuiderhaven en omstreken"}
