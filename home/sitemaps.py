"""The per-region sitemap, with every language version of a page and its alternates."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.selectors import public_pages


class RegionSitemap(Sitemap):
    """All live, public pages of the request's region in every language, and the sub-pages
    of routable pages (a municipality in the services directory). Each URL lists its
    translations as `xhtml:link rel="alternate"` (hreflang), plus x-default (Dutch)."""

    default_language = "nl"

    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        paths = list(homes.values_list("path", flat=True))
        pages = Page.objects.none()
        for path in paths:
            pages |= Page.objects.filter(path__startswith=path)
        return list(
            public_pages(pages.live())
            .select_related("locale")
            .defer_streamfields()
            .order_by("path", "locale__language_code")
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key = {}
        for item in self.items_for_alternates():
            by_key.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in items:
            versions = by_key.get(item.translation_key, [])
            for subpath in ["", *self.subpaths(item)]:
                location = item.get_full_url(self.request) + subpath
                alternates = [
                    {
                        "lang_code": version.locale.language_code,
                        "location": version.get_full_url(self.request) + subpath,
                    }
                    for version in versions
                ]
                default = next((a for a in alternates if a["lang_code"] == self.default_language), None)
                if len(alternates) > 1 and default is not None:
                    alternates.append({"lang_code": "x-default", "location": default["location"]})
                urls.append(
                    {
                        "item": item,
                        "location": location,
                        "lastmod": self.lastmod(item),
                        "alternates": alternates,
                    }
                )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods and len(lastmods) == len(urls):
            self.latest_lastmod = max(lastmods)
        return urls

    def subpaths(self, item):
        """Sub-pages of a routable page (the services directory's municipalities), which
        the sitemap lists as pages of their own."""
        if not hasattr(item.specific_class, "sitemap_subpaths"):
            return []
        if not hasattr(self, "_subpaths"):
            self._subpaths = {}
        key = item.specific_class
        if key not in self._subpaths:
            self._subpaths[key] = item.specific_class.sitemap_subpaths(self.get_wagtail_site())
        return self._subpaths[key]

    def items_for_alternates(self):
        if not hasattr(self, "_all_items"):
            self._all_items = self.paginator.object_list
        return self._all_items
