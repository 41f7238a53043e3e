"""The Scheidingswijzer in a real browser: a parent's whole journey (with and without
JavaScript, partly by keyboard) to the result and on to the prefilled advice request once
`advies` provides it (handed over in this browser only, nothing in the URL, no session),
and no WCAG A/AA violations on its pages."""

from urllib.parse import urlsplit

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from home.models import Municipality
from vragenlijst.questions import Role
from vragenlijst.steps import STEPS

pytestmark = pytest.mark.requires_service("browser")

SAFE = {"acute_danger": "nee", "violence": "nee", "child_unsafe": "nee"}
CHILD_SAFE = {"acute_danger": "nee", "violence": "nee", "feels_safe": "ja"}  # asked positively
SOMETIMES_HARD = {
    "talk_with_other_parent": "soms-moeilijk",
    "agreements": "bezig",
    "children_caught": "nee",
    "child_refuses_contact": "nee",
}
NOBODY_INVOLVED = {
    "court_cases": "nee",
    "child_protection": "nee",
    "mediation": "nee",
    "professionals": ["geen"],
}


# Picks the first option of every question on the current step (any valid answer will do).
FIRST_OPTIONS = """() => {
    const seen = new Set();
    for (const input of document.querySelectorAll(
            'form.vragenlijst__form input[type=radio], form.vragenlijst__form input[type=checkbox]')) {
        if (!seen.has(input.name)) { seen.add(input.name); input.checked = true; }
    }
}"""


def current_step(page):
    """The step's stable name (the URL shows it in the page's language); "uitkomst" on the result."""
    field = page.locator("input[name='scheidingswijzer-current_step']")
    return field.input_value() if field.count() else "uitkomst"


def wait_for_result(page):
    page.wait_for_url(lambda address: urlsplit(address).path.endswith(("/uitkomst/", "/result/")))


def choose(page, step, field, value):
    page.check(f"input[name='{step}-{field}'][value='{value}']")


def answer(page, step, answers):
    for field, values in answers.items():
        for value in values if isinstance(values, list) else [values]:
            choose(page, step, field, value)
    submit(page)


def submit(page):
    """Send the step's form and wait for the next page to have loaded."""
    with page.expect_navigation():
        page.click("form.vragenlijst__form button[type=submit]")


def advice_request_path():
    with translation.override("nl"):
        try:
            return reverse("advies:adviesaanvraag")
        except NoReverseMatch:
            return None


