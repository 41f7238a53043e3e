"""Which content changes matter, said once: the page cache purges for them
(`home.page_cache`) and the search index syncs for them (`search.signals`).

Django's and Wagtail's signals are connected here only, for pages and for the models and
many-to-many relations `home.purge_rules` has rules for (`RULES`, `RELATIONS`), and each
becomes one `content_changed` signal: the changed object (for a relation, the object that
holds it) and what happened to it (`Change`). A listener decides what the change means to
it; no listener connects to the model signals itself, so a model the page cache purges for
is one the search index hears about, and the other way round.

    content_changed.connect(listener)
    def listener(sender, instance, change, previous_parent=None, **kwargs): ...

`sender` is the object's model. `previous_parent` is given for `Change.MOVED`. Drafts are
no change: a page counts when it is published, unpublished, moved or deleted.
"""

import enum

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import purge_rules


class Change(enum.Enum):
    PUBLISHED = "published"  # a page (Wagtail's page_published)
    UNPUBLISHED = "unpublished"  # a page (page_unpublished)
    MOVED = "moved"  # a page, with `previous_parent` (post_page_move)
    SAVED = "saved"  # an object with a rule (post_save)
    DELETING = "deleting"  # about to be deleted: its relations can still be followed (pre_delete)
    DELETED = "deleted"  # its rows are gone (post_delete)
    RELATION_CHANGING = "relation-changing"  # a many-to-many relation it holds, before (m2m pre_*)
    RELATION_CHANGED = "relation-changed"  # the same, after (m2m post_*)


content_changed = Signal()

_RELATION_ACTIONS = {
    "pre_add": Change.RELATION_CHANGING,
    "pre_remove": Change.RELATION_CHANGING,
    "pre_clear": Change.RELATION_CHANGING,
    "post_add": Change.RELATION_CHANGED,
    "post_remove": Change.RELATION_CHANGED,
    "post_clear": Change.RELATION_CHANGED,
}


def _send(instance, change, **kwargs):
    content_changed.send(sender=type(instance), instance=instance, change=change, **kwargs)


def _published(sender, instance, **kwargs):
    _send(instance, Change.PUBLISHED)


def _unpublished(sender, instance, **kwargs):
    _send(instance, Change.UNPUBLISHED)


def _moved(sender, instance, parent_page_before=None, **kwargs):
    _send(instance, Change.MOVED, previous_parent=parent_page_before)


def _saved(sender, instance, **kwargs):
    _send(instance, Change.SAVED)


def _deleting(sender, instance, **kwargs):
    _send(instance, Change.DELETING)


def _deleted(sender, instance, **kwargs):
    _send(instance, Change.DELETED)


def _relation(sender, instance, action, reverse, model, pk_set, **kwargs):
    """A many-to-many change counts as a change of the object holding the relation: seen
    from the other side (`reverse`), of each holder whose link changed."""
    change = _RELATION_ACTIONS.get(action)
    if change is None:
        return
    if not reverse:
        _send(instance, change)
    elif pk_set:
        for holder in model._default_manager.filter(pk__in=pk_set):
            _send(holder, change)


def watched_models():
    """The models whose saves and deletions are content changes (besides pages)."""
    return [apps.get_model(label) for label in purge_rules.RULES]


def connect():
    page_published.connect(_published, dispatch_uid="content-published")
    page_unpublished.connect(_unpublished, dispatch_uid="content-unpublished")
    post_page_move.connect(_moved, dispatch_uid="content-moved")
    pre_delete.connect(_deleting, sender=Page, dispatch_uid="content-page-deleting")
    post_delete.connect(_deleted, sender=Page, dispatch_uid="content-page-deleted")
    for model in watched_models():
        label = model._meta.label
        post_save.connect(_saved, sender=model, dispatch_uid=f"content-saved-{label}")
        pre_delete.connect(_deleting, sender=model, dispatch_uid=f"content-deleting-{label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"content-deleted-{label}")
    for label, name in purge_rules.RELATIONS:
        through = apps.get_model(label)._meta.get_field(name).remote_field.through
        m2m_changed.connect(_relation, sender=through, dispatch_uid=f"content-relation-{label}-{name}")
