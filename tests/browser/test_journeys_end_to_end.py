"""The portal's main journeys end to end, each with and without JavaScript:

- a parent reads a topic page, takes the Scheidingswijzer, sends the prefilled advice
  request, and intake staff find it in the admin and take it into intake;
- a professional searches the knowledge base, filters by a facet, and asks a consultation
  question.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from advies.models import Request
from home.models import Municipality, TopicPage
from tests.browser.test_journey_scheidingswijzer import NOBODY_INVOLVED, SOMETIMES_HARD, answer

pytestmark = pytest.mark.requires_service("browser")

STAFF_PASSWORD = "journey-test-password-1"  # noqa: S105 (a test user's password)


def minimum_fill_time(page):
    page.wait_for_timeout(3200)  # the forms refuse what a person could not have typed


def send(page, button_name):
    with page.expect_navigation():
        page.get_by_role("button", name=button_name).click()


@pytest.fixture(scope="session")
def intake_staff(live_site, django_db_blocker):
    """The demo's intake user for Lindeveld with a known password, committed before any test
    transaction starts, so the live server (its own connection on PostgreSQL) sees it."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.get(username="intake.lindeveld")
        user.set_password(STAFF_PASSWORD)
        user.save()
    return user


def test_parent_from_topic_page_to_request_taken_into_intake(session, regions, intake_staff):
    page = session.page
    topic = (
        TopicPage.objects.live()
        .filter(locale__language_code="nl", url_path__startswith="/lindeveld/ouders/")
        .first()
    )

    # Reading: a topic page, layered.
    session.goto(regions.lindeveld + topic.get_url_parts()[2])
    assert page.get_by_role("heading", name="In het kort").is_visible()

    # The Scheidingswijzer, from the home page.
    session.goto(regions.lindeveld + "/nl/")
    with page.expect_navigation():
        page.get_by_role("link", name="Start de Scheidingswijzer").first.click()
    with page.expect_navigation():
        page.get_by_role("link", name="Start de Scheidingswijzer").click()
    answer(page, "wie", {"role": "ouder"})
    answer(page, "veiligheid", {"acute_danger": "nee", "violence": "nee", "child_unsafe": "nee"})
    answer(page, "gemeente", {"municipality": "hazelrode"})
    answer(page, "situatie", {"stage": "uit-elkaar", "child_ages": ["8-11"]})
    answer(page, "contact", SOMETIMES_HARD)
    answer(page, "betrokken", NOBODY_INVOLVED)
    answer(page, "hulpvraag", {"help_needs": ["ouderschapsplan"], "help_form": "vraag"})
    answer(page, "controleren", {})
    page.wait_for_url("**/scheidingswijzer/uitkomst/")

    # On to the advice request, prefilled from the questionnaire.
    with page.expect_navigation():
        page.click("main a[href='/nl/advies/aanvragen/']")
    # The municipality chosen in the questionnaire is already filled in.
    hazelrode = Municipality.objects.get(site__hostname="lindeveld.localhost", slug="hazelrode")
    assert page.eval_on_selector("#formulier", "f => new FormData(f).get('municipality')") == str(
        hazelrode.pk
    )
    page.check("input[name='requester_role'][value='ouder']")
    page.fill("textarea[name='question']", "Hoe maken we samen een ouderschapsplan?")
    page.check("input[name='preferred_channel'] >> nth=0")
    page.fill("input[name='contact_name']", "Roepnaam")
    page.fill("input[name='contact_phone']", "0612345678")
    page.check("input[name='may_say_who_calls'] >> nth=0")
    page.check("input[name='may_leave_message'] >> nth=0")
    page.check("input[name='privacy']")
    minimum_fill_time(page)
    send(page, "Versturen")
    assert page.url.endswith("/nl/advies/ontvangen/"), page.url
    reference = page.inner_text(".confirmation-panel__reference").strip()
    request = Request.objects.get(reference=reference)
    # Shown once: a reload on this device no longer shows the number.
    page.reload()
    assert reference not in page.inner_text("main")
    assert request.route == "advies" and request.municipality.slug == "hazelrode"
    assert request.status == "nieuw"
    assert session.foreign_requests == []

    # Intake staff of the region find it in the admin and take it into intake.
    session.goto(regions.lindeveld + "/admin/login/")
    page.fill("#id_username", intake_staff.username)
    page.fill("#id_password", STAFF_PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    session.goto(regions.lindeveld + f"/admin/aanvragen/?q={reference}")
    with page.expect_navigation():
        page.get_by_role("link", name=reference).first.click()
    with page.expect_navigation():
        page.get_by_role("link", name="In behandeling nemen").click()
    with page.expect_navigation():
        page.click("main button[type=submit]")
    request.refresh_from_db()
    assert request.status == "in-intake"
    assert "In intake" in page.inner_text("main")


def test_professional_searches_filters_and_asks_a_consultation_question(session, regions):
    page = session.page
    session.goto(regions.lindeveld + "/nl/")
    with page.expect_navigation():
        page.get_by_role("navigation", name="Voor wie").get_by_role("link", name="Professionals").click()
    page.get_by_label("Zoek in de kennisbank").fill("omgangsregeling")
    with page.expect_navigation():
        page.get_by_label("Zoek in de kennisbank").press("Enter")
    assert "/nl/kennisbank/" in page.url
    results_before = page.locator("main .search-hit").count()
    assert results_before > 0

    facet = page.locator(".search-facet input[type=checkbox]").first
    name, value = facet.get_attribute("name"), facet.get_attribute("value")
    facet.check()
    send(page, "Filters toepassen")
    assert re.search(rf"[?&]{name}={re.escape(value)}", page.url)
    assert 0 < page.locator("main .search-hit").count() <= results_before

    with page.expect_navigation():
        page.locator("main .search-hit a").first.click()
    assert page.get_by_role("heading", level=1).is_visible()

    session.goto(regions.lindeveld + "/nl/advies/consultatie/")
    page.fill("input[name='organisation']", "Wijkteam Noord (fictief)")
    page.fill("input[name='professional_role']", "Gezinscoach")
    page.fill("input[name='contact_name']", "Collega")
    page.fill("input[name='contact_phone']", "0201234567")
    page.fill(
        "textarea[name='question']", "Hoe bespreek ik een vastgelopen omgangsregeling met beide ouders?"
    )
    page.fill(
        "textarea[name='case_summary']", "Twee ouders, drie kinderen, al een jaar geen contact met de vader."
    )
    if page.locator("input[name='preferred_channel']").count():
        page.check("input[name='preferred_channel'] >> nth=0")
    page.check("input[name='privacy']")
    minimum_fill_time(page)
    send(page, "Versturen")
    assert page.url.endswith("/nl/advies/ontvangen/"), page.url
    assert session.foreign_requests == []
