"""The region (Wagtail Site) of a request and Wagtail's site root paths, from memory.

Wagtail looks the Site up with a query on every request, and computes its site root paths
(needed for every page URL) with one query per site, then keeps them in the shared cache,
which every request reads again. With forty regions that is forty-odd queries whenever
the shared copy is gone. Here both come from the process's memory (`home.process_cache`)
while the tokens for everything and for the list of regions are unchanged; the root paths
are taken from Wagtail's shared copy or else computed from the kept Sites in one query
whatever the number of regions (and shared again). The Sites come with their region
settings from the same query. `prefill` hands both to the request in the attributes where Wagtail looks first.
"""

from collections import defaultdict

from django.core.cache import cache
from django.db.models import Q
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath

from home import cache_tokens, process_cache
from portal import library_internals

SITE_TOKENS = (cache_tokens.EVERYTHING, cache_tokens.SITES)


def all_sites():
    """Every Site with its root page and region settings, in one query."""
    return list(Site.objects.select_related("root_page", "regionsettings"))


def site_root_paths(sites=None):
    """Wagtail's `Site.get_site_root_paths()`, same order: one query given the Sites (from
    `all_sites`), else two."""
    if sites is None:
        sites = list(Site.objects.select_related("root_page"))
    # Wagtail's order: root page url_path descending, the default site first, then hostname.
    sites = sorted(sites, key=lambda site: site.hostname)
    sites.sort(key=lambda site: site.is_default_site, reverse=True)
    sites.sort(key=lambda site: site.root_page.url_path, reverse=True)
    roots = defaultdict(list)
    for root in (
        Page.objects.filter(translation_key__in={site.root_page.translation_key for site in sites})
        .select_related("locale")
        .order_by("path")
        .only("id", "url_path", "path", "translation_key", "locale__language_code")
    ):
        roots[root.translation_key].append(root)
    return [
        SiteRootPath(site.id, root.url_path, site.root_url, root.locale.language_code)
        for site in sites
        for root in roots[site.root_page.translation_key]
    ]


def shared_site_root_paths(sites=None):
    """Wagtail's shared copy of the site root paths, made here (one or two queries) when
    missing."""
    paths = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if paths is None:
        paths = site_root_paths(sites)
        cache.set(SITE_ROOT_PATHS_CACHE_KEY, paths, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return paths


def find_site(hostname, port, sites=None):
    """The Site Wagtail would choose for this host and port (see
    `wagtail.models.sites.get_site_for_hostname`), with its region settings: among `sites`
    (from `all_sites`), else in one query."""
    if sites is None:
        candidates = list(
            Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True)).select_related(
                "root_page", "regionsettings"
            )
        )
    else:
        candidates = [site for site in sites if site.hostname == hostname or site.is_default_site]
    named = [site for site in candidates if site.hostname == hostname]
    for site in named:
        if site.port == port:
            return site
    for site in named:
        if site.is_default_site:
            return site
    defaults = [site for site in candidates if site.is_default_site]
    if len(named) == 1:
        return named[0]
    return defaults[0] if defaults else None


def prefill(request):
    """Give the request its Site (with region settings) and, in a process that keeps data,
    the site root paths, where Wagtail looks for them first.

    A process that keeps data loads every Site once (one query, whatever the number of
    regions) and finds each request's among them, and makes the root paths from the same
    Sites when the shared copy is gone: one query fewer for the first request after a new or
    flushed Redis. Without the process cache (the tests) the Site is looked up alone."""
    if request is None or library_internals.has_request_site(request):
        return
    hostname = split_domain_port(library_internals.raw_host(request))[0]
    port = request.get_port()
    if not process_cache.enabled(request):
        site = find_site(hostname, port)
        if site is not None:
            _hand_over_region_settings(request, site)
        library_internals.set_request_site(request, site)
        return
    fresh = []

    def load():
        fresh.append(True)
        return all_sites()

    sites = process_cache.remember(request, ("sites",), SITE_TOKENS, load)
    site = find_site(hostname, port, sites)
    if fresh and site is not None:
        # Fresh from the database: the settings that came along may be used for this request
        # (a Site kept from an earlier request may hold settings changed since).
        _hand_over_region_settings(request, site)
    library_internals.set_request_site(request, site)
    if not library_internals.has_request_site_root_paths(request):
        library_internals.set_request_site_root_paths(
            request,
            process_cache.remember(
                request, ("site-root-paths",), SITE_TOKENS, lambda: shared_site_root_paths(sites)
            ),
        )


# The region settings that came with the request's Site from the same query, for
# `RegionSettings.for_request` (`loaded_region_settings`).
_LOADED_REGION_SETTINGS = "loaded_region_settings"


def _hand_over_region_settings(request, site):
    setattr(request, _LOADED_REGION_SETTINGS, library_internals.loaded_relation(site, "regionsettings"))


def loaded_region_settings(request, site):
    """The `RegionSettings` of `site` loaded along with it for this request by `prefill`,
    or None (then they are read on their own)."""
    loaded = getattr(request, _LOADED_REGION_SETTINGS, None)
    return loaded if loaded is not None and loaded.site_id == site.pk else None


def current_site_id(request):
    """The id of the request's region (Wagtail caches the Site on the request), or None."""
    site = Site.find_for_request(request)
    return site.pk if site is not None else None


# ---- a page's root paths without scanning every region's ------------------------------------

_root_path_index = (None, {})


def _index(paths):
    """{root path: [(position, SiteRootPath), ...]} for this list of root paths; the last
    list's index is kept (a warm process hands every request the same list)."""
    global _root_path_index
    kept, index = _root_path_index
    if kept is not paths:
        index = {}
        for position, root in enumerate(paths):
            index.setdefault(root.root_path, []).append((position, root))
        _root_path_index = (paths, index)
    return index


def relevant_site_root_paths(page, cache_object=None):
    """Wagtail's `Page._get_relevant_site_root_paths`: the root paths of the sites `page`
    belongs to, in the same order. Wagtail tests every site's root paths against the page's
    `url_path`, for every URL it builds: with 42 regions in two languages that is 84 tests per
    link, about a millisecond per page. Here the page's path prefixes are looked up instead."""
    paths = library_internals.site_root_paths_for(page, cache_object)
    index = _index(paths)
    url_path = page.url_path or ""
    found = []
    end = url_path.find("/", 1)
    while end != -1:
        found.extend(index.get(url_path[: end + 1], ()))
        end = url_path.find("/", end + 1)
    found.extend(index.get("/", ()) if url_path.startswith("/") else ())
    return tuple(root for _position, root in sorted(found, key=lambda item: item[0]))


def use_indexed_root_paths():
    """Install `relevant_site_root_paths` on Wagtail's Page (home.apps)."""
    library_internals.replace_relevant_site_root_paths(relevant_site_root_paths)
