"""The public site on a phone, 320 x 640 and 390 x 844 CSS px, checked in the page by
tests/browser/phone_checks.js:

- no sideways scrolling and nothing sticking out of the viewport (WCAG 1.4.10);
- after following an in-page link (skip link, table of contents, error summary) its target,
  and the question of a form control, is fully visible below the sticky bar, and a control
  that gets focus is not left under it (2.4.11);
- every link and button at least 24 x 24 px or spaced as 2.5.8 allows; the exit button and
  the crisis numbers 44 x 44 px in one piece;
- crisis numbers never broken over two lines and always a tel: link;
- no axe-core violation of the WCAG 2.0, 2.1 and 2.2 A/AA rules.

What is checked where, to stay cheap (one browser context, one page load and one
`page.evaluate` per page and width; the width changes without loading the page again):

- every page of both regions' sitemaps (both languages) at 320 px, the narrowest width,
  where overflow and small targets show first;
- the first page of each page type per language, and every distinct state (each request
  form in its error state, each Scheidingswijzer step in its error state, the check step,
  each role's result, search results, search with a filter chosen, zero results) at 320
  and at 390 px, with axe at 320 px (in English on the first of each kind of state);
- while the checking tab checks a sitemap page, a second tab fetches the next ones, so the
  server renders them into its page cache (switched on for this test, as on the live site)
  at the same time.

Every failure of a kind is reported in one assertion message."""

import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import AXE_SOURCE, WCAG_TAGS
from vragenlijst import steps as questionnaire_steps
from vragenlijst.questions import Role

pytestmark = pytest.mark.requires_service("browser")

CHECKS = (Path(__file__).parent / "phone_checks.js").read_text()
AXE_TAGS = [*WCAG_TAGS, "wcag22aa"]
CRISIS_NUMBERS = ["112", "0800-2000", "0800-0432"]
NARROW, WIDE = (320, 640), (390, 844)
FORMS = ["adviesaanvraag", "terugbellen", "consultatie", "casus"]
KINDS = ["overflow", "hiddenTargets", "hiddenFocus", "smallTargets", "crisis", "axe"]
SEND = "main form[method=post] button[type=submit]"
NEXT = "form.vragenlijst__form button[type=submit]"
QUERIES = {"nl": "ouderschapsplan", "en": "parenting plan"}


def sitemap_paths(page, base):
    """The region's sitemap, fetched by the page from its own origin (*.localhost resolves
    in the browser only)."""
    page.goto(f"{base}/robots.txt")
    text = page.evaluate("fetch('/sitemap.xml').then((response) => response.text())")
    paths = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", text)]
    assert len(paths) > 10, paths
    return paths


# A page's type, as its template marks it: the body class (page-topic, page-young--kinderen,
# ...) and the language.
PAGE_TYPE = "() => [document.body.className.trim() || 'standard', document.documentElement.lang]"


# Returns at once; the fetches go on in the tab.
WARM = """(paths) => {
    (async () => {
        for (const path of paths) {
            try { await (await fetch(path, { credentials: "omit" })).text(); } catch (error) {}
        }
    })();
}"""


class PhoneRun:
    def __init__(self, page):
        self.page = page
        self.findings = {kind: [] for kind in KINDS}
        self.checks = 0

    def load(self, url):
        response = self.page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)

    def send_empty(self, name):
        with self.page.expect_navigation():
            self.page.click(SEND)
        assert self.page.title().startswith(("Fout:", "Error:")), f"{name}: no error state"

    def warm(self, base, paths):
        """Let a second tab fetch `paths` one after another while this one checks pages:
        the server renders the next pages (into its page cache, as for any anonymous
        visitor) while the browser checks this one. The checked HTML is the same."""
        warmer = self.page.context.new_page()
        warmer.goto(f"{base}/robots.txt")
        warmer.evaluate(WARM, paths)
        return warmer

    def check(self, name, axe=False):
        """The checks at the current width (320 px between calls)."""
        if axe:
            self.page.evaluate(AXE_SOURCE.read_text())
        found = self.page.evaluate(
            CHECKS, {"crisisNumbers": CRISIS_NUMBERS, "axeTags": AXE_TAGS if axe else [], "limit": 5}
        )
        width = self.page.viewport_size["width"]
        for kind in KINDS:
            self.findings[kind].extend(f"{name} @{width}: {finding}" for finding in found[kind])
        self.checks += 1

    def check_state(self, name, axe=True):
        """A distinct page type or state: at 320 px (with axe), then at 390 px (same page,
        no new load), then back to 320."""
        self.check(name, axe=axe)
        self.page.set_viewport_size({"width": WIDE[0], "height": WIDE[1]})
        try:
            self.check(name)
        finally:
            self.page.set_viewport_size({"width": NARROW[0], "height": NARROW[1]})


