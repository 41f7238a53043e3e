# ruff: noqa: S608 (the SQL here joins constant names and placeholders; every value is a parameter)
"""The database fallback: the same search over `SearchEntry` rows, in SQL.

Matching: on whole words (`search.text.term_matches`: short words whole, middle ones at a
word's start, long ones inside compounds), answered by the database's word index
(`search.word_index`: FTS5 on SQLite, a tsvector GIN index on PostgreSQL) instead of reading
the texts. An entry matches when its text has enough of the query's concepts
(`words_needed`: half, rounded up), each a word or a term with its synonyms. Ranking:
concepts found in the text and in the title, each weighed by its rarity (`RARITY`: the fewer
entries have a concept, the more it counts), words in the title; on the site search pages
for parents come first, knowledge articles last; then the most recent. The knowledge base
shows an article that several regions publish once (the current region's copy). No typo
tolerance: that needs the engine.

One SQL statement per search (`_statement`), the database doing the work: a CTE `found`
holds the entries in scope (language, kinds, the region on the site search: filtered before
anything is ranked) that match, with their score and the short columns the facets and the
order need (on SQLite read from a covering index, never the rows with the whole text); over
it, UNION ALL of one row with the total (COUNT DISTINCT of the articles when copies
collapse), one GROUP BY per facet (each under the *other* facets' filters; a list field
grouped by its stored list, split after: the groups are few), and the ids of the page's hits
(ORDER BY score LIMIT). Then the page's rows are read for their highlights (at most
PAGE_SIZE). Matching: a CTE `matched` with the entries that have a concept and which ones
(on SQLite the FTS5 ids of each concept, grouped per entry; on PostgreSQL one pass over the
entries a stored tsvector column's GIN index finds, testing each one's vector per concept,
see `_matched` and `_execute`) and a CTE `rarity` with each concept's weight counted from
them. The SQL is written here rather than
with the ORM: at 10,000 entries building these expressions with the ORM cost as much time as
the database needed to answer them (scripts/benchmarks/search.py).
"""

from django.db import connection, transaction
from django.db.models import Q

from home.choices import Audience
from home.fields import ChoiceSetField
from search.models import SearchEntry, SearchEntryKind
from search.results import PAGE_SIZE, SNIPPET_SIZE, HitBuilder, SearchResults, facet_results
from search.text import highlight_html, shorten, word_pattern
from search.word_index import ENTRIES, Matcher, contains_sql

LIST_FIELDS = {"topics", "audiences", "municipalities"}


# Points of a score; a concept's points are scaled by its rarity (`RARITY`): a word few
# entries have says more about what the reader wants than one most of them have.
TEXT_WEIGHT = 2  # per concept found in the text
TITLE_WEIGHT = 3  # per concept found in the title, on top
TITLE_WORD_WEIGHT = 1  # per word the reader typed found in the title, on top
# Site search: a knowledge article (for professionals) comes after a page for the public
# even with one more concept and word in its title ('ouderschapsplan maken'), so 5 points;
# among the public's pages parents' first, by half a concept: children and young people
# search too, and their page with more of their words comes before a parents' page.
PARENTS_BONUS = 1  # site search: a page for parents
PUBLIC_BONUS = 4  # site search: anything but a knowledge article
FULL = 100  # a concept's mean weight: points in hundredths, whole numbers, so equal scores stay equal
# Concepts weighed by their rarity, each with a bit of its own (`_matched`); a query with
# more (a list of words rather than a question) has the rest found, but not weighed: the
# statement grows with the weighed concepts times all of them.
WEIGHED = 16


def _bit(number):
    return 1 << number if number < WEIGHED else 0


def _weighed(match):
    """The numbers of the match's concepts that are weighed."""
    return [number for number, _sql, _params in match.concepts if number < WEIGHED]


def _all(conditions):
    """(sql, params) of the conjunction of (sql, params) conditions ("" for none)."""
    conditions = [condition for condition in conditions if condition[0]]
    return " AND ".join(f"({sql})" for sql, _params in conditions), [
        param for _sql, params in conditions for param in params
    ]


