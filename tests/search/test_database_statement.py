"""The database fallback answers a search with one SQL statement (search/database_search.py):
it filters, counts, ranks, collapses copies and pages in the database. What the reader is
promised is checked against the raw entries (`SearchEntry`), not against the code: the total
and every facet count, one copy of an article across pages, the language and the region a
search stays in. On the session's database (SQLite locally; PostgreSQL in CI), and the word
index's use on PostgreSQL at the end (requires_service)."""

import pytest
from django.db import connection
from django.http import QueryDict

from home.choices import ArticleType, Audience
from search import database_search, selectors, word_index
from search.facets import KNOWLEDGE
from search.models import SearchEntry, SearchEntryKind
from tests.factories.search import knowledge_article, section_of, topic_page, translation
from tests.search.helpers import facet_counts, search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_only(without_engine):
    pass


def expected_counts(entries, chosen_type=None):
    """Total and facet counts as the entries themselves say (the oracle): the total counts an
    article once however many regions publish it; each facet counts every copy, under the
    other facets' filters."""
    chosen = [entry for entry in entries if chosen_type is None or entry.article_type == chosen_type]
    types = {}
    for entry in entries:  # the type facet is not filtered by its own selection
        types[entry.article_type] = types.get(entry.article_type, 0) + 1
    regions = {}
    for entry in chosen:
        regions[str(entry.site_id)] = regions.get(str(entry.site_id), 0) + 1
    return len({entry.content_key for entry in chosen}), types, regions


def test_total_and_facet_counts_are_what_the_entries_say(site_client, lindeveld, other_region, professionals):
    elsewhere = section_of(other_region, Audience.PROFESSIONALS)
    for number in range(3):
        knowledge_article(professionals, title=f"Uilenkaart {number}", article_type=ArticleType.METHOD)
    knowledge_article(professionals, title="Uilenkaart voor gesprekken", article_type=ArticleType.WORK_CARD)
    # The same article in the other region (one result, two copies), and one of its own.
    knowledge_article(elsewhere, title="Uilenkaart 0", article_type=ArticleType.METHOD)
    knowledge_article(elsewhere, title="Uilenkaart in de wijk", article_type=ArticleType.WORK_CARD)
    knowledge_article(professionals, title="Vossenkaart", article_type=ArticleType.METHOD)  # no match

    entries = [
        entry
        for entry in SearchEntry.objects.filter(kind=SearchEntryKind.KNOWLEDGE_ARTICLE, language="nl")
        if "uilenkaart" in entry.folded_text.split()
    ]
    assert len(entries) == 6
    client = site_client(lindeveld)

    _response, results = search(client, q="uilenkaart")
    total, types, regions = expected_counts(entries)
    assert results.total == total == 5
    assert len(results.hits) == 5
    assert facet_counts(results, "soort") == types
    assert facet_counts(results, "regio") == regions

    _response, results = search(client, q="uilenkaart", soort=ArticleType.METHOD)
    total, types, regions = expected_counts(entries, ArticleType.METHOD)
    assert results.total == total == 3
    assert sorted(titles(results)) == ["Uilenkaart 0", "Uilenkaart 1", "Uilenkaart 2"]
    assert facet_counts(results, "soort") == types  # still every type, to switch to
    assert facet_counts(results, "regio") == regions == {str(lindeveld.pk): 3, str(other_region.pk): 1}


def test_an_article_in_two_regions_is_shown_once_across_pages(
    site_client, lindeveld, other_region, professionals
):
    """12 articles that both regions publish: 12 results on two pages, each once, every one
    the current region's copy; the other region's search shows its own copies."""
    elsewhere = section_of(other_region, Audience.PROFESSIONALS)
    for number in range(12):
        for section in (professionals, elsewhere):
            knowledge_article(section, title=f"Egelkaart {number:02}", body="De egelkaart.")
    _response, first = search(site_client(lindeveld), q="egelkaart")
    _response, second = search(site_client(lindeveld), q="egelkaart", pagina="2")
    assert first.total == second.total == 12
    shown = titles(first) + titles(second)
    assert sorted(shown) == [f"Egelkaart {number:02}" for number in range(12)]
    # This region's copies: their links are relative (another region's would be absolute).
    assert all(not hit.url.startswith("http") for hit in first.hits + second.hits)

    _response, theirs = search(site_client(other_region), q="egelkaart")
    assert theirs.total == 12
    assert all(not hit.url.startswith("http") for hit in theirs.hits)  # its own copies, relative


