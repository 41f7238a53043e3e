# ruff: noqa: S608, S611 (the SQL here joins constant table names; every value is a parameter)
"""The database's own word index, so the fallback finds words without reading the texts.

The matching rule is `search.text.term_matches`: a word under four letters matches only
itself, one of four or five letters also the start of a word, a longer one also a word it
occurs in (Dutch compounds: "alimentatie" in "kinderalimentatie"). Reading every entry's
word list with LIKE for that costs a scan of all the text per search (hundreds of
milliseconds at 10,000 articles); the index answers from word lists instead:

- SQLite (the embedded default): an FTS5 table ``search_entry_words`` over
  ``SearchEntry.folded_text`` (external content, so the text is not stored twice; whole
  tokens, no positions, prefix indexes for four and five letters), kept in step by
  triggers on the entries' table, whatever writes to it (saves, bulk inserts, deletes,
  cascades, a test's flush).
- PostgreSQL: a stored column ``search_words`` = ``to_tsvector('simple', folded_text)``
  with a GIN index. The 'simple'
  configuration keeps each word as it is (no stemming, no stop words): the rule is about
  word forms and word starts, the highlighter applies the same rule in Python, and the text
  is already folded (case, accents) and stripped of stop words at query time. A 'dutch' or
  'english' stemmer would match other forms than the highlighter marks, and its stems
  break the word-start rule ("kinderen" is stemmed to "kinder").
- Words occurring inside longer words are found in the vocabulary (`SearchWord`), through
  an FTS5 trigram table (SQLite) or a pg_trgm index (PostgreSQL), and then looked up in
  the word index as whole words.

A database without these (FTS5 not compiled in, no right to create the pg_trgm extension)
falls back to LIKE on the padded word lists: the same results, only slower.

The structures are not part of Django's model state (they are vendor specific). Migration
0004 creates them, and `install()` runs again after every `migrate` (`post_migrate`), since
Django rebuilds an SQLite table (dropping its triggers) to alter it.
"""

import logging
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from search.text import PREFIX_BELOW, WHOLE_WORD_BELOW

logger = logging.getLogger(__name__)

ENTRIES = "search_searchentry"
WORDS = "search_searchword"
FTS_TABLE = "search_entry_words"
TRIGRAM_TABLE = "search_word_trigrams"
VECTOR = "search_lexemes"  # PostgreSQL: the stored tsvector column
MAX_COMPOUNDS = 1000  # words looked up for one long search term, at most