def _any(conditions):
    return " OR ".join(f"({sql})" for sql, _params in conditions), [
        param for _sql, params in conditions for param in params
    ]


def _case(condition, weight):
    sql, params = condition
    return f"(CASE WHEN {sql} THEN {int(weight)} ELSE 0 END)", params


def _title_has(terms):
    """The title has one of the terms (all of a term's words)."""
    return _any(
        [_all([contains_sql("e.folded_title", word_pattern(word)) for word in term]) for term in terms]
    )


def _score(query, match, entry):
    """(sql, params) of how well an entry answers the query, in hundredths of a point; the
    concepts `entry` (alias) has are in its `concepts` bits, their weights in `rarity`."""
    numbers = _weighed(match)
    weights = {number: f"r.w{number}" if number in numbers else "0" for number in range(len(query.concepts))}
    has = [
        f"CASE WHEN ({entry}.concepts & {_bit(number)}) <> 0 THEN {weights[number]} ELSE 0 END"
        for number in numbers
    ]
    parts = [(f"{TEXT_WEIGHT} * ({' + '.join(sorted(has))})", [])]
    for number, terms in enumerate(query.concepts):
        title = _title_has(terms)
        parts.append((f"(CASE WHEN {title[0]} THEN {TITLE_WEIGHT} * {weights[number]} ELSE 0 END)", title[1]))
    own_words = sorted({word for terms in query.concepts for word in terms[0]})
    parts += [_case(_title_has([(word,)]), TITLE_WORD_WEIGHT * FULL) for word in own_words]
    if query.prefers_parents:
        # A knowledge article is written for professionals, whatever its target group.
        article = SearchEntryKind.KNOWLEDGE_ARTICLE.value
        parents = _all(
            [
                contains_sql("e.audiences", ChoiceSetField.lookup(Audience.PARENTS)),
                ("e.kind <> %s", [article]),
            ]
        )
        parts += [
            _case(parents, PARENTS_BONUS * FULL),
            _case(("e.kind <> %s", [article]), PUBLIC_BONUS * FULL),
        ]
    return " + ".join(sql for sql, _params in parts), [param for _sql, params in parts for param in params]


def _scope(query):
    kinds = list(query.scope.kinds)
    conditions = [
        ("e.language = %s", [query.language]),
        (f"e.kind IN ({', '.join(['%s'] * len(kinds))})", kinds),
    ]
    if query.scope.within_site:
        conditions.append(("e.site_id = %s", [query.site.pk]))
    return _all(conditions)


def _has_value(facet, value):
    if facet.field in LIST_FIELDS:
        return contains_sql(f"e.{facet.field}", ChoiceSetField.lookup(value))
    if facet.field == "site_id":
        return "e.site_id = %s", [int(value)]
    return f"e.{facet.field} = %s", [value]


def _filters(query, skip=None):
    """The facet selections as one condition, leaving out the facet named `skip`."""
    return _all(
        [
            _any([_has_value(facet, value) for value in query.filters[facet.name]])
            for facet in query.scope.facets
            if facet.name != skip and query.filters.get(facet.name)
        ]
    )


def _materialized():
    """The CTE hint that has the matches found once for the counts and the page (SQLite
    before 3.35 does not know it, and then decides by itself)."""
    if connection.vendor == "sqlite":
        import sqlite3

        return "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""
    return "MATERIALIZED "


SORT_COLUMNS = ("id", "content_key", "score", "elsewhere", "last_reviewed", "published_at")
ORDER = (
    "e.score DESC, e.elsewhere, e.last_reviewed DESC NULLS LAST, e.published_at DESC NULLS LAST, e.id DESC"
)


