from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import site_history
from home.api import api_router
from home.sitemaps import RegionSitemap
from portal import views
from vragenlijst.url_redirects import redirect_from_source_language

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    # Wagtail's site history, narrowed to the editor's regions (before Wagtail's own URL).
    path("admin/reports/site-history/", site_history.site_history),
    path("admin/reports/site-history/results/", site_history.site_history_results),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": RegionSitemap}}),
    path("api/v2/", api_router.urls),
    path("robots.txt", views.robots_txt),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL-deel", "scheidingswijzer/"), include("vragenlijst.urls")),
    path(pgettext_lazy("URL-deel", "advies/"), include("advies.urls")),
    path("ouderschapsplan-maken/", include("ouderschapsplan.urls")),
    # The Dutch URLs of both under another language's prefix: to that language's URL.
    re_path(r"^(?P<old_path>(?:scheidingswijzer|advies)/.*)$", redirect_from_source_language),
    path("", include("search.urls")),
    path("", include("home.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
