"""The database fallback: the same search over `SearchEntry` rows with the ORM.

Matching: an entry matches when it contains every significant word of the query, or of one
of its synonym rewrites, in its folded text (lower case, no diacritics; a word also matches
inside a compound, so "omgang" finds "omgangsregeling"). Entries with the words in their
title come first, then the most recent. No typo tolerance: that needs the engine.

Two queries: one aggregate that counts, in a single scan, the results and every facet value
(each facet's counts under the *other* facets' filters), and one for the page of hits.
"""

from django.db.models import Count, F, Q
from wagtail.models import Site

from home.fields import ChoiceSetField
from home.models import Topic
from search.models import SearchEntry
from search.results import PAGE_SIZE, SNIPPET_SIZE, HitBuilder, SearchResults, facet_results
from search.text import highlight_html, shorten

LIST_FIELDS = {"topics", "audiences", "municipalities"}
MAX_TOPICS = 200


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


def _has_value(facet, value):
    if facet.field in LIST_FIELDS:
        return Q(**{f"{facet.field}__contains": ChoiceSetField.lookup(value)})
    if facet.field == "site_id":
        return Q(site_id=int(value))
    return Q(**{facet.field: value})


def _selection(facet, values):
    condition = Q()
    for value in values:
        condition |= _has_value(facet, value)
    return condition


def _filters(query, skip=None):
    """The facet selections as one condition, leaving out the facet named `skip`."""
    condition = Q()
    for facet in query.scope.facets:
        if facet.name != skip and query.filters.get(facet.name):
            condition &= _selection(facet, query.filters[facet.name])
    return condition


def _candidate_values(facet):
    if facet.choices is not None:
        return list(facet.choices.values)
    if facet.field == "site_id":
        return [str(pk) for pk in Site.objects.values_list("pk", flat=True)]
    if facet.field == "topics":
        return sorted(set(Topic.objects.values_list("slug", flat=True)))[:MAX_TOPICS]
    return []


def counts(entries, query, in_title=None):
    """(total, title matches, {facet name: {value: count}}) for the matching entries, in one
    query."""
    keys = {}
    aggregates = {"total": Count("pk", filter=_filters(query))}
    if in_title is not None:
        aggregates["in_title"] = Count("pk", filter=_filters(query) & in_title)
    for facet in query.scope.facets:
        others = _filters(query, skip=facet.name)
        for value in _candidate_values(facet):
            key = f"c{len(keys)}"
            keys[key] = (facet.name, value)
            aggregates[key] = Count("pk", filter=others & _has_value(facet, value))
    result = entries.aggregate(**aggregates)
    facet_counts = {facet.name: {} for facet in query.scope.facets}
    for key, (name, value) in keys.items():
        if result[key]:
            facet_counts[name][value] = result[key]
    return result["total"], result.get("in_title", 0), facet_counts


def essential(alternatives):
    """The alternatives without those another one already covers: with substring matching,
    a text containing "omgangsregeling" contains "omgang", so ["omgang"] makes
    ["omgangsregeling"] redundant (one LIKE less per row)."""

    def covers(shorter, longer):
        return all(any(word in other for other in longer) for word in shorter)

    kept = []
    for words in sorted(alternatives, key=lambda w: (len(w), sum(map(len, w)))):
        if not any(covers(other, words) for other in kept):
            kept.append(words)
    return kept


def _newest_first(entries):
    return entries.order_by(
        F("last_reviewed").desc(nulls_last=True),
        F("published_at").desc(nulls_last=True),
        "-pk",
    )


def _page_of_hits(scoped, query, alternatives, title_total):
    """The entries on the requested page: title matches first, each group newest first.

    A title match is always a text match (the folded text includes the title), so the
    title group is read without scanning the long text column."""
    filters = _filters(query)
    start, stop = query.offset, query.offset + PAGE_SIZE
    if not alternatives:
        return list(_newest_first(scoped.filter(filters))[start:stop])
    in_title = _any_alternative("folded_title", alternatives)
    hits = []
    if start < title_total:
        hits = list(_newest_first(scoped.filter(filters & in_title))[start:stop])
    if len(hits) < PAGE_SIZE:
        rest_start = max(0, start - title_total)
        rest = scoped.filter(filters & _any_alternative("folded_text", alternatives)).exclude(in_title)
        hits += list(_newest_first(rest)[rest_start : rest_start + PAGE_SIZE - len(hits)])
    return hits


def search(query):
    """SearchResults for a query, from the database."""
    results = SearchResults(query=query, engine="database")
    if query.is_empty and not query.scope.browse_without_query:
        return results
    scoped = _scoped(query)
    alternatives = essential(query.significant_alternatives)
    entries = scoped.filter(_any_alternative("folded_text", alternatives)) if alternatives else scoped
    in_title = _any_alternative("folded_title", alternatives) if alternatives else None
    results.total, title_total, facet_counts = counts(entries, query, in_title)
    results.facets = facet_results(query, facet_counts)
    if not results.total:
        return results
    builder = HitBuilder(query)
    terms = query.highlight_terms
    for entry in _page_of_hits(scoped, query, alternatives, title_total):
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
    """Titles starting with, or containing, the words typed so far."""
    alternatives = essential(query.significant_alternatives)
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
