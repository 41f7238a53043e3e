"""A whole-response cache for CMS pages read by anonymous visitors.

Why our own and not wagtail-cache: its current release (3.0) requires Wagtail < 8, it
purges by clearing the whole cache backend (or through one shared "keyring" entry that
concurrent writers overwrite), and it caches any GET response, where we want to cache
Wagtail pages only. This module is Django's cache framework plus Wagtail's signals:

- `PageCacheHits` (the WSGI layer around Django in `portal.wsgi`, as whitenoise's is for
  static files) answers a hit for a request under a language prefix without a session
  cookie before Django builds its request and response objects or sends its request
  signals: one cache round trip, no query. Everything else goes on to Django.
- `PageCacheMiddleware` (first in MIDDLEWARE) answers the same hits where Django is called
  without that layer (the test client, ASGI), and stores the finished response of a miss,
  after every other middleware has had its say, so it can see every cookie and header.
- `PageServeMiddleware` (last in MIDDLEWARE) acts in `process_view`, only for Wagtail's
  page-serving view: it looks up visitors with a session cookie (once it is known they are
  not logged in) and finds the page through `home.routing`, in few or no queries.

Never cached: anything but GET; logged-in users (checked only when a session cookie is
sent); previews; query strings other than the municipality and directory filters; pages with a view
restriction; responses that set a cookie (a CSRF token in a form, a session, messages),
that say private/no-cache/no-store, that are not 200, or that vary on more than the
cookie and encoding. Views, templates and selectors say what they need through
`home.page_cache_notes` (`skip`, `valid_until`): the contract in one typed record.

The key is the scheme, host and full path (language prefix included), so two regions and
two languages never share an entry. Each entry records the tokens of the page it shows
(`home.cache_tokens`: everything, its region, the page in all its languages); a hit needs
them all unchanged. A change renews the tokens of what it affects, as `home.purge_rules`
says (a publish: the page, its ancestors, its siblings, the pages listing or linking to it;
a contact channel: its region), after the transaction commits (`content_changed`, which
listens to `home.content_changes`, as the search index does).
A page showing "open now" is stored no longer than until the next opening or closing time
(`valid_until`).
"""

import contextlib
import hashlib
import logging
import threading
import time
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re
from wagtail import views as wagtail_views

from home import cache_tokens, purge_rules, sites
from home.choices import DIRECTORY_FILTERS, MUNICIPALITY_PARAMETER
from home.content_changes import Change
from home.page_cache_notes import DEFAULT_PAGE_QUERY_PARAMETERS, notes, skip
from home.routing import find_route
from portal import library_internals

# The municipality filter of service lists, and the services directory's filters. A page
# caches only the ones its type names in `cached_query_parameters` (default: the
# municipality), and the directory not a value it does not know (`skip`).
ALLOWED_QUERY_PARAMETERS = frozenset({MUNICIPALITY_PARAMETER, *DIRECTORY_FILTERS})
MAX_QUERY_VALUE_LENGTH = 100
HARMLESS_VARY = frozenset({"cookie", "accept-encoding"})
STATUS_HEADER = "X-Page-Cache"
ENTRY_PREFIX = "pagecache:entry:"

logger = logging.getLogger(__name__)


def cache_seconds():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def purge(affected=None):
    """Make what `affected` names unreachable (everything when None): new tokens."""
    cache_tokens.purge(affected)


def purge_after_commit(affected=None):
    """Purge now (this transaction's own later reads) and again once the change is
    committed, so a page rendered from the old data in between is not kept."""
    if affected is not None and not affected:
        return
    purge(affected)
    transaction.on_commit(lambda: purge(affected))


def cache_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return ENTRY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def query_is_cacheable(request):
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    for name in request.GET:
        if name not in ALLOWED_QUERY_PARAMETERS:
            return False
        values = request.GET.getlist(name)
        if len(values) != 1 or len(values[0]) > MAX_QUERY_VALUE_LENGTH:
            return False
    return True


def request_is_cacheable(request):
    if not query_is_cacheable(request):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        # Only now look at the user: loading a session costs a query.
        user = getattr(request, "user", None)
        if user is None or user.is_authenticated:
            return False
    return True


def look_up(request):
    """The stored response for this request if every token it was stored with is
    unchanged, else None; either way the key is noted for storing the response."""
    stored = _current_entry(request)
    return None if stored is None else _thawed(stored)


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def early_entry(request, prefixes):
    """The stored entry for a request that may be answered before any middleware runs: a
    GET of a page (under a language prefix) without a session cookie, with only the query
    parameters pages are cached for. None otherwise, or when nothing current is stored."""
    if (
        cache_seconds() > 0
        and request.path.startswith(prefixes)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and query_is_cacheable(request)
    ):
        return _current_entry(request)
    return None


def _current_entry(request):
    key = cache_key(request)
    record = notes(request)
    record.key = key
    known = _token_names_seen.get(key, ())
    try:
        # The entry and the tokens it had last time, in one round trip.
        found = page_cache().get_many([key, *known])
    except Exception:
        logger.warning("Page cache unreachable: rendering the page", exc_info=True)
        return None
    stored = found.get(key)
    # The entry's own expiry, not only Redis's: a reply kept in process (redis-py's client
    # cache) would otherwise live until Redis gets round to expiring the key.
    if stored is None or stored.get("expires", float("inf")) <= time.time():
        return None
    recorded = stored["tokens"]
    if set(recorded) == set(known) and all(found.get(name) == value for name, value in recorded.items()):
        pass
    elif not cache_tokens.for_request(request).current(recorded):
        return None
    if len(_token_names_seen) > 20000:
        _token_names_seen.clear()
    _token_names_seen[key] = tuple(recorded)
    record.hit = True
    return stored


