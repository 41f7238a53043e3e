"""Writing the audit log: who, what, which object, result, where from, when. Never content."""

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


def record(actor, action, obj=None, *, result=AuditResult.OK, detail="", origin=SYSTEM, site=None):
    """One audit entry. `obj` is a request (or anything with `reference`/`site_id`), or None."""
    reference = ""
    object_type = ""
    if obj is not None:
        object_type = obj._meta.model_name
        reference = getattr(obj, "reference", "") or str(obj.pk)
        site = site if site is not None else getattr(obj, "site", None)
    user = actor if actor is not None and actor.is_authenticated else None
    return AuditEntry.objects.create(
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
