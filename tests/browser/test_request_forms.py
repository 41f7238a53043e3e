"""The request forms in a real browser: every form and its error state works by keyboard,
with and without JavaScript, in Dutch and English, and passes the WCAG A/AA checks."""

import pytest

pytestmark = pytest.mark.requires_service("browser")

FORMS = ["aanvragen", "terugbellen", "consultatie", "casus"]


def form_controls(page):
    """Ids of the visible, focusable controls of the request form, in document order."""
    return page.evaluate(
        """() => [...document.querySelectorAll(
                '#formulier input, #formulier select, #formulier textarea, #formulier button')]
            .filter(el => el.type !== 'hidden' && el.tabIndex >= 0 && el.offsetParent !== null)
            .map(el => el.id || el.type)"""
    )


def tab_until(page, target_id, limit=120):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == target_id:
            return True
    return False


@pytest.mark.parametrize("region", ["lindeveld", "kustmeren"])
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", FORMS)
def test_form_and_its_error_state_are_accessible(session, javascript, regions, form, language, region):
    page = session.page
    session.goto(f"{getattr(regions, region)}/{language}/advies/{form}/")
    # axe needs JavaScript (its promise never settles without it); the HTML is the same
    # either way, since the forms use no script.
    if javascript:
        assert session.axe_violations() == []
    # Every control can take keyboard focus in document order (no positive tabindex, nothing
    # hidden from the keyboard); the honeypot is the one field kept out of the tab order.
    controls = form_controls(page)
    assert "id_website" not in controls and "submit" in controls
    assert (
        page.evaluate(
            'document.querySelectorAll(\'[tabindex]:not([tabindex="-1"]):not([tabindex="0"])\').length'
        )
        == 0
    )
    page.focus("button[type=submit]")
    # Sending the empty form with Enter gives the error summary, focused, with working links.
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    assert summary.count() == 1
    assert page.evaluate("document.activeElement.id") == "foutmeldingen"
    assert page.title().startswith("Fout:" if language == "nl" else "Error:")
    if javascript:
        assert session.axe_violations() == []
    first_link = summary.locator("a").nth(1)
    target = first_link.get_attribute("href")
    first_link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == target


def test_advice_request_by_keyboard_only(session, regions):
    page = session.page
    session.goto(f"{regions.lindeveld}/nl/advies/aanvragen/")
    assert tab_until(page, "id_requester_role_0")
    page.keyboard.press("Space")
    assert tab_until(page, "id_question")
    page.keyboard.type("Hoe vertellen we het de kinderen?")
    assert tab_until(page, "id_preferred_channel_0")
    page.keyboard.press("Space")
    assert tab_until(page, "id_contact_name")
    page.keyboard.type("Roepnaam")
    page.keyboard.press("Tab")
    page.keyboard.type("0612345678")
    # In a radio group Tab reaches the group once; the arrow keys choose within it.
    assert tab_until(page, "id_may_say_who_calls_0")
    page.keyboard.press("ArrowRight")
    assert tab_until(page, "id_may_leave_message_0")
    page.keyboard.press("ArrowRight")
    assert tab_until(page, "id_privacy")
    page.keyboard.press("Space")
    page.wait_for_timeout(3200)  # a person takes longer than the minimum fill time
    for _ in range(5):  # past the link to the privacy statement, to the send button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/nl/advies/ontvangen/"), page.url
    assert "We hebben uw aanvraag ontvangen" in page.content()
