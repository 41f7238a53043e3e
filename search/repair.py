"""Keeps the engine's index in step with the database entries after an outage.

The database entries are always right (the CMS signals update them in a transaction);
the engine can miss writes while it is down, or lose documents. Every document carries its
entry's `version`, so a repair reads just (id, version) from the engine, compares it with
the entries, and writes or deletes only what differs: no full rebuild.

When it runs:
- after an engine failure (a write that did not arrive, or a search that could not reach
  it) the index is marked dirty (`IndexHealth.dirty_since`); the next search asks for a
  repair and, until one has succeeded, answers from the database, so no withdrawn page is
  ever shown from a stale index;
- on a schedule: `manage.py repair_search_index` from cron (or the `repair_index` task),
  which also catches drift nobody noticed.
The admin dashboard shows the last sync and how many documents it repaired.
"""

import logging

from django.utils import timezone
from elasticsearch import NotFoundError, helpers

from search import documents, engine
from search.models import IndexHealth, SearchEntry

logger = logging.getLogger(__name__)

CHUNK = 500


def _indexed_versions(language):
    """{document id: entry version} of the live index of a language (None: no index)."""
    alias = engine.alias_name(language)
    try:
        hits = helpers.scan(
            engine.admin_client(),
            index=alias,
            query={"query": {"match_all": {}}, "_source": ["entry_version"]},
            size=2000,
        )
        return {hit["_id"]: hit["_source"].get("entry_version") for hit in hits}
    except NotFoundError:
        return None


def repair_language(language):
    """Writes the entries the engine lacks or has in another version and deletes documents
    without an entry. Returns how many documents it changed (None: no index to repair)."""
    if engine.live_index(language) is None:
        return None
    engine.admin_client().indices.put_mapping(index=engine.alias_name(language), **documents.mappings())
    indexed = _indexed_versions(language)
    if indexed is None:
        return None
    entries = SearchEntry.objects.in_language(language)
    expected = dict(
        (f"{object_type}-{object_id}", version)
        for object_type, object_id, version in entries.values_list("object_type", "object_id", "version")
    )
    stale = [document_id for document_id, version in expected.items() if indexed.get(document_id) != version]
    extra = [document_id for document_id in indexed if document_id not in expected]
    by_id = {}
    for object_type, ids in _ids_by_type(stale).items():
        for entry in entries.filter(object_type=object_type, object_id__in=ids):
            by_id[entry.document_id] = entry
    changes = [by_id[document_id] for document_id in stale if document_id in by_id]
    removed = [(language, document_id) for document_id in extra]
    for start in range(0, max(len(changes), len(removed)), CHUNK):
        engine.write(changes[start : start + CHUNK], removed[start : start + CHUNK])
    if stale or extra:
        engine.refresh(language)
        logger.warning(
            "Search index %s repaired: %d written, %d deleted",
            engine.alias_name(language),
            len(stale),
            len(extra),
        )
    return len(stale) + len(extra)


def _ids_by_type(document_ids):
    found = {}
    for document_id in document_ids:
        object_type, _dash, object_id = document_id.rpartition("-")
        found.setdefault(object_type, []).append(int(object_id))
    return found


def repair():
    """Repairs every language's index; records the outcome in IndexHealth. Returns the
    number of documents changed. Raises EngineUnavailable when the engine cannot be reached
    (the index stays marked dirty)."""
    if not engine.configured():
        return 0
    health = IndexHealth.current()
    started = timezone.now()
    changed = 0
    missing = []
    try:
        for language in engine.languages():
            result = repair_language(language)
            if result is None:
                missing.append(language)
            else:
                changed += result
    except engine.ENGINE_ERRORS as error:
        engine.record_failure(error)
        raise engine.EngineUnavailable(str(error)) from error
    health.refresh_from_db()
    note = f"no index for {', '.join(missing)}: run rebuild_search_index" if missing else ""
    # A failure recorded while this repair ran keeps the index dirty for the next one.
    still_dirty = health.dirty_since is not None and health.dirty_since > started
    IndexHealth.objects.filter(pk=1).update(
        dirty_since=health.dirty_since if still_dirty else None,
        repair_requested_at=None,
        last_sync=timezone.now(),
        last_drift=changed,
        last_error=note,
    )
    return changed


def status():
    """What the admin shows: the health record and, per language, entries and documents."""
    health = IndexHealth.current()
    languages = []
    for language in engine.languages():
        row = {
            "language": language,
            "entries": SearchEntry.objects.in_language(language).count(),
            "documents": None,
        }
        if engine.configured():
            try:
                row["documents"] = engine.client().count(index=engine.alias_name(language))["count"]
            except NotFoundError:
                row["documents"] = 0
            except (engine.EngineUnavailable, *engine.ENGINE_ERRORS):
                row["documents"] = None
        languages.append(row)
    return {"health": health, "languages": languages, "configured": engine.configured()}
