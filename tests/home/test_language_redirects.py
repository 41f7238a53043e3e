"""English pages have English slugs; an address with the other language's slugs (a link
or bookmark from before, /nl/ swapped for /en/) still finds the page: a permanent redirect
by wagtail.contrib.redirects, kept when a page is published (home/signals.py)."""

import pytest
from wagtail.models import Locale, Page

from home.choices import Audience
from tests.conftest import host_of
from tests.factories import TopicPageFactory
from tests.home.test_translation import translate

pytestmark = pytest.mark.django_db


def _swapped(path, language):
    return f"/{language}/{path.lstrip('/').partition('/')[2]}"


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.parametrize("hostname", ["lindeveld.localhost", "kustmeren.localhost"])
def test_every_english_page_has_english_slugs_and_its_dutch_address_redirects(client, hostname):
    from wagtail.models import Site

    site = Site.objects.get(hostname=hostname)
    english = Locale.objects.get(language_code="en")
    dutch_slugged, checked = [], 0
    for page in Page.objects.live().filter(locale=english, depth__gt=2):
        if page.get_site() != site:
            continue
        dutch = page.get_translation(Locale.objects.get(language_code="nl"))
        english_path, dutch_path = page.relative_url(site), dutch.relative_url(site)
        if english_path == _swapped(dutch_path, "en"):
            dutch_slugged.append(english_path)
            continue
        response = client.get(_swapped(dutch_path, "en"), HTTP_HOST=host_of(site))
        assert response.status_code == 301, f"{_swapped(dutch_path, 'en')} does not redirect"
        assert response["Location"].endswith(english_path), (dutch_path, response["Location"])
        response = client.get(_swapped(english_path, "nl"), HTTP_HOST=host_of(site))
        assert response.status_code == 301 and response["Location"].endswith(dutch_path)
        checked += 1
    # Slugs the same in both languages are fine only for names (/en/privacy/, /en/professionals/).
    assert all(
        path.rstrip("/").rsplit("/", 1)[-1] in {"privacy", "professionals"} for path in dutch_slugged
    ), dutch_slugged
    assert checked > 40


def test_publishing_a_translation_with_its_own_slug_redirects_the_other_languages_slug(
    client, section, english, lindeveld, django_capture_on_commit_callbacks
):
    parent = section(Audience.PARENTS)
    page = TopicPageFactory(parent=parent, title="Werkkaart", slug="werkkaart")
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translated = translate(page, english, {"Werkkaart": "Work card", "werkkaart": "work-card"})
    translated.refresh_from_db()
    assert translated.live
    assert translated.slug == "work-card"

    host = host_of(lindeveld)
    response = client.get(_swapped(page.relative_url(lindeveld), "en"), HTTP_HOST=host)
    assert response.status_code == 301
    assert response["Location"].endswith(translated.relative_url(lindeveld))
    assert client.get(response["Location"], HTTP_HOST=host).status_code == 200
    response = client.get(_swapped(translated.relative_url(lindeveld), "nl"), HTTP_HOST=host)
    assert response.status_code == 301 and response["Location"].endswith(page.relative_url(lindeveld))
