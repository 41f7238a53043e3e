"""Every region publishes an accessibility statement in the structure of the official Dutch
model (digitoegankelijk.nl), in Dutch and English, linked from the footer of every page:
a declaration, an honest compliance status, what was tested how and when, the known
issues (the deliberate autocomplete="off" among them) and whom to contact."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import RegionSettings
from tests.conftest import host_of

pytestmark = pytest.mark.django_db

# The official model's parts, as headings (or the table caption) of the statement.
SECTIONS = {
    "nl": (
        "Verklaring",
        "Nalevingsstatus",
        "Wat we hebben getest, hoe en wanneer",
        "Bekende problemen",
        "Contact",
    ),
    "en": ("Statement", "Compliance status", "What we tested, how and when", "Known issues", "Contact"),
}
STATUS = {
    "nl": re.compile(r"status van deze website is <b>([A-E]): "),
    "en": re.compile(r"status of this website is <b>([A-E]): "),
}
RAW_URL = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:nl|com|org|example)/\S*")
FOOTER = re.compile(r'<footer class="site-footer">.*?</footer>', re.S)


def statement_of(site, language):
    source = RegionSettings.for_site(site).accessibility_page
    assert source is not None, f"{site.hostname} has no accessibility statement"
    page = source.get_translation_or_none(Locale.objects.get(language_code=language))
    assert page is not None and page.live, f"{site.hostname} has no live {language} statement"
    return page.specific


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_each_region_has_a_statement_in_the_official_structure(client, lindeveld, kustmeren, language):
    for site in (lindeveld, kustmeren):
        page = statement_of(site, language)
        response = client.get(page.get_url_parts()[2], HTTP_HOST=host_of(site))
        assert response.status_code == 200
        html = response.content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        headings = [
            text_of(h).strip() for h in re.findall(r"<(?:h2|caption)[^>]*>(.*?)</(?:h2|caption)>", main, re.S)
        ]
        for section in SECTIONS[language]:
            assert any(h.startswith(section) for h in headings), (site.hostname, language, section, headings)
        status = STATUS[language].search(main)
        assert status, (site.hostname, language)
        # Not audited by an independent party: A (and B, which needs a full audit) would be untrue.
        assert status.group(1) not in ("A", "B"), status.group(0)
        words = text_of(main)
        assert "WCAG 2.2" in words and "axe" in words and "320" in words and "390" in words
        assert "1.3.5" in words, "the deliberate autocomplete deviation is not among the known issues"
        assert "2026" in words, "no date of testing"
        assert re.search(r'href="mailto:[^"]+@', main), "no e-mail address to report a problem"
        assert re.search(r'href="tel:\d', main), "no phone number to report a problem"


def every_public_path(site, language):
    home = site.root_page.get_translation(Locale.objects.get(language_code=language))
    paths = [p.get_url_parts()[2] for p in Page.objects.live().descendant_of(home, inclusive=True).specific()]
    with translation.override(language):
        paths += [
            reverse("vragenlijst:start"),
            reverse("advies:adviesaanvraag"),
            reverse("advies:terugbellen"),
            reverse("advies:consultatie"),
            reverse("advies:casus"),
            reverse("search:site") + "?q=omgang",
            reverse("search:knowledge"),
        ]
    return paths


def test_every_page_links_its_languages_statement_from_the_footer(client, lindeveld, kustmeren):
    checked = 0
    for site in (lindeveld, kustmeren):
        for language in ("nl", "en"):
            statement = statement_of(site, language)
            link = f'<a href="{statement.get_url_parts()[2]}">{statement.title}</a>'
            for path in every_public_path(site, language):
                response = client.get(path, HTTP_HOST=host_of(site))
                assert response.status_code == 200, path
                footer = FOOTER.search(response.content.decode())
                assert footer and link in footer.group(0), (site.hostname, path, link)
                raw = RAW_URL.search(text_of(footer.group(0)))
                assert raw is None, f"the footer of {path} shows a raw web address: {raw.group(0)}"
                checked += 1
    assert checked > 100
