"""Every view of advice and every refused change is in the audit log (who, what, when,
result; never the content), also when the refusal's transaction is rolled back."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection

from advies import services
from advies.choices import AuditAction, AuditResult, Status
from advies.models import AgendaItem, AuditEntry, PanelMeeting
from tests.factories.advies import RequestFactory, staff_of

pytestmark = pytest.mark.django_db

ADVICE = "Advies: omgang onder begeleiding, daarna evalueren. Inhoud-7K."


def audit_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM advies_auditentry")
        return " ".join(" ".join(str(value) for value in row) for row in cursor.fetchall())


@pytest.fixture
def case_with_advice(lindeveld):
    request = RequestFactory(site=lindeveld, kind="casus", status=Status.ADVISED)
    meeting = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=datetime.date.today()
    )
    item = AgendaItem.objects.create(meeting=meeting, request=request, advice=ADVICE)
    return request, meeting, item


def test_opening_a_panels_recorded_advice_is_audited(client, lindeveld, case_with_advice):
    request, meeting, item = case_with_advice
    staff = staff_of(lindeveld)
    client.force_login(staff)
    response = client.get(f"/admin/overleggen/{meeting.pk}/advies/{item.pk}/", REMOTE_ADDR="10.4.4.4")
    assert response.status_code == 200 and "Inhoud-7K" in response.content.decode()
    entry = AuditEntry.objects.get(object_reference=request.reference)
    assert (entry.actor, entry.action, entry.result, entry.origin, entry.site) == (
        staff,
        AuditAction.VIEW,
        AuditResult.OK,
        "10.4.4.4",
        lindeveld,
    )
    assert entry.detail == f"advies overleg {meeting.pk}"
    assert "Inhoud-7K" not in audit_rows()


def test_staff_of_another_region_opening_the_advice_is_refused_and_audited(
    client, lindeveld, second_region, case_with_advice
):
    request, meeting, item = case_with_advice
    outsider = staff_of(second_region)
    client.force_login(outsider)
    response = client.get(f"/admin/overleggen/{meeting.pk}/advies/{item.pk}/", follow=True)
    assert response.status_code == 404
    assert "Inhoud-7K" not in response.content.decode()
    entry = AuditEntry.objects.get(object_reference=request.reference)
    assert (entry.actor, entry.action, entry.result) == (outsider, AuditAction.VIEW, AuditResult.DENIED)
    agenda = client.get(f"/admin/overleggen/inspect/{meeting.pk}/", follow=True)
    assert agenda.status_code == 404 and "Inhoud-7K" not in agenda.content.decode()
    refused = AuditEntry.objects.get(object_type="panelmeeting", object_reference=str(meeting.pk))
    assert (refused.actor, refused.action, refused.result) == (outsider, AuditAction.VIEW, AuditResult.DENIED)


def test_a_refused_workflow_move_is_audited_although_its_transaction_rolls_back(client, lindeveld):
    staff = staff_of(lindeveld)
    request = RequestFactory(site=lindeveld)
    client.force_login(staff)
    response = client.post(f"/admin/aanvragen/{request.pk}/status/", {"target": Status.MONITORING})
    assert response.status_code == 200
    assert "geen toegestane stap" in response.content.decode()
    request.refresh_from_db()
    assert request.status == Status.NEW
    entry = AuditEntry.objects.get(object_reference=request.reference)
    assert (entry.actor, entry.action, entry.result, entry.detail) == (
        staff,
        AuditAction.CHANGE,
        AuditResult.REFUSED,
        f"status -> {Status.MONITORING}",
    )


def test_closing_without_an_outcome_is_refused_and_audited(client, lindeveld):
    staff = staff_of(lindeveld)
    request = RequestFactory(site=lindeveld, status=Status.ADVISED)
    client.force_login(staff)
    note = "Toelichting die niet verloren mag gaan."
    response = client.post(
        f"/admin/aanvragen/{request.pk}/status/", {"target": Status.CLOSED, "closing_note": note}
    )
    assert response.status_code == 200 and note in response.content.decode()
    assert (
        AuditEntry.objects.filter(object_reference=request.reference, result=AuditResult.REFUSED).count() == 1
    )
    assert note not in audit_rows()


def test_a_refusal_inside_a_callers_transaction_survives_its_rollback(lindeveld, second_region):
    """A service called inside a caller's `audit.atomic()` block that rolls back (as the
    admin views do) still leaves its refusal in the log: a region refusal and a move the
    workflow refuses."""
    request = RequestFactory(site=lindeveld)
    outsider = staff_of(second_region)
    with pytest.raises(PermissionDenied), services.audit.atomic():
        services.change_status(outsider, request, Status.IN_INTAKE, origin="t")
    staff = staff_of(lindeveld)
    with pytest.raises(services.WorkflowError), services.audit.atomic():
        services.add_note(staff, request, "Gesprek gepland.", origin="t")
        services.change_status(staff, request, Status.CLOSED, origin="t")  # no outcome
    assert not request.notes.exists()  # the caller's work was rolled back
    results = list(
        AuditEntry.objects.filter(object_reference=request.reference)
        .order_by("pk")
        .values_list("actor", "result")
    )
    assert results == [(outsider.pk, AuditResult.DENIED), (staff.pk, AuditResult.REFUSED)]  # no "note added"


def test_a_closed_request_takes_no_note_and_keeps_what_was_typed(client, lindeveld):
    staff = staff_of(lindeveld)
    request = RequestFactory(site=lindeveld, status=Status.ADVISED)
    services.change_status(staff, request, Status.CLOSED, outcome="advies-gegeven", origin="t")
    client.force_login(staff)
    typed = "Nog een belletje van de school."
    response = client.post(f"/admin/aanvragen/{request.pk}/notitie/", {"text": typed})
    assert response.status_code == 200
    assert "afgesloten" in response.content.decode() and typed in response.content.decode()
    assert not request.notes.exists()
    assert AuditEntry.objects.filter(
        object_reference=request.reference, result=AuditResult.REFUSED, detail="notitie"
    ).exists()
