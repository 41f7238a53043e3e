"""The search on Elasticsearch, with the DSL.

Query: every word of the query, or of one of its synonym rewrites, must occur in
`all_text`, with typo tolerance (fuzziness AUTO); matches in the title (boosted most),
exact word forms and the summary rank higher. Facet filters go in `post_filter`, and each
facet's counts come from an aggregation filtered by the *other* facets. Highlights are
HTML-escaped by the engine (`encoder: html`), marked with <mark>, and read from offsets
stored in the index.
"""

from django.utils.html import escape
from elasticsearch.dsl import A, Q, Search

from search import engine
from search.results import PAGE_SIZE, SNIPPET_SIZE, HitBuilder, SearchResults, facet_results
from search.text import shorten

FACET_SIZE = 100
SOURCE_FIELDS = [
    "kind",
    "title",
    "summary",
    "url_path",
    "site_id",
    "audiences",
    "article_type",
    "evidence_level",
    "last_reviewed",
    "published_at",
]


def _text_query(alternatives, *, fuzzy=True):
    phrases = [" ".join(words) for words in alternatives]
    typos = {"fuzziness": "AUTO", "prefix_length": 1} if fuzzy else {}
    required = [Q("match", all_text={"query": phrase, "operator": "and", **typos}) for phrase in phrases]
    # Ranking: the reader's own words in the title (exact form best), then in the summary
    # and in exact form anywhere; a synonym only counts extra in the title. Fewer clauses
    # for the synonyms keep expanded queries fast.
    original, synonyms = phrases[0], phrases[1:]
    boosts = [
        Q("match", title={"query": original, "operator": "and", "boost": 4}),
        Q("match_phrase", **{"title.exact": {"query": original, "boost": 6}}),
        Q("match", summary={"query": original, "operator": "and", "boost": 2}),
        Q("match", **{"all_text.exact": {"query": original, "operator": "and", "boost": 1}}),
    ]
    boosts += [Q("match", title={"query": phrase, "operator": "and", "boost": 3}) for phrase in synonyms]
    return Q("bool", must=[Q("bool", should=required, minimum_should_match=1)], should=boosts)


def _facet_filter(facet, values):
    return Q("terms", **{facet.field: list(values)})


def _scope_filters(query):
    filters = [Q("terms", kind=list(query.scope.kinds))]
    if query.scope.within_site:
        filters.append(Q("term", site_id=str(query.site.pk)))
    return filters


def build_search(query, client):
    """The DSL Search for a query (not yet executed)."""
    search = Search(using=client, index=engine.alias_name(query.language)).extra(track_total_hits=True)
    alternatives = query.alternatives
    filters = _scope_filters(query)
    if alternatives:
        search = search.query(Q("bool", must=[_text_query(alternatives)], filter=filters))
    else:
        search = search.query(Q("bool", filter=filters)).sort(
            {"last_reviewed": {"order": "desc", "missing": "_last"}},
            {"published_at": {"order": "desc", "missing": "_last"}},
        )
    selected = {facet.name: query.filters.get(facet.name) for facet in query.scope.facets}
    active = [
        _facet_filter(facet, selected[facet.name]) for facet in query.scope.facets if selected[facet.name]
    ]
    if active:
        search = search.post_filter(Q("bool", filter=active))
    for facet in query.scope.facets:
        others = [
            _facet_filter(other, selected[other.name])
            for other in query.scope.facets
            if other.name != facet.name and selected[other.name]
        ]
        values = A("terms", field=facet.field, size=FACET_SIZE)
        if others:
            search.aggs.bucket(facet.name, A("filter", Q("bool", filter=others))).bucket("counts", values)
        else:
            search.aggs.bucket(facet.name, values)
    # Highlights come from the same query without typo tolerance: fuzzy queries make the
    # highlighter analyse every hit's text again (with hunspell), which costs more than the
    # rest of the search. Words found through a typo are therefore not marked.
    highlight_query = _text_query(alternatives, fuzzy=False) if alternatives else None
    search = search.highlight_options(
        encoder="html",
        pre_tags=["<mark>"],
        post_tags=["</mark>"],
        require_field_match=False,
        **({"highlight_query": highlight_query.to_dict()} if highlight_query else {}),
    )
    search = search.highlight("title", number_of_fragments=0)
    search = search.highlight("summary", "body", fragment_size=SNIPPET_SIZE, number_of_fragments=1)
    search = search.source(SOURCE_FIELDS)
    return search[query.offset : query.offset + PAGE_SIZE]


def search(query):
    """SearchResults from the engine; raises the client's errors when it cannot answer."""
    results = SearchResults(query=query, engine="elasticsearch")
    if query.is_empty and not query.scope.browse_without_query:
        return results
    response = build_search(query, engine.client()).execute()
    results.total = response.hits.total.value
    aggregations = response.aggregations.to_dict()
    counts = {}
    for facet in query.scope.facets:
        aggregation = aggregations[facet.name]
        buckets = aggregation["counts"]["buckets"] if "counts" in aggregation else aggregation["buckets"]
        counts[facet.name] = {str(bucket["key"]): bucket["doc_count"] for bucket in buckets}
    results.facets = facet_results(query, counts)
    builder = HitBuilder(query)
    for hit in response.hits:
        data = hit.to_dict()
        highlight = getattr(hit.meta, "highlight", None)
        highlight = highlight.to_dict() if highlight is not None else {}
        title_html = (highlight.get("title") or [escape(data["title"])])[0]
        snippet = (highlight.get("summary") or highlight.get("body") or [None])[0]
        if snippet is None:
            snippet = escape(shorten(data.get("summary", ""), SNIPPET_SIZE))
        results.hits.append(builder.build(data, title_html=title_html, snippet_html=snippet))
    return results


def suggest(query, limit=6):
    """Titles matching the words typed so far, the last one as a prefix."""
    if not query.text.strip():
        return []
    search = Search(using=engine.client(), index=engine.alias_name(query.language))
    search = search.query(
        Q(
            "bool",
            must=[Q("match_bool_prefix", **{"title.exact": {"query": query.text, "operator": "and"}})],
            filter=_scope_filters(query),
        )
    ).source(["title", "site_id", "url_path"])[:limit]
    builder = HitBuilder(query)
    return [
        {"title": hit.title, "url": builder.url(hit.site_id, getattr(hit, "url_path", ""))}
        for hit in search.execute().hits
    ]
