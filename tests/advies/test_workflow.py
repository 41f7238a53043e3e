"""The workflow is enforced by the service, whatever the template offers."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from advies import services
from advies.choices import RequestKind, Status
from advies.models import PanelMeeting
from advies.workflow import TRANSITIONS, WorkflowError
from tests.factories.advies import ChainPartnerFactory, RequestFactory, staff_of

pytestmark = pytest.mark.django_db
ORIGIN = "127.0.0.1"


@pytest.fixture
def staff(lindeveld):
    return staff_of(lindeveld)


def test_the_whole_path_fills_the_timeline(lindeveld, staff):
    request = RequestFactory(site=lindeveld)
    services.change_status(staff, request, Status.IN_INTAKE, origin=ORIGIN)
    assert request.first_contact_at is not None
    services.change_status(staff, request, Status.ADVISED, origin=ORIGIN)
    assert request.advice_or_referral_at is not None
    services.change_status(staff, request, Status.MONITORING, origin=ORIGIN)
    services.change_status(staff, request, Status.CLOSED, outcome="advies-gegeven", origin=ORIGIN)
    request.refresh_from_db()
    assert request.status == Status.CLOSED
    assert (
        request.closed_at >= request.advice_or_referral_at >= request.first_contact_at >= request.received_at
    )
    assert request.outcome == "advies-gegeven"


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (start, target)
        for start in Status
        for target in Status
        if target not in TRANSITIONS[start] and not (start == target == Status.CLOSED)
    ],
)
def test_every_move_outside_the_table_is_refused(lindeveld, staff, start, target):
    request = RequestFactory(site=lindeveld, status=start)
    with pytest.raises(WorkflowError):
        services.change_status(staff, request, target, outcome="advies-gegeven", origin=ORIGIN)
    request.refresh_from_db()
    assert request.status == start


def test_panel_needs_a_place_on_an_agenda(lindeveld, staff):
    request = RequestFactory(site=lindeveld, kind=RequestKind.CASE, status=Status.IN_INTAKE)
    with pytest.raises(WorkflowError, match="agenda"):
        services.change_status(staff, request, Status.IN_PANEL, origin=ORIGIN)
    meeting = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=datetime.date.today()
    )
    item = services.put_on_agenda(staff, meeting, request, origin=ORIGIN)
    request.refresh_from_db()
    assert request.status == Status.IN_PANEL
    services.record_panel_advice(staff, item, "Advies: start ouderschapsbemiddeling.", origin=ORIGIN)
    request.refresh_from_db()
    assert request.status == Status.ADVISED
    item.refresh_from_db()
    assert item.advice.startswith("Advies:")


def test_closing_needs_an_outcome_and_for_a_case_the_measure_outcome(lindeveld, staff):
    request = RequestFactory(site=lindeveld, kind=RequestKind.CASE, status=Status.ADVISED)
    with pytest.raises(WorkflowError, match="uitkomst"):
        services.change_status(staff, request, Status.CLOSED, origin=ORIGIN)
    with pytest.raises(WorkflowError, match="maatregel"):
        services.change_status(staff, request, Status.CLOSED, outcome="panel-advies", origin=ORIGIN)
    services.change_status(
        staff,
        request,
        Status.CLOSED,
        outcome="panel-advies",
        legal_measure_outcome="afgebouwd",
        origin=ORIGIN,
    )
    request.refresh_from_db()
    assert request.legal_measure_outcome == "afgebouwd"


def test_staff_of_another_region_cannot_change(lindeveld, second_region):
    request = RequestFactory(site=lindeveld)
    with pytest.raises(PermissionDenied):
        services.change_status(staff_of(second_region), request, Status.IN_INTAKE, origin=ORIGIN)
    request.refresh_from_db()
    assert request.status == Status.NEW


def test_assignment_joint_intake_notes_and_referrals(lindeveld, second_region, staff):
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    colleague = staff_of(lindeveld)
    services.assign(staff, request, colleague, origin=ORIGIN)
    assert request.assigned_to == colleague
    with pytest.raises(WorkflowError):
        services.assign(staff, request, staff_of(second_region), origin=ORIGIN)

    own, foreign = ChainPartnerFactory(site=lindeveld), ChainPartnerFactory(site=second_region)
    services.decide_joint_intake(staff, request, joint=True, partners=[own], origin=ORIGIN)
    assert list(request.joint_intake_partners.all()) == [own]
    with pytest.raises(WorkflowError):
        services.decide_joint_intake(staff, request, joint=True, partners=[foreign], origin=ORIGIN)

    services.add_note(staff, request, "Gebeld, moeder wil een gesprek.", origin=ORIGIN)
    assert request.notes.get().text == "Gebeld, moeder wil een gesprek."

    referral = services.refer(
        staff, request, partner=own, follow_up_on=datetime.date.today(), note="Mediation", origin=ORIGIN
    )
    request.refresh_from_db()
    assert request.advice_or_referral_at is not None
    with pytest.raises(WorkflowError):
        services.refer(staff, request, partner=foreign, follow_up_on=datetime.date.today(), origin=ORIGIN)
    services.record_referral_result(staff, referral, result="gestart", origin=ORIGIN)
    referral.refresh_from_db()
    assert referral.result == "gestart" and referral.result_recorded_at is not None


def test_status_form_shows_the_workflow_refusal(client, lindeveld, staff):
    request = RequestFactory(site=lindeveld)
    client.force_login(staff)
    response = client.post(f"/admin/aanvragen/{request.pk}/status/", {"target": Status.MONITORING})
    assert response.status_code == 200
    assert "geen toegestane stap" in response.content.decode()
    request.refresh_from_db()
    assert request.status == Status.NEW
    ok = client.post(f"/admin/aanvragen/{request.pk}/status/", {"target": Status.IN_INTAKE})
    assert ok.status_code == 302
    request.refresh_from_db()
    assert request.status == Status.IN_INTAKE
