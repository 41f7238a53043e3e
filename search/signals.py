"""CMS events that change what is searchable, each answered by a background task. Which
changes there are is said once, in `home.content_changes` (the page cache hears the same).

- publish, unpublish: the page (unpublishing a section also unpublishes its pages, and
  Wagtail signals each of them);
- move: the page and its descendants (URL, region and audience may change);
- delete: removes the entries (the page is gone, so the sync finds nothing and removes);
- view restrictions added or removed: the page and its descendants;
- snippet saves: service offers (and their municipalities and topics) and topics, in any
  language, so published translations too.
Drafts never reach the index: only publishing does.
"""

import contextlib
import logging

from wagtail.models import Page, PageViewRestriction

from home import content_changes
from home.content_changes import Change
from home.models import ServiceOffer, Topic
from search import engine, services, tasks

logger = logging.getLogger(__name__)

# Non-empty while syncs are paused (`syncs_paused`): the events skipped since.
_paused = []


@contextlib.contextmanager
def syncs_paused():
    """Skip the sync of every CMS event inside, and rebuild all entries once at the end
    when any was skipped (and repair the engine's index, if it has one).

    For bulk loads only (building the demo publishes each page several times, and syncing
    each time was a sixth of its build time): it holds for the whole process, so a request
    served meanwhile by another thread would not be indexed until the end."""
    skipped = []
    _paused.append(skipped)
    try:
        yield
    finally:
        _paused.remove(skipped)
    if _paused:
        _paused[-1].extend(skipped)  # the outer pause rebuilds
    elif skipped:
        services.rebuild_entries()
        if engine.configured() and _has_engine_index():
            _enqueue(tasks.repair_index)


def _has_engine_index():
    try:
        return any(engine.live_index(code) is not None for code in engine.languages())
    except (engine.EngineUnavailable, *engine.ENGINE_ERRORS):
        return False


def _enqueue(task, *args, **kwargs):
    if _paused:
        _paused[-1].append(task.name)
        return
    try:
        task.enqueue(*args, **kwargs)
    except Exception:
        # Never let indexing break an editor's action; a rebuild repairs the index.
        logger.exception("Could not enqueue search indexing task %s", task.name)


def content_changed(sender, instance, change, **kwargs):
    """`home.content_changes` listener: sync the entries the change touches. Every other
    change (an opening time, a story, ...) is in no entry."""
    if isinstance(instance, Page):
        if change in (Change.PUBLISHED, Change.UNPUBLISHED, Change.DELETED):
            _enqueue(tasks.sync_pages, [instance.pk])
        elif change is Change.MOVED:
            _enqueue(tasks.sync_pages, [instance.pk], include_descendants=True)
    elif isinstance(instance, PageViewRestriction):
        if change in (Change.SAVED, Change.DELETED):
            _enqueue(tasks.sync_pages, [instance.page_id], include_descendants=True)
    elif isinstance(instance, ServiceOffer):
        # Its municipalities and topics are saved after the offer itself (modelcluster
        # commits them after post_save): their change re-syncs it too.
        if change in (Change.SAVED, Change.DELETED, Change.RELATION_CHANGED):
            _enqueue(tasks.sync_service_offers, [instance.pk])
    elif isinstance(instance, Topic) and change is Change.SAVED:
        _enqueue(tasks.sync_topic, str(instance.translation_key))


def connect():
    content_changes.content_changed.connect(content_changed, dispatch_uid="search")
