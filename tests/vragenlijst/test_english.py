"""The English Scheidingswijzer and request forms: English URLs (the old Dutch ones under
/en/ redirect to them), and not one Dutch interface string on any step, error state,
check page, result or request form page under /en/, in either region.

The Dutch strings looked for are the catalogue's own: every msgid of locale/en whose
English differs from it and that has at least two words (split at placeholders), plus
common Dutch words. Every phone number on a questionnaire page is a tel: link."""

import re
from functools import cache
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from wagtail.models import Site

from tests.vragenlijst.journey import step_post_data, step_url, url
from vragenlijst.personas import PERSONAS
from vragenlijst.templatetags.vragenlijst_tags import PHONE_NUMBER

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{.*?\}\}")
DUTCH_WORDS = re.compile(
    r"\b(het|een|niet|je|jouw|jij|wij|naar|voor|bij|ook|nog|geen|kunt|welke|waar|wordt|uw|deze|dit|zijn)\b"
)


@cache
def dutch_interface_strings():
    """Dutch fragments of the interface: msgids translated into something else."""
    fragments = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or not entry.msgstr or entry.msgstr == entry.msgid:
            continue
        for fragment in PLACEHOLDER.split(entry.msgid):
            fragment = fragment.strip(" .,:;!?()'\"")
            # A fragment the English keeps is a name ("Veilig Thuis"), not Dutch to translate.
            if len(fragment.split()) >= 2 and fragment not in entry.msgstr:
                fragments.add(fragment)
    return sorted(fragments, key=len, reverse=True)


def readable_text(page):
    """What a reader (or a screen reader) gets: the text and the attributes read out."""
    soup = BeautifulSoup(page, "html.parser")
    # The site's footer (its contact channels) is the CMS pages' part, checked by their crawl.
    for hidden in soup(["script", "style", "footer"]):
        hidden.decompose()
    for switch in soup.select("[hreflang], [lang]:not(html)"):  # the language switcher speaks Dutch
        switch.decompose()
    attributes = [
        element.get(name, "")
        for element in soup.find_all(True)
        for name in ("title", "aria-label", "alt", "placeholder")
    ]
    return " ".join([soup.get_text(" "), *attributes])


def dutch_in(page):
    text = " ".join(readable_text(page).split())
    found = [fragment for fragment in dutch_interface_strings() if fragment in text]
    found += sorted(set(DUTCH_WORDS.findall(text)))
    return found


def unlinked_phone_numbers(page):
    soup = BeautifulSoup(page, "html.parser")
    main = soup.find("main")
    for link in main.select('a[href^="tel:"]'):
        link.decompose()
    return PHONE_NUMBER.findall(main.get_text(" "))


class Crawl:
    def __init__(self, region):
        site = Site.objects.get(hostname=f"{region}.localhost")
        self.client = Client(HTTP_HOST=f"{site.hostname}:{site.port}")
        self.problems = {}
        self.seen = 0

    def check(self, name, response, *, questionnaire=True):
        assert response.status_code in (200, 400), (name, response.status_code)
        page = response.content.decode()
        self.seen += 1
        dutch = dutch_in(page)
        unlinked = unlinked_phone_numbers(page) if questionnaire else []
        if dutch or unlinked:
            self.problems[name] = {"dutch": dutch[:8], "phone numbers without a link": unlinked}

    def get(self, name, path, **kwargs):
        response = self.client.get(path)
        self.check(name, response, **kwargs)
        return response

    def walk(self, persona):
        """Every step of a persona's path: as it comes, sent empty (its error state), answered."""
        for step, answers in persona.steps:
            path = step_url(step, "en")
            self.get(f"{persona.name}: {step}", path)
            if answers:
                self.check(
                    f"{persona.name}: {step} with errors", self.client.post(path, step_post_data(step, {}))
                )
            response = self.client.post(path, step_post_data(step, answers))
            assert response.status_code == 302, (persona.name, step)
        self.client.get(response["Location"])
        return self.get(f"{persona.name}: result", url("vragenlijst:result", "en"))


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.parametrize("region", ["lindeveld", "kustmeren"])
def test_no_dutch_on_any_english_questionnaire_or_form_page(region):
    crawl = Crawl(region)
    crawl.get("start", url("vragenlijst:start", "en"))
    crawl.get("expired", url("vragenlijst:expired", "en"))
    english = [persona for persona in PERSONAS if persona.language == "en"]
    roles = set()
    for persona in english:
        if persona.region != region:
            continue  # its municipality is the other region's
        crawl.walk(persona)
        if persona.role not in roles:
            roles.add(persona.role)
            for form in ("adviesaanvraag", "terugbellen", "consultatie", "casus"):  # as handed over
                crawl.get(f"{persona.name}: form {form}", url(f"advies:{form}", "en"), questionnaire=False)
    for form in ("adviesaanvraag", "terugbellen", "consultatie", "casus"):
        path = url(f"advies:{form}", "en")
        crawl.get(f"form {form}", path, questionnaire=False)
        crawl.check(f"form {form} with errors", crawl.client.post(path, {}), questionnaire=False)
    crawl.get("confirmation", url("advies:bevestiging", "en"), questionnaire=False)

    assert roles == {"ouder", "kind", "professional", "familielid"}
    assert crawl.seen > 60
    assert crawl.problems == {}


