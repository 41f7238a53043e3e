"""Nothing typed in the back office is lost when the staff member's session has ended.

A form POST to a back-office form that keeps drafts (views with `draft_fields`) may
arrive after the session ended: typed too long, or the absolute session limit passed.
Wagtail answers it with the login page, and the text would be gone. This middleware
keeps the posted fields first, as a `Draft`:

- encrypted at rest (`EncryptedJSONField`), never in the session or a log;
- bound to the browser: a random key in an HttpOnly cookie (path /admin/), of which the
  database holds only a SHA-256 hash;
- bound to the staff member who last worked in that browser (a signed cookie with their
  user id), so a colleague logging in on the same computer does not get it;
- for `ADVIES_DRAFT_SECONDS` (one hour by default), and deleted when shown again.

After logging in, the staff member comes back to the same form (Wagtail's `next`), sees
the text prefilled and a message to check it and save. Keeping and restoring are
audited (who, which request, when; never the text).
"""

import datetime
import hashlib
import re
import secrets

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from advies import audit
from advies.choices import AuditAction
from advies.models import Draft, Request

COOKIE = "advies_draft"
AUTHOR_COOKIE = "advies_author"
AUTHOR_SALT = "advies.drafts.author"
KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")
MAX_CHARACTERS = 50_000  # far above the back-office forms' own limits
MAX_PER_BROWSER = 20
NOT_KEPT = ("csrfmiddlewaretoken",)


def draft_seconds():
    return getattr(settings, "ADVIES_DRAFT_SECONDS", 60 * 60)


def _key_hash(key):
    return hashlib.sha256(key.encode("ascii")).hexdigest()


def _admin_path():
    return reverse("wagtailadmin_home")


def _cookie_options(max_age):
    return {
        "max_age": max_age,
        "path": _admin_path(),
        "httponly": True,
        "samesite": "Lax",
        "secure": settings.SESSION_COOKIE_SECURE,
    }


def _author_cookie_age():
    return getattr(settings, "STAFF_SESSION_MAX_SECONDS", 10 * 60 * 60) + draft_seconds()


class DraftMiddleware:
    """Keeps a back-office form's POST that arrives without a logged-in user (see the
    module docstring). Must come after the authentication and message middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_advies_draft_key", None)
        taken = getattr(request, "_advies_draft_taken", None)
        if key is not None:
            response.set_cookie(COOKIE, key, **_cookie_options(draft_seconds()))
        elif taken and not Draft.objects.filter(key_hash=taken).exists():
            response.delete_cookie(COOKIE, path=_admin_path(), samesite="Lax")
        if request.path.startswith(_admin_path()):
            remember_author(request, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        view_class = getattr(view_func, "view_class", None)
        if not getattr(view_class, "draft_fields", ()) or request.user.is_authenticated:
            return None
        keep(request, view_class, view_kwargs)
        return None  # the view (Wagtail) answers with the login page


def remember_author(request, response):
    """Who works in this browser: a signed cookie with the logged-in user's id, so a draft
    kept after their session ended goes back to them only."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and _author_id(request) != user.pk:
        response.set_signed_cookie(
            AUTHOR_COOKIE, str(user.pk), salt=AUTHOR_SALT, **_cookie_options(_author_cookie_age())
        )


def _author_id(request):
    value = request.get_signed_cookie(
        AUTHOR_COOKIE, default=None, salt=AUTHOR_SALT, max_age=_author_cookie_age()
    )
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def posted_fields(request):
    return {name: request.POST.getlist(name) for name in request.POST if name not in NOT_KEPT}


def keep(request, view_class, view_kwargs):
    """Save the POST of a draft-keeping form for this browser; returns the Draft or None
    (nothing typed in the form's text fields, too much, over the rate, unknown request)."""
    data = posted_fields(request)
    typed = [value for name in view_class.draft_fields for value in data.get(name, []) if value.strip()]
    size = sum(len(name) + sum(len(value) for value in values) for name, values in data.items())
    if not typed or size > MAX_CHARACTERS:
        return None
    rate = getattr(settings, "ADVIES_DRAFT_RATE", "60/h")
    if is_ratelimited(request, group="advies.drafts", key="ip", rate=rate, method="POST", increment=True):
        return None
    request_obj = Request.objects.filter(pk=view_class.draft_request_id(view_kwargs)).first()
    if request_obj is None:
        return None
    key = request.COOKIES.get(COOKIE, "")
    if not KEY_PATTERN.fullmatch(key):
        key = secrets.token_urlsafe(32)
    key_hash = _key_hash(key)
    now = timezone.now()
    with transaction.atomic():
        Draft.objects.filter(expires_at__lte=now).delete()
        if Draft.objects.filter(key_hash=key_hash).exclude(path=request.path).count() >= MAX_PER_BROWSER:
            return None
        draft, _created = Draft.objects.update_or_create(
            key_hash=key_hash,
            path=request.path[:200],
            defaults={
                "request": request_obj,
                "author_id": _author_id(request),
                "data": data,
                "created_at": now,
                "expires_at": now + datetime.timedelta(seconds=draft_seconds()),
            },
        )
        audit.record(
            None,
            AuditAction.CREATE,
            request_obj,
            detail="concept bewaard (sessie verlopen)",
            origin=audit.origin_of(request),
        )
    request._advies_draft_key = key
    messages.warning(
        request,
        _(
            "Uw sessie was verlopen voordat u opsloeg. Wat u typte is bewaard: log opnieuw in, "
            "dan staat het weer in het formulier."
        ),
    )
    return draft


def restore(request, request_obj):
    """The form values this browser kept for this form (`request.path`) as form initial
    data, or None. The draft is deleted: it is shown once. A draft of another staff member
    or past its time is deleted and not shown."""
    key = request.COOKIES.get(COOKIE, "")
    if not KEY_PATTERN.fullmatch(key):
        return None
    key_hash = _key_hash(key)
    draft = Draft.objects.filter(key_hash=key_hash, path=request.path).first()
    if draft is None:
        return None
    draft.delete()
    request._advies_draft_taken = key_hash
    usable = (
        draft.expires_at > timezone.now()
        and draft.request_id == request_obj.pk
        and draft.author_id in (None, request.user.pk)
    )
    if not usable:
        return None
    audit.record(
        request.user,
        AuditAction.VIEW,
        request_obj,
        detail="concept teruggezet na inloggen",
        origin=audit.origin_of(request),
    )
    messages.warning(
        request,
        _(
            "Uw sessie was verlopen voordat u opsloeg. Hieronder staat wat u typte: controleer het "
            "en klik op Opslaan. Het is nog niet opgeslagen."
        ),
    )
    return {name: values[0] if len(values) == 1 else values for name, values in draft.data.items()}


class DraftKeepingFormMixin:
    """For a back-office FormView: `draft_fields` names the text fields whose POST is kept
    when the session has ended (`DraftMiddleware`); on the next GET of the form the kept
    values are its initial data. `draft_request_id(view_kwargs)` names the request."""

    draft_fields = ()

    @classmethod
    def draft_request_id(cls, view_kwargs):
        return view_kwargs.get("pk")

    def draft_request(self):
        raise NotImplementedError

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET" and self.draft_fields:
            kept = restore(self.request, self.draft_request())
            if kept is not None:
                kwargs["initial"] = {**kwargs.get("initial", {}), **kept}
        return kwargs
