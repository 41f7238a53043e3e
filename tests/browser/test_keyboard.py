"""A keyboard-only pass over the main pages: every Tab stop is visible and shows a visible
focus indicator, the order follows the document (no positive tabindex), and Tab moves on
from every element (no trap) until focus leaves the page or wraps round to its start."""

import pytest

from home.models import KnowledgeArticlePage, TopicPage

pytestmark = pytest.mark.requires_service("browser")

FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        key: [...document.querySelectorAll('*')].indexOf(el) + ':' + el.tagName + '|'
            + (el.getAttribute('href') || el.name || el.textContent.trim().slice(0, 40)),
        visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
        indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== 'none',
    };
}"""

FOCUSABLE_COUNT = """() => [...document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
    .filter(el => !el.disabled && el.type !== 'hidden' && el.offsetParent !== null).length"""


def main_pages():
    topic = (
        TopicPage.objects.live()
        .filter(locale__language_code="nl", url_path__startswith="/lindeveld/")
        .first()
    )
    article = (
        KnowledgeArticlePage.objects.live()
        .filter(locale__language_code="nl", url_path__startswith="/lindeveld/")
        .first()
    )
    return [
        "/nl/",
        topic.get_url_parts()[2],
        article.get_url_parts()[2],
        "/nl/scheidingswijzer/wie/",
        "/nl/advies/aanvragen/",
        "/nl/kennisbank/",
    ]


def test_keyboard_pass_over_the_main_pages(session, regions):
    page = session.page
    problems = []
    for path in main_pages():
        session.goto(regions.lindeveld + path)
        assert (
            page.evaluate(
                'document.querySelectorAll(\'[tabindex]:not([tabindex="-1"]):not([tabindex="0"])\').length'
            )
            == 0
        )
        stops = page.evaluate(FOCUSABLE_COUNT)
        seen = []
        for _ in range(stops + 5):
            page.keyboard.press("Tab")
            state = page.evaluate(FOCUS_STATE)
            if state is None or (seen and state["key"] == seen[0]):
                break  # focus has left the page or wrapped round to the start: no trap
            if seen and state["key"] == seen[-1]:
                problems.append(f"{path}: focus stuck on {state['key']}")
                break
            seen.append(state["key"])
            if not state["visible"]:
                problems.append(f"{path}: invisible focus stop {state['key']}")
            if not state["indicated"]:
                problems.append(f"{path}: no focus indicator on {state['key']}")
        else:
            problems.append(f"{path}: focus never left the page after {stops + 5} Tab presses")
        assert len(seen) >= 5, (path, seen)
    assert problems == []
