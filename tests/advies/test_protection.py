"""Protection of the data: encryption at rest with key rotation, the audit log, the
subject-access export, and retention with a frozen clock."""

import datetime
import json

import pytest
import time_machine
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from advies import services
from advies.choices import AuditAction, Status
from advies.models import AgendaItem, AuditEntry, IntakeSettings, PanelMeeting, Referral, Request, RequestNote
from tests.factories.advies import ChainPartnerFactory, RequestFactory, privacy_officer, staff_of

pytestmark = pytest.mark.django_db

PLAINTEXTS = ["Testnaam Ouder", "0612345678", "ouder@voorbeeld.test", "omgang met de kinderen", "child_ages"]


def raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
        return [" ".join(str(value) for value in row) for row in cursor.fetchall()]


def test_personal_fields_are_not_stored_in_plaintext(lindeveld):
    request = RequestFactory(site=lindeveld)
    RequestNote.objects.create(request=request, text="Notitie over omgang met de kinderen")
    rows = raw_rows("advies_request") + raw_rows("advies_requestnote")
    assert rows
    for text in PLAINTEXTS:
        assert not any(text in row for row in rows), text
    with connection.cursor() as cursor:
        cursor.execute("SELECT contact_name, question FROM advies_request WHERE id = %s", [request.pk])
        name, question = cursor.fetchone()
    assert name.startswith("gAAAAA") and question.startswith("gAAAAA")  # Fernet tokens
    request.refresh_from_db()
    assert request.contact_name == "Testnaam Ouder"


def test_submitted_form_is_encrypted_at_rest(site_client, lindeveld):
    from tests.advies.helpers import advice_data

    site_client(lindeveld).post("/nl/advies/aanvragen/", advice_data())
    rows = raw_rows("advies_request") + raw_rows("advies_maildelivery")
    for text in ("Roepnaam Test", "06 12345678", "ouder@voorbeeld.test", "Wij gaan uit elkaar", "na 9 uur"):
        assert not any(text in row for row in rows), text


def test_key_rotation(lindeveld, settings):
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    request = RequestFactory(site=lindeveld)
    new_key = Fernet.generate_key().decode()

    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    assert Request.objects.get(pk=request.pk).contact_name == "Testnaam Ouder"  # old rows still readable
    call_command("reencrypt_requests", stdout=open("/dev/null", "w"))  # noqa: SIM115

    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert Request.objects.get(pk=request.pk).contact_name == "Testnaam Ouder"
    settings.FIELD_ENCRYPTION_KEYS = [old_key]
    with pytest.raises(ImproperlyConfigured):
        Request.objects.get(pk=request.pk)


def test_views_changes_and_exports_are_audited_without_content(client, lindeveld):
    staff = staff_of(lindeveld)
    request = RequestFactory(site=lindeveld, question="Inhoud die niet in de log mag")
    client.force_login(staff)
    client.get(f"/admin/aanvragen/inspect/{request.pk}/", REMOTE_ADDR="10.1.2.3")
    client.post(
        f"/admin/aanvragen/{request.pk}/status/", {"target": Status.IN_INTAKE}, REMOTE_ADDR="10.1.2.3"
    )
    client.post(
        f"/admin/aanvragen/{request.pk}/notitie/", {"text": "Geheime notitie"}, REMOTE_ADDR="10.1.2.3"
    )
    export = client.get(f"/admin/aanvragen/{request.pk}/export/", REMOTE_ADDR="10.1.2.3")
    assert export.status_code == 200

    entries = AuditEntry.objects.filter(object_reference=request.reference).order_by("pk")
    actions = [entry.action for entry in entries]
    assert actions == [AuditAction.VIEW, AuditAction.CHANGE, AuditAction.CHANGE, AuditAction.EXPORT]
    for entry in entries:
        assert entry.actor == staff and entry.actor_name == staff.username
        assert entry.origin == "10.1.2.3"
        assert entry.result == "ok"
        assert entry.site == lindeveld
        assert entry.created_at is not None
    logged = " ".join(raw_rows("advies_auditentry"))
    assert "Inhoud die niet in de log mag" not in logged
    assert "Geheime notitie" not in logged
    assert "Testnaam" not in logged


def test_public_submission_is_audited_without_ip(site_client, lindeveld):
    from tests.advies.helpers import advice_data

    site_client(lindeveld).post("/nl/advies/aanvragen/", advice_data(), REMOTE_ADDR="10.9.9.9")
    entry = AuditEntry.objects.get(action=AuditAction.CREATE)
    assert entry.actor is None and entry.origin == "openbaar formulier"
    assert "10.9.9.9" not in " ".join(raw_rows("advies_auditentry"))


