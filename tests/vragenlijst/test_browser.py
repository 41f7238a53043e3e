"""A parent's whole journey in a real browser, without JavaScript and partly by keyboard,
from the first question to the result page (and on to the prefilled advice request once
`advies` provides it).

The server runs in a thread against the session's test database, which holds the demo
regions. This test does not use pytest-django's `live_server` (that would make it a
transactional test, which empties the database afterwards and so takes the demo content
away from every test after it). Instead it commits what the server writes (a session and
the anonymous counters) and removes exactly that again afterwards.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.sessions.models import Session
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from pytest_django.live_server_helper import LiveServer

from tests.services import chromium_path
from vragenlijst.models import QuestionnaireTally
from vragenlijst.tokens import read_prefill_token

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def questionnaire_server(django_db_setup, django_db_blocker):
    """A live server on the demo database; what the test leaves behind is removed."""
    with django_db_blocker.unblock():
        sessions_before = set(Session.objects.values_list("session_key", flat=True))
        tallies_before = {t.pk: (t.started, t.completed) for t in QuestionnaireTally.objects.all()}
        server = LiveServer("127.0.0.1:0")
        try:
            yield server
        finally:
            server.stop()
            Session.objects.exclude(session_key__in=sessions_before).delete()
            QuestionnaireTally.objects.exclude(pk__in=tallies_before).delete()
            for tally in QuestionnaireTally.objects.filter(pk__in=tallies_before):
                tally.started, tally.completed = tallies_before[tally.pk]
                tally.save(update_fields=["started", "completed"])


@pytest.fixture
def browser_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1000, "height": 900})
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def choose(page, step, field, value):
    page.check(f"#{_option_id(page, step, field, value)}")


def _option_id(page, step, field, value):
    return page.get_attribute(f"input[name='{step}-{field}'][value='{value}']", "id")


def next_step(page):
    page.click("form.vragenlijst__form button[type=submit]")


@pytest.mark.requires_service("browser")
def test_parent_journey_to_the_advice_request(questionnaire_server, browser_page):
    page = browser_page
    base = questionnaire_server.url

    page.goto(f"{base}/nl/scheidingswijzer/")
    page.click("text=Start de Scheidingswijzer")

    # Step 1 by keyboard only: focus the first answer, choose it with Space, send with Enter.
    assert page.inner_text(".vragenlijst__progress") == "Stap 1"
    page.focus("#id_wie-role_0")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/scheidingswijzer/veiligheid/")
    assert page.inner_text(".vragenlijst__progress") == "Stap 2 van 7"

    # Sending the safety step half answered shows the error summary, linking to the field.
    choose(page, "veiligheid", "acute_danger", "nee")
    next_step(page)
    assert page.title().startswith("Fout:")
    page.click(".error-summary a >> nth=0")
    assert page.url.endswith("#id_veiligheid-violence_0")
    assert page.is_checked("#id_veiligheid-acute_danger_1")  # the given answer was kept
    choose(page, "veiligheid", "violence", "nee")
    choose(page, "veiligheid", "child_unsafe", "nee")
    next_step(page)

    choose(page, "gemeente", "municipality", "eikendaal")
    next_step(page)
    choose(page, "situatie", "stage", "uit-elkaar")
    choose(page, "situatie", "child_ages", "4-7")
    next_step(page)
    choose(page, "contact", "talk_with_other_parent", "soms-moeilijk")
    choose(page, "contact", "agreements", "bezig")
    choose(page, "contact", "children_caught", "nee")
    next_step(page)
    choose(page, "betrokken", "court_cases", "nee")
    choose(page, "betrokken", "child_protection", "nee")
    choose(page, "betrokken", "mediation", "nee")
    choose(page, "betrokken", "professionals", "geen")
    next_step(page)
    choose(page, "hulpvraag", "help_needs", "ouderschapsplan")
    choose(page, "hulpvraag", "help_form", "vraag")
    next_step(page)

    # Check the answers, change one, and come straight back to the check page.
    page.wait_for_url("**/scheidingswijzer/controleren/")
    page.click("a[href='/nl/scheidingswijzer/gemeente/']")
    assert page.is_checked(f"#{_option_id(page, 'gemeente', 'municipality', 'eikendaal')}")
    choose(page, "gemeente", "municipality", "molenbroek")
    next_step(page)
    page.wait_for_url("**/scheidingswijzer/controleren/")
    assert "Molenbroek" in page.inner_text("main")
    next_step(page)

    page.wait_for_url("**/scheidingswijzer/uitkomst/")
    assert page.inner_text("h1") == "Advies of terugbellen"
    assert "Waarom dit advies" in page.inner_text("main")
    assert page.is_visible("a.exit__button")

    # Printing shows the result without the questionnaire's furniture.
    page.emulate_media(media="print")
    assert not page.is_visible(".vragenlijst__privacy")
    assert page.is_visible("#result-title")
    page.emulate_media(media="screen")

    with translation.override("nl"):
        try:
            advice_request = reverse("advies:adviesaanvraag")
        except NoReverseMatch:
            advice_request = None
    if advice_request is None:
        # The request forms of `advies` do not exist yet: the result page offers the phone instead.
        assert page.locator("a[href*='/advies/']").count() == 0
        assert page.locator("a[href^='tel:']").count() > 0
        return
    page.click(f"a[href^='{advice_request}?token=']")
    assert page.url.split("?")[0].endswith(advice_request)
    token = parse_qs(urlsplit(page.url).query)["token"][0]
    payload = read_prefill_token(token)
    assert payload is not None and payload["route"] == "advies"
