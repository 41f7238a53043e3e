"""The public site on a phone, 320 x 640 and 390 x 844 CSS px: every page of both regions'
sitemaps (both languages), every Scheidingswijzer step in its error state and every request
form in its error state, checked in the page by tests/browser/phone_checks.js:

- no sideways scrolling and nothing sticking out of the viewport (WCAG 1.4.10);
- after following an in-page link (skip link, table of contents, error summary) its target,
  and the question of a form control, is fully visible below the sticky bar, and a control
  that gets focus is not left under it (2.4.11);
- every link and button at least 24 x 24 px or spaced as 2.5.8 allows; the exit button and
  the crisis numbers 44 x 44 px in one piece;
- crisis numbers never broken over two lines and always a tel: link;
- no axe-core violation of the WCAG 2.0, 2.1 and 2.2 A/AA rules.

One page load and one `page.evaluate` per page, one browser context per width; every
failure of a kind is reported in one assertion message."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import AXE_SOURCE, WCAG_TAGS
from vragenlijst.questions import Role

pytestmark = pytest.mark.requires_service("browser")

CHECKS = (Path(__file__).parent / "phone_checks.js").read_text()
AXE_TAGS = [*WCAG_TAGS, "wcag22aa"]
CRISIS_NUMBERS = ["112", "0800-2000", "0800-0432"]
WIDTHS = {"320px": (320, 640), "390px": (390, 844)}
FORMS = ["aanvragen", "terugbellen", "consultatie", "casus"]
KINDS = ["overflow", "hiddenTargets", "hiddenFocus", "smallTargets", "crisis", "axe"]
SEND = "main form[method=post] button[type=submit]"


def sitemap_paths(page, base):
    """The region's sitemap, fetched by the page from its own origin (*.localhost resolves
    in the browser only)."""
    page.goto(f"{base}/robots.txt")
    text = page.evaluate("fetch('/sitemap.xml').then((response) => response.text())")
    paths = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", text)]
    assert len(paths) > 10, paths
    return paths


class PhoneRun:
    def __init__(self, page):
        self.page = page
        self.findings = {kind: [] for kind in KINDS}
        self.pages = 0

    def load(self, url):
        response = self.page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)

    def send_empty(self, name):
        with self.page.expect_navigation():
            self.page.click(SEND)
        assert self.page.title().startswith(("Fout:", "Error:")), f"{name}: no error state"

    def check(self, name):
        self.page.evaluate(AXE_SOURCE.read_text())
        found = self.page.evaluate(CHECKS, {"crisisNumbers": CRISIS_NUMBERS, "axeTags": AXE_TAGS, "limit": 5})
        for kind in KINDS:
            self.findings[kind].extend(f"{name}: {finding}" for finding in found[kind])
        self.pages += 1


def questionnaire(run, base, language):
    """Every role's path; each step is checked once, sent empty (its error state)."""
    checked = set()
    for role in Role.values:
        run.load(f"{base}/{language}/scheidingswijzer/wie/")
        step = "wie"
        while step not in ("controleren", "uitkomst"):
            if step not in checked:
                run.send_empty(f"{language} step {step}")
                run.check(f"{language} scheidingswijzer {step} (errors)")
                checked.add(step)
            if step == "wie":
                run.page.check(f"input[name='wie-role'][value='{role}']")
            else:
                run.page.evaluate(FIRST_SAFE_OPTIONS)
            with run.page.expect_navigation():
                run.page.click("form.vragenlijst__form button[type=submit]")
            step = urlsplit(run.page.url).path.rstrip("/").rsplit("/", 1)[-1]
        if step == "controleren":
            if "controleren" not in checked:
                run.check(f"{language} scheidingswijzer controleren")
                checked.add("controleren")
            with run.page.expect_navigation():
                run.page.click("form.vragenlijst__form button[type=submit]")
        run.check(f"{language} scheidingswijzer result ({role})")
    return checked


# The first option of every question, but "nee" where a question offers it (the safety
# questions would otherwise cut the path short at acute danger).
FIRST_SAFE_OPTIONS = """() => {
    const form = document.querySelector('form.vragenlijst__form');
    const choices = form.querySelectorAll('input[type=radio], input[type=checkbox]');
    const names = new Set([...choices].map(i => i.name));
    for (const name of names) {
        const inputs = [...form.querySelectorAll(`input[name="${name}"]`)];
        (inputs.find(i => i.value === 'nee') || inputs[0]).checked = true;
    }
    for (const select of form.querySelectorAll('select')) {
        if (!select.value && select.options.length > 1) select.selectedIndex = 1;
    }
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_every_public_page_works_on_a_phone(browser, regions, width):
    viewport_width, viewport_height = WIDTHS[width]
    context = browser.new_context(
        viewport={"width": viewport_width, "height": viewport_height},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="nl-NL",
    )
    try:
        run = PhoneRun(context.new_page())
        for base in (regions.lindeveld, regions.kustmeren):
            for path in sitemap_paths(run.page, base):
                run.load(base + path)
                run.check(path)
        for language in ("nl", "en"):
            search = "zoeken" if language == "nl" else "search"
            run.load(f"{regions.lindeveld}/{language}/{search}/?q=ouderschapsplan")
            run.check(f"{language} search results")
            for form in FORMS:
                run.load(f"{regions.lindeveld}/{language}/advies/{form}/")
                run.send_empty(f"{language} {form}")
                run.check(f"{language} form {form} (errors)")
            steps = questionnaire(run, regions.lindeveld, language)
            assert {"wie", "veiligheid", "gemeente", "situatie", "controleren"} <= steps, steps
    finally:
        context.close()
    report = {kind: found for kind, found in run.findings.items() if found}
    summary = {kind: len(found) for kind, found in report.items()}
    message = "\n".join(
        f"--- {kind}: {len(found)} finding(s) on {run.pages} pages\n" + "\n".join(found)
        for kind, found in report.items()
    )
    assert not report, f"{summary}\n{message}"


def test_search_filters_fold_away_on_a_phone_without_javascript(browser, regions):
    """On a phone the filters sit behind one "Filters" button (a <details>), so the results
    come first; on a wide screen they show beside the results. No script needed."""
    url = f"{regions.lindeveld}/nl/kennisbank/?q=ouderschapsplan"
    for width, folded in ((320, True), (1280, False)):
        context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(url)
            first_box = page.locator(".search-facet input[type=checkbox]").first
            toggle = page.locator("summary.search-facets__toggle")
            assert first_box.is_visible() is not folded, width
            assert toggle.is_visible() is folded, width
            if folded:
                toggle.click()
                assert first_box.is_visible()
                first_box.check()
                with page.expect_navigation():
                    page.get_by_role("button", name="Filters toepassen").click()
                # A chosen filter keeps the disclosure open and says how many are chosen.
                assert page.locator("details.search-facets[open]").count() == 1
                assert toggle.inner_text().strip() == "Filters (1)"
        finally:
            context.close()
