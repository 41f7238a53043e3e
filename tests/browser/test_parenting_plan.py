"""Ouderschapsplan maken in a real browser, in one lean journey: a parent without JavaScript
on a 320 px phone comes from the parents' section, makes the whole plan (one point
left open), prints it (Chromium's PDF) and downloads the file; later, with JavaScript on a
desktop, the file is uploaded to continue, the open point is agreed and the plan is complete.
On the way: axe (WCAG 2.0-2.2 A/AA) and the phone checks (no horizontal scroll at 320 px,
targets of at least 24 px), no third-party request, no server session."""

import io
import json

import pytest
from pypdf import PdfReader
from wagtail.models import Locale, Site

from home.choices import Audience
from home.models import AudienceSectionPage
from ouderschapsplan import topics as t
from tests.browser.conftest import AXE_SOURCE, BrowserSession
from tests.ouderschapsplan.journey import full_plan

pytestmark = pytest.mark.requires_service("browser")

WCAG_22_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# WCAG 2.5.8 (target size, minimum): a control is at least 24 x 24 px, a radio button or
# checkbox counted with its label; links inside running text are exempt. Also: no
# horizontal scrolling (1.4.10 reflow) at the viewport's width.
PHONE_CHECKS = """() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
        problems.push(`horizontal scroll: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
    for (const element of document.querySelectorAll(controls)) {
        let box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;  // hidden, e.g. the skip link
        if (element.tagName === 'A' && getComputedStyle(element).display === 'inline'
                && element.closest('p, li, dd, td')) continue;
        const label = element.labels && element.labels[0];
        if (label && (element.type === 'radio' || element.type === 'checkbox')) {
            const around = label.getBoundingClientRect();
            box = {width: Math.max(box.width, around.width), height: Math.max(box.height, around.height)};
        }
        if (box.width < 24 || box.height < 24) {
            const name = element.name || element.id || element.textContent.trim().slice(0, 30);
            const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
            problems.push(`${element.tagName.toLowerCase()} ${name}: ${size}`);
        }
    }
    return problems;
}"""

FIELD_KINDS = """(names) => names.map(name => {
    const element = document.getElementsByName(name)[0];
    return element ? (element.type || element.tagName.toLowerCase()) : null;
})"""


def axe(page):
    page.evaluate(AXE_SOURCE.read_text())
    result = page.evaluate(
        """(tags) => axe.run(document,
            {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""",
        WCAG_22_TAGS,
    )
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


def fill_step(page, step, answers):
    names = [f"{step}-{field}" for field in answers]
    for name, kind, value in zip(names, page.evaluate(FIELD_KINDS, names), answers.values(), strict=True):
        assert kind is not None, f"{name} is not on the page"
        if kind in ("radio", "checkbox"):
            for one in value if isinstance(value, list) else [value]:
                page.check(f"input[name='{name}'][value='{one}']")
        elif kind.startswith("select"):
            page.select_option(f"select[name='{name}']", value)
        else:
            page.fill(f"[name='{name}']", value)


def submit(page):
    with page.expect_navigation():
        page.click("form.plan-form button[type=submit]")


@pytest.fixture(scope="module")
def parents_section_path(live_site, django_db_blocker):
    """The parents' section of Lindeveld, read outside the test's transaction (an open read
    would lock a SQLite file against the live server's writes)."""
    with django_db_blocker.unblock():
        lindeveld = Site.objects.get(hostname="lindeveld.localhost")
        section = (
            AudienceSectionPage.objects.live()
            .descendant_of(lindeveld.root_page)
            .get(audience_choice=Audience.PARENTS, locale=Locale.objects.get(language_code="nl"))
        )
        return section.get_url_parts()[2]


