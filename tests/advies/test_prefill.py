"""Prefill from the Scheidingswijzer token: route and summary shown and editable; a bad,
expired or foreign token gives a plain form."""

import pytest
import time_machine
from django.utils import timezone

from advies.choices import RequestKind
from advies.models import Request
from home.models import Municipality
from tests.advies.helpers import URLS, advice_data
from vragenlijst.tokens import encode_prefill_payload

pytestmark = pytest.mark.django_db


def token_for(site, **overrides):
    payload = {
        "v": 1,
        "route": "advies",
        "role": "ouder",
        "municipality": "",
        "site_id": site.pk,
        "summary": ["Er is veel ruzie over de omgang.", "De kinderen zijn 4 en 9."],
        "topics": [],
        "child_age_groups": ["4-7", "8-11"],
        "family_consent": "",
    }
    payload.update(overrides)
    return encode_prefill_payload(payload)


def test_prefill_shows_route_and_summary_editable(site_client, lindeveld):
    municipality = Municipality.objects.filter(site=lindeveld).first()
    token = token_for(lindeveld, municipality=municipality.slug if municipality else "")
    page = site_client(lindeveld).get(URLS[RequestKind.ADVICE], {"token": token}).content.decode()
    assert "Uit de Scheidingswijzer" in page
    assert '<option value="advies" selected>' in page
    assert "- Er is veel ruzie over de omgang." in page
    assert '<textarea name="questionnaire_summary"' in page  # editable
    assert 'value="ouder"' in page and "checked" in page
    if municipality:
        assert f'<option value="{municipality.pk}" selected>' in page


def test_edited_prefill_is_what_gets_saved(site_client, lindeveld):
    client = site_client(lindeveld)
    data = advice_data(route="vrij-aanbod", questionnaire_summary="Alleen dit wil ik delen.")
    assert client.post(URLS[RequestKind.ADVICE], data).status_code == 302
    saved = Request.objects.get()
    assert saved.route == "vrij-aanbod"
    assert saved.questionnaire_summary == "Alleen dit wil ik delen."


@pytest.mark.parametrize("make_token", ["garbage", "tampered", "other-site", "wrong-version", "expired"])
def test_bad_tokens_give_a_plain_form(site_client, lindeveld, make_token):
    if make_token == "garbage":
        token = "not-a-token"
    elif make_token == "tampered":
        token = token_for(lindeveld)[:-3] + "abc"
    elif make_token == "other-site":
        token = token_for(lindeveld, site_id=lindeveld.pk + 999)
    elif make_token == "wrong-version":
        token = token_for(lindeveld, v=2)
    else:
        with time_machine.travel(timezone.now() - timezone.timedelta(hours=5), tick=False):
            token = token_for(lindeveld)
    response = site_client(lindeveld).get(URLS[RequestKind.ADVICE], {"token": token})
    assert response.status_code == 200
    assert "Er is veel ruzie" not in response.content.decode()
    assert "Uit de Scheidingswijzer" not in response.content.decode()


def test_prefill_works_on_the_professional_forms(site_client, lindeveld):
    token = token_for(lindeveld, role="professional", route="expertisepunt")
    for kind in (RequestKind.CONSULTATION, RequestKind.CASE):
        page = site_client(lindeveld).get(URLS[kind], {"token": token}).content.decode()
        assert '<option value="expertisepunt" selected>' in page
