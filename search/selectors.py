"""Reads for the search pages: the engine when it can answer, else the database.

`search()` and `suggest()` never raise because of the engine: when `ELASTICSEARCH_URL` is
unset, the engine is unreachable, times out, has no index yet or answers with an error,
they answer from the database entries (and log a warning), with the same results type.
"""

import dataclasses
import difflib
import logging

from search import database_search, engine, engine_search, index_health, tasks
from search.models import SearchEntry
from search.results import MAX_PAGE, SearchQuery
from search.synonyms import SYNONYM_GROUPS
from search.text import words

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
_warned_unset = False


def query_from(scope, *, text, params, language, site, page=1):
    """A SearchQuery from cleaned form input and the raw GET parameters of the facets."""
    filters = {facet.name: facet.clean(params.getlist(facet.name)) for facet in scope.facets}
    page = min(max(1, page or 1), MAX_PAGE)
    return SearchQuery(
        scope=scope,
        text=(text or "").strip()[:MAX_QUERY_LENGTH],
        language=language,
        site=site,
        filters={name: values for name, values in filters.items() if values},
        page=page,
    )


def _with_engine(engine_call, database_call, query, what):
    global _warned_unset
    if not engine.configured():
        if not _warned_unset:
            logger.warning("ELASTICSEARCH_URL is not set: %s answers from the database", what)
            _warned_unset = True
        return database_call(query), False
    if index_health.pending():
        # The engine may have missed writes: ask for the repair (the immediate task backend
        # runs it now) and answer from the database until it is done.
        tasks.request_repair()
        if index_health.pending():
            return database_call(query), True
    try:
        return engine_call(query), False
    except engine.EngineUnavailable as error:
        logger.info("Search engine skipped (%s); %s answers from the database", error, what)
    except engine.ENGINE_ERRORS as error:
        engine.record_failure(error)
    except Exception:
        # A bug in the engine path must not take the search page down: report it loudly,
        # answer from the database.
        logger.exception("Search engine query failed unexpectedly; %s answers from the database", what)
    return database_call(query), True


def _search_once(query, backend=None):
    if backend is not None:  # the relevance benchmark measures each backend on its own
        return backend(query)
    results, degraded = _with_engine(engine_search.search, database_search.search, query, "search")
    results.degraded = degraded
    return results


def search(query, *, backend=None):
    """SearchResults for the query, from the engine or else the database.

    Nothing found: the query with its unknown words corrected (the engine's suggester, else
    the closest known words) is searched instead, and the results say what was typed
    (`corrected_from`); when that finds nothing either, it is offered as a suggestion, and
    results with any one of the query's concepts are shown. A page past the last shows the
    last page."""
    results = _search_once(query, backend)
    if not results.total and query.concepts:
        suggestion = results.suggestion or spelling_suggestion(query)
        if suggestion and suggestion != query.text:
            corrected = _search_once(dataclasses.replace(query, text=suggestion), backend)
            if corrected.total:
                corrected.corrected_from = query.text
                results = corrected
            else:
                results.suggestion = suggestion
    if not results.total and len(query.concepts) > 1:
        relaxed = _search_once(dataclasses.replace(query, relaxed=True), backend)
        if relaxed.total:
            relaxed.suggestion = results.suggestion
            results = relaxed
    if results.total and not results.hits and results.query.page > 1:
        results = dataclasses.replace(
            _search_once(dataclasses.replace(results.query, page=results.num_pages), backend),
            corrected_from=results.corrected_from,
        )
    return results


def suggest(query):
    """[{"title", "url"}] for titles matching what has been typed so far."""
    suggestions, _degraded = _with_engine(engine_search.suggest, database_search.suggest, query, "suggest")
    return suggestions


def spelling_suggestion(query, *, vocabulary_size=5000):
    """The query with unknown words replaced by the closest known word, or "".

    Known words: those of the synonym table and of the titles of the newest entries in the
    query's language and scope."""
    vocabulary = {
        word for group in SYNONYM_GROUPS.get(query.language, []) for term in group for word in words(term)
    }
    titles = (
        SearchEntry.objects.in_language(query.language)
        .of_kinds(query.scope.kinds)
        .order_by("-pk")
        .values_list("folded_title", flat=True)[:vocabulary_size]
    )
    for title in titles:
        vocabulary.update(word for word in words(title) if len(word) > 2)
    typed = words(query.text)
    corrected = []
    for word in typed:
        if word in vocabulary or len(word) < 4:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
    return " ".join(corrected) if corrected != typed else ""
