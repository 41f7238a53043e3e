"""Old URLs in another language's words go to the URL in the active language.

Before the questionnaire's and the request forms' URLs were translated, the English site
used the Dutch ones (/en/scheidingswijzer/wie/, /en/advies/aanvragen/). Links to them
live on in bookmarks, histories, printed results and other sites. Each is resolved with
the Dutch URLconf and sent, permanently, to the same view under the active language's
URL (/en/separation-guide/who/, /en/advice/request/), query string included. A form
posted to an old URL keeps its method and body (308), so nothing typed is lost.
"""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from wagtail.views import serve

from vragenlijst.steps import step_for_url_slug, step_url

REDIRECTED_NAMESPACES = ("vragenlijst", "advies")
SOURCE_LANGUAGE = settings.LANGUAGE_CODE.split("-")[0]


class PermanentRedirectKeepingMethod(HttpResponsePermanentRedirect):
    status_code = 308


def _resolve_in_source_language(old_path):
    with translation.override(SOURCE_LANGUAGE):
        try:
            match = resolve(f"/{SOURCE_LANGUAGE}/{old_path}")
        except Resolver404:
            return None, None
        if match.namespace not in REDIRECTED_NAMESPACES:
            return None, None
        kwargs = dict(match.captured_kwargs)
        if match.view_name == "vragenlijst:step":
            kwargs["step"] = step_for_url_slug(kwargs["step"])
    return match.view_name, kwargs


def redirect_from_source_language(request, old_path):
    """/<lang>/<an old Dutch path> -> the same page at its /<lang>/ URL; anything else is
    left to Wagtail (a page may have such a slug)."""
    view_name, kwargs = _resolve_in_source_language(old_path)
    if view_name is None or translation.get_language() == SOURCE_LANGUAGE:
        return serve(request, old_path)
    if view_name == "vragenlijst:step":
        target = step_url(kwargs["step"])
    else:
        target = reverse(view_name, kwargs=kwargs)
    if request.META.get("QUERY_STRING"):
        target += "?" + request.META["QUERY_STRING"]
    if request.method in ("GET", "HEAD"):
        return HttpResponsePermanentRedirect(target)
    return PermanentRedirectKeepingMethod(target)
