"""Cross-cutting response handling: privacy headers and plain error pages."""

import logging
import uuid

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers, patch_cache_control

logger = logging.getLogger(__name__)

ADMIN_PREFIXES = ("/admin/", "/cms/")


def mark_private(response):
    """Never store this response anywhere: forms, confirmations, back office."""
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


class NoStoreForPrivateResponsesMiddleware:
    """`Cache-Control: no-store` on the back office and on every response to a logged-in user;
    the Wagtail admin gets the CSP relaxations it needs (public pages keep the strict policy).

    A preview is rendered by Wagtail as a fake request for the page's public URL, run
    through this middleware again, so it would get the public `frame-ancestors 'none'` and
    stay blank in the editor's preview panel. It may be framed by the admin (same origin)
    and keeps the public policy otherwise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(ADMIN_PREFIXES)
        if is_admin:
            response._csp_update = {
                "script-src": ["'unsafe-inline'"],
                "style-src": ["'unsafe-inline'"],
                "img-src": ["blob:"],
                "frame-src": ["'self'"],
            }
            response._csp_replace = {"frame-ancestors": ["'self'"]}
        is_preview = getattr(request, "is_preview", False)
        if is_preview:
            response._csp_replace = {"frame-ancestors": ["'self'"]}
        if is_admin or is_preview or (hasattr(request, "user") and request.user.is_authenticated):
            mark_private(response)
        return response


class ServiceUnavailableMiddleware:
    """A plain 503 page when the database is down while a view runs.

    The page renders without touching the database (no site settings, no menus). Errors
    raised before the view (e.g. loading the session) reach `portal.views.server_error`,
    which makes the same decision.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        return service_unavailable(request)


def is_database_unavailable(exception):
    return isinstance(exception, OperationalError | InterfaceError)


def service_unavailable(request):
    reference = uuid.uuid4().hex[:10]
    logger.error("Database unavailable (reference %s)", reference)
    html = render_to_string("errors/503.html", {"reference": reference}, request=None)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "60"
    return mark_private(response)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that it leaves 404s of language-neutral paths alone:
    Django would redirect `/api/v2/services/999/` to `/nl/api/v2/services/999/` (Wagtail's
    catch-all page route makes that look like a valid path), handing an API client an HTML
    page instead of a JSON 404, and an admin 404 would become a public page."""

    LANGUAGE_NEUTRAL_PREFIXES = ("/api/", "/admin/", "/documents/", "/static/", "/media/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.LANGUAGE_NEUTRAL_PREFIXES):
            return response
        return super().process_response(request, response)
