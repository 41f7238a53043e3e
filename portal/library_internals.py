"""Every use of a library's private API, in one place, each with the reason we need it.

A private name (`_wagtail_site`, `_csp_update`, ...) can change in any release without a
deprecation. Here each one sits behind a small function named for what we do with it, so
the rest of the code says what it means, an upgrade has one file to read, and
tests/portal/test_library_internals.py fails in CI when a library no longer has what an
entry relies on. When a library offers a public way, use it and delete the entry.

`portal/redis_cache.py` is the one other module that builds on private API (Django's
`RedisCacheClient` internals, to keep one Redis client per process); its reason is in its
docstring and its test is here too.

This module imports libraries only (portal's plumbing, at the bottom of the import
contracts in pyproject.toml).
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

# ---- Django ---------------------------------------------------------------------------------


def raw_host(request):
    """The Host header without Django's ALLOWED_HOSTS check (`HttpRequest._get_raw_host`).

    Why: the region is found from the host before Wagtail looks, the same way Wagtail's
    own `Site._find_for_request` reads it (it calls `_get_raw_host` too, "to avoid
    ALLOWED_HOSTS checks"); a host Django would refuse still fails when the page is served.
    """
    return request._get_raw_host()


def loaded_relation(instance, name):
    """The related object that `select_related(name)` loaded with `instance`, or None,
    without a query (`Model._state.fields_cache`).

    Why: a Site fetched with its region settings hands them on to the same request; Django
    has no public "is this relation loaded" (accessing it would query when it is not).
    """
    return instance._state.fields_cache.get(name)


# ---- Wagtail --------------------------------------------------------------------------------

# Wagtail's per-request caches, on the request object.
_SITE = "_wagtail_site"  # Site.find_for_request
_SITE_ROOT_PATHS = "_wagtail_cached_site_root_paths"  # Page._get_site_root_paths
_ROUTE = "_wagtail_route_for_request"  # Page.route_for_request


def has_request_site(request):
    return hasattr(request, _SITE)


def set_request_site(request, site):
    """Give the request its Site where `Site.find_for_request` looks first.

    Why: the region's Site is kept across requests in a warm process (`home.sites`);
    Wagtail only caches it per request and has no hook to supply it.
    """
    setattr(request, _SITE, site)


def has_request_site_root_paths(request):
    return hasattr(request, _SITE_ROOT_PATHS)


def set_request_site_root_paths(request, paths):
    """Give the request the site root paths where `Page._get_site_root_paths` looks first.

    Why: as for the Site: kept across requests in a warm process instead of one query per
    request; Wagtail caches them per request (or in its cache) only.
    """
    setattr(request, _SITE_ROOT_PATHS, paths)


def has_request_route(request):
    return hasattr(request, _ROUTE)


def set_request_route(request, route):
    """Give the request the route (page, args, kwargs) `Page.route_for_request` returns.

    Why: the page cache (`home.page_cache`) finds the page for a path from its own kept
    routes before Wagtail's serve view walks the tree; Wagtail reads its route from here.
    """
    setattr(request, _ROUTE, route)


def site_root_paths_for(page, cache_object=None):
    """Every site's root paths as Wagtail finds them for `page` (`Page._get_site_root_paths`:
    from the request, Wagtail's cache or the database).

    Why: `home.sites.relevant_site_root_paths` picks a page's own root paths from that list
    and must read it exactly where Wagtail's own method does.
    """
    return page._get_site_root_paths(cache_object)


def replace_relevant_site_root_paths(function):
    """Make `function(page, cache_object=None)` Wagtail's `Page._get_relevant_site_root_paths`.

    Why: Wagtail tests every site's root paths against the page's path for every URL it
    builds (84 tests per link with 42 regions in two languages); `home.sites` looks the
    page's path prefixes up instead, with the same answer in the same order
    (tests/home/test_site_root_paths.py). Wagtail has no hook for it.
    """
    from wagtail.models import Page

    Page._get_relevant_site_root_paths = function


def attach_request_to_setting(setting, request):
    """What `BaseSiteSetting.for_request` does to the instance it returns (`_request`).

    Why: region settings are kept across requests (`home.models.settings`); a kept copy
    gets the current request so its page links resolve as Wagtail's own would.
    """
    setting._request = request


def keep_child_of_mark(source, queryset):
    """Carry the API's `?child_of=` mark (`_filtered_by_child_of`) over to a filtered copy.

    Why: Wagtail's ChildOfFilter marks the queryset, and DescendantOfFilter reads the mark
    to refuse `child_of` together with `descendant_of`; a filter of ours that narrows the
    queryset in between must carry the mark over, as Wagtail's own LocaleFilter and
    TranslationOfFilter do (wagtail/api/v2/filters.py).
    """
    child_of = getattr(source, "_filtered_by_child_of", None)
    if child_of is not None:
        queryset._filtered_by_child_of = child_of
    return queryset


def list_item_value(list_block, item):
    """The value of one stored ListBlock item, in either storage format
    (`ListBlock._item_is_in_block_format`).

    Why: the page's chosen objects are collected from the raw stream data before Wagtail
    turns it into values (`home.streams`); a list stores its items as
    `{"type", "value", "id"}` since Wagtail 2.16 and as bare values before.
    """
    return item["value"] if list_block._item_is_in_block_format(item) else item


@contextmanager
def search_index_updates_paused():
    """Disconnect Wagtail's search indexing on save (modelsearch's `post_save` handler)
    for the indexed models, and connect it again afterwards.

    Why: building the demo saves every page several times; each save would index twice.
    The builder indexes once at the end (`update_index`). Wagtail offers
    `disable_reference_index_auto_update` for the reference index, nothing for search.
    """
    indexed = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)


# ---- django-formtools -----------------------------------------------------------------------


def forget_wizard_caches(wizard):
    """Drop a wizard's caches of its resolved step list and validated steps, as formtools
    itself does after a valid POST (`WizardView.post`): `_resolved_form_list`,
    `_cache_signature` and `_cleaned_data_cache_<step>`.

    Why: the Scheidingswijzer changes stored answers outside a POST of that step (an
    earlier answer changed, later answers forgotten), and the step conditions depend on
    them; formtools has no public way to say "the answers changed".
    """
    for name in list(vars(wizard)):
        if name in ("_resolved_form_list", "_cache_signature") or name.startswith("_cleaned_data_cache_"):
            delattr(wizard, name)


# ---- django-csp -----------------------------------------------------------------------------


def extend_csp(response, *, update=None, replace=None):
    """Add to (`update`) or replace (`replace`) directives of the policy for one response,
    by the attributes django-csp's `@csp_update` / `@csp_replace` decorators set
    (`_csp_update`, `_csp_replace`) and its middleware reads.

    Why: the Wagtail admin needs a wider policy on every admin response, chosen in our
    middleware by path (`portal.middleware`), not per view: the decorators only wrap views.
    """
    if update is not None:
        response._csp_update = update
    if replace is not None:
        response._csp_replace = replace
    return response
