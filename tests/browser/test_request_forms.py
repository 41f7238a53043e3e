"""The request forms in a real browser: every form and its error state works by keyboard,
with and without JavaScript, in Dutch and English, and passes the WCAG A/AA checks."""

import pytest

pytestmark = pytest.mark.requires_service("browser")

FORMS = ["aanvragen", "terugbellen", "consultatie", "casus"]


def form_controls(page):
    """Ids of the visible, focusable controls of the request form, in document order."""
    return page.evaluate(
        """() => [...document.querySelectorAll('#formulier input, #formulier select,
                   #formulier textarea, #formulier button')]
            .filter(el => el.type !== 'hidden' && el.tabIndex >= 0 && el.offsetParent !== null)
            .map(el => el.id || el.type)"""
    )


def tab_until(page, target_id, limit=400):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == target_id:
            return True
    return False


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("form", FORMS)
def test_form_and_its_error_state_are_accessible(session, regions, form, language):
    page = session.page
    session.goto(f"{regions.lindeveld}/{language}/advies/{form}/")
    assert session.axe_violations() == []
    # Every control is reachable with Tab, in order; the honeypot is not.
    controls = form_controls(page)
    assert "id_website" not in controls
    reached = []
    for _ in range(len(controls) + 60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "document.activeElement && (document.activeElement.id || document.activeElement.type)"
        )
        if focused in controls and focused not in reached:
            reached.append(focused)
        if focused == "submit":
            break
    radio_groups_seen = {c.rsplit("_", 1)[0] for c in reached if c[-1].isdigit()}
    expected = [c for c in controls if not c[-1].isdigit() or c.endswith("_0")]
    for control in expected:
        group = control.rsplit("_", 1)[0]
        assert control in reached or group in radio_groups_seen, control
    # Sending the empty form with Enter gives the error summary, focused, with working links.
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.count() == 1
    assert page.title().startswith("Fout:" if language == "nl" else "Error:")
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
    assert tab_until(page, "id_may_say_who_calls_1")
    page.keyboard.press("Space")
    assert tab_until(page, "id_may_leave_message_1")
    page.keyboard.press("Space")
    assert tab_until(page, "id_privacy")
    page.keyboard.press("Space")
    page.wait_for_timeout(3200)  # a person takes longer than the minimum fill time
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nl/advies/ontvangen/")
    assert "We hebben uw aanvraag ontvangen" in page.content()