def step_of(url):
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def questionnaire(run, base, language):
    """Every role's path; each step is checked once, sent empty (its error state), the check
    step once and every role's result; axe on every step in Dutch, on the first step and the
    first result in English. Returns the steps seen (Dutch slugs)."""
    with translation.override(language):
        start = base + reverse("vragenlijst:step", kwargs={"step": questionnaire_steps.url_slug("wie")})
        slugs = {str(step.url_slug): step.slug for step in questionnaire_steps.STEPS}
        result_slug = step_of(reverse("vragenlijst:result"))
    checked, dutch = set(), language == "nl"
    for role in Role.values:
        run.load(start)
        step = slugs.get(step_of(run.page.url))
        while step is not None and step != questionnaire_steps.CHECK:
            if step not in checked:
                run.send_empty(f"{language} step {step}")
                run.check_state(f"{language} scheidingswijzer {step} (errors)", axe=dutch or not checked)
                checked.add(step)
            if step == questionnaire_steps.WHO:
                run.page.check(f"input[name='wie-role'][value='{role}']")
            else:
                run.page.evaluate(FIRST_SAFE_OPTIONS)
            with run.page.expect_navigation():
                run.page.click(NEXT)
            step = slugs.get(step_of(run.page.url))
        if step == questionnaire_steps.CHECK:
            if step not in checked:
                run.check_state(f"{language} scheidingswijzer {step}", axe=dutch)
                checked.add(step)
            with run.page.expect_navigation():
                run.page.click(NEXT)
        assert step_of(run.page.url) == result_slug, (role, run.page.url)
        run.check_state(f"{language} scheidingswijzer result ({role})", axe=role == Role.values[0])
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

FIRST_FILTER = """() => {
    const box = document.querySelector('.search-facet input[type=checkbox]');
    return box ? [box.name, box.value] : null;
}"""


def searches(run, base, language):
    """Search results, zero results, the knowledge base's results and with a filter chosen
    (the filters disclosure open). axe on each in Dutch; in English on the results only."""
    with translation.override(language):
        site, knowledge = reverse("search:site"), reverse("search:knowledge")
    words, dutch = QUERIES[language], language == "nl"
    run.load(f"{base}{site}?{urlencode({'q': words})}")
    run.check_state(f"{language} search results")
    run.load(f"{base}{site}?q=zzqxwv")
    run.check_state(f"{language} search, zero results", axe=dutch)
    run.load(f"{base}{knowledge}?{urlencode({'q': words})}")
    run.check_state(f"{language} knowledge base results", axe=dutch)
    chosen = run.page.evaluate(FIRST_FILTER)
    assert chosen, f"{language}: the knowledge base offers no filter for {words!r}"
    # (That a chosen filter keeps the disclosure open is test_search_filters_fold_away_...)
    run.load(f"{base}{knowledge}?{urlencode({'q': words, chosen[0]: chosen[1]})}")
    run.check_state(f"{language} knowledge base with a filter", axe=dutch)


def test_every_public_page_works_on_a_phone(browser, regions, settings):
    # The page cache on, as on the live site (tests switch it off): the warming tab's
    # fetches are then what the checking tab is served.
    settings.PAGE_CACHE_SECONDS = 3600
    context = browser.new_context(
        viewport={"width": NARROW[0], "height": NARROW[1]},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="nl-NL",
    )
    seen_types = set()
    try:
        run = PhoneRun(context.new_page())
        for base in (regions.lindeveld, regions.kustmeren):
            paths = sitemap_paths(run.page, base)
            warmer = run.warm(base, paths[1:])
            for path in paths:
                run.load(base + path)
                page_type = tuple(run.page.evaluate(PAGE_TYPE))
                if page_type in seen_types:
                    run.check(path)
                else:
                    seen_types.add(page_type)
                    run.check_state(f"{path} (first {page_type[0]}, {page_type[1]})")
            warmer.close()
        for language in ("nl", "en"):
            searches(run, regions.lindeveld, language)
            for form in FORMS:
                with translation.override(language):
                    run.load(regions.lindeveld + reverse(f"advies:{form}"))
                run.send_empty(f"{language} {form}")
                run.check_state(f"{language} form {form} (errors)", axe=language == "nl" or form == FORMS[0])
            steps = questionnaire(run, regions.lindeveld, language)
            assert {"wie", "veiligheid", "gemeente", "situatie", "controleren"} <= steps, steps
    finally:
        context.close()
    report = {kind: found for kind, found in run.findings.items() if found}
    summary = {kind: len(found) for kind, found in report.items()}
    message = "\n".join(
        f"--- {kind}: {len(found)} finding(s) in {run.checks} checks\n" + "\n".join(found)
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
