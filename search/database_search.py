"""The database fallback: the same search over `SearchEntry` rows, in SQL.

Matching: on whole words (`search.text.term_matches`: short words whole, middle ones at a
word's start, long ones inside compounds), answered by the database's word index
(`search.word_index`: FTS5 on SQLite, a tsvector GIN index on PostgreSQL) instead of
reading the texts. An entry matches when its text has enough of the query's concepts
(`words_needed`: half, rounded up), each a word or a term with its synonyms. Ranking:
concepts found in the text, concepts and words in the title; on the site search pages for
parents come first, knowledge articles last; then the most recent. The knowledge base shows
an article that several regions publish once (the current region's copy). No typo
tolerance: that needs the engine.

Two queries over the entries' short columns (SQLite reads them from a covering index, not
from the rows with the whole text): one aggregate that counts, in a single pass, the
results and every facet value (each facet's counts under the *other* facets' filters), and
one for the ids on the page; then the page's rows. The SQL is written here rather than
with the ORM: at 10,000 entries building these expressions with the ORM cost as much
time as the database needed to answer them (scripts/benchmarks/search.py).
"""

from django.db import connection
from django.db.models import Q
from wagtail.models import Site

from home.choices import Audience
from home.fields import ChoiceSetField
from home.models import Topic
from search.models import SearchEntry, SearchEntryKind
from search.results import PAGE_SIZE, SNIPPET_SIZE, HitBuilder, SearchResults, facet_results
from search.text import highlight_html, shorten, word_pattern
from search.word_index import ENTRIES, Matcher, contains_sql

LIST_FIELDS = {"topics", "audiences", "municipalities"}
MAX_TOPICS = 200


TEXT_WEIGHT = 2  # per concept found in the text
TITLE_WEIGHT = 3  # per concept found in the title, on top
TITLE_WORD_WEIGHT = 1  # per word the reader typed found in the title, on top
PARENTS_BONUS = 3  # site search: a page for parents
PUBLIC_BONUS = 2  # site search: anything but a knowledge article (those are for professionals)


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


def _score(query):
    """(sql, params) of how well an entry answers the query; `m.found` is the number of
    concepts its text has."""
    parts = [(f"{TEXT_WEIGHT} * m.found", [])]
    parts += [_case(_title_has(terms), TITLE_WEIGHT) for terms in query.concepts]
    own_words = sorted({word for terms in query.concepts for word in terms[0]})
    parts += [_case(_title_has([(word,)]), TITLE_WORD_WEIGHT) for word in own_words]
    if query.prefers_parents:
        # A knowledge article is written for professionals, whatever its target group.
        article = SearchEntryKind.KNOWLEDGE_ARTICLE.value
        parents = _all(
            [
                contains_sql("e.audiences", ChoiceSetField.lookup(Audience.PARENTS)),
                ("e.kind <> %s", [article]),
            ]
        )
        parts += [_case(parents, PARENTS_BONUS), _case(("e.kind <> %s", [article]), PUBLIC_BONUS)]
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


def _candidate_values(facet):
    if facet.choices is not None:
        return list(facet.choices.values)
    if facet.field == "site_id":
        return [str(pk) for pk in Site.objects.values_list("pk", flat=True)]
    if facet.field == "topics":
        return sorted(set(Topic.objects.values_list("slug", flat=True)))[:MAX_TOPICS]
    return []


def _source(query, matches):
    """(FROM and WHERE sql, params): the entries in the search's scope that match."""
    where, params = _scope(query)
    if matches is None:
        return f"FROM {ENTRIES} AS e WHERE {where}", params
    matches_sql, matches_params = matches
    # CROSS JOIN: SQLite scans the entries (from the covering index) and looks the
    # matches up, never the other way round (which would read whole rows by id).
    return (
        f"FROM {ENTRIES} AS e CROSS JOIN ({matches_sql}) AS m WHERE m.id = e.id AND {where}",
        [*matches_params, *params],
    )


def _filtered_count(expression, condition):
    sql, params = condition
    return (f"{expression} FILTER (WHERE {sql})", params) if sql else (expression, [])


def counts(query, matches):
    """(total, {facet name: {value: count}}) for the matching entries, in one query. The
    total counts copies of one article once when the search collapses them; the facets count
    every region's copy (the region facet needs them)."""
    total = "COUNT(DISTINCT e.content_key)" if query.collapses_copies else "COUNT(*)"
    columns = [_filtered_count(total, _filters(query))]
    keys = []
    for facet in query.scope.facets:
        others_sql, others_params = _filters(query, skip=facet.name)
        for value in _candidate_values(facet):
            keys.append((facet.name, value))
            columns.append(
                _filtered_count("COUNT(*)", _all([(others_sql, others_params), _has_value(facet, value)]))
            )
    source, source_params = _source(query, matches)
    sql = f"SELECT {', '.join(sql for sql, _params in columns)} {source}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*(param for _sql, params in columns for param in params), *source_params])
        row = cursor.fetchone()
    facet_counts = {facet.name: {} for facet in query.scope.facets}
    for (name, value), count in zip(keys, row[1:], strict=True):
        if count:
            facet_counts[name][value] = count
    return row[0] or 0, facet_counts


def _order(query, matches):
    order, params = [], []
    if matches is not None:
        score, params = _score(query)
        order.append(f"({score}) DESC")
    if query.collapses_copies and query.site is not None:
        order.append("CASE WHEN e.site_id = %s THEN 0 ELSE 1 END")
        params.append(query.site.pk)
    order += ["e.last_reviewed DESC NULLS LAST", "e.published_at DESC NULLS LAST", "e.id DESC"]
    return ", ".join(order), params


def _ordered_ids(query, matches, offset, limit):
    """[(id, content_key)] of the matching entries under the filters, best first."""
    source, source_params = _source(query, matches)
    filters, filter_params = _filters(query)
    order, order_params = _order(query, matches)
    sql = (
        f"SELECT e.id, e.content_key {source}{f' AND ({filters})' if filters else ''} "  # noqa: S608
        f"ORDER BY {order} LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*source_params, *filter_params, *order_params, limit, offset])
        return cursor.fetchall()


def _page_of_hits(query, matches):
    """The entries on the requested page, best first; one copy of identical content when
    the search collapses copies (the first in the order: the current region's). Only the
    ids are sorted (the rows hold whole texts); the page's rows are read after."""
    start, stop = query.offset, query.offset + PAGE_SIZE
    if not query.collapses_copies:
        wanted = [pk for pk, _key in _ordered_ids(query, matches, start, PAGE_SIZE)]
    else:
        seen, wanted = set(), []
        offset, size = 0, 2 * stop + 20  # in slices: copies are few
        while len(seen) < stop:
            chunk = _ordered_ids(query, matches, offset, size)
            for pk, key in chunk:
                if key in seen:
                    continue
                seen.add(key)
                if len(seen) > start:
                    wanted.append(pk)
                if len(seen) >= stop:
                    break
            if len(chunk) < size:
                break
            offset, size = offset + size, size * 4
    found = SearchEntry.objects.in_bulk(wanted)
    return [found[pk] for pk in wanted]


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
        matches = Matcher(query.concepts).matches_sql(query.language, query.needed)
        if matches is None:  # no concept occurs anywhere
            results.facets = facet_results(query, {})
            return results
    results.total, facet_counts = counts(query, matches)
    results.facets = facet_results(query, facet_counts)
    if not results.total:
        return results
    builder = HitBuilder(query)
    terms = query.highlight_terms
    for entry in _page_of_hits(query, matches):
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
