"""Every page type, in both languages and both regions: no WCAG 2.0/2.1 A or AA violations
(axe-core) and no request to any other origin."""

import pytest
from wagtail.models import Site

from home.models import BasePage

pytestmark = pytest.mark.requires_service("browser")


def page_type_samples():
    """(site, language, page class name, url) for one live page of each type per region and language."""
    samples = []
    for site in Site.objects.order_by("hostname"):
        for language in ("nl", "en"):
            home = site.root_page.get_translation_or_none(
                site.root_page.locale.__class__.objects.get(language_code=language)
            )
            seen = set()
            for page in home.get_descendants(inclusive=True).live().specific().order_by("path"):
                if isinstance(page, BasePage) and type(page) not in seen:
                    seen.add(type(page))
                    samples.append((site, language, type(page).__name__, page.get_url_parts()[2]))
    return samples


@pytest.fixture(scope="module")
def samples(django_db_blocker):
    with django_db_blocker.unblock():
        return page_type_samples()


def test_page_types_have_no_accessibility_violations_and_no_third_parties(js_session, regions, samples):
    problems = {}
    for site, language, kind, url in samples:
        js_session.goto(regions.for_site(site) + url)
        violations = js_session.axe_violations()
        if violations:
            problems[f"{site.hostname} {language} {kind} {url}"] = violations
    assert problems == {}
    assert js_session.foreign_requests == []
    # Seven page types, two languages, two regions.
    assert len(samples) >= 2 * 2 * 7
