"""Writes to the search index: keeping entries in step with the content, and rebuilds.

`sync_pages` and `sync_service_offers` are idempotent: they look at the content as it is
now and add, update or remove the entries (and engine documents) accordingly. The CMS
signals call them through background tasks (`search.tasks`).
"""

import logging

from django.db import transaction
from wagtail.models import Page

from home.models import ServiceOffer
from search import content, engine, index_health
from search.models import SearchEntry, SearchWord

logger = logging.getLogger(__name__)

BATCH_SIZE = 500


def _save_entries(built, object_type, ids):
    """Replaces the entries of the given objects by `built` (entries of objects no longer
    searchable are deleted). Returns (saved entries, removed (language, document id))."""
    existing = {
        entry.object_id: entry
        for entry in SearchEntry.objects.filter(object_type=object_type, object_id__in=ids)
    }
    saved = []
    with transaction.atomic():
        for entry in built:
            previous = existing.pop(entry.object_id, None)
            if previous is not None:
                entry.pk = previous.pk
                same = entry.says_the_same_as(previous)
                entry.version = previous.version if same else previous.version + 1
            entry.save()
            saved.append(entry)
        removed = [(entry.language, entry.document_id) for entry in existing.values()]
        SearchEntry.objects.filter(pk__in=[entry.pk for entry in existing.values()]).delete()
        SearchWord.objects.add_words_of(saved)
    return saved, removed


def _push(saved, removed):
    """Sends the changes to the engine when one is configured; the database entries stay
    right whatever the engine does."""
    if not engine.configured():
        return
    try:
        engine.write(saved, removed)
    except engine.EngineUnavailable as error:
        index_health.mark_dirty(error)
        logger.warning("Search index not updated in the engine (%s); repaired when it is back", error)


def sync_pages(page_ids):
    """Brings the entries of these pages in line with the content."""
    page_ids = sorted(set(page_ids))
    pages = content.specific_pages(content.searchable_pages().filter(pk__in=page_ids))
    lookups = content.Lookups()
    built = [content.entry_for_page(page, lookups) for page in pages]
    built = [entry for entry in built if entry is not None]
    _push(*_save_entries(built, SearchEntry.PAGE, page_ids))


def sync_page_trees(page_ids):
    """Syncs pages and all their descendants (after a move, unpublish or privacy change)."""
    ids = set(page_ids)
    for page in Page.objects.filter(pk__in=page_ids):
        ids.update(Page.objects.descendant_of(page).values_list("pk", flat=True))
    sync_pages(ids)


def sync_service_offers(offer_ids):
    offer_ids = sorted(set(offer_ids))
    offers = ServiceOffer.objects.filter(pk__in=offer_ids)
    lookups = content.Lookups()
    built = [content.entry_for_service_offer(offer, lookups) for offer in offers]
    _push(*_save_entries(built, SearchEntry.SERVICE_OFFER, offer_ids))


def sync_topic(translation_key):
    """Re-indexes everything on a topic (its name is part of their text)."""
    page_ids = set()
    for model in content.SEARCHABLE_PAGE_TYPES:
        if hasattr(model, "topics"):
            page_ids.update(
                model.objects.filter(topics__translation_key=translation_key).values_list("pk", flat=True)
            )
    sync_pages(page_ids)
    sync_service_offers(
        ServiceOffer.objects.filter(topics__translation_key=translation_key).values_list("pk", flat=True)
    )


def sync_offers_of_pages(page_ids):
    """Service offers link to the option pages listing them; re-sync them when those change."""
    from home.models import OptionPage

    keys = OptionPage.objects.filter(pk__in=page_ids).values_list("services__translation_key", flat=True)
    keys = [key for key in keys if key]
    if keys:
        sync_service_offers(
            ServiceOffer.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
        )


def rebuild_entries(*, progress=None):
    """Rebuilds every database entry from the content. `progress(n)` is called per item.
    Returns the number of entries."""
    built = []
    lookups = content.Lookups()
    pages = list(content.searchable_pages())
    for start in range(0, len(pages), BATCH_SIZE):
        batch = content.specific_pages(pages[start : start + BATCH_SIZE])
        built.extend(entry for page in batch if (entry := content.entry_for_page(page, lookups)) is not None)
        if progress:
            progress(len(batch))
    for offer in content.service_offers():
        built.append(content.entry_for_service_offer(offer, lookups))
        if progress:
            progress(1)
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchEntry.objects.bulk_create(built, batch_size=500)
        SearchWord.objects.all().delete()  # words no entry has any more go
        SearchWord.objects.add_words_of(built)
    return len(built)


def searchable_count():
    return content.searchable_pages().count() + content.service_offers().count()


def rebuild_engine_index(language, *, progress=None, chunk_size=500):
    """Builds a new index for a language from the database entries and swaps it in.

    Searches keep using the old index (or the database) until the alias moves, in one atomic
    step, to the complete new one. Returns (index name, analysis level, documents)."""
    name, level = engine.create_index(language)
    try:
        entries = SearchEntry.objects.in_language(language).order_by("pk")
        total = 0
        batch = []
        for entry in entries.iterator(chunk_size=chunk_size):
            batch.append(entry)
            if len(batch) >= chunk_size:
                total += engine.bulk_load(name, batch, chunk_size=chunk_size)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            total += engine.bulk_load(name, batch, chunk_size=chunk_size)
            if progress:
                progress(len(batch))
        engine.activate_index(language, name)
    except BaseException:
        engine.drop_index(name)
        raise
    return name, level, total
