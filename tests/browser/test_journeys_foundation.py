"""Journeys over the public pages: exit button (mouse, keyboard, no JavaScript), the
language switch, and a child reading the children's pages."""

import re

import pytest

from home.models import ChildTopicPage, RegionSettings

pytestmark = pytest.mark.requires_service("browser")


@pytest.fixture
def exit_url(django_db_blocker, lindeveld_site):
    with django_db_blocker.unblock():
        return RegionSettings.for_site(lindeveld_site).exit_url


@pytest.fixture
def lindeveld_site(django_db_blocker):
    from wagtail.models import Site

    with django_db_blocker.unblock():
        return Site.objects.get(hostname="lindeveld.localhost")


def test_exit_button_by_mouse(session, regions, exit_url):
    session.goto(regions.lindeveld + "/nl/")
    session.page.get_by_role("link", name="Snel weg").click()
    session.page.wait_for_url(exit_url + "**")
    assert session.page.url.startswith(exit_url)


def test_exit_shortcut_replaces_the_sensitive_page_in_history(js_session, regions, exit_url):
    page = js_session.page
    js_session.goto(regions.lindeveld + "/nl/")
    page.get_by_role("navigation", name="Voor wie").get_by_role("link", name="Ouders").click()
    page.wait_for_url("**/nl/ouders/")
    sensitive = page.url
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(exit_url + "**")
    page.go_back()
    assert page.url != sensitive
    assert page.url.rstrip("/").endswith("/nl")


def test_exit_shortcut_works_while_typing(js_session, regions, exit_url):
    """Someone writing their story in a field must get away with three times Escape too;
    the hint that promises it is shown (only with the script that keeps the promise)."""
    page = js_session.page
    js_session.goto(regions.lindeveld + "/nl/")
    assert page.locator("[data-exit-hint]").is_visible()
    page.evaluate(
        "() => { const i = document.createElement('textarea'); i.id = 'probe'; "
        "document.querySelector('main').append(i); }"
    )
    page.focus("#probe")
    page.keyboard.type("mijn verhaal")
    for _ in range(3):
        page.keyboard.press("Escape")
    page.wait_for_url(exit_url + "**")
    assert page.url.startswith(exit_url)


def test_exit_button_is_reachable_by_keyboard(session, regions, exit_url):
    page = session.page
    session.goto(regions.lindeveld + "/nl/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Naar de inhoud"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Snel weg"
    page.keyboard.press("Enter")
    page.wait_for_url(exit_url + "**")


def test_language_switch_keeps_the_reader_on_the_page(session, regions, django_db_blocker):
    from home.models import TopicPage

    with django_db_blocker.unblock():
        dutch = (
            TopicPage.objects.live()
            .filter(locale__language_code="nl", url_path__startswith="/lindeveld/")
            .first()
        )
        english = dutch.get_translation(dutch.locale.__class__.objects.get(language_code="en"))
        dutch_url, english_url = dutch.get_url_parts()[2], english.get_url_parts()[2]
        english_title = english.title
    page = session.page
    session.goto(regions.lindeveld + dutch_url)
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(re.escape(english_url) + "$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == english_title


def test_child_reads_the_childrens_pages(session, regions, django_db_blocker):
    page = session.page
    session.goto(regions.lindeveld + "/nl/")
    page.get_by_role("navigation", name="Voor wie").get_by_role("link", name="Kinderen").click()
    page.wait_for_url("**/nl/kinderen/")
    with django_db_blocker.unblock():
        first = (
            ChildTopicPage.objects.live()
            .filter(locale__language_code="nl", url_path__startswith="/lindeveld/kinderen/")
            .order_by("path")
            .first()
        )
        title = first.title
    page.get_by_role("link", name=title).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == title
    kindertelefoon = page.get_by_role("link", name="0800-0432").last
    assert kindertelefoon.is_visible()
    # Children are never asked for anything: no form fields on their pages.
    assert page.locator("main input, main textarea, main select").count() == 0
    assert session.foreign_requests == []
