"""Back-office pages a staff member uses: meetings with members by discipline, the agenda and
advice, chain partners, follow-ups due, and the region's intake settings with call-back slots."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from advies.choices import Status
from advies.models import ChainPartner, IntakeSettings, PanelMeeting, Referral
from home.models import Expert
from tests.factories.advies import ChainPartnerFactory, RequestFactory, staff_of

pytestmark = pytest.mark.django_db


def test_staff_plan_a_meeting_put_a_case_on_it_and_record_advice(client, lindeveld, second_region):
    staff = staff_of(lindeveld)
    client.force_login(staff)
    form = client.get("/admin/overleggen/new/").content.decode()
    assert f'<option value="{lindeveld.pk}"' in form
    assert f'<option value="{second_region.pk}"' not in form  # only the own region can be chosen
    experts = list(Expert.objects.filter(site=lindeveld, locale__language_code="nl")[:2])
    response = client.post(
        "/admin/overleggen/new/",
        {
            "site": lindeveld.pk,
            "panel": "hoog-conflict-platform",
            "date": "2030-03-01",
            "members": [expert.pk for expert in experts],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    meeting = PanelMeeting.objects.get(site=lindeveld, date=datetime.date(2030, 3, 1))
    assert set(meeting.members.all()) == set(experts)

    case = RequestFactory(site=lindeveld, kind="casus", status=Status.IN_INTAKE)
    assert client.post(f"/admin/overleggen/{meeting.pk}/agenda/", {"request": case.pk}).status_code == 302
    case.refresh_from_db()
    assert case.status == Status.IN_PANEL
    item = meeting.agenda_items.get()
    detail = client.get(f"/admin/overleggen/inspect/{meeting.pk}/").content.decode()
    assert case.reference in detail
    response = client.post(
        f"/admin/overleggen/{meeting.pk}/advies/{item.pk}/", {"advice": "Start ouderschapsplan."}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.ADVISED
    assert "Start ouderschapsplan." in client.get(f"/admin/aanvragen/inspect/{case.pk}/").content.decode()


def test_meeting_for_another_region_is_refused(client, lindeveld, second_region):
    client.force_login(staff_of(lindeveld))
    response = client.post(
        "/admin/overleggen/new/", {"site": second_region.pk, "panel": "expertisepoule", "date": "2030-03-01"}
    )
    assert response.status_code in (200, 403)
    assert not PanelMeeting.objects.filter(site=second_region, date=datetime.date(2030, 3, 1)).exists()


def test_chain_partners_and_follow_ups_due(client, lindeveld):
    staff = staff_of(lindeveld)
    client.force_login(staff)
    response = client.post(
        "/admin/ketenpartners/new/",
        {"site": lindeveld.pk, "name": "Nieuwe partner", "kind": "x", "active": "on"},
    )
    assert response.status_code == 302
    partner = ChainPartner.objects.get(name="Nieuwe partner")
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    response = client.post(
        f"/admin/aanvragen/{request.pk}/verwijzen/",
        {"partner": partner.pk, "follow_up_on": datetime.date.today().isoformat()},  # due today
    )
    assert response.status_code == 302
    referral = Referral.objects.get(request=request)
    not_due = Referral.objects.create(
        request=request, partner=ChainPartnerFactory(site=lindeveld), follow_up_on=datetime.date(2099, 1, 1)
    )
    page = client.get("/admin/opvolging/").content.decode()
    assert f"/admin/aanvragen/{request.pk}/verwijzing/{referral.pk}/" in page
    assert f"/verwijzing/{not_due.pk}/" not in page
    client.post(f"/admin/aanvragen/{request.pk}/verwijzing/{referral.pk}/", {"result": "afgerond"})
    assert f"/verwijzing/{referral.pk}/" not in client.get("/admin/opvolging/").content.decode()


def test_region_settings_hold_retention_and_call_back_slots(client, lindeveld):
    admin = get_user_model().objects.create_superuser("beheer", "beheer@portal.test", "test-password-123")
    client.force_login(admin)
    url = f"/admin/settings/advies/intakesettings/{lindeveld.pk}/"
    assert client.get(url).status_code == 200
    IntakeSettings.for_site(lindeveld).call_back_slots.all().delete()
    data = {
        "retention_days_after_closing": "400",
        "abandoned_after_days": "90",
        "stale_open_after_days": "1000",
        "retention_warning_days": "14",
        "call_back_days_ahead": "7",
        "first_contact_target_days": "3",
        "survey_after_days": "28",
        "call_back_slots-TOTAL_FORMS": "1",
        "call_back_slots-INITIAL_FORMS": "0",
        "call_back_slots-MIN_NUM_FORMS": "0",
        "call_back_slots-MAX_NUM_FORMS": "1000",
        "call_back_slots-0-weekday": "2",
        "call_back_slots-0-starts": "14:00",
        "call_back_slots-0-ends": "15:00",
        "call_back_slots-0-capacity": "4",
        "call_back_slots-0-ORDER": "1",
        "call_back_slots-0-id": "",
        "call_back_slots-0-DELETE": "",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    region = IntakeSettings.for_site(lindeveld)
    assert region.retention_days_after_closing == 400
    assert (region.stale_open_after_days, region.retention_warning_days) == (1000, 14)
    assert (region.first_contact_target_days, region.survey_after_days) == (3, 28)
    slot = region.call_back_slots.get()
    assert (slot.weekday, slot.starts, slot.capacity) == (2, datetime.time(14), 4)
