"""The search on Elasticsearch, with the DSL.

Query: most of the query's concepts (`SearchQuery.concepts`: a word or term with its
synonyms; `words_needed` of them) must occur in `all_text`, with typo tolerance (none for
words under four letters, so "OTS" finds no "ons"). Ranking: the reader's words in the
title (as a phrase best), then as a phrase in the text, in the summary and a synonym in the
title; on the site search pages for parents first, knowledge articles last. The knowledge
base collapses identical articles of several regions into one hit (`content_key`; the
current region's copy wins). Facet filters go in `post_filter`, and each facet's counts come
from an aggregation filtered by the *other* facets. Highlights are HTML-escaped by the
engine (`encoder: html`), marked with <mark>, and read from offsets stored in the index.
Nothing found: the term suggester proposes known words for the unknown ones.
"""

from django.utils.html import escape
from elasticsearch.dsl import A, Q, Search

from home.choices import Audience
from search import engine
from search.models import SearchEntryKind
from search.results import PAGE_SIZE, SNIPPET_SIZE, HitBuilder, SearchResults, facet_results
from search.text import PREFIX_BELOW as PREFIX_FROM
from search.text import shorten, words

FACET_SIZE = 100
PARENTS_WEIGHT = 1.5  # site search: a parents' page's score is multiplied by this
ARTICLE_WEIGHT = 0.4  # site search: a knowledge article's (written for professionals)
CURRENT_REGION_BOOST = 0.1
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


def _concept_clause(terms, typos):
    # Typo tolerance for the reader's own term only (the first): the synonyms are our own
    # spelling, and their typo variants, looked up for each, cost a third of the search.
    options = [
        Q("match", all_text={"query": " ".join(term), "operator": "and", **(typos if number == 0 else {})})
        for number, term in enumerate(terms)
    ]
    # Dutch compounds: a long word also finds the words it starts ("jeugdbescherming" finds
    # "jeugdbeschermingsketen"), as on the database.
    options += [
        Q("prefix", **{"all_text.exact": {"value": term[0]}})
        for term in terms
        if len(term) == 1 and len(term[0]) >= PREFIX_FROM
    ]
    return options[0] if len(options) == 1 else Q("bool", should=options, minimum_should_match=1)


def _text_query(query, *, fuzzy=True):
    # max_expansions: each word's typo variants looked up, at most (the default 50 doubled the
    # time of a search at 10,000 articles; the right word is almost always among the first).
    typos = {"fuzziness": "AUTO:4,7", "prefix_length": 1, "max_expansions": 10} if fuzzy else {}
    required = Q(
        "bool",
        should=[_concept_clause(terms, typos) for terms in query.concepts],
        minimum_should_match=query.needed,
    )
    own = " ".join(word for terms in query.concepts for word in terms[0])
    boosts = [
        Q("match", title={"query": own, "boost": 4}),
        Q("match_phrase", **{"title.exact": {"query": query.text, "boost": 6}}),
        Q("match_phrase", **{"all_text.exact": {"query": query.text, "slop": 2, "boost": 2}}),
        Q("match", summary={"query": own, "boost": 1}),
    ]
    boosts += [
        Q("match", title={"query": " ".join(term), "operator": "and", "boost": 2})
        for terms in query.concepts
        for term in terms[1:3]
    ]
    return Q("bool", must=[required], should=boosts)


def _highlight_query(query):
    return Q(
        "bool",
        should=[Q("match", all_text=" ".join(term)) for terms in query.concepts for term in terms],
    )


def _audience_weights(query, text_query):
    """The site search multiplies the score of parents' pages up and that of knowledge
    articles (for professionals, whatever their target group) down: a factor, so it holds
    whatever the scale of the text score."""
    if not query.prefers_parents:
        return text_query
    article = Q("term", kind=SearchEntryKind.KNOWLEDGE_ARTICLE.value)
    parents = Q("bool", filter=[Q("term", audiences=Audience.PARENTS.value)], must_not=[article])
    return Q(
        "function_score",
        query=text_query,
        functions=[
            {"filter": parents.to_dict(), "weight": PARENTS_WEIGHT},
            {"filter": article.to_dict(), "weight": ARTICLE_WEIGHT},
        ],
        score_mode="multiply",
        boost_mode="multiply",
    )