def _found(query, match):
    """(sql, params) of the CTE `found`: the entries in the search's scope that match, with
    the short columns the facets and the order need (on SQLite all in the covering index,
    so the rows with the whole text are not read) and their score."""
    columns = [f"e.{name}" for name in SORT_COLUMNS if name not in ("score", "elsewhere")]
    columns += sorted({f"e.{facet.field}" for facet in query.scope.facets} - set(columns))
    params = []
    if match is not None:
        score, params = _score(query, match, "e" if match.per_concept else "m")
        columns.append(f"({score}) AS score")
    else:
        columns.append("0 AS score")
    if query.collapses_copies and query.site is not None:
        columns.append("CASE WHEN e.site_id = %s THEN 0 ELSE 1 END AS elsewhere")
        params.append(query.site.pk)
    else:
        columns.append("0 AS elsewhere")
    conditions = [_scope(query)]
    source = f"FROM {ENTRIES} AS e"
    if match is not None and match.per_concept:
        source = "FROM matched AS e CROSS JOIN weights AS r"
        conditions.append(("e.found >= %s", [match.needed]))
    elif match is not None:
        # CROSS JOIN: SQLite scans the entries (from the covering index) and looks the
        # matches up, never the other way round (which would read whole rows by id).
        source = f"FROM {ENTRIES} AS e CROSS JOIN matched AS m CROSS JOIN weights AS r"
        conditions.append(("m.id = e.id", []))
    where, where_params = _all(conditions)
    where = f" WHERE {where}" if where else ""
    return f"SELECT {', '.join(columns)} {source}{where}", [*params, *where_params]


MATCHED_COLUMNS = (
    "content_key", "last_reviewed", "published_at", "site_id", "kind", "language", "topics",
    "audiences", "municipalities", "article_type", "evidence_level", "folded_title",
)  # fmt: skip


def _has_concept(match):
    """[(number, sql, params)] per concept of whether the entry (alias `e`) has it, as 1 or
    0; with one concept every matched entry has it (the word index found it)."""
    if len(match.per_concept) == 1:
        number, _sql, _params = match.per_concept[0]
        return [(number, "1", [])]
    return [
        (number, f"CASE WHEN {sql} THEN 1 ELSE 0 END", params) for number, sql, params in match.per_concept
    ]


def _hits(match):
    """(sql, params) of a row per entry and concept it has, with `concept`: the concept's
    bit (concept n: 2**n), found by the word index alone (the search's scope is applied
    after, else PostgreSQL would find them by the scope's index and test every vector)."""
    selects, params = [], []
    for number, sql, sql_params in match.ids:
        selects.append(f"SELECT i.id, {_bit(number)} AS concept FROM ({sql}) AS i")
        params += sql_params
    return " UNION ALL ".join(selects), params


def _matched(match):
    """(sql, params) of the CTE `matched`: the entries with at least one of the concepts,
    with `found`, how many concepts each has, and `concepts`, which (the sum of their bits);
    with `per_concept` all entries with one (the rarity is counted over them, `needed` is
    applied in `found`), else only those with `needed`.

    `per_concept` (PostgreSQL's word index, or LIKE): one pass over the entries the index
    finds for any concept (a bitmap scan per concept, OR-ed), reading the entry's short
    columns and testing its vector per concept (`has<n>`, 1 or 0) in the same row. The
    vectors are kept in the row (`word_index.POSTGRES_VECTOR_STORAGE`), so a test reads no
    TOAST. A row per entry and concept grouped by entry instead cost twice as long at
    10,000 articles: the rows were written, read and hashed with all their columns.

    `ids` (FTS5): grouped from the ids of every concept's entries (`_hits`). Always grouped,
    also for one concept: SQLite then builds the matches once, as a table ordered by id,
    and looks entries up in it; a plain subquery would be flattened into the join and the
    index asked again for every entry (seconds)."""
    if match.per_concept:
        has = _has_concept(match)
        columns = ", ".join(f"e.{name}" for name in ("id", *MATCHED_COLUMNS))
        flags = ", ".join(f"{sql} AS has{number}" for number, sql, _params in has)
        found = " + ".join(f"h.has{number}" for number, _sql, _params in has)
        bits = " + ".join(f"{_bit(number)} * h.has{number}" for number, _sql, _params in has)
        any_of, any_params = _any([(sql, params) for _number, sql, params in match.per_concept])
        sql = (
            f"SELECT h.*, {found} AS found, CAST({bits} AS BIGINT) AS concepts "
            f"FROM (SELECT {columns}, {flags} FROM {ENTRIES} AS e WHERE {any_of}) AS h"
        )
        return sql, [*(param for _number, _sql, params in has for param in params), *any_params]
    hits, params = _hits(match)
    sql = (
        "SELECT h.id, COUNT(*) AS found, CAST(SUM(h.concept) AS BIGINT) AS concepts "
        f"FROM ({hits}) AS h GROUP BY h.id HAVING COUNT(*) >= %s"
    )
    return sql, [*params, match.needed]


