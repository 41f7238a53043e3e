"""The database fallback: the same search over `SearchEntry` rows with the ORM.

Matching: on whole words (`search.text.term_matches`: short words whole, middle ones at a
word's start, long ones inside compounds), in the folded word lists of the entries. An entry
matches when it contains most significant words (`words_needed`: all of one or two, all but
one of three or four, three quarters of more) of the query or of one of its synonym
rewrites. Ranking: words in the title count most, then words in the text; on the site
search pages for parents come first, knowledge articles last; then the most recent. The
knowledge base shows an article that several regions publish once (the current region's
copy). No typo tolerance: that needs the engine.

Two queries: one aggregate that counts, in a single scan, the results and every facet value
(each facet's counts under the *other* facets' filters), and one for the page of hits.
"""

from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from wagtail.models import Site

from home.choices import Audience
from home.fields import ChoiceSetField
from home.models import Topic
from search.models import SearchEntry, SearchEntryKind
from search.results import PAGE_SIZE, SNIPPET_SIZE, HitBuilder, SearchResults, facet_results
from search.text import highlight_html, shorten, word_pattern

LIST_FIELDS = {"topics", "audiences", "municipalities"}
MAX_TOPICS = 200


TEXT_WEIGHT = 2  # per concept found in the text
TITLE_WEIGHT = 3  # per concept found in the title, on top
TITLE_WORD_WEIGHT = 1  # per word the reader typed found in the title, on top
PARENTS_BONUS = 3  # site search: a page for parents
PUBLIC_BONUS = 2  # site search: anything but a knowledge article (those are for professionals)


def _term_found(field, term):
    condition = Q()
    for word in term:
        condition &= Q(**{f"{field}__contains": word_pattern(word)})
    return condition


def _any_term(field, terms):
    condition = Q()
    for term in terms:
        condition |= _term_found(field, term)
    return condition


def _concept_found(field, terms):
    return Case(When(_any_term(field, terms), then=Value(1)), default=Value(0), output_field=IntegerField())


def _matching(entries, query):
    """The entries with enough of the query's concepts, annotated with `score`."""
    aliases = {
        f"c{index}": _concept_found("folded_text", terms) for index, terms in enumerate(query.concepts)
    }
    found = sum((F(name) for name in list(aliases)[1:]), F("c0"))
    score = TEXT_WEIGHT * found
    for terms in query.concepts:
        score = score + TITLE_WEIGHT * _concept_found("folded_title", terms)
    for word in sorted({word for terms in query.concepts for word in terms[0]}):
        score = score + TITLE_WORD_WEIGHT * _concept_found("folded_title", [(word,)])
    if query.prefers_parents:
        # A knowledge article is written for professionals, whatever its target group.
        article = SearchEntryKind.KNOWLEDGE_ARTICLE
        parents = Q(audiences__contains=ChoiceSetField.lookup(Audience.PARENTS)) & ~Q(kind=article)
        score = score + Case(When(parents, then=Value(PARENTS_BONUS)), default=Value(0))
        score = score + Case(When(kind=article, then=Value(0)), default=Value(PUBLIC_BONUS))
    # A plain condition first (any concept), which PostgreSQL answers from the trigram index
    # (migration 0003); then how many concepts each candidate has.
    anything = Q()
    for terms in query.concepts:
        anything |= _any_term("folded_text", terms)
    entries = entries.filter(anything).alias(**aliases, found=found)
    if query.needed > 1:
        entries = entries.filter(found__gte=query.needed)
    return entries.alias(score=score)


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


def counts(entries, query):
    """(total, {facet name: {value: count}}) for the matching entries, in one query. The
    total counts copies of one article once when the search collapses them; the facets count
    every region's copy (the region facet needs them)."""
    keys = {}
    if query.collapses_copies:
        total = Count("content_key", distinct=True, filter=_filters(query))
    else:
        total = Count("pk", filter=_filters(query))
    aggregates = {"total": total}
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
    return result["total"], facet_counts


def _ordered(entries, query):
    order = []
    if query.concepts:
        order.append(F("score").desc())
    if query.collapses_copies and query.site is not None:
        order.append(
            Case(When(site=query.site, then=Value(0)), default=Value(1), output_field=IntegerField())
        )
    return entries.order_by(
        *order,
        F("last_reviewed").desc(nulls_last=True),
        F("published_at").desc(nulls_last=True),
        "-pk",
    )


def _page_of_hits(entries, query):
    """The entries on the requested page, best first; one copy of identical content when
    the search collapses copies (the first in the order: the current region's)."""
    ordered = _ordered(entries.filter(_filters(query)), query)
    start, stop = query.offset, query.offset + PAGE_SIZE
    if not query.collapses_copies:
        return list(ordered[start:stop])
    seen, wanted = set(), []
    for pk, key in ordered.values_list("pk", "content_key").iterator(chunk_size=200):
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > start:
            wanted.append(pk)
        if len(seen) >= stop:
            break
    found = SearchEntry.objects.in_bulk(wanted)
    return [found[pk] for pk in wanted]


def search(query):
    """SearchResults for a query, from the database."""
    results = SearchResults(query=query, engine="database")
    if query.is_empty and not query.scope.browse_without_query:
        return results
    entries = _scoped(query)
    if query.concepts:
        entries = _matching(entries, query)
    results.total, facet_counts = counts(entries, query)
    results.facets = facet_results(query, facet_counts)
    if not results.total:
        return results
    builder = HitBuilder(query)
    terms = query.highlight_terms
    for entry in _page_of_hits(entries, query):
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