def test_a_search_stays_in_its_language_and_region(site_client, lindeveld, other_region, parents):
    page = topic_page(parents, title="Het kraanvogelplan", body="Het kraanvogelplan.")
    english = translation(page, "en", title="The crane plan", summary="About the kraanvogelplan.")
    assert english.live
    elsewhere = section_of(other_region, Audience.PARENTS)
    topic_page(elsewhere, title="Kraanvogelplan in Zuiderhaven", body="Het kraanvogelplan.")

    _response, dutch = search(site_client(lindeveld), scope="site", q="kraanvogelplan")
    assert titles(dutch) == ["Het kraanvogelplan"]
    assert dutch.total == 1
    _response, in_english = search(site_client(lindeveld), scope="site", language="en", q="kraanvogelplan")
    assert titles(in_english) == ["The crane plan"]
    _response, theirs = search(site_client(other_region), scope="site", q="kraanvogelplan")
    assert titles(theirs) == ["Kraanvogelplan in Zuiderhaven"]


def test_the_page_of_hits_is_the_best_ranked_and_highlighted_on_whole_words(
    site_client, lindeveld, professionals
):
    """Title matches rank first; the page has PAGE_SIZE hits and only those are built; a word
    is marked where it stands whole, not inside another."""
    for number in range(14):
        knowledge_article(professionals, title=f"Werkvorm {number:02}", body="Met de mierenkaart werken.")
    knowledge_article(professionals, title="De mierenkaart", body="Over de mierenkaart.")
    _response, results = search(site_client(lindeveld), q="mierenkaart")
    assert results.total == 15
    assert len(results.hits) == 10
    assert results.hits[0].title == "De mierenkaart"
    assert results.hits[0].title_html == "De <mark>mierenkaart</mark>"

    knowledge_article(professionals, title="Ots en plotseling", body="Een OTS kwam plotseling.")
    _response, results = search(site_client(lindeveld), q="ots")
    assert titles(results)[0] == "Ots en plotseling"
    snippet = results.hits[0].snippet_html
    assert "<mark>OTS</mark>" in snippet
    assert "pl<mark>" not in snippet and "plotseling" in snippet


@pytest.mark.requires_service("postgres")
def test_postgresql_finds_words_through_the_stored_vector_and_its_index(lindeveld, professionals):
    knowledge_article(professionals, title="De spechtkaart", body="De spechtkaart.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generation_expression FROM information_schema.columns "
            "WHERE table_name = %s AND column_name = %s",
            [word_index.ENTRIES, word_index.VECTOR],
        )
        assert "to_tsvector" in cursor.fetchone()[0]
    query = selectors.query_from(
        KNOWLEDGE, text="spechtkaart", params=QueryDict(), language="nl", site=lindeveld
    )
    match = word_index.Matcher(query.concepts).matches_sql(query.needed)
    sql, params = database_search._statement(query, match, 10)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_entry_words_vector" in plan
    assert "to_tsvector" not in plan  # the stored vectors are read, never computed per row
    assert [hit.title for hit in database_search.search(query).hits] == ["De spechtkaart"]


@pytest.mark.requires_service("postgres")
def test_a_search_inside_a_transaction_leaves_the_planner_as_it_found_it(lindeveld, professionals):
    """A page rendered after a search in the same transaction (ATOMIC_REQUESTS, a task, a
    test) is planned as usual: on the old main the search's SET LOCAL enable_seqscan = off
    lasted till the end of the transaction, and every later query cost ~10^10, had
    PostgreSQL JIT-compile it and took about a second."""
    knowledge_article(professionals, title="De spechtkaart", body="De spechtkaart.")
    query = selectors.query_from(
        KNOWLEDGE, text="spechtkaart", params=QueryDict(), language="nl", site=lindeveld
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('jit')")
        before = cursor.fetchone()
        assert [hit.title for hit in database_search.search(query).hits] == ["De spechtkaart"]
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('jit')")
        assert cursor.fetchone() == before
        cursor.execute("EXPLAIN SELECT id FROM wagtailcore_page WHERE live")
        plan = cursor.fetchone()[0]
    assert "10000000" not in plan, plan  # no disabled-node penalty in a later query's cost