SQLITE_TRIGGERS = {
    f"{FTS_TABLE}_insert": f"""
        CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON {ENTRIES} BEGIN
            INSERT INTO {FTS_TABLE}(rowid, folded_text) VALUES (new.id, new.folded_text);
        END""",
    f"{FTS_TABLE}_delete": f"""
        CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON {ENTRIES} BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, folded_text)
                VALUES ('delete', old.id, old.folded_text);
        END""",
    f"{FTS_TABLE}_update": f"""
        CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF id, folded_text ON {ENTRIES}
        WHEN old.id IS NOT new.id OR old.folded_text IS NOT new.folded_text BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, folded_text)
                VALUES ('delete', old.id, old.folded_text);
            INSERT INTO {FTS_TABLE}(rowid, folded_text) VALUES (new.id, new.folded_text);
        END""",
    f"{TRIGRAM_TABLE}_insert": f"""
        CREATE TRIGGER {TRIGRAM_TABLE}_insert AFTER INSERT ON {WORDS} BEGIN
            INSERT INTO {TRIGRAM_TABLE}(rowid, word) VALUES (new.id, new.word);
        END""",
    f"{TRIGRAM_TABLE}_delete": f"""
        CREATE TRIGGER {TRIGRAM_TABLE}_delete AFTER DELETE ON {WORDS} BEGIN
            INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}, rowid, word) VALUES ('delete', old.id, old.word);
        END""",
    f"{TRIGRAM_TABLE}_update": f"""
        CREATE TRIGGER {TRIGRAM_TABLE}_update AFTER UPDATE ON {WORDS} BEGIN
            INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}, rowid, word) VALUES ('delete', old.id, old.word);
            INSERT INTO {TRIGRAM_TABLE}(rowid, word) VALUES (new.id, new.word);
        END""",
}
SQLITE_TABLES = {
    FTS_TABLE: (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(folded_text, content='{ENTRIES}', "
        "content_rowid='id', tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\", "
        "detail=none, prefix='4 5')"
    ),
    TRIGRAM_TABLE: (
        f"CREATE VIRTUAL TABLE {TRIGRAM_TABLE} USING fts5(word, content='{WORDS}', "
        "content_rowid='id', tokenize='trigram')"
    ),
}
# SQLite reads the facet and ranking columns from this index instead of from the rows,
# which hold the whole text (several pages each at 10,000 articles).
SQLITE_COVERING_INDEX = (
    f"CREATE INDEX IF NOT EXISTS search_entry_listing ON {ENTRIES} (language, kind, site_id, "
    "content_key, article_type, evidence_level, audiences, topics, last_reviewed, published_at, "
    "folded_title)"
)
# A stored column, not an index on the expression: a word matching half the entries makes
# PostgreSQL read the rows, and with an expression index it computes to_tsvector() of every
# row's text again (650 ms at 10,000 articles). Stripped of positions (nothing here asks
# for phrases or proximity): a third smaller, so quicker to decompress and test per row.
POSTGRES_VECTOR = (
    f"ALTER TABLE {ENTRIES} ADD COLUMN IF NOT EXISTS {VECTOR} tsvector "
    "GENERATED ALWAYS AS (strip(to_tsvector('simple', folded_text))) STORED"
)
# Kept in the row (compressed there if need be, moved out only as a last resort), not in
# TOAST like the long texts: the search tests each matched entry's vector per concept
# (`database_search._matched`), and fetching it from TOAST cost more than the rest of the
# search (~180,000 buffer reads for 10,000 entries and two concepts).
POSTGRES_VECTOR_STORAGE = f"ALTER TABLE {ENTRIES} ALTER COLUMN {VECTOR} SET STORAGE MAIN"
POSTGRES_INDEXES = {
    "search_entry_words_vector": (
        f"CREATE INDEX IF NOT EXISTS search_entry_words_vector ON {ENTRIES} USING gin ({VECTOR})"
    ),
    "search_word_trgm": (
        f"CREATE INDEX IF NOT EXISTS search_word_trgm ON {WORDS} USING gin (word gin_trgm_ops)"
    ),
}

_available = {}


# --- installing -------------------------------------------------------------------------


def _sqlite_has_fts5(cursor):
    try:
        cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
        if cursor.fetchone()[0]:
            return True
        cursor.execute("CREATE VIRTUAL TABLE temp.search_fts5_probe USING fts5(x)")
        cursor.execute("DROP TABLE temp.search_fts5_probe")
    except Exception:  # noqa: BLE001 (an SQLite without FTS5 raises OperationalError)
        return False
    return True


def _install_sqlite(cursor):
    if not _sqlite_has_fts5(cursor):
        logger.warning("This SQLite has no FTS5: the search fallback reads the texts with LIKE (slower)")
        return
    cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    present = {row[0] for row in cursor.fetchall()}
    for table, sql in SQLITE_TABLES.items():
        missing = [name for name in SQLITE_TRIGGERS if name.startswith(table) and name not in present]
        if table in present and not missing:
            continue
        # New, or its triggers were dropped with a rebuilt table: index everything again.
        for name in SQLITE_TRIGGERS:
            if name.startswith(table):
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {table}")
        cursor.execute(sql)
        for name, trigger in SQLITE_TRIGGERS.items():
            if name.startswith(table):
                cursor.execute(trigger)
        cursor.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    cursor.execute(SQLITE_COVERING_INDEX)


def _install_postgresql(cursor):
    # What earlier versions of this branch made: an index on the expression, a column with positions.
    cursor.execute("DROP INDEX IF EXISTS search_entry_words_gin")
    cursor.execute(f"ALTER TABLE {ENTRIES} DROP COLUMN IF EXISTS search_words")
    cursor.execute(POSTGRES_VECTOR)
    _keep_vectors_in_the_rows(cursor)
    cursor.execute(POSTGRES_INDEXES["search_entry_words_vector"])
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    if cursor.fetchone() is None:
        try:
            cursor.execute("SAVEPOINT search_trgm")
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cursor.execute("RELEASE SAVEPOINT search_trgm")
        except Exception as error:  # noqa: BLE001 (a missing privilege must not stop the deploy)
            cursor.execute("ROLLBACK TO SAVEPOINT search_trgm")
            logger.warning("No pg_trgm for the search vocabulary (%s); it is scanned instead", error)
            return
    cursor.execute(POSTGRES_INDEXES["search_word_trgm"])


def _keep_vectors_in_the_rows(cursor):
    """Stores the vectors in the rows (`POSTGRES_VECTOR_STORAGE`), once: the storage applies
    to values written after it, so the rows already there are written again (their vectors
    computed anew; the long texts stay where they are)."""
    cursor.execute(
        "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s",
        [ENTRIES, VECTOR],
    )
    if cursor.fetchone()[0] == "m":
        return
    cursor.execute(POSTGRES_VECTOR_STORAGE)
    cursor.execute(f"UPDATE {ENTRIES} SET folded_text = folded_text")


def install(using=None):
    """Creates what is missing of the word index on the current database (idempotent)."""
    from django.db import connections, transaction

    db = connections[using or "default"]
    with transaction.atomic(using=db.alias), db.cursor() as cursor:
        if db.vendor == "sqlite":
            _install_sqlite(cursor)
        elif db.vendor == "postgresql":
            _install_postgresql(cursor)
    _available.clear()


def uninstall(using=None):
    from django.db import connections

    db = connections[using or "default"]
    with db.cursor() as cursor:
        if db.vendor == "sqlite":
            for name in SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            for table in SQLITE_TABLES:
                cursor.execute(f"DROP TABLE IF EXISTS {table}")
            cursor.execute("DROP INDEX IF EXISTS search_entry_listing")
        elif db.vendor == "postgresql":
            for name in POSTGRES_INDEXES:
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
            cursor.execute(f"ALTER TABLE {ENTRIES} DROP COLUMN IF EXISTS {VECTOR}")
    _available.clear()


def after_migrate(sender, using="default", **kwargs):
    """`post_migrate`: puts back what a migration of the entries' table dropped."""
    from django.db import connections

    db = connections[using]
    if {ENTRIES, WORDS} <= set(db.introspection.table_names()):
        install(using)


# --- what is there ----------------------------------------------------------------------


def _kind():
    """ "fts5", "tsvector" or "like": how the current database matches words."""
    key = (connection.alias, connection.vendor, str(connection.settings_dict.get("NAME")))
    if key not in _available:
        kind = "like"
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN (%s, %s)",
                    [FTS_TABLE, TRIGRAM_TABLE],
                )
                kind = "fts5" if cursor.fetchone()[0] == 2 else "like"
            elif connection.vendor == "postgresql":
                cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'search_entry_words_vector'")
                kind = "tsvector" if cursor.fetchone() else "like"
        _available[key] = kind
    return _available[key]


