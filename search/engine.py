"""The connection to Elasticsearch and everything that changes its indices.

Names: the alias ``<prefix>-<language>`` is what searches read and writes go to; behind it
is one concrete index ``<prefix>-<language>-<timestamp>``. A rebuild fills a new concrete
index (reachable meanwhile as ``<prefix>-<language>-rebuild``, so edits made during the
rebuild reach it too) and then moves the alias in one atomic request.

Every write uses ``require_alias``, so a write never creates an index by accident (e.g. when
no index has been built yet; then the write is skipped and search uses the database).

A small circuit breaker keeps a dead engine from slowing pages down: after a failure the
engine is not asked again for ``SEARCH_ENGINE_RETRY_AFTER`` seconds.
"""

import datetime
import logging
import threading
import time

from django.conf import settings
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, helpers

from search import index_health
from search.analysis import available_level
from search.documents import document_for, index_body

logger = logging.getLogger(__name__)

ENGINE_ERRORS = (ApiError, TransportError, OSError)
ADMIN_TIMEOUT = 120.0


class EngineUnavailable(Exception):
    """The engine is not configured, not reachable, or recently failed."""


def configured():
    return bool(settings.ELASTICSEARCH_URL)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def alias_name(language):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def rebuild_alias_name(language):
    return f"{alias_name(language)}-rebuild"


# --- connection and circuit breaker ---------------------------------------------------

_clients = {}
_failed_until = {}
_lock = threading.Lock()


def client():
    """The client for the configured URL; raises EngineUnavailable when none is set or the
    engine failed within the last SEARCH_ENGINE_RETRY_AFTER seconds."""
    url = settings.ELASTICSEARCH_URL
    if not url:
        raise EngineUnavailable("ELASTICSEARCH_URL is not set")
    if _failed_until.get(url, 0) > time.monotonic():
        raise EngineUnavailable(f"{url} failed recently")
    timeout = float(settings.ELASTICSEARCH_TIMEOUT)
    key = (url, timeout)
    with _lock:
        if key not in _clients:
            _clients[key] = Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)
    return _clients[key]


def admin_client():
    """The client with a long timeout, for rebuilds (bulk loads, refreshes, index creation);
    pages and indexing tasks keep the short ELASTICSEARCH_TIMEOUT."""
    return client().options(request_timeout=max(ADMIN_TIMEOUT, float(settings.ELASTICSEARCH_TIMEOUT)))


def record_failure(error):
    """Opens the circuit breaker for the configured URL and logs why."""
    url = settings.ELASTICSEARCH_URL
    retry_after = float(settings.SEARCH_ENGINE_RETRY_AFTER)
    _failed_until[url] = time.monotonic() + retry_after
    index_health.mark_dirty(f"{type(error).__name__}: {error}")  # repaired when it is back
    logger.warning(
        "Search engine at %s unavailable (%s: %s); using the database for %.0f s",
        url,
        type(error).__name__,
        error,
        retry_after,
    )


def reset_failures():
    """Forgets recent failures (after the engine is back, and in tests)."""
    _failed_until.clear()


# --- indices ----------------------------------------------------------------------------


def live_index(language):
    """The concrete index behind a language's alias, or None."""
    try:
        found = client().indices.get_alias(name=alias_name(language))
    except NotFoundError:
        return None
    return next(iter(found), None)


def index_meta(language):
    """The `_meta` of a language's live index ({} when there is none)."""
    name = live_index(language)
    if name is None:
        return {}
    mapping = client().indices.get_mapping(index=name)
    return mapping[name]["mappings"].get("_meta", {})


def create_index(language):
    """Creates a new, empty concrete index for a language (not yet behind the alias).
    Returns (name, analysis level)."""
    es = admin_client()
    level = available_level(es, language, settings.SEARCH_TEXT_ANALYSIS)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
    name = f"{alias_name(language)}-{stamp}"
    body = index_body(language, level)
    body["settings"]["refresh_interval"] = "-1"  # no refreshes while bulk loading
    es.indices.create(index=name, **body)
    es.indices.put_alias(index=name, name=rebuild_alias_name(language))
    return name, level


def bulk_load(name, entries, *, chunk_size=500):
    """Indexes entries into a concrete index; returns how many were indexed."""
    actions = (
        {
            "_op_type": "index",
            "_index": name,
            "_id": entry.document_id,
            "_source": document_for(entry).to_dict(),
        }
        for entry in entries
    )
    indexed, _errors = helpers.bulk(admin_client(), actions, chunk_size=chunk_size, refresh=False)
    return indexed


def activate_index(language, name):
    """Makes `name` the live index of a language in one atomic alias change, then deletes
    the index it replaces."""
    es = admin_client()
    es.indices.put_settings(index=name, settings={"index": {"refresh_interval": "1s"}})
    es.indices.refresh(index=name)
    previous = live_index(language)
    actions = [{"add": {"index": name, "alias": alias_name(language)}}]
    actions.append({"remove": {"index": name, "alias": rebuild_alias_name(language)}})
    if previous:
        actions.append({"remove": {"index": previous, "alias": alias_name(language)}})
    es.indices.update_aliases(actions=actions)
    if previous and previous != name:
        es.indices.delete(index=previous)


def drop_index(name):
    admin_client().indices.delete(index=name, ignore_unavailable=True)


def indices_with_prefix(prefix):
    """Names of the concrete indices whose names start with `prefix-` (for clean-up)."""
    try:
        found = client().indices.get(index=f"{prefix}-*", expand_wildcards="all")
    except NotFoundError:
        return []
    return sorted(found)


def refresh(language=None):
    """Makes recent writes searchable now (tests and the benchmark; normally within 1 s)."""
    for code in [language] if language else languages():
        try:
            client().indices.refresh(index=alias_name(code))
        except NotFoundError:
            continue


# --- writes -----------------------------------------------------------------------------


def write(entries=(), removed=()):
    """Writes entries to, and removes `(language, document id)` pairs from, the live index
    and any index being rebuilt. Skips silently where no index exists yet. Raises
    EngineUnavailable (after logging) when the engine fails."""
    actions = []
    for entry in entries:
        source = document_for(entry).to_dict()
        for target in (alias_name(entry.language), rebuild_alias_name(entry.language)):
            actions.append({"index": {"_index": target, "_id": entry.document_id, "require_alias": True}})
            actions.append(source)
    for language, document_id in removed:
        for target in (alias_name(language), rebuild_alias_name(language)):
            actions.append({"delete": {"_index": target, "_id": document_id}})
    if not actions:
        return
    try:
        response = client().bulk(operations=actions)
    except ENGINE_ERRORS as error:
        record_failure(error)
        raise EngineUnavailable(str(error)) from error
    problems = [
        item
        for result in response["items"]
        for item in result.values()
        if item.get("status", 200) >= 300 and item.get("status") != 404
    ]
    if problems:
        index_health.mark_dirty(f"{len(problems)} writes refused")
        logger.warning("Search engine refused %d writes, e.g. %s", len(problems), problems[0].get("error"))