def _rarity(match):
    """(sql, params) of the CTE `rarity`: a row (concept, weight) per concept some entry
    has, the concept by its bit. A concept's weight is its inverse document frequency (as
    in BM25: ln(1 + (N - n + 0.5) / (n + 0.5)), n the entries that have it, N all
    entries), relative to the mean of those concepts: they weigh FULL on average, the rarer
    ones more. Counted over every entry (all languages and regions, as the word index has
    them), in the search's own statement: nothing to cache or to keep in step. On SQLite
    from `matched` when one concept is enough (then it has every entry with a concept), else
    by asking the word index again (quicker than keeping every hit to count them); on
    PostgreSQL (and without an index) from the flags in `matched`, summed in one pass. A
    row per concept, never a column: the SQL grows with the concepts, not with their
    square."""
    numbers = _weighed(match)
    if len(numbers) < 2:  # one concept weighs FULL
        rows = [f"SELECT {_bit(n)} AS concept, {FULL} AS weight" for n in numbers]
        return " UNION ALL ".join(rows) or "SELECT 0 AS concept, 0 AS weight WHERE 1 = 0", []
    params = []
    if match.per_concept:  # counted in one pass over `matched`, then a row per concept
        counts = ", ".join(f"SUM(m.has{n}) AS n{n}" for n in numbers)
        bits = " UNION ALL ".join(f"SELECT {_bit(n)} AS concept" for n in numbers)
        pick = " ".join(f"WHEN {_bit(n)} THEN c.n{n}" for n in numbers)
        # N in the same one-row aggregate: counted once, where a join may count it again
        # for every concept.
        counted = (
            f"SELECT v.concept, CASE v.concept {pick} END AS n, c.total "
            f"FROM (SELECT {counts}, (SELECT COUNT(*) FROM {ENTRIES}) AS total FROM matched AS m) AS c "
            f"CROSS JOIN ({bits}) AS v"
        )
    elif match.needed == 1:  # every entry with a concept is in `matched`
        counted = " UNION ALL ".join(
            f"SELECT {bit} AS concept, COUNT(*) AS n FROM matched AS m WHERE (m.concepts & {bit}) <> 0"
            for bit in map(_bit, numbers)
        )
    else:
        counted = " UNION ALL ".join(
            f"SELECT {_bit(n)} AS concept, COUNT(*) AS n FROM ({sql}) AS i"
            for n, sql, _ in match.ids
            if n in numbers
        )
        params = [param for n, _sql, sql_params in match.ids if n in numbers for param in sql_params]
    if not match.per_concept:
        total = f"SELECT COUNT(*) AS total FROM {ENTRIES}"
        counted = f"SELECT k.*, t.total FROM ({counted}) AS k CROSS JOIN ({total}) AS t"
    sql = (
        f"SELECT c.concept, CAST(ROUND({FULL} * c.idf / AVG(c.idf) OVER ()) AS INTEGER) AS weight "
        "FROM (SELECT k.concept, LN(1 + (k.total - k.n + 0.5) / (k.n + 0.5)) AS idf "
        f"FROM ({counted}) AS k WHERE k.n > 0) AS c"
    )
    return sql, params