# --- matching -----------------------------------------------------------------------------


def compounds(words):
    """{word: sorted words of the vocabulary it occurs in} for the words of six letters or
    more (a shorter word only matches itself or word starts); one query."""
    from search.models import SearchWord

    long_words = sorted({word for word in words if len(word) >= PREFIX_BELOW})
    if not long_words:
        return {}
    if _kind() == "fts5":
        expression = " OR ".join(_quoted(word) for word in long_words)
        found = SearchWord.objects.filter(
            pk__in=RawSQL(f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH %s", [expression])
        )
    else:  # PostgreSQL answers these LIKEs from the pg_trgm index where there is one
        condition = Q()
        for word in long_words:
            condition |= Q(word__contains=word)
        found = SearchWord.objects.filter(condition)
    vocabulary = list(found.values_list("word", flat=True)[: MAX_COMPOUNDS * len(long_words)])
    result = {}
    for word in long_words:
        result[word] = sorted(known for known in vocabulary if word in known)[:MAX_COMPOUNDS]
    return result


def _quoted(word):
    return '"' + word.replace('"', '""') + '"'


def _word_atoms(word, compounds):
    """[(form, prefix?)] the word index is asked for one searched word: the word itself,
    its start, or the words of the vocabulary it occurs in (none: it occurs nowhere)."""
    if len(word) < WHOLE_WORD_BELOW:
        return [(word, False)]
    if len(word) < PREFIX_BELOW:
        return [(word, True)]
    return [(known, False) for known in compounds.get(word, ())]


def _render(terms, compounds, kind):
    """The index query for 'any of these terms' (a term: all of its words), or "" when
    none of them can match."""
    if kind == "fts5":
        atom = lambda form, prefix: _quoted(form) + ("*" if prefix else "")  # noqa: E731
        any_of, all_of = " OR ", " AND "
    else:
        atom = lambda form, prefix: "'" + form.replace("'", "''") + "'" + (":*" if prefix else "")  # noqa: E731
        any_of, all_of = " | ", " & "
    rendered = []
    for term in terms:
        words = [[atom(*a) for a in _word_atoms(word, compounds)] for word in term]
        if all(words):
            rendered.append("(" + all_of.join("(" + any_of.join(atoms) + ")" for atoms in words) + ")")
    return any_of.join(rendered)


def _hits_sql(expression, kind):
    """The ids of the entries the index query finds."""
    if kind == "fts5":
        return f"SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [expression]
    return f"SELECT id FROM {ENTRIES} WHERE {VECTOR} @@ to_tsquery('simple', %s)", [expression]


def contains_sql(column, text):
    """SQL that `column` contains `text` (no wildcards: INSTR on SQLite, STRPOS elsewhere)."""
    function = "instr" if connection.vendor == "sqlite" else "strpos"
    return f"{function}({column}, %s) > 0", [text]


def _like_sql(terms, column="folded_text"):
    """SQL that the padded word list has one of the terms, by `word_pattern`, read from the text."""
    from search.text import word_pattern

    alternatives, params = [], []
    for term in terms:
        words = [contains_sql(column, word_pattern(word)) for word in term]
        alternatives.append("(" + " AND ".join(sql for sql, _params in words) + ")")
        params.extend(param for _sql, word_params in words for param in word_params)
    return "(" + " OR ".join(alternatives) + ")", params


class Matcher:
    """The entries that match a query's concepts, found in the word index (one lookup in
    the vocabulary for the long words, made once)."""

    def __init__(self, concepts):
        self.concepts = concepts
        self.kind = _kind()
        words = {word for terms in concepts for term in terms for word in term}
        self.compounds = compounds(words) if self.kind != "like" else {}

    def matches_sql(self, needed):
        """How to find the entries with at least `needed` of the concepts, as a `Match`
        (None when no entry can match). Each concept keeps its number in the query."""
        if self.kind == "like":
            tests = [
                (number, *_like_sql(terms, "e.folded_text")) for number, terms in enumerate(self.concepts)
            ]
            return Match(per_concept=tests, needed=needed)
        expressions = [
            (number, _render(terms, self.compounds, self.kind)) for number, terms in enumerate(self.concepts)
        ]
        expressions = [(number, expression) for number, expression in expressions if expression]
        if len(expressions) < needed or not expressions:
            return None
        if self.kind == "tsvector":
            # The GIN index finds each concept's entries (reading the rows' columns, never
            # testing their vectors: decompressing those costs as much as the rest of a
            # search); the caller groups them per entry (`Match.per_concept`).
            tests = [
                (number, f"e.{VECTOR} @@ to_tsquery('simple', %s)", [expression])
                for number, expression in expressions
            ]
            return Match(per_concept=tests, needed=needed)
        # FTS5: the ids of every concept's entries, straight from the index; the caller
        # counts them per entry and joins the entries to them.
        return Match(
            ids=[(number, *_hits_sql(expression, self.kind)) for number, expression in expressions],
            needed=needed,
        )


@dataclass(frozen=True)
class Match:
    """How the entries that have the query's concepts are found, one (concept number, sql,
    params) per concept that can match: `ids` a query of the ids of the entries that have
    it (the word index alone), or `per_concept` a condition on the entries (alias `e`).
    An entry matches with at least `needed` concepts."""

    ids: list = None
    per_concept: list = None
    needed: int = 1

    @property
    def concepts(self):
        return self.ids or self.per_concept
