"""Error views that never touch the database and never show a stack trace."""

import logging
import sys
import uuid

from django.http import HttpResponse
from django.shortcuts import render

from portal.middleware import is_database_unavailable, mark_private, service_unavailable

logger = logging.getLogger(__name__)


def server_error(request):
    """500 page with a reference id to quote on the phone; a 503 page when the database
    is what failed."""
    exception = sys.exc_info()[1]
    if is_database_unavailable(exception):
        return service_unavailable(request)
    reference = uuid.uuid4().hex[:10]
    logger.error("Server error, reference %s", reference, exc_info=exception is not None)
    return render(request, "errors/500.html", {"reference": reference}, status=500)


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def csrf_failure(request, reason=""):
    """settings.CSRF_FAILURE_VIEW: the form was refused before anything was read or stored
    (a page left open for long, cookies cleared, a forged post). The page says so, and how to
    get the typed text back from the browser's previous page; it never echoes what was posted."""
    return mark_private(render(request, "errors/csrf_failure.html", status=403))


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
