"""Fixtures for the content tests: the Lindeveld region's Dutch tree and its sections."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from home.choices import Audience
from home.models import AudienceSectionPage, HomePage
from tests.conftest import host_of


@pytest.fixture
def home_nl(lindeveld):
    return HomePage.objects.get(pk=lindeveld.root_page_id)


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def section(home_nl):
    """section(audience) -> the live Dutch audience section of Lindeveld."""

    def find(audience=Audience.PARENTS):
        return AudienceSectionPage.objects.child_of(home_nl).get(audience_choice=audience)

    return find


@pytest.fixture
def get_page(client, lindeveld):
    """GET a URL on the Lindeveld host."""

    def get(url, **extra):
        return client.get(url, HTTP_HOST=host_of(lindeveld), **extra)

    return get


@pytest.fixture
def kustmeren_or_other_site(db):
    """A second region: Kustmeren when the demo has it, else a bare extra site."""
    from wagtail.models import Page, Site

    site = Site.objects.filter(hostname="kustmeren.localhost").first()
    if site is None:
        site = Site.objects.create(
            hostname="elders.localhost", port=8000, root_page=Page.get_first_root_node()
        )
    return site


@pytest.fixture
def page_cache_on(settings):
    """The page cache on (tests run with it off), empty before and after."""
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    yield
    cache.clear()
