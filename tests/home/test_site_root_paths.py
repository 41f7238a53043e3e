"""A page's site root paths are found by its path prefixes (home.sites), not by testing every
region's: the same answer as Wagtail's scan, for every page, with more regions too."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page, Site

from home import sites
from tests.factories.search import make_region

pytestmark = pytest.mark.django_db


def scanned(page, paths):
    """Wagtail's own definition: every root path the page's url_path starts with, in order."""
    return tuple(root for root in paths if page.url_path.startswith(root.root_path))


def test_every_page_gets_the_root_paths_wagtails_scan_would_give(lindeveld):
    make_region("Noordmeer")
    Site.clear_site_root_paths_cache()
    paths = Site.get_site_root_paths()
    request = RequestFactory().get("/nl/", HTTP_HOST=f"{lindeveld.hostname}:{lindeveld.port}")
    request._wagtail_cached_site_root_paths = paths
    pages = list(Page.objects.all())
    assert len({root.site_id for root in paths}) >= 3
    for page in pages:
        assert page._get_relevant_site_root_paths(request) == scanned(page, paths), page.url_path
    other = Page.objects.get(depth=2, title="Regio Noordmeer")
    assert other.get_url(request).startswith("http://noordmeer-")  # another region: its own host
    assert sites.relevant_site_root_paths(other, request) == scanned(other, paths)
