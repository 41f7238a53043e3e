"""Every page of the sitemap, in both regions and both languages, as a visitor reads it:
it answers 200, every call to action takes the reader where it says in one tap (the
Scheidingswijzer, the request forms, tel: links for phone numbers, contact channels), an
English page shows no Dutch, and the services directory has a page per municipality.

The pages are fetched once for the module (about 240 pages); each test judges them and
names every finding, so a failure says what to fix and where.
"""

import re
import xml.etree.ElementTree as ET

import polib
import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Locale, Site

from home.demo.content.loader import load_content
from home.demo.text import T
from home.models import Expert, Municipality
from tests.conftest import KUSTMEREN_HOST, LINDEVELD_HOST, host_of
from tests.home.crawl import (
    DUTCH_WORDS,
    Document,
    Markers,
    Target,
    calls_to_action_without_link,
    dutch_on_english_page,
    sentences,
)

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOSTS = (LINDEVELD_HOST, KUSTMEREN_HOST)

# What tells the reader to act, and where that must lead (phrases in lower case).
PHRASES = {
    "scheidingswijzer": (
        r"\b(doe|start) de scheidingswijzer\b",
        r"\b(take|start|do) the (separation guide|scheidingswijzer)\b",
    ),
    # English: an imperative at the start of a sentence ("Then ask the expertise point for
    # advice"), not "if you ask for advice" or "ask for advice at the legal advice desk".
    "adviesaanvraag": (
        r"\bvraag (dan |gerust )?advies aan\b",
        r"(?:^|[.!?:] )(then )?ask (the expertise point |us )?(or a lawyer )?for advice\b(?! at)",
    ),
    "terugbellen": (
        r"\bterugbel(afspraak|verzoek) aan\b",
        r"\bvraag een terugbelafspraak\b",
        r"\brequest a call[- ]back\b",
    ),
    "consultatie": (
        r"\b(vraag|vraagt) (\w+ ){0,3}consultatie aan\b",
        r"\bconsultatieformulier\b",
        r"\bask (\w+ ){0,4}for a consultation\b",
        r"\bconsultation form\b",
    ),
    "casus": (
        r"\bbreng (een|de) casus in\b",
        r"\baanmelding via het formulier\b",
        r"\bbring in a case\b",
        r"\breferral via the form\b",
    ),
}
URL_NAMES = {
    "scheidingswijzer": getattr(settings, "SCHEIDINGSWIJZER_URL_NAME", "vragenlijst:start"),
    "adviesaanvraag": "advies:adviesaanvraag",
    "terugbellen": "advies:terugbellen",
    "consultatie": "advies:consultatie",
    "casus": "advies:casus",
}
ANY_FORM = (r"\bvul (het|dit|een) (\w+)?formulier in\b", r"\bfill in the (\w+ )?form\b")


def targets(language):
    """Each call to action's target with its path in `language`."""
    found = []
    with translation.override(language):
        for name, phrases in PHRASES.items():
            try:
                path = reverse(URL_NAMES[name])
            except NoReverseMatch:
                path = f"/{language}/<{name} is not installed>/"
            found.append(Target(name, (path,), phrases))
    forms = tuple(path for target in found if target.name != "scheidingswijzer" for path in target.paths)
    found.append(Target("a form", forms, ANY_FORM))
    return found


def _dutch_texts(data):
    """Every Dutch demo text that differs from its English translation, tags removed."""
    if isinstance(data, T):
        if data.nl != data.en:
            yield strip_tags(data.nl)
    elif isinstance(data, dict):
        for value in data.values():
            yield from _dutch_texts(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _dutch_texts(value)


def markers():
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    interface = tuple(
        entry.msgid
        for entry in catalogue
        if entry.msgstr
        and entry.msgstr != entry.msgid
        and not entry.obsolete
        and (len(entry.msgid.split()) >= 3 or len(entry.msgid) >= 16)
        and not re.search(r"%|\{", entry.msgid)
    )
    demo = list(_dutch_texts(vars(load_content())))
    names = [expert.name for expert in Expert.objects.all()] + [m.name for m in Municipality.objects.all()]
    return Markers(
        words=DUTCH_WORDS,
        interface_strings=interface,
        sentences=frozenset(s for text in demo for s in sentences(text) if len(s.split()) >= 4),
        names=tuple(sorted(set(names), key=len, reverse=True)),
    )


@pytest.fixture(scope="module")
def crawl(demo, django_db_blocker):
    """{(host, path): (status, Document)} for every URL of both regions' sitemaps, and the
    markers of Dutch."""
    from django.test import Client

    client = Client()
    pages = {}
    with django_db_blocker.unblock():
        for hostname in HOSTS:
            site = Site.objects.get(hostname=hostname)
            host = host_of(site)
            sitemap = client.get("/sitemap.xml", HTTP_HOST=host)
            assert sitemap.status_code == 200
            for url in ET.fromstring(sitemap.content).iter(f"{SITEMAP}url"):  # noqa: S314 (our own sitemap)
                path = url.find(f"{SITEMAP}loc").text.split(host, 1)[1]
                response = client.get(path, HTTP_HOST=host)
                pages[(hostname, path)] = (response.status_code, Document(response.content.decode()))
        found_markers = markers()
    return pages, found_markers


def report(findings):
    lines = [f"{host}{path}: {kind}: {what!r}" for (host, path), kind, what in findings]
    return f"{len(findings)} findings on {len({f[0] for f in findings})} pages:\n" + "\n".join(lines[:60])


def test_every_sitemap_page_answers(crawl):
    pages, _markers = crawl
    assert len(pages) > 100
    broken = [
        ((host, path), "status", status) for (host, path), (status, _doc) in pages.items() if status != 200
    ]
    assert not broken, report(broken)


def test_every_call_to_action_has_its_link(crawl):
    pages, _markers = crawl
    findings = []
    for (host, path), (_status, document) in sorted(pages.items()):
        language = path.split("/")[1]
        for kind, what in calls_to_action_without_link(document, targets(language)):
            findings.append(((host, path), kind, what))
    assert not findings, report(findings)


def test_english_pages_show_no_dutch(crawl):
    pages, found_markers = crawl
    findings = []
    for (host, path), (_status, document) in sorted(pages.items()):
        if path.startswith("/en/"):
            for kind, what, context in dutch_on_english_page(document, found_markers):
                findings.append(((host, path), kind, f"{what} … {context}" if context else what))
    assert not findings, report(findings)


@pytest.mark.django_db
@pytest.mark.parametrize("hostname", HOSTS)
def test_the_services_directory_has_a_page_per_municipality_in_both_languages(crawl, hostname):
    pages, _markers = crawl
    from home.models import ServicesDirectoryPage  # (none on the old main: this test fails there)

    site = Site.objects.get(hostname=hostname)
    for language in ("nl", "en"):
        home = site.root_page.get_translation(Locale.objects.get(language_code=language))
        directory = ServicesDirectoryPage.objects.live().child_of(home).first()
        assert directory is not None, f"{hostname} has no services directory in {language}"
        base = directory.relative_url(site)
        assert pages.get((hostname, base), (None,))[0] == 200, base
        municipalities = Municipality.objects.filter(site=site)
        assert municipalities.exists()
        for municipality in municipalities:
            path = f"{base}{municipality.slug}/"
            status, document = pages.get((hostname, path), (None, None))
            assert status == 200, f"{path} is not in the sitemap or does not answer"
            assert municipality.name in document.first("h1").text()
