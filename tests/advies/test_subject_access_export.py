"""The subject-access export holds everything the person is entitled to: every family
member, every note, every referral with each follow-up, the panel's advice, the closing,
the messages, and who looked at or changed the request (staff by role, not by name)."""

import datetime
import json

import pytest

from advies.choices import RequestKind, Status
from advies.models import PanelMeeting, Referral, Request
from tests.advies.helpers import URLS, case_data
from tests.factories.advies import ChainPartnerFactory, staff_of

pytestmark = pytest.mark.django_db


def test_the_export_holds_every_family_member_note_referral_advice_and_view(client, site_client, lindeveld):
    family = {
        "member_1_role": "moeder",
        "member_1_age": "41",
        "member_2_role": "vader",
        "member_2_age": "44",
        "member_3_role": "kind",
        "member_3_age": "14",
        "member_4_role": "kind",
        "member_4_age": "9",
        "member_5_role": "grootouder",
        "member_5_age": "70",
    }
    assert site_client(lindeveld).post(URLS[RequestKind.CASE], case_data(**family)).status_code == 302
    request = Request.objects.get()
    del client.defaults["HTTP_HOST"]

    staff = staff_of(lindeveld, username="intake.ilse")
    client.force_login(staff)
    base = f"/admin/aanvragen/{request.pk}"
    assert client.post(f"{base}/status/", {"target": Status.IN_INTAKE}).status_code == 302
    for note in ("Eerste notitie: gebeld met de verwijzer.", "Tweede notitie: school sluit aan."):
        assert client.post(f"{base}/notitie/", {"text": note}).status_code == 302
    partner = ChainPartnerFactory(site=lindeveld, name="Jeugd-GGZ De Linde (fictief)")
    client.post(
        f"{base}/verwijzen/", {"partner": partner.pk, "follow_up_on": "2030-01-08", "note": "Verwijsnotitie"}
    )
    referral = Referral.objects.get(request=request)
    for result, note in (("wachtlijst", "Opvolging een: wachtlijst"), ("gestart", "Opvolging twee: gestart")):
        response = client.post(f"{base}/verwijzing/{referral.pk}/", {"result": result, "note": note})
        assert response.status_code == 302
    meeting = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=datetime.date(2030, 1, 15)
    )
    assert client.post(f"/admin/overleggen/{meeting.pk}/agenda/", {"request": request.pk}).status_code == 302
    item = meeting.agenda_items.get()
    advice = "Advies van het platform: start een ouderschapsplan."
    assert client.get(f"/admin/overleggen/{meeting.pk}/advies/{item.pk}/").status_code == 200
    assert (
        client.post(f"/admin/overleggen/{meeting.pk}/advies/{item.pk}/", {"advice": advice}).status_code
        == 302
    )
    client.get(f"/admin/aanvragen/inspect/{request.pk}/")

    response = client.get(f"{base}/export/")
    assert response.status_code == 200
    data = json.loads(response.content)

    assert data["gezinsleden"] == [
        {"gezinslid": 1, "rol": "Moeder", "leeftijd": 41},
        {"gezinslid": 2, "rol": "Vader", "leeftijd": 44},
        {"gezinslid": 3, "rol": "Kind", "leeftijd": 14},
        {"gezinslid": 4, "rol": "Kind", "leeftijd": 9},
        {"gezinslid": 5, "rol": "Grootouder", "leeftijd": 70},
    ]
    answers = [(answer["vraag"], answer["antwoord"]) for answer in data["antwoorden"]]
    for row, role, age in (
        (1, "Moeder", 41),
        (2, "Vader", 44),
        (3, "Kind", 14),
        (4, "Kind", 9),
        (5, "Grootouder", 70),
    ):
        assert (f"Gezinslid {row}: rol", role) in answers
        assert (f"Gezinslid {row}: leeftijd", age) in answers
    labels = [label for label, _value in answers]
    assert len(labels) == len(set(labels))  # no answer hides another
    assert ("Toelichting Financiën", "Schulden na de scheiding.") in answers
    assert data["vraag"] == "Graag advies hoe de OTS kan worden afgebouwd."
    assert data["juridische_maatregel"] == "Ondertoezichtstelling (OTS)"

    assert [note["tekst"] for note in data["notities"]] == [
        "Eerste notitie: gebeld met de verwijzer.",
        "Tweede notitie: school sluit aan.",
    ]
    [exported_referral] = data["verwijzingen"]
    assert exported_referral["ketenpartner"] == "Jeugd-GGZ De Linde (fictief)"
    assert exported_referral["toelichting"] == "Verwijsnotitie"
    assert exported_referral["resultaat"] == "Hulp gestart"
    assert [(f["resultaat"], f["toelichting"]) for f in exported_referral["opvolgingen"]] == [
        ("Op de wachtlijst", "Opvolging een: wachtlijst"),
        ("Hulp gestart", "Opvolging twee: gestart"),
    ]
    assert data["adviezen_panel"] == [
        {
            "overleg": "Hoog Conflict Platform",
            "datum": "2030-01-15",
            "advies": advice,
            "vastgelegd": data["adviezen_panel"][0]["vastgelegd"],
        }
    ]
    assert data["adviezen_panel"][0]["vastgelegd"]

    seen = data["inzage_en_wijzigingen"]
    assert seen[0]["handeling"] == "Aangemaakt"
    assert seen[0]["door"] == "de aanvrager, via het formulier op de website"
    looked = [entry for entry in seen if entry["handeling"] == "Bekeken"]
    assert {entry["onderdeel"] for entry in looked} >= {"detail", f"advies overleg {meeting.pk}"}
    assert {entry["door"] for entry in looked} == {"een medewerker van het intaketeam van de regio"}
    assert all(entry["tijdstip"] and entry["resultaat"] == "Gelukt" for entry in seen)
    # Staff are named by role: their own names are not the requester's data.
    assert "intake.ilse" not in response.content.decode()
