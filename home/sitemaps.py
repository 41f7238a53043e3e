"""The per-region sitemap, with every language version of a page and its alternates."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.selectors import public_pages


class RegionSitemap(Sitemap):
    """All live, public pages of the request's region in every language. Each URL lists its
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
            location = item.get_full_url(self.request)
            alternates = [
                {"lang_code": version.locale.language_code, "location": version.get_full_url(self.request)}
                for version in by_key.get(item.translation_key, [])
            ]
            default = next((a for a in alternates if a["lang_code"] == self.default_language), None)
            if len(alternates) > 1 and default is not None:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {"item": item, "location": location, "lastmod": self.lastmod(item), "alternates": alternates}
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods and len(lastmods) == len(urls):
            self.latest_lastmod = max(lastmods)
        return urls

    def items_for_alternates(self):
        if not hasattr(self, "_all_items"):
            self._all_items = self.paginator.object_list
        return self._all_items