def _preferences(query):
    """Constant-score preferences on top of the text score."""
    preferences = []
    if query.collapses_copies and query.site is not None:
        preferences.append(
            Q("constant_score", filter=Q("term", site_id=str(query.site.pk)), boost=CURRENT_REGION_BOOST)
        )
    return preferences


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
    filters = _scope_filters(query)
    if query.concepts:
        search = search.query(
            _audience_weights(
                query, Q("bool", must=[_text_query(query)], should=_preferences(query), filter=filters)
            )
        )
    else:
        search = search.query(Q("bool", filter=filters)).sort(
            {"last_reviewed": {"order": "desc", "missing": "_last"}},
            {"published_at": {"order": "desc", "missing": "_last"}},
        )
    if query.collapses_copies:
        search = search.extra(collapse={"field": "content_key"})
        search.aggs.metric("distinct", A("cardinality", field="content_key", precision_threshold=10000))
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
    # Highlights come from the query's words and synonyms alone, as plain word matches: typo,
    # prefix and phrase queries make the highlighter expand and analyse every hit's text
    # again (with hunspell), which cost more than the rest of the search (95 -> 28 ms at
    # 10,000 articles with the other changes). Words found through a typo are not marked.
    highlight_query = _highlight_query(query) if query.concepts else None
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
    aggregations = response.aggregations.to_dict()
    results.total = response.hits.total.value
    if "distinct" in aggregations:
        results.total = min(results.total, aggregations["distinct"]["value"])
    counts = {}
    for facet in query.scope.facets:
        aggregation = aggregations[facet.name]
        buckets = aggregation["counts"]["buckets"] if "counts" in aggregation else aggregation["buckets"]
        counts[facet.name] = {str(bucket["key"]): bucket["doc_count"] for bucket in buckets}
    builder = HitBuilder(query)
    results.facets = facet_results(query, counts, builder)
    for hit in response.hits:
        data = hit.to_dict()
        highlight = getattr(hit.meta, "highlight", None)
        highlight = highlight.to_dict() if highlight is not None else {}
        title_html = (highlight.get("title") or [escape(data["title"])])[0]
        snippet = (highlight.get("summary") or highlight.get("body") or [None])[0]
        if snippet is None:
            snippet = escape(shorten(data.get("summary", ""), SNIPPET_SIZE))
        results.hits.append(builder.build(data, title_html=title_html, snippet_html=snippet))
    if not results.total and query.concepts:
        results.suggestion = spelling_suggestion(query)
    return results


def spelling_suggestion(query):
    """The query with each word the index does not know replaced by the most frequent known
    word close to it (the term suggester, on the standard-analysed text), or ""."""
    typed = words(query.text)
    if not typed:
        return ""
    search = Search(using=engine.client(), index=engine.alias_name(query.language)).extra(size=0)
    search = search.suggest(
        "spelling",
        " ".join(typed),
        term={
            "field": "all_text.exact",
            "suggest_mode": "missing",
            "sort": "frequency",
            "min_word_length": 4,
            "prefix_length": 0,  # also a typo in the first letter, which the fuzzy query misses
        },
    )
    response = search.execute()
    corrected = list(typed)
    for index, option in enumerate(response.suggest.spelling if "suggest" in response else []):
        if option.options and index < len(corrected):
            corrected[index] = option.options[0].text
    return " ".join(corrected) if corrected != typed else ""


def suggest(query, limit=6):
    """Titles matching the words typed so far, the last one as a prefix; one per URL."""
    if not query.text.strip():
        return []
    search = Search(using=engine.client(), index=engine.alias_name(query.language))
    search = search.query(
        Q(
            "bool",
            must=[Q("match_bool_prefix", **{"title.exact": {"query": query.text, "operator": "and"}})],
            filter=_scope_filters(query),
        )
    ).source(["title", "site_id", "url_path"])[: limit * 3]
    builder = HitBuilder(query)
    suggestions, urls = [], set()
    for hit in search.execute().hits:
        url = builder.url(hit.site_id, getattr(hit, "url_path", ""))
        if url in urls:
            continue
        urls.add(url)
        suggestions.append({"title": hit.title, "url": url})
    return suggestions[:limit]