def test_subject_access_export_holds_everything(client, lindeveld):
    staff = staff_of(lindeveld)
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    services.add_note(staff, request, "Eerste gesprek gevoerd.", origin="test")
    partner = ChainPartnerFactory(site=lindeveld)
    services.refer(
        staff, request, partner=partner, follow_up_on=datetime.date.today(), note="Mediation", origin="t"
    )
    client.force_login(staff)
    response = client.get(f"/admin/aanvragen/{request.pk}/export/")
    assert response["Content-Disposition"] == f'attachment; filename="inzage-{request.reference}.json"'
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["referentienummer"] == request.reference
    assert data["naam"] == "Testnaam Ouder"
    assert data["vraag"] == request.question
    assert data["notities"][0]["tekst"] == "Eerste gesprek gevoerd."
    assert data["verwijzingen"][0]["ketenpartner"] == partner.name


def test_privacy_officer_cannot_export(client, lindeveld):
    request = RequestFactory(site=lindeveld)
    client.force_login(privacy_officer())
    response = client.get(f"/admin/aanvragen/{request.pk}/export/", follow=True)
    assert response.status_code == 404
    assert request.contact_name not in response.content.decode()


def test_retention_with_a_frozen_clock(lindeveld):
    region = IntakeSettings.for_site(lindeveld)
    region.retention_days_after_closing = 365
    region.abandoned_after_days = 180
    region.save()
    staff = staff_of(lindeveld)
    now = timezone.now()

    with time_machine.travel(now - datetime.timedelta(days=400), tick=False):
        expired = RequestFactory(site=lindeveld, status=Status.ADVISED)
        services.change_status(staff, expired, Status.CLOSED, outcome="advies-gegeven", origin="t")
        RequestNote.objects.create(request=expired, text="Oude notitie")
        partner = ChainPartnerFactory(site=lindeveld)
        Referral.objects.create(
            request=expired, partner=partner, follow_up_on=datetime.date.today(), note="x"
        )
        meeting = PanelMeeting.objects.create(
            site=lindeveld, panel="expertisepoule", date=datetime.date.today()
        )
        AgendaItem.objects.create(meeting=meeting, request=expired, advice="Oud advies")
        abandoned = RequestFactory(site=lindeveld)  # never picked up
        stalled = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)  # picked up: kept
    with time_machine.travel(now - datetime.timedelta(days=100), tick=False):
        recent = RequestFactory(site=lindeveld, status=Status.ADVISED)
        services.change_status(staff, recent, Status.CLOSED, outcome="doorverwezen", origin="t")
        young = RequestFactory(site=lindeveld)

    with time_machine.travel(now, tick=False):
        call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115

    expired.refresh_from_db()
    assert expired.anonymised_at == now
    assert expired.contact_name == expired.contact_phone == expired.contact_email == expired.question == ""
    assert expired.details == {}
    assert expired.notes.get().text == ""
    assert expired.referrals.get().note == ""
    assert expired.agenda_items.get().advice == ""
    # what the effect report counts is kept
    assert expired.outcome == "advies-gegeven" and expired.closed_at is not None and expired.kind
    assert not Request.objects.filter(pk=abandoned.pk).exists()
    assert Request.objects.filter(pk=stalled.pk).exists()
    recent.refresh_from_db()
    assert recent.anonymised_at is None and recent.contact_name == "Testnaam Ouder"
    assert Request.objects.filter(pk=young.pk).exists()
    assert AuditEntry.objects.filter(
        action=AuditAction.ANONYMISE, object_reference=expired.reference
    ).exists()
    assert AuditEntry.objects.filter(action=AuditAction.DELETE, object_reference=abandoned.reference).exists()

    # Running again changes nothing more.
    with time_machine.travel(now + datetime.timedelta(hours=1), tick=False):
        assert services.apply_retention() == (0, 0)


def test_retention_task_runs_the_same_rules(lindeveld):
    from advies.tasks import apply_retention

    with time_machine.travel(timezone.now() - datetime.timedelta(days=1000), tick=False):
        old = RequestFactory(site=lindeveld)
    result = apply_retention.enqueue()
    assert result.return_value == {"anonymised": 0, "deleted": 1}
    assert not Request.objects.filter(pk=old.pk).exists()
