"""The region (Wagtail Site) of a request and Wagtail's site root paths, from memory.

Wagtail looks the Site up with a query on every request, and computes its site root paths
(needed for every page URL) with one query per site, then keeps them in the shared cache,
which every request reads again. With forty regions that is forty-odd queries whenever
the shared copy is gone. Here both come from the process's memory (`home.process_cache`)
while the tokens for everything and for the list of regions are unchanged, and the root
paths are computed in two queries whatever the number of regions. `prefill` hands both to
the request in the attributes where Wagtail looks for them first.
"""

from collections import defaultdict

from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from home import cache_tokens, process_cache

SITE_TOKENS = (cache_tokens.EVERYTHING, cache_tokens.SITES)


def site_root_paths():
    """Wagtail's `Site.get_site_root_paths()`, same order, in two queries."""
    sites = list(
        Site.objects.select_related("root_page").order_by(
            "-root_page__url_path", "-is_default_site", "hostname"
        )
    )
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


def _find_site(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    return process_cache.remember(
        request, ("site", hostname, port), SITE_TOKENS, lambda: Site._find_for_request(request)
    )


def prefill(request):
    """Give the request its Site and the site root paths (where Wagtail caches them)."""
    if not process_cache.enabled(request):
        return
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = _find_site(request)
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = process_cache.remember(
            request, ("site-root-paths",), SITE_TOKENS, site_root_paths
        )