def _weights(match):
    """SQL of the CTE `weights`, one row: `w<n>`, the weight of concept n (0 when no entry
    has it), for the score to read from one row (SQLite copies a CTE for every place that
    names it: a subquery per concept in the score made the statement grow with the square
    of the concepts)."""
    columns = [
        f"COALESCE(MAX(CASE WHEN r.concept = {_bit(n)} THEN r.weight END), 0) AS w{n}"
        for n in _weighed(match)
    ]
    return f"SELECT {', '.join(columns or ['0 AS unweighed'])} FROM rarity AS r"


# PostgreSQL sorts for COUNT(DISTINCT), with the database's collation unless told otherwise.
def _bytewise():
    return ' COLLATE "C"' if connection.vendor == "postgresql" else ""


def _facet_groups(query):
    """[(sql, params)] of one GROUP BY per facet over `found` (each under the *other*
    facets' filters), rows of (facet number, stored value, count); a list field's stored
    value is its padded list of values (",a,b,"), split after. Copies of one article in
    several regions are counted each (the region facet needs them)."""
    groups = []
    for number, facet in enumerate(query.scope.facets):
        others, params = _filters(query, skip=facet.name)
        where = f"WHERE {others} " if others else ""
        groups.append(
            (
                f"SELECT {number} AS facet, CAST(e.{facet.field} AS TEXT) AS value, COUNT(*) AS n "
                f"FROM found AS e {where}GROUP BY e.{facet.field}",
                params,
            )
        )
    return groups


def _statement(query, match, limit):
    """(sql, params) of the one statement that answers a search, over the matches found and
    scored once (`found`): a row with the total (copies of one article counted once when
    the search collapses them), rows with the facets' counts, and the ids of the best
    `limit` entries from the requested offset on, ranked, in order. Rows are (part, facet
    or position, value or id, count): part 0 the total, 1 the facets, 2 the page."""
    found, found_params = _found(query, match)
    filters, filter_params = _filters(query)
    where = f"WHERE {filters} " if filters else ""
    total = f"COUNT(DISTINCT e.content_key{_bytewise()})" if query.collapses_copies else "COUNT(*)"
    parts = [(f"SELECT 0, 0, NULL, {total} FROM found AS e {where}", filter_params)]
    parts += [
        (f"SELECT 1, facet, value, n FROM ({sql}) AS g", params) for sql, params in _facet_groups(query)
    ]
    keys = ", ".join(f"e.{name}" for name in SORT_COLUMNS)
    page = f"SELECT {keys} FROM found AS e {where}ORDER BY {ORDER} LIMIT %s OFFSET %s"
    parts.append(
        (
            f"SELECT 2, ROW_NUMBER() OVER (ORDER BY {ORDER}), e.content_key, e.id FROM ({page}) AS e",
            [*filter_params, limit, query.offset if not query.collapses_copies else 0],
        )
    )
    union = " UNION ALL ".join(sql for sql, _params in parts)
    ctes, cte_params = [], []
    if match is not None:
        matched, matched_params = _matched(match)
        rarity, rarity_params = _rarity(match)
        ctes += [
            f"matched AS {_materialized()}({matched})",
            f"rarity AS {_materialized()}({rarity})",
            f"weights AS {_materialized()}({_weights(match)})",
        ]
        cte_params += [*matched_params, *rarity_params]
    ctes.append(f"found AS {_materialized()}({found})")
    sql = f"WITH {', '.join(ctes)} {union}"
    return sql, [*cte_params, *found_params, *(param for _sql, params in parts for param in params)]


def _execute(sql, params):
    """The statement's rows. PostgreSQL is told to find the matches through the word index
    (a bitmap scan per concept): its cost model takes a test of a row's tsvector for as
    cheap as comparing a number and would read the whole table when a word is common, while
    decompressing and testing every row's vector takes longer than the rest of the search.

    The settings are put back once the rows are read: a local setting lasts till the end of
    the transaction, not of the savepoint, so inside a caller's transaction (a view under
    ATOMIC_REQUESTS, a task, a test) every later statement would be planned without
    sequential scans, at costs so high that PostgreSQL would JIT-compile each (about a
    second a query; connections run with JIT off, portal/settings/base.py)."""
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
        seqscan, _off = cursor.fetchone()
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        # On an error the savepoint's rollback puts it back.
        cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [seqscan])
        return rows


