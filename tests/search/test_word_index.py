"""The database fallback answers from the database's word index (search/word_index.py:
FTS5 on SQLite, a tsvector GIN index on PostgreSQL), which stays in step with the entries
whatever writes them, and a long word still finds the compounds it occurs in."""

import pytest
from django.db import connection

from search import word_index
from search.models import SearchEntry, SearchWord
from tests.factories.search import knowledge_article
from tests.search.helpers import search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_only(without_engine):
    pass


def index_finds(word):
    """The entry ids the word index itself (not the texts) has for a whole word."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT rowid FROM {word_index.FTS_TABLE} WHERE {word_index.FTS_TABLE} MATCH %s",  # noqa: S608
                [f'"{word}"'],
            )
        else:
            where = f"{word_index.VECTOR} @@ to_tsquery('simple', %s)"
            cursor.execute(f"SELECT id FROM {word_index.ENTRIES} WHERE {where}", [word])  # noqa: S608
        return {row[0] for row in cursor.fetchall()}


def test_the_database_has_the_word_index():
    assert word_index._kind() == {"sqlite": "fts5", "postgresql": "tsvector"}[connection.vendor]


def test_publishing_and_unpublishing_keep_the_index_in_step(professionals):
    article = knowledge_article(
        professionals, title="Werken met de vuurtorenkaart", body="De vuurtorenkaart."
    )
    ids = set(SearchEntry.objects.filter(object_id=article.pk).values_list("pk", flat=True))
    assert ids and ids <= index_finds("vuurtorenkaart")
    assert SearchWord.objects.filter(word="vuurtorenkaart").exists()
    article.unpublish()
    assert not index_finds("vuurtorenkaart")


def test_a_bulk_delete_of_the_entries_empties_the_index(professionals):
    knowledge_article(professionals, title="De lantaarnmethode", body="Over de lantaarnmethode.")
    assert index_finds("lantaarnmethode")
    SearchEntry.objects.all().delete()
    assert not index_finds("lantaarnmethode")


def test_a_long_word_finds_the_compound_it_occurs_in_right_after_publishing(
    site_client, lindeveld, professionals
):
    knowledge_article(
        professionals, title="Over zeilbotenkinderalimentatie", body="Een verzonnen samenstelling."
    )
    _response, results = search(site_client(lindeveld), q="zeilboten")
    assert titles(results) == ["Over zeilbotenkinderalimentatie"]


def test_a_middle_word_finds_word_starts_and_a_short_word_only_itself(site_client, lindeveld, professionals):
    knowledge_article(professionals, title="Kwelder en kweldergras", body="Tekst.")
    knowledge_article(professionals, title="De OTSX-regeling", body="Tekst.")
    _response, results = search(site_client(lindeveld), q="kweld")
    assert titles(results) == ["Kwelder en kweldergras"]
    _response, results = search(site_client(lindeveld), q="ots")
    assert "De OTSX-regeling" not in titles(results)


def test_search_words_with_index_syntax_are_plain_words(site_client, lindeveld, professionals):
    knowledge_article(professionals, title="Het duinpanplan", body="Tekst.")
    for text in [
        'duinpanplan" OR "a',
        "duinpanplan*",
        "duinpanplan & !x",
        "NEAR(duinpanplan)",
        "'duinpanplan'",
    ]:
        response, results = search(site_client(lindeveld), q=text)
        assert response.status_code == 200
        assert "Het duinpanplan" in titles(results), text


@pytest.mark.requires_service("postgres")
def test_postgresql_keeps_the_vectors_in_the_rows_also_for_entries_written_before(professionals):
    """The search tests each matched entry's vector in its row (search.database_search
    `_matched`); the entries written while the vectors still went to TOAST are written
    again by install(), once, and found as before."""
    article = knowledge_article(professionals, title="De kiezelkaart", body="Over de kiezelkaart.")
    entry = SearchEntry.objects.get(object_id=article.pk)

    def stored():
        """How the vectors are stored, and where the entry's row version is."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s",
                [word_index.ENTRIES, word_index.VECTOR],
            )
            storage = cursor.fetchone()[0]
            cursor.execute(f"SELECT ctid::text FROM {word_index.ENTRIES} WHERE id = %s", [entry.pk])  # noqa: S608
            return storage, cursor.fetchone()[0]

    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the article's checks, before the ALTER
        column = f"{word_index.ENTRIES} ALTER COLUMN {word_index.VECTOR}"
        cursor.execute(f"ALTER TABLE {column} SET STORAGE EXTENDED")
    storage, before = stored()
    assert storage == "x"
    word_index.install()
    storage, rewritten = stored()
    assert storage == "m"
    assert rewritten != before  # written again, under the new storage
    assert index_finds("kiezelkaart") == {entry.pk}
    word_index.install()
    assert stored() == ("m", rewritten)  # once: nothing is written again
