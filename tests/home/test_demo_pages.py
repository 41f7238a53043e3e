"""Every page of the demo renders in both languages on both regions, with the exit
button, and the language switch lands on the translation."""

import re

import pytest
from django.apps import apps
from wagtail.models import Page

from home.models import BasePage, HomePage, TopicPage
from tests.conftest import host_of

pytestmark = pytest.mark.django_db

EXIT_LINK = re.compile(r'<a class="exit__button" href="([^"]+)"[^>]*data-exit-link')


def page_models():
    return {model for model in apps.get_models() if issubclass(model, BasePage) and not model._meta.abstract}


def live_demo_pages():
    return [page for page in Page.objects.live().filter(depth__gt=1).specific()]


def path_of(page):
    return page.get_url_parts()[2]


def get(client, page):
    site = page.get_site()
    return client.get(path_of(page), HTTP_HOST=host_of(site))


def test_demo_uses_every_page_type_in_both_languages_and_regions(lindeveld, kustmeren):
    for site in (lindeveld, kustmeren):
        for language in ("nl", "en"):
            home = site.root_page.get_translation(_locale(language))
            pages = Page.objects.live().descendant_of(home, inclusive=True)
            kinds = {page.specific_class for page in pages}
            assert kinds == page_models(), (site, language, page_models() - kinds)


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


@pytest.mark.usefixtures("demo")  # reads the demo content
def test_every_demo_page_renders_with_exit_button(client):
    pages = live_demo_pages()
    assert len(pages) > 40
    for page in pages:
        response = get(client, page)
        assert response.status_code == 200, path_of(page)
        html = response.content.decode()
        assert EXIT_LINK.search(html), f"no exit link on {path_of(page)}"
        assert f'<html lang="{page.locale.language_code}">' in html


def test_regions_are_separate_sites(client, lindeveld, kustmeren):
    lindeveld_home = client.get("/nl/", HTTP_HOST=host_of(lindeveld)).content.decode()
    kustmeren_home = client.get("/nl/", HTTP_HOST=host_of(kustmeren)).content.decode()
    assert "Lindeveld" in lindeveld_home and "Kustmeren" not in lindeveld_home
    assert "Kustmeren" in kustmeren_home and "Lindeveld" not in kustmeren_home
    # An unknown host (e.g. 127.0.0.1) gets the default region.
    assert "Lindeveld" in client.get("/nl/", HTTP_HOST="127.0.0.1:8000").content.decode()


def language_switch_links(html):
    nav = re.search(r'<nav class="language-switch".*?</nav>', html, re.S).group(0)
    return dict((lang, href) for href, lang in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav))


def test_language_switch_lands_on_the_translation(client, lindeveld):
    dutch_page = (
        TopicPage.objects.live().filter(locale__language_code="nl").descendant_of(lindeveld.root_page).first()
    )
    english_page = dutch_page.get_translation(_locale("en"))
    response = client.get(path_of(dutch_page), HTTP_HOST=host_of(lindeveld))
    links = language_switch_links(response.content.decode())
    assert links["en"] == path_of(english_page)
    assert links["en"] != path_of(dutch_page)
    back = client.get(links["en"], HTTP_HOST=host_of(lindeveld))
    assert back.status_code == 200
    assert english_page.title in back.content.decode()
    assert language_switch_links(back.content.decode())["nl"] == path_of(dutch_page)


def test_language_switch_falls_back_to_translated_home_without_translation(client, lindeveld):
    dutch_page = (
        TopicPage.objects.live().filter(locale__language_code="nl").descendant_of(lindeveld.root_page).first()
    )
    dutch_page.get_translation(_locale("en")).unpublish()
    response = client.get(path_of(dutch_page), HTTP_HOST=host_of(lindeveld))
    english_home = HomePage.objects.get(pk=lindeveld.root_page.pk).get_translation(_locale("en"))
    assert language_switch_links(response.content.decode())["en"] == path_of(english_home)


def test_exit_link_uses_region_setting_and_is_on_error_pages(client, lindeveld):
    from home.models import RegionSettings

    settings = RegionSettings.for_site(lindeveld)
    settings.exit_url = "https://weer.example/"
    settings.save()
    html = client.get("/nl/", HTTP_HOST=host_of(lindeveld)).content.decode()
    assert EXIT_LINK.search(html).group(1) == "https://weer.example/"
    not_found = client.get("/nl/bestaat-niet/", HTTP_HOST=host_of(lindeveld))
    assert not_found.status_code == 404
    assert EXIT_LINK.search(not_found.content.decode())


@pytest.mark.usefixtures("demo")  # reads the demo content
def test_demo_builder_is_idempotent(db):
    from home.demo.builder import DemoBuilder
    from home.models import ServiceOffer

    before = (Page.objects.count(), ServiceOffer.objects.count())
    DemoBuilder(report=lambda line: None).build()
    assert (Page.objects.count(), ServiceOffer.objects.count()) == before