def test_parent_journey_to_the_advice_request(session, regions, browser, javascript):
    page = session.page
    session.goto(regions.lindeveld + "/nl/")
    with page.expect_navigation():
        page.get_by_role("link", name="Start de Scheidingswijzer").first.click()
    with page.expect_navigation():
        page.get_by_role("link", name="Start de Scheidingswijzer").click()
    page.wait_for_url("**/nl/scheidingswijzer/wie/")

    # Step 1 by keyboard only: focus the first answer, choose it with Space, send with Enter.
    assert page.inner_text(".vragenlijst__progress") == "Stap 1"
    page.focus("#id_wie-role_0")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url("**/scheidingswijzer/veiligheid/")
    assert page.inner_text(".vragenlijst__progress") == "Stap 2 van 7"

    # Half an answer: the error summary links to the first missing field; the answer given stays.
    answer(page, "veiligheid", {"acute_danger": "nee"})
    assert page.title().startswith("Fout:")
    page.click(".error-summary a >> nth=0")
    assert page.url.endswith("#id_veiligheid-violence_0")
    assert page.is_checked("input[name='veiligheid-acute_danger'][value='nee']")
    answer(page, "veiligheid", {"violence": "nee", "child_unsafe": "nee"})

    answer(page, "gemeente", {"municipality": "eikendaal"})
    answer(page, "situatie", {"stage": "uit-elkaar", "child_ages": ["4-7"]})
    answer(page, "contact", SOMETIMES_HARD)
    answer(page, "betrokken", NOBODY_INVOLVED)
    answer(page, "hulpvraag", {"help_needs": ["ouderschapsplan"], "help_form": "vraag"})

    # Check the answers, change one, and come straight back to the check page.
    page.wait_for_url("**/scheidingswijzer/controleren/")
    with page.expect_navigation():
        page.click("a[href='/nl/scheidingswijzer/gemeente/']")
    assert page.is_checked("input[name='gemeente-municipality'][value='eikendaal']")
    answer(page, "gemeente", {"municipality": "molenbroek"})
    page.wait_for_url("**/scheidingswijzer/controleren/")
    assert "Molenbroek" in page.inner_text("main")
    answer(page, "controleren", {})

    page.wait_for_url("**/scheidingswijzer/uitkomst/")
    assert page.get_by_role("heading", level=1).inner_text() == "Advies of terugbellen"
    assert page.get_by_role("heading", name="Waarom dit advies").is_visible()
    assert page.get_by_role("link", name="Snel weg").is_visible()

    # Printing shows the result without the questionnaire's furniture.
    page.emulate_media(media="print")
    assert not page.is_visible(".vragenlijst__privacy")
    assert page.is_visible("#result-title")
    page.emulate_media(media="screen")
    assert session.foreign_requests == []

    # The browser holds only cookies that end with its session; no session on the server.
    cookies = {cookie["name"]: cookie for cookie in session.context.cookies()}
    assert "sessionid" not in cookies
    assert cookies["ephemeral"]["httpOnly"] and cookies["ephemeral"]["sameSite"] == "Lax"
    assert cookies["ephemeral"]["expires"] == -1

    advice_request = advice_request_path()
    if advice_request is None:
        # `advies` has no request forms yet: the result offers the expertise point's phone instead.
        assert page.locator("main a[href*='/advies/']").count() == 0
        assert page.locator("main .next-actions a[href^='tel:']").count() > 0
        return
    with page.expect_navigation():
        page.click(f"main a[href='{advice_request}']")
    assert urlsplit(page.url).path == advice_request and not urlsplit(page.url).query
    assert page.get_by_role("group", name="Uit de Scheidingswijzer").is_visible()
    assert page.input_value("select[name='route']") == "advies"
    summary = page.input_value("textarea[name='questionnaire_summary']")
    assert "- Praten met de andere ouder: Soms moeilijk, maar we komen er meestal uit" in summary
    molenbroek = Municipality.objects.get(site__hostname="lindeveld.localhost", slug="molenbroek")
    assert page.input_value("select[name='municipality']") == str(molenbroek.pk)

    # Another browser at the same address gets an empty form: nothing to carry it over.
    other = browser.new_context(java_script_enabled=javascript, locale="nl-NL")
    try:
        other_page = other.new_page()
        other_page.goto(page.url)
        assert other_page.locator("textarea[name='questionnaire_summary']").count() == 0
        assert "Soms moeilijk" not in other_page.content()
    finally:
        other.close()


@pytest.mark.parametrize("region", ["lindeveld", "kustmeren"])
def test_scheidingswijzer_pages_have_no_accessibility_violations(js_session, regions, region):
    page = js_session.page
    problems = {}
    base = getattr(regions, region)
    municipality = Municipality.objects.filter(site__hostname=f"{region}.localhost").order_by("name").first()

    def check(name):
        violations = js_session.axe_violations()
        if violations:
            problems[name] = violations

    def step_with_errors(name, step, answers=None):
        """The step as it comes, sent empty (its error state), then answered: with `answers`,
        or else with the first option of every question."""
        check(f"{name} {step}")
        submit(page)
        assert page.title().startswith(("Fout:", "Error:")), f"{name} {step}: no error state"
        check(f"{name} {step} with errors")
        if answers is None:
            page.evaluate(FIRST_OPTIONS)
            submit(page)
        else:
            answer(page, step, answers)
        steps_seen.add(step)

    steps_seen = set()

    for language in ("nl", "en"):
        js_session.goto(f"{base}/{language}/scheidingswijzer/")
        check(f"{language} start")
        for role in Role.values:  # every role's path: every step, empty first, then answered
            name = f"{language} {role}"
            js_session.goto(f"{base}/{language}/scheidingswijzer/wie/")
            step_with_errors(name, "wie", {"role": role})
            step_with_errors(name, "veiligheid", CHILD_SAFE if role == Role.CHILD else SAFE)
            while (step := current_step(page)) not in ("controleren", "uitkomst"):
                step_with_errors(
                    name, step, {"municipality": municipality.slug} if step == "gemeente" else None
                )
            if step == "controleren":
                check(f"{name} controleren")
                answer(page, "controleren", {})
            wait_for_result(page)
            check(f"{name} result")
            steps_seen.add(role)

    js_session.goto(f"{base}/nl/scheidingswijzer/wie/")
    answer(page, "wie", {"role": "kind"})
    answer(page, "veiligheid", {**CHILD_SAFE, "feels_safe": "weet-niet"})
    wait_for_result(page)
    check("nl child safety result")

    assert problems == {}
    assert js_session.foreign_requests == []
    # Every question step of the questionnaire was seen, and the paths of every role.
    assert steps_seen >= {step.slug for step in STEPS if step.slug != "controleren"} | set(Role.values)
