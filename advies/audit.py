"""Writing the audit log: who, what, which object, result, where from, when. Never content.

A refusal (a user of another region, a move the workflow does not allow) is recorded
with `record_refusal`. Inside `audit.atomic()` it is written when that block has ended,
so the rollback that undoes the refused change does not take its audit line along.
"""

import contextlib
import contextvars

from django.db import transaction

from advies.choices import AuditResult
from advies.models import AuditEntry
from portal.client_address import client_address

PUBLIC_FORM = "openbaar formulier"
SYSTEM = "systeem"


def origin_of(http_request):
    """Where an admin action came from: the client address behind the trusted proxies
    (portal/client_address.py), the same one the rate limit and login throttle use."""
    if http_request is None:
        return SYSTEM
    return client_address(http_request)


def record(
    actor, action, obj=None, *, result=AuditResult.OK, detail="", origin=SYSTEM, site=None, object_type=""
):
    """One audit entry. `obj` is a request (or anything with `reference`/`site_id`), or None
    (then `object_type` says what, e.g. "lijst" for a list export)."""
    entry = _entry(
        actor, action, obj, result=result, detail=detail, origin=origin, site=site, object_type=object_type
    )
    entry.save()
    return entry


def _entry(
    actor, action, obj=None, *, result=AuditResult.OK, detail="", origin=SYSTEM, site=None, object_type=""
):
    reference = ""
    if obj is not None:
        object_type = obj._meta.model_name
        reference = getattr(obj, "reference", "") or str(obj.pk)
        site = site if site is not None else getattr(obj, "site", None)
    user = actor if actor is not None and actor.is_authenticated else None
    return AuditEntry(
        actor=user,
        actor_name=user.get_username() if user else "",
        action=action,
        object_type=object_type or "aanvraag",
        object_reference=reference[:40],
        site=site,
        result=result,
        detail=str(detail)[:200],
        origin=origin,
    )


def record_for_requests(actor, action, references, *, detail="", origin=SYSTEM):
    """One entry per request, written in bulk; `references` holds (reference, site_id)
    pairs (a list export of thousands of requests: one line each, a few queries)."""
    template = _entry(actor, action, detail=detail, origin=origin)
    entries = [
        AuditEntry(
            actor=template.actor,
            actor_name=template.actor_name,
            action=action,
            object_type="request",
            object_reference=reference[:40],
            site_id=site_id,
            result=template.result,
            detail=template.detail,
            origin=origin,
        )
        for reference, site_id in references
    ]
    AuditEntry.objects.bulk_create(entries, batch_size=1000)
    return len(entries)


_held_refusals = contextvars.ContextVar("advies_held_refusals", default=None)


def record_refusal(
    actor, action, obj=None, *, result=AuditResult.REFUSED, detail="", origin=SYSTEM, site=None
):
    """An audit entry for something refused. Inside `atomic()` it is held and written once
    the outermost `atomic()` has ended (committed or rolled back); elsewhere at once."""
    entry = _entry(actor, action, obj, result=result, detail=detail, origin=origin, site=site)
    held = _held_refusals.get()
    if held is None:
        entry.save()
    else:
        held.append(entry)
    return entry


@contextlib.contextmanager
def atomic():
    """`transaction.atomic()` for one piece of back-office work whose refusals must outlive
    its rollback. Use it as the outermost transaction of that work (views and services
    do); nested, it is a plain savepoint and the outermost one writes the refusals."""
    if _held_refusals.get() is not None:
        with transaction.atomic():
            yield
        return
    held = []
    token = _held_refusals.set(held)
    try:
        with transaction.atomic():
            yield
    finally:
        _held_refusals.reset(token)
        for entry in held:
            entry.save()