# Entry key -> the token names its entry recorded, as this process last saw them: a hit then
# costs one round trip to the shared cache instead of two.
_token_names_seen = {}


def response_is_cacheable(request, response):
    record = notes(request)
    if not record.page_may_be_stored or record.skipped:
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
    until = notes(request).valid_until
    if until is not None:
        timeout = min(timeout, int((until - timezone.now()).total_seconds()))
    return timeout


def _frozen(response, tokens, timeout):
    """What we store: body, status and headers (never a cookie), the tokens, and when it
    expires (e.g. the next opening or closing time)."""
    return {
        "content": response.content,
        "status": response.status_code,
        "headers": [(name, value) for name, value in response.items() if name.lower() != "set-cookie"],
        "tokens": tokens,
        "expires": time.time() + timeout,
    }


def _thawed(stored):
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


def note_page_tokens(request, site_id, translation_key):
    """The tokens a response for this page depends on, read now: before the page renders."""
    record = notes(request)
    record.token_names = cache_tokens.for_page(site_id, translation_key)
    cache_tokens.for_request(request).get(record.token_names)


def _store(request, response):
    """Store a cacheable response; returns the status header value."""
    record = notes(request)
    names = record.token_names
    if names is None or not response_is_cacheable(request, response) or (timeout := _timeout(request)) <= 0:
        return "skip"
    tokens = cache_tokens.for_request(request)
    if tokens.settled(names, record.started):
        try:
            page_cache().set(record.key, _frozen(response, tokens.get(names), timeout), timeout)
        except Exception:
            logger.warning("Page cache unreachable: response not stored", exc_info=True)
    return "miss"


class PageCacheMiddleware:
    """Answers hits first and stores finished page responses. Must be the first middleware."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = language_prefixes()

    def __call__(self, request):
        record = notes(request)
        record.started = time.time()
        stored = early_entry(request, self.prefixes)
        if stored is not None:
            hit = _thawed(stored)
            hit[STATUS_HEADER] = "hit"
            return hit
        response = self.get_response(request)
        if record.hit:
            response[STATUS_HEADER] = "hit"
        elif record.asked and record.page_may_be_stored is not None:
            response[STATUS_HEADER] = _store(request, response)
        return response


class PageCacheHits:
    """WSGI layer around Django's application (`portal.wsgi`): answers a page-cache hit
    from the stored status, headers and body, without Django's request and response
    objects, middleware chain or request signals, which cost more than the hit itself.
    Anything else, and a request this layer cannot judge (a host Django would refuse, a
    cache it cannot reach), goes to Django unchanged, whose `PageCacheMiddleware` stores
    the misses."""

    def __init__(self, application):
        self.application = application
        self.prefixes = language_prefixes()

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") == "GET" and cache_seconds() > 0:
            stored = self._entry(environ)
            if stored is not None:
                status = stored["status"]
                start_response(
                    f"{status} {HTTPStatus(status).phrase}", [*stored["headers"], (STATUS_HEADER, "hit")]
                )
                return [stored["content"]]
        return self.application(environ, start_response)

    def _entry(self, environ):
        try:
            return early_entry(WSGIRequest(environ), self.prefixes)
        except DisallowedHost:
            return None  # Django answers it with its 400
        except Exception:
            logger.warning("Page cache: request not judged here, passed to Django", exc_info=True)
            return None


class PageServeMiddleware:
    """Serves Wagtail pages from the cache, or routes them cheaply. Must be the last middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        sites.prefill(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        if cache_seconds() > 0 and not notes(request).asked and request_is_cacheable(request):
            hit = look_up(request)  # a visitor with a session cookie who is not logged in
            if hit is not None:
                return hit
        if not library_internals.has_request_route(request):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            route = find_route(request, path)
            if route is not None:
                library_internals.set_request_route(request, route)
                if notes(request).asked:
                    note_page_tokens(request, sites.current_site_id(request), route[0].translation_key)
        return None


def note_served_page(page, request, serve_args, serve_kwargs):
    """`before_serve_page` hook (after Wagtail's view-restriction check): a response for
    this request comes from a CMS page, and may be cached if nobody restricts it."""
    record = notes(request)
    record.page_may_be_stored = not page.get_view_restrictions().exists()
    accepted = getattr(page, "cached_query_parameters", DEFAULT_PAGE_QUERY_PARAMETERS)
    if any(name not in accepted for name in request.GET):
        skip(request)
    if record.token_names is None and record.asked:
        note_page_tokens(request, sites.current_site_id(request), page.translation_key)


_deferred = threading.local()


@contextlib.contextmanager
def purges_deferred():
    """For bulk changes (building the demo): no rule is worked out per change; everything is
    purged once at the end."""
    _deferred.active = True
    try:
        yield
    finally:
        _deferred.active = False
        purge_after_commit()


def _deferring():
    return getattr(_deferred, "active", False)


def content_changed(sender, instance, change, previous_parent=None, **kwargs):
    """`home.content_changes` listener: purge what the change affects (`home.purge_rules`),
    once the transaction commits. A deletion is judged before the rows go, while its
    relations can still be followed; a relation before (what it showed) and after (what it
    shows)."""
    if _deferring() or change is Change.DELETED:
        return
    if change is Change.MOVED:
        purge_after_commit(purge_rules.page_changed(instance, previous_parent=previous_parent))
    elif change is Change.DELETING:
        affected = purge_rules.object_changed(instance)
        if affected:
            transaction.on_commit(lambda: purge(affected))
    else:
        purge_after_commit(purge_rules.object_changed(instance))
