"""A whole-response cache for CMS pages read by anonymous visitors.

Why our own and not wagtail-cache: its current release (3.0) requires Wagtail < 8, it
purges by clearing the whole cache backend (or through one shared "keyring" entry that
concurrent writers overwrite), and it caches any GET response, where we want to cache
Wagtail pages only. This module is Django's cache framework plus Wagtail's signals:

- `PageServeMiddleware` (last in MIDDLEWARE) acts in `process_view`, only for Wagtail's
  page-serving view: a hit returns the stored response before the view runs (no query
  at all for a visitor without a session cookie); a miss notes the cache key and finds
  the page through `home.routing` in a fixed number of queries.
- `PageCacheMiddleware` (first in MIDDLEWARE) stores the finished response, after every
  other middleware has had its say, so it can see every cookie and header.

Never cached: anything but GET; logged-in users (checked only when a session cookie is
sent); previews; query strings other than the municipality filter; pages with a view
restriction; responses that set a cookie (a CSRF token in a form, a session, messages),
that say private/no-cache/no-store, that are not 200, or that vary on more than the
cookie and encoding. Views and templates can opt out with `skip(request)`.

The key is the host and the full path (language prefix included), so two regions and
two languages never share an entry. Purging bumps a generation token that is part of
every key; old entries become unreachable and expire. Any publish, unpublish, move or
delete of a page, and any change to a snippet, region setting, document or image,
purges after the transaction commits (`connect_purge_signals`). A page showing "open
now" is stored no longer than until the next opening or closing time (`valid_until`).
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re
from wagtail import views as wagtail_views
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.routing import find_route

GENERATION_KEY = "pagecache:generation"
ALLOWED_QUERY_PARAMETERS = frozenset({"gemeente"})
MAX_QUERY_VALUE_LENGTH = 100
HARMLESS_VARY = frozenset({"cookie", "accept-encoding"})
STATUS_HEADER = "X-Page-Cache"


def cache_seconds():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def generation(cache=None):
    cache = cache or page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY)
    return token


def purge():
    """Make every stored page unreachable (a new generation token)."""
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def purge_after_commit(*args, **kwargs):
    """Signal receiver: purge now (this transaction's own later reads) and again once the
    change is committed, so a page rendered from the old data in between is not kept."""
    purge()
    transaction.on_commit(purge)


def purge_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_after_commit()


def skip(request):
    """Keep this response out of the page cache (e.g. it shows something per visitor)."""
    request._page_cache_skip = True


def valid_until(request, moment):
    """The response may not be served from the cache after `moment` (aware datetime)."""
    if moment is None:
        return
    current = getattr(request, "_page_cache_valid_until", None)
    if current is None or moment < current:
        request._page_cache_valid_until = moment


def cache_key(request, token):
    digest = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"pagecache:{token}:{digest}"


def request_is_cacheable(request):
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    for name in request.GET:
        if name not in ALLOWED_QUERY_PARAMETERS:
            return False
        values = request.GET.getlist(name)
        if len(values) != 1 or len(values[0]) > MAX_QUERY_VALUE_LENGTH:
            return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Only now look at the user: loading a session costs a query.
        user = getattr(request, "user", None)
        if user is None or user.is_authenticated:
            return False
    return True


def response_is_cacheable(request, response):
    if not getattr(request, "_page_cache_page_served", False) or getattr(request, "_page_cache_skip", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    vary = {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", "")) if value.strip()}
    return vary <= HARMLESS_VARY


def _timeout(request):
    timeout = cache_seconds()
    until = getattr(request, "_page_cache_valid_until", None)
    if until is not None:
        timeout = min(timeout, int((until - timezone.now()).total_seconds()))
    return timeout


def _frozen(response):
    """What we store: body, status and headers, never a cookie."""
    return {
        "content": response.content,
        "status": response.status_code,
        "headers": [(name, value) for name, value in response.items() if name.lower() != "set-cookie"],
    }


def _thawed(stored):
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Stores finished page responses. Must be the first middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if getattr(request, "_page_cache_hit", False):
            response[STATUS_HEADER] = "hit"
        elif key is not None:
            if response_is_cacheable(request, response) and (timeout := _timeout(request)) > 0:
                page_cache().set(key, _frozen(response), timeout)
                response[STATUS_HEADER] = "miss"
            else:
                response[STATUS_HEADER] = "skip"
        return response


class PageServeMiddleware:
    """Serves Wagtail pages from the cache, or routes them cheaply. Must be the last middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        if cache_seconds() > 0 and request_is_cacheable(request):
            cache = page_cache()
            key = cache_key(request, generation(cache))
            stored = cache.get(key)
            if stored is not None:
                request._page_cache_hit = True
                return _thawed(stored)
            request._page_cache_key = key
        if not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            route = find_route(request, path)
            if route is not None:
                request._wagtail_route_for_request = route
        return None


def note_served_page(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook (after Wagtail's view-restriction check): a response for
    this request comes from a CMS page, and may be cached if nobody restricts it."""
    request._page_cache_page_served = not page.get_view_restrictions().exists()


# Models whose change can alter what a cached page shows.
PURGING_MODELS = (
    "home.Municipality",
    "home.Topic",
    "home.ContactChannel",
    "home.OpeningHours",
    "home.ServiceOffer",
    "home.Expert",
    "home.ExperienceStory",
    "home.RegionSettings",
    "home.RelatedPage",
    "home.ArticleAttachment",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtaildocs.Document",
    "wagtailimages.Image",
)


def connect_purge_signals():
    from django.apps import apps

    page_published.connect(purge_after_commit, dispatch_uid="pagecache-published")
    page_unpublished.connect(purge_after_commit, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(purge_after_commit, dispatch_uid="pagecache-moved")
    post_delete.connect(purge_on_page_delete, dispatch_uid="pagecache-page-deleted")
    for label in PURGING_MODELS:
        model = apps.get_model(label)
        post_save.connect(purge_after_commit, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(purge_after_commit, sender=model, dispatch_uid=f"pagecache-delete-{label}")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(purge_after_commit, sender=through, dispatch_uid=f"pagecache-m2m-{through}")
