"""Retention covers open requests too: one left untouched for the region's stale period is
anonymised, after staff were warned (dashboard panel, a list in the admin, the command's
dry run). Activity resets the period. Frozen time throughout."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from advies.choices import AuditAction, Status
from advies.models import AuditEntry, IntakeSettings, Request
from tests.factories.advies import RequestFactory, staff_of

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2030, 6, 3, 9, 0, tzinfo=datetime.UTC)


def days_ago(n):
    return NOW - datetime.timedelta(days=n)


def run_retention(*args):
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def region(lindeveld):
    settings = IntakeSettings.for_site(lindeveld)
    settings.retention_days_after_closing = 365
    settings.abandoned_after_days = 180
    settings.stale_open_after_days = 1000
    settings.retention_warning_days = 30
    settings.save()
    return settings


@pytest.fixture
def requests(lindeveld, region):
    """An intake left for 1,500 days, a monitored case untouched for 980 days (due in 20),
    and one worked on 100 days ago."""
    made = {}
    for name, status, idle in (
        ("forgotten", Status.IN_INTAKE, 1500),
        ("nearly", Status.MONITORING, 980),
        ("active", Status.IN_INTAKE, 100),
    ):
        with time_machine.travel(days_ago(idle), tick=False):
            made[name] = RequestFactory(site=lindeveld, status=status, question=f"Vraag van {name}")
    return made


def test_staff_are_warned_before_anything_happens(client, lindeveld, second_region, requests):
    forgotten, nearly, active = requests["forgotten"], requests["nearly"], requests["active"]
    staff = staff_of(lindeveld)
    with time_machine.travel(NOW, tick=False):
        client.force_login(staff)
        dry_run = run_retention("--dry-run")
        listing = client.get("/admin/bewaartermijn/").content.decode()
        dashboard = client.get("/admin/").content.decode()
    due_now, coming = dry_run.split("Within the warning period")
    assert forgotten.reference in due_now and "open-zonder-activiteit  anonymise" in due_now
    assert nearly.reference in coming and nearly.reference not in due_now
    assert active.reference not in dry_run
    assert "nothing changed" in due_now
    assert Request.objects.get(pk=forgotten.pk).anonymised_at is None  # a dry run changes nothing

    assert forgotten.reference in listing and nearly.reference in listing and active.reference not in listing
    assert "Open, maar lang niet aangeraakt" in listing and "wordt geanonimiseerd" in listing
    assert "23 juni 2030" in listing  # nearly: 980 days idle, due after 1,000
    assert "Vraag van" not in listing  # references and dates only
    assert "Wordt binnenkort geanonimiseerd of verwijderd" in dashboard
    assert "2 aanvragen van uw regio" in dashboard

    # Staff of another region see neither the requests nor the panel.
    with time_machine.travel(NOW, tick=False):
        client.force_login(staff_of(second_region))
        assert forgotten.reference not in client.get("/admin/bewaartermijn/").content.decode()
        assert "Wordt binnenkort geanonimiseerd" not in client.get("/admin/").content.decode()


def test_a_stale_open_request_is_anonymised_and_activity_resets_the_period(client, lindeveld, requests):
    forgotten, nearly, active = requests["forgotten"], requests["nearly"], requests["active"]
    with time_machine.travel(NOW, tick=False):
        output = run_retention()
    assert f"{forgotten.reference}  lindeveld.localhost  open-zonder-activiteit  anonymise" in output
    assert "1 anonymised, 0 deleted." in output

    forgotten.refresh_from_db()
    assert forgotten.anonymised_at == NOW
    assert forgotten.contact_name == forgotten.contact_phone == forgotten.question == ""
    assert forgotten.details == {}
    # What the effect report counts stays as it was: still open, no closing date invented.
    assert forgotten.status == Status.IN_INTAKE and forgotten.closed_at is None and forgotten.outcome == ""
    entry = AuditEntry.objects.get(object_reference=forgotten.reference, action=AuditAction.ANONYMISE)
    assert entry.detail == "bewaartermijn open aanvraag zonder activiteit" and entry.actor is None
    for other in (nearly, active):
        other.refresh_from_db()
        assert other.anonymised_at is None and other.question.startswith("Vraag van")

    # Staff take up the nearly-stale case: a note counts as activity.
    staff = staff_of(lindeveld)
    with time_machine.travel(NOW + datetime.timedelta(days=10), tick=False):
        client.force_login(staff)
        response = client.post(f"/admin/aanvragen/{nearly.pk}/notitie/", {"text": "Gezin gebeld, loopt nog."})
        assert response.status_code == 302
    with time_machine.travel(NOW + datetime.timedelta(days=30), tick=False):
        assert "0 anonymised, 0 deleted." in run_retention()
    nearly.refresh_from_db()
    assert nearly.anonymised_at is None

    # The anonymised request takes no new text; it can only be closed, without a note.
    with time_machine.travel(NOW + datetime.timedelta(days=31), tick=False):
        client.force_login(staff)
        refused = client.post(f"/admin/aanvragen/{forgotten.pk}/notitie/", {"text": "Nieuwe notitie"})
        assert refused.status_code == 200 and "geanonimiseerd" in refused.content.decode()
        assert not forgotten.notes.exists()
        closed = client.post(
            f"/admin/aanvragen/{forgotten.pk}/status/", {"target": Status.CLOSED, "outcome": "onbereikbaar"}
        )
        assert closed.status_code == 302
    forgotten.refresh_from_db()
    assert forgotten.status == Status.CLOSED and forgotten.closing_note == ""


def test_a_request_still_new_is_deleted_once_not_anonymised_first(lindeveld, region):
    """A request never picked up is deleted after `abandoned_after_days`, also when the
    stale period is shorter (it is never both anonymised and deleted in one run)."""
    region.stale_open_after_days = 100
    region.save()
    with time_machine.travel(days_ago(200), tick=False):
        never_picked_up = RequestFactory(site=lindeveld)
    with time_machine.travel(days_ago(150), tick=False):
        younger = RequestFactory(site=lindeveld)
    with time_machine.travel(NOW, tick=False):
        assert "1 anonymised, 1 deleted." in run_retention()
    assert not Request.objects.filter(pk=never_picked_up.pk).exists()
    younger.refresh_from_db()
    assert younger.anonymised_at is not None and younger.status == Status.NEW


def test_a_region_without_saved_intake_settings_uses_the_defaults(lindeveld, second_region):
    IntakeSettings.objects.filter(site=second_region).delete()
    with time_machine.travel(days_ago(800), tick=False):
        stale = RequestFactory(site=second_region, status=Status.IN_INTAKE)
    with time_machine.travel(NOW, tick=False):
        run_retention()
    stale.refresh_from_db()
    assert stale.anonymised_at == NOW  # default stale period: 730 days
    assert timezone.is_aware(stale.anonymised_at)


def test_the_dashboard_outlook_counts_in_the_database_what_the_plan_lists(lindeveld, region, requests):
    """The panel's count and first date come from a few aggregate queries (the plan loads
    every request it lists, tens of thousands in a region that never ran retention); both
    must agree, also for a request that is new and stale at once (shown as its deletion)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from advies import selectors

    for status, idle in ((Status.CLOSED, 370), (Status.CLOSED, 340), (Status.NEW, 1200), (Status.NEW, 170)):
        with time_machine.travel(days_ago(idle), tick=False):
            made = RequestFactory(site=lindeveld, status=status)
        if status == Status.CLOSED:
            Request.objects.filter(pk=made.pk).update(closed_at=days_ago(idle))
    with time_machine.travel(NOW, tick=False):
        plan = selectors.retention_plan(site_ids=[lindeveld.pk], ahead=True)
        with CaptureQueriesContext(connection) as queries:
            outlook = selectors.retention_outlook(site_ids=[lindeveld.pk])
    assert outlook.count == len(plan) == 6
    assert outlook.first_due_at == plan[0].due_at
    assert len(queries) <= 6
