"""CMS events that change what is searchable, each answered by a background task.

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

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

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


def page_changed(sender, instance, **kwargs):
    _enqueue(tasks.sync_pages, [instance.pk])


def page_tree_changed(sender, instance, **kwargs):
    _enqueue(tasks.sync_pages, [instance.pk], include_descendants=True)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _enqueue(tasks.sync_pages, [instance.pk])


def view_restriction_changed(sender, instance, **kwargs):
    _enqueue(tasks.sync_pages, [instance.page_id], include_descendants=True)


def service_offer_changed(sender, instance, **kwargs):
    _enqueue(tasks.sync_service_offers, [instance.pk])


def service_offer_relations_changed(sender, instance, action, reverse, **kwargs):
    """Municipalities and topics of an offer are saved after the offer itself (modelcluster
    commits them after post_save), so their changes re-sync the offer."""
    if action in ("post_add", "post_remove", "post_clear"):
        if reverse:
            _enqueue(tasks.sync_service_offers, sorted(kwargs.get("pk_set") or []))
        else:
            _enqueue(tasks.sync_service_offers, [instance.pk])


def topic_changed(sender, instance, **kwargs):
    _enqueue(tasks.sync_topic, str(instance.translation_key))


def connect():
    page_published.connect(page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(page_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(page_tree_changed, dispatch_uid="search_page_moved")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="search_page_deleted")
    post_save.connect(view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restricted")
    post_delete.connect(
        view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_unrestricted"
    )
    post_save.connect(service_offer_changed, sender=ServiceOffer, dispatch_uid="search_offer_saved")
    post_delete.connect(service_offer_changed, sender=ServiceOffer, dispatch_uid="search_offer_deleted")
    for through in (ServiceOffer.municipalities.through, ServiceOffer.topics.through):
        m2m_changed.connect(service_offer_relations_changed, sender=through, dispatch_uid=f"search_{through}")
    post_save.connect(topic_changed, sender=Topic, dispatch_uid="search_topic_saved")
