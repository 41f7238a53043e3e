"""The search pages in a real browser: accessible (axe-core), no third-party requests, usable
by keyboard alone with and without JavaScript, and suggestions as you type with it."""

import re

import pytest

pytestmark = pytest.mark.requires_service("browser")


def first_article_title(session, regions):
    """The title of the newest knowledge article, read from the knowledge base's own list
    (whatever the demo content is)."""
    session.goto(regions.lindeveld + "/nl/kennisbank/")
    return session.page.locator(".search-hit__title").first.inner_text().strip()


def test_search_pages_have_no_accessibility_violations_and_no_third_parties(js_session, regions):
    word = first_article_title(js_session, regions).split()[-1]
    urls = [
        f"/nl/zoeken/?q={word}",
        f"/nl/kennisbank/?q={word}",
        "/nl/kennisbank/",
        "/nl/zoeken/?q=qqqzzzxxx&wat=aanbod",
        "/nl/zoeken/?q=" + "x" * 250,
        f"/en/search/?q={word}",
        "/en/knowledge-base/",
    ]
    problems = {}
    for base in (regions.lindeveld, regions.kustmeren):
        for url in urls:
            js_session.goto(base + url)
            violations = js_session.axe_violations()
            if violations:
                problems[base + url] = violations
    assert problems == {}
    assert js_session.foreign_requests == []


def test_searching_and_filtering_by_keyboard_alone(session, regions):
    article_title = first_article_title(session, regions)
    page = session.page
    session.goto(regions.lindeveld + "/nl/kennisbank/")
    page.get_by_label("Waar zoek je naar?").focus()
    page.keyboard.type(article_title)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*\?q=.*"))
    assert page.get_by_role("link", name=article_title).count() >= 1

    first_box = page.locator(".search-facet input[type=checkbox]").first
    first_box.focus()
    page.keyboard.press("Space")
    name, value = first_box.get_attribute("name"), first_box.get_attribute("value")
    page.get_by_role("button", name="Filters toepassen").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf".*{name}={re.escape(value)}.*"))
    assert page.get_by_role("link", name=re.compile("Filter weghalen")).count() == 1


def test_suggestions_as_you_type(js_session, regions):
    article_title = first_article_title(js_session, regions)
    page = js_session.page
    js_session.goto(regions.lindeveld + "/nl/zoeken/")
    page.get_by_label("Waar zoek je naar?").type(article_title, delay=20)
    page.locator("#search-suggestions option").first.wait_for(state="attached")
    options = page.eval_on_selector_all("#search-suggestions option", "els => els.map(e => e.value)")
    assert article_title in options
