"""A professional's "no consent" in the Scheidingswijzer reaches the case form: consent
is chosen as "nee" and the form says it is in its anonymised mode, and why, where the
professional reads (at the consent question and under every free-text field)."""

import pytest
from bs4 import BeautifulSoup

from tests.vragenlijst.journey import SAFE, finish, professional_steps, url

pytestmark = pytest.mark.django_db


def case_form(client, language="nl"):
    response = client.get(url("advies:casus", language))
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def checked(soup, name):
    return [tag["value"] for tag in soup.select(f'input[name="{name}"][checked]')]


def hint(soup, name):
    element = soup.find(id=f"id_{name}-hint") or soup.find(id=f"id_{name}_helptext")
    return element.get_text(" ", strip=True) if element else ""


@pytest.mark.parametrize(
    ("consent", "why"),
    [("nee", "geen toestemming geeft"), ("nog-niet", "nog niet om toestemming is gevraagd")],
)
def test_no_consent_makes_the_case_form_anonymised_and_says_so(lindeveld_client, consent, why):
    finish(
        lindeveld_client,
        professional_steps(safety={**SAFE, "violence": "ja"}, question_kind="casus", consent=consent),
    )

    soup = case_form(lindeveld_client)

    assert checked(soup, "consent") == ["nee"]
    assert why in hint(soup, "consent")
    assert "staat dit formulier op anoniem" in hint(soup, "consent")
    for name in ("case_summary", "question", "professionals_involved", "domain_financien_note"):
        assert hint(soup, name).startswith("Anoniem: geen namen"), name
    assert "Leeg laten" in hint(soup, "family_details")


def test_in_english_too(lindeveld_client):
    finish(
        lindeveld_client,
        professional_steps(question_kind="casus", consent="nee", signals=("klem",)),
        language="en",
    )
    soup = case_form(lindeveld_client, "en")
    assert checked(soup, "consent") == ["nee"]
    assert "this form is anonymised" in hint(soup, "consent")
    assert hint(soup, "case_summary").startswith("Anonymous: no names")


def test_with_consent_the_form_is_not_anonymised(lindeveld_client):
    finish(lindeveld_client, professional_steps(question_kind="casus", consent="ja", signals=("klem",)))
    soup = case_form(lindeveld_client)
    assert checked(soup, "consent") == ["ja"]
    assert "staat dit formulier op anoniem" not in hint(soup, "consent")
    assert not hint(soup, "case_summary").startswith("Anoniem")


def test_sent_without_consent_and_refused_the_form_stays_anonymised(lindeveld_client):
    finish(lindeveld_client, professional_steps(question_kind="casus", consent="nee", signals=("klem",)))
    response = lindeveld_client.post(
        url("advies:casus"), {"consent": "nee", "case_summary": "Moeder heet Anna."}
    )
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert checked(soup, "consent") == ["nee"]
    assert "staat dit formulier op anoniem" in hint(soup, "consent")