def _answer(query, match):
    """(total, {facet name: {value: count}}, ids of the page's hits, best first) in one
    statement. Collapsing copies (the best placed copy of each article, the current
    region's among equals) happens over the first ranked rows, enough for the page in
    practice; a page further on than those reaches is asked for with more rows."""
    stop = query.offset + PAGE_SIZE
    limit = PAGE_SIZE if not query.collapses_copies else 2 * stop + 20
    while True:
        sql, params = _statement(query, match, limit)
        rows = _execute(sql, params)
        total, facet_counts, page = 0, {facet.name: {} for facet in query.scope.facets}, []
        for part, number, value, count in rows:
            if part == 0:
                total = count or 0
            elif part == 1:
                facet = query.scope.facets[number]
                values = value.strip(",").split(",") if facet.field in LIST_FIELDS else [value]
                for one in values:
                    if one:
                        counts = facet_counts[facet.name]
                        counts[one] = counts.get(one, 0) + count
            else:
                page.append((number, value, count))
        page.sort()
        if not query.collapses_copies:
            return total, facet_counts, [pk for _position, _key, pk in page]
        seen, ids = set(), []
        for _position, key, pk in page:
            if key not in seen:
                seen.add(key)
                if len(seen) > query.offset:
                    ids.append(pk)
        if len(seen) >= stop or len(page) < limit:
            return total, facet_counts, ids[:PAGE_SIZE]
        limit *= 4


def _scoped(query):
    entries = SearchEntry.objects.in_language(query.language).of_kinds(query.scope.kinds)
    if query.scope.within_site:
        entries = entries.filter(site=query.site)
    return entries


def search(query):
    """SearchResults for a query, from the database."""
    results = SearchResults(query=query, engine="database")
    if query.is_empty and not query.scope.browse_without_query:
        return results
    matches = None
    if query.concepts:
        matches = Matcher(query.concepts).matches_sql(query.needed)
        if matches is None:  # no concept occurs anywhere
            results.facets = facet_results(query, {})
            return results
    results.total, facet_counts, ids = _answer(query, matches)
    builder = HitBuilder(query)
    results.facets = facet_results(query, facet_counts, builder)
    if not ids:
        return results
    terms = query.highlight_terms
    found = SearchEntry.objects.in_bulk(ids)
    for entry in (found[pk] for pk in ids):
        data = {
            name: getattr(entry, name)
            for name in ("kind", "title", "url_path", "audiences", "article_type", "evidence_level")
        }
        data.update(site_id=entry.site_id, last_reviewed=entry.last_reviewed, published_at=entry.published_at)
        snippet = (
            highlight_html(entry.summary, terms, size=SNIPPET_SIZE)
            or highlight_html(entry.body, terms, size=SNIPPET_SIZE)
            or highlight_html(shorten(entry.summary or entry.body, SNIPPET_SIZE), terms)
        )
        results.hits.append(
            builder.build(data, title_html=highlight_html(entry.title, terms), snippet_html=snippet)
        )
    return results


def suggest(query, limit=6):
    """Titles containing the words typed so far (the last one as the start of a word), one
    per URL."""
    typed = [terms[0] for terms in query.concepts]
    if not typed:
        return []
    *complete, last = [word for term in typed for word in term]
    condition = Q(folded_title__contains=f" {last}")
    for word in complete:
        condition &= Q(folded_title__contains=word_pattern(word))
    entries = _scoped(query).filter(condition).order_by("title")
    builder = HitBuilder(query)
    suggestions, urls = [], set()
    for title, site_id, path in entries.values_list("title", "site_id", "url_path")[: limit * 4]:
        url = builder.url(site_id, path)
        if url in urls:
            continue
        urls.add(url)
        suggestions.append({"title": title, "url": url})
        if len(suggestions) == limit:
            break
    return suggestions
