"""Writing the audit log: who, what, which object, result, where from, when. Never content."""

from django.conf import settings

from advies.choices import AuditResult
from advies.models import AuditEntry

PUBLIC_FORM = "openbaar formulier"
SYSTEM = "systeem"


def origin_of(http_request):
    """Where an admin action came from: the client address (the proxy's header when
    RATELIMIT_IP_META_KEY names one, else REMOTE_ADDR)."""
    if http_request is None:
        return SYSTEM
    key = getattr(settings, "RATELIMIT_IP_META_KEY", "REMOTE_ADDR")
    if not isinstance(key, str):
        key = "REMOTE_ADDR"
    address = http_request.META.get(key) or http_request.META.get("REMOTE_ADDR") or "onbekend"
    return address.split(",")[0].strip()[:100]


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
