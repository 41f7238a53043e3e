"""The database fallback: the same search over `SearchEntry` rows with the ORM.

Matching: an entry matches when it contains every significant word of the query, or of one
of its synonym rewrites, in its folded text (lower case, no diacritics; a word also matches
inside a compound, so "omgang" finds "omgangsregeling"). Entries with the words in their
title come first, then the most recent. No typo tolerance: that needs the engine.

One query fetches the matching rows' facet fields; filters, counts, ordering and paging are
then done in Python, so the facets cost no extra queries. A second query loads the page.
"""

from django.db.models import Case, IntegerField, Q, Value, When

from search.models import SearchEntry
from search.results import PAGE_SIZE, HitBuilder, SearchResults, facet_results
from search.text import highlight_html, shorten

SNIPPET_SIZE = 200
ROW_FIELDS = (
    "pk",
    "in_title",
    "kind",
    "topics",
    "audiences",
    "article_type",
    "evidence_level",
    "site_id",
    "last_reviewed",
    "published_at",
)


def _any_alternative(field, alternatives):
    condition = Q()
    for words in alternatives:
        all_words = Q()
        for word in words:
            all_words &= Q(**{f"{field}__contains": word})
        condition |= all_words
    return condition


def _scoped(query):
    entries = SearchEntry.objects.in_language(query.language).of_kinds(query.scope.kinds)
    if query.scope.within_site:
        entries = entries.filter(site=query.site)
    return entries


def _values(row, field):
    value = row[field]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value not in (None, "") else []


def _passes(row, filters, facets, skip=None):
    for facet in facets:
        if facet.name == skip:
            continue
        selected = filters.get(facet.name)
        if selected and not set(_values(row, facet.field)) & set(selected):
            return False
    return True


def _sort_key(row):
    date = row["last_reviewed"] or (row["published_at"].date() if row["published_at"] else None)
    return (-row["in_title"], -(date.toordinal() if date else 0), -row["pk"])


def matching_rows(query):
    """The facet fields of every entry matching the words, as dicts."""
    entries = _scoped(query)
    alternatives = query.significant_alternatives
    if alternatives:
        entries = entries.filter(_any_alternative("folded_text", alternatives)).annotate(
            in_title=Case(
                When(_any_alternative("folded_title", alternatives), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
    else:
        entries = entries.annotate(in_title=Value(0, output_field=IntegerField()))
    return [dict(zip(ROW_FIELDS, row, strict=True)) for row in entries.values_list(*ROW_FIELDS)]


def facet_counts(rows, query):
    counts = {}
    for facet in query.scope.facets:
        facet_count = counts.setdefault(facet.name, {})
        for row in rows:
            if _passes(row, query.filters, query.scope.facets, skip=facet.name):
                for value in _values(row, facet.field):
                    facet_count[value] = facet_count.get(value, 0) + 1
    return counts


def search(query):
    """SearchResults for a query, from the database."""
    results = SearchResults(query=query, engine="database")
    if query.is_empty and not query.scope.browse_without_query:
        return results
    rows = matching_rows(query)
    selected = sorted(
        (row for row in rows if _passes(row, query.filters, query.scope.facets)),
        key=_sort_key,
    )
    results.total = len(selected)
    results.facets = facet_results(query, facet_counts(rows, query))
    page_ids = [row["pk"] for row in selected[query.offset : query.offset + PAGE_SIZE]]
    entries = SearchEntry.objects.in_bulk(page_ids)
    builder = HitBuilder(query)
    terms = query.highlight_terms
    for pk in page_ids:
        entry = entries[pk]
        data = {
            name: getattr(entry, name) for name in ("kind", "title", "url_path", "audiences", "article_type")
        }
        data.update(
            site_id=entry.site_id,
            evidence_level=entry.evidence_level,
            last_reviewed=entry.last_reviewed,
            published_at=entry.published_at,
        )
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
    """Titles starting with, or containing, the words typed so far."""
    alternatives = query.significant_alternatives
    if not alternatives:
        return []
    entries = _scoped(query).filter(_any_alternative("folded_title", alternatives))
    builder = HitBuilder(query)
    return [
        {"title": title, "url": builder.url(site_id, path)}
        for title, site_id, path in entries.order_by("title").values_list("title", "site_id", "url_path")[
            :limit
        ]
    ]