def test_the_questionnaire_and_the_forms_have_english_urls(lindeveld_client):
    assert url("vragenlijst:start", "en") == "/en/separation-guide/"
    assert step_url("wie", "en") == "/en/separation-guide/who/"
    assert url("vragenlijst:result", "en") == "/en/separation-guide/result/"
    assert url("advies:adviesaanvraag", "en") == "/en/advice/request/"
    assert url("advies:terugbellen", "en") == "/en/advice/call-back/"
    assert url("advies:casus", "en") == "/en/advice/case/"
    # The Dutch ones stay as they were.
    assert step_url("wie", "nl") == "/nl/scheidingswijzer/wie/"
    assert url("advies:adviesaanvraag", "nl") == "/nl/advies/aanvragen/"
    for path in ("/en/separation-guide/", "/en/separation-guide/who/", "/en/advice/request/"):
        assert lindeveld_client.get(path).status_code == 200, path
    response = lindeveld_client.post("/en/separation-guide/who/", step_post_data("wie", {"role": "ouder"}))
    assert response["Location"] == "/en/separation-guide/safety/"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/en/scheidingswijzer/", "/en/separation-guide/"),
        ("/en/scheidingswijzer/wie/", "/en/separation-guide/who/"),
        ("/en/scheidingswijzer/voor-jou/", "/en/separation-guide/for-you/"),
        ("/en/scheidingswijzer/uitkomst/", "/en/separation-guide/result/"),
        ("/en/scheidingswijzer/?gewist=1", "/en/separation-guide/?gewist=1"),
        ("/en/advies/aanvragen/", "/en/advice/request/"),
        ("/en/advies/terugbellen/", "/en/advice/call-back/"),
        ("/en/advies/consultatie/", "/en/advice/consultation/"),
        ("/en/advies/casus/", "/en/advice/case/"),
        ("/en/advies/ontvangen/", "/en/advice/received/"),
    ],
)
def test_the_old_dutch_urls_under_en_redirect_permanently(lindeveld_client, old, new):
    response = lindeveld_client.get(old)
    assert (response.status_code, response["Location"]) == (301, new)


def test_a_form_posted_to_an_old_url_keeps_its_method(lindeveld_client):
    response = lindeveld_client.post("/en/advies/terugbellen/", {"contact_name": "Sam"})
    assert (response.status_code, response["Location"]) == (308, "/en/advice/call-back/")


def test_an_english_step_name_under_nl_goes_to_the_dutch_url(lindeveld_client):
    lindeveld_client.post(step_url("wie"), step_post_data("wie", {"role": "ouder"}))
    response = lindeveld_client.get("/nl/scheidingswijzer/who/")
    assert response["Location"] == "/nl/scheidingswijzer/wie/"


def test_unknown_old_paths_are_not_found(lindeveld_client):
    assert lindeveld_client.get("/en/advies/bestaat-niet/").status_code == 404
