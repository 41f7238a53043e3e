"""The hand-over from the Scheidingswijzer to the request forms: prefilled (route, summary,
municipality, topics, role, family consent) and editable, in the browser that answered
the questions only, without any secret in a URL, and used once."""

import datetime
import re

import pytest
import time_machine
from django.test import Client

from advies.choices import RequestKind
from advies.models import Request
from home.models import Municipality
from tests.advies.helpers import ENGLISH_URLS, URLS, advice_data, case_data
from tests.conftest import host_of
from tests.vragenlijst.journey import SAFE, finish, parent_steps, professional_steps

pytestmark = pytest.mark.django_db

HEADING = "Uit de Scheidingswijzer"
# An advice route (court case, talking is sometimes hard), asking about the contact arrangement.
ADVICE_PARENT = parent_steps(talk="soms-moeilijk", court="een", needs=("omgang",), help_form="vraag")
SUMMARY_LINE = "- Rechtszaken: Ja, er loopt een zaak"


def checked(page, name, value):
    """Whether the radio button or checkbox `name`=`value` is checked in the page."""
    for tag in re.findall(rf'<input[^>]*name="{name}"[^>]*>', page):
        if f'value="{value}"' in tag:
            return " checked" in tag
    raise AssertionError(f"no input {name}={value}")


def form_page(client, kind, language="nl"):
    response = client.get(URLS[kind] if language == "nl" else ENGLISH_URLS[kind])
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def answered(site_client, lindeveld):
    """A browser that finished the Scheidingswijzer as a parent with an advice route."""
    client = site_client(lindeveld)
    result = finish(client, ADVICE_PARENT)
    assert result.context["route"] == "advies"
    return client


def test_the_form_takes_over_route_summary_municipality_topics_and_role(answered, lindeveld):
    page = form_page(answered, RequestKind.ADVICE)

    assert HEADING in page
    assert '<option value="advies" selected>' in page
    assert SUMMARY_LINE in page
    assert '<textarea name="questionnaire_summary"' in page  # editable
    assert checked(page, "requester_role", "ouder")
    eikendaal = Municipality.objects.get(site=lindeveld, slug="eikendaal")
    assert f'<option value="{eikendaal.pk}" selected>' in page
    assert checked(page, "topics", "omgang")


def test_the_result_links_carry_no_secret(answered):
    page = answered.get("/nl/scheidingswijzer/uitkomst/").content.decode()
    links = re.findall(r'href="(/nl/advies/[^"]*)"', page)
    # Plain paths: no query string, nothing for the browser history or an access log.
    assert set(links) == {URLS[RequestKind.ADVICE], URLS[RequestKind.CALL_BACK]}
    assert "?token=" not in page


def test_another_browser_gets_an_empty_form(answered, lindeveld):
    other = Client(HTTP_HOST=host_of(lindeveld))
    for kind in RequestKind:
        page = form_page(other, kind)
        assert HEADING not in page and "Rechtszaken" not in page, kind
    # Whatever it puts in the URL (an old-style token, say) changes nothing.
    response = other.get(URLS[RequestKind.ADVICE], {"token": "gAAAAA" + "x" * 100})
    assert response.status_code == 200 and HEADING not in response.content.decode()


def test_the_hand_over_is_used_once_and_an_error_keeps_everything(answered):
    posted = advice_data(
        route="advies", questionnaire_summary=SUMMARY_LINE + "\n- Mijn eigen toevoeging", question=""
    )
    response = answered.post(URLS[RequestKind.ADVICE], posted)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Mijn eigen toevoeging" in page and SUMMARY_LINE in page
    # An error does not use up the hand-over: the form still offers it.
    assert SUMMARY_LINE in form_page(answered, RequestKind.CALL_BACK)

    response = answered.post(URLS[RequestKind.ADVICE], {**posted, "question": "Hoe regelen we de omgang?"})
    assert response.status_code == 302
    saved = Request.objects.get()
    assert saved.route == "advies"
    assert "Mijn eigen toevoeging" in saved.questionnaire_summary

    for kind in RequestKind:
        assert HEADING not in form_page(answered, kind), kind
    # The result itself stays until the person stops or the idle timeout passes.
    assert answered.get("/nl/scheidingswijzer/uitkomst/").status_code == 200


def test_edited_prefill_is_what_gets_saved(answered):
    data = advice_data(route="vrij-aanbod", questionnaire_summary="Alleen dit wil ik delen.")
    assert answered.post(URLS[RequestKind.ADVICE], data).status_code == 302
    saved = Request.objects.get()
    assert saved.route == "vrij-aanbod"
    assert saved.questionnaire_summary == "Alleen dit wil ik delen."


def test_stopping_empties_the_forms(answered):
    answered.post("/nl/scheidingswijzer/wissen/")
    assert HEADING not in form_page(answered, RequestKind.ADVICE)


def test_after_the_idle_timeout_the_forms_are_empty(site_client, lindeveld, settings):
    client = site_client(lindeveld)
    start = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        finish(client, ADVICE_PARENT)
    idle = settings.VRAGENLIJST_IDLE_TIMEOUT
    with time_machine.travel(start + datetime.timedelta(seconds=idle - 5), tick=False):
        assert SUMMARY_LINE in form_page(client, RequestKind.ADVICE)
    with time_machine.travel(start + datetime.timedelta(seconds=idle + 5), tick=False):
        assert HEADING not in form_page(client, RequestKind.ADVICE)


def test_a_hand_over_is_not_used_in_another_region(answered, kustmeren):
    answered.defaults["HTTP_HOST"] = host_of(kustmeren)
    assert HEADING not in form_page(answered, RequestKind.ADVICE)


def test_the_summary_is_in_the_visitors_language(site_client, lindeveld):
    client = site_client(lindeveld)
    finish(client, ADVICE_PARENT, language="en")
    page = form_page(client, RequestKind.ADVICE, language="en")
    assert "- Court cases: Yes, a case is under way" in page
    assert "Rechtszaken" not in page


def test_the_professional_forms_take_over_route_and_no_consent(site_client, lindeveld):
    client = site_client(lindeveld)
    finish(client, professional_steps(safety={**SAFE, "violence": "ja"}, consent="nee"))

    consultation = form_page(client, RequestKind.CONSULTATION)
    assert '<option value="veiligheid" selected>' in consultation
    case = form_page(client, RequestKind.CASE)
    assert '<option value="veiligheid" selected>' in case
    assert checked(case, "consent", "nee") and not checked(case, "consent", "ja")
    assert "- Toestemming gezin: Nee, het gezin geeft geen toestemming" in case


def test_a_professional_who_has_not_asked_yet_starts_without_consent(site_client, lindeveld):
    client = site_client(lindeveld)
    finish(client, professional_steps(consent="nog-niet"))
    assert checked(form_page(client, RequestKind.CASE), "consent", "nee")


def test_without_a_questionnaire_consent_is_not_chosen_for_the_professional(site_client, lindeveld):
    page = form_page(site_client(lindeveld), RequestKind.CASE)
    assert not checked(page, "consent", "nee") and not checked(page, "consent", "ja")


def test_a_case_sent_from_the_prefilled_form_uses_the_hand_over(site_client, lindeveld):
    client = site_client(lindeveld)
    finish(client, professional_steps(consent="nee"))
    assert HEADING in form_page(client, RequestKind.CASE)
    assert client.post(URLS[RequestKind.CASE], case_data()).status_code == 302
    assert HEADING not in form_page(client, RequestKind.CONSULTATION)