def test_parent_makes_prints_and_continues_a_plan(browser, regions, parents_section_path, tmp_path):
    problems = {}

    def check(name, page, *, phone):
        # axe runs asynchronously on the page's timers, so only where JavaScript is on.
        found = page.evaluate(PHONE_CHECKS) if phone else axe(page)
        if found:
            problems[name] = found

    steps = full_plan(
        vakanties={**dict(full_plan())["vakanties"], "summer": t.NOT_AGREED},
    )

    # 1. No JavaScript, a 320 px phone: from the parents' section through every step to the plan.
    phone = BrowserSession(
        browser.new_context(
            java_script_enabled=False,
            locale="nl-NL",
            viewport={"width": 320, "height": 640},
            accept_downloads=True,
        )
    )
    page = phone.page
    try:
        phone.goto(regions.lindeveld + parents_section_path)
        with page.expect_navigation():
            page.get_by_role("link", name="Begin met het ouderschapsplan").click()
        check("start at 320 px", page, phone=True)
        with page.expect_navigation():
            page.get_by_role("link", name="Begin met het plan").click()
        page.wait_for_url("**/ouderschapsplan-maken/gezin/")

        submit(page)  # sent empty: the error state, nothing lost
        assert page.title().startswith("Fout:")
        check("gezin with errors at 320 px", page, phone=True)
        for step, answers in steps:
            assert page.url.endswith(f"/ouderschapsplan-maken/{step}/"), (step, page.url)
            assert "Er wordt niets bewaard" in page.inner_text(".plan-privacy"), step  # said on every step
            if step in ("weekrooster", "kosten"):
                check(f"{step} at 320 px", page, phone=True)
            fill_step(page, step, answers)
            submit(page)

        page.wait_for_url("**/ouderschapsplan-maken/plan/")
        check("plan at 320 px", page, phone=True)
        plan_text = page.inner_text(".plan-document")
        for text in ("Sanne", "Dirk", "Mila", "Bram", "Mila wil haar zwemles houden.", "naar een mediator"):
            assert text in plan_text, text
        open_points = page.inner_text(".plan-open-points")
        assert "zomervakantie" in open_points.lower()
        assert page.locator(".plan-help .service-card").count() > 0  # mediation or the legal desk nearby

        # Print: the plan without the site's furniture, as Chromium saves it as PDF.
        page.emulate_media(media="print")
        assert not page.is_visible(".plan-keep") and not page.is_visible(".plan-privacy")
        assert page.is_visible("#plan-title")
        pdf = page.pdf(format="A4")
        page.emulate_media(media="screen")
        reader = PdfReader(io.BytesIO(pdf))
        pdf_text = " ".join(sheet.extract_text() for sheet in reader.pages)
        for text in ("Ouderschapsplan", "Sanne", "Mila", "Nog te bespreken", "Ondertekening"):
            assert text in pdf_text, text
        assert "Download je bestand" not in pdf_text

        # The file: downloaded without JavaScript, versioned, the plan's answers in it.
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Download je bestand").first.click()
        plan_path = tmp_path / download_info.value.suggested_filename
        download_info.value.save_as(plan_path)
        content = json.loads(plan_path.read_text(encoding="utf-8"))
        assert content["version"] == 1 and plan_path.suffix == ".json"
        assert "Mila wil haar zwemles houden." in plan_path.read_text(encoding="utf-8")
        assert "sessionid" not in {cookie["name"] for cookie in phone.context.cookies()}
        assert phone.foreign_requests == []
    finally:
        phone.context.close()

    # 2. Later, with JavaScript on a desktop: upload the file, agree the open point, done.
    desktop = BrowserSession(browser.new_context(java_script_enabled=True, locale="nl-NL"))
    page = desktop.page
    try:
        desktop.goto(regions.lindeveld + "/nl/ouderschapsplan-maken/")
        check("start", page, phone=False)
        with page.expect_navigation():
            page.get_by_role("link", name="Begin met het plan").click()
        submit(page)
        assert page.title().startswith("Fout:")
        assert page.evaluate("document.activeElement.matches('[data-error-summary]')")
        check("gezin with errors", page, phone=False)
        desktop.goto(regions.lindeveld + "/nl/ouderschapsplan-maken/")
        page.set_input_files("#id_plan_file", plan_path)
        with page.expect_navigation():
            page.get_by_role("button", name="Ga verder met je bestand").click()
        page.wait_for_url("**/ouderschapsplan-maken/plan/")
        assert "Mila wil haar zwemles houden." in page.inner_text(".plan-document")
        assert page.is_visible("button[data-print]")  # the print button, only with JavaScript
        with page.expect_navigation():
            page.click("a[href='/nl/ouderschapsplan-maken/vakanties/']")
        page.check("input[name='vakanties-summer'][value='helft']")
        submit(page)
        page.wait_for_url("**/ouderschapsplan-maken/plan/")
        assert page.locator(".plan-open-points").count() == 0
        assert "Over alles in dit plan hebben we een afspraak." in page.inner_text(".plan-section--open")
        check("plan after the upload", page, phone=False)
        assert desktop.foreign_requests == []
    finally:
        desktop.context.close()

    assert problems == {}
