"""A mail server outage loses nothing: the request is saved, the e-mails wait and are
delivered after recovery, with growing pauses between attempts."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from advies import mail_delivery
from advies.choices import DeliveryStatus, RequestKind
from advies.models import MailDelivery, Request
from tests.advies.helpers import URLS, advice_data

pytestmark = pytest.mark.django_db

DOWN = "tests.advies.outage_backend.MailServerDownBackend"
UP = "django.core.mail.backends.locmem.EmailBackend"


def test_outage_loses_nothing_and_delivers_after_recovery(
    site_client, lindeveld, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = DOWN
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            response = site_client(lindeveld).post(URLS[RequestKind.ADVICE], advice_data())
        assert response.status_code == 302  # the person sees the confirmation
        saved = Request.objects.get()
        deliveries = MailDelivery.objects.filter(request=saved)
        assert deliveries.count() == 2
        assert all(d.status == DeliveryStatus.PENDING and d.attempts == 1 for d in deliveries)
        assert all(d.last_error == "ConnectionRefusedError" for d in deliveries)
        assert all(d.next_attempt_at == start + datetime.timedelta(minutes=1) for d in deliveries)

    # Still down a minute later: the pause doubles.
    with time_machine.travel(start + datetime.timedelta(seconds=61), tick=False):
        call_command("deliver_pending_mail", stdout=open("/dev/null", "w"))  # noqa: SIM115
        for delivery in MailDelivery.objects.filter(request=saved):
            assert delivery.attempts == 2
            assert delivery.next_attempt_at == timezone.now() + datetime.timedelta(minutes=2)
    assert mail.outbox == []

    # Not yet due: nothing is tried.
    settings.EMAIL_BACKEND = UP
    with time_machine.travel(start + datetime.timedelta(seconds=90), tick=False):
        assert mail_delivery.deliver_due_mail() == (0, 0)
    assert mail.outbox == []

    # The server is back and the retry is due: both e-mails go out, reference only.
    with time_machine.travel(start + datetime.timedelta(minutes=5), tick=False):
        assert mail_delivery.deliver_due_mail() == (2, 0)
    assert len(mail.outbox) == 2
    assert all(saved.reference in m.subject for m in mail.outbox)
    assert all(d.status == DeliveryStatus.SENT for d in MailDelivery.objects.filter(request=saved))
    # The requester's address is not kept once the confirmation went out.
    confirmation = MailDelivery.objects.get(request=saved, kind="bevestiging")
    assert confirmation.recipient == ""
    # Sending again sends nothing twice.
    assert mail_delivery.deliver_due_mail(now=timezone.now() + datetime.timedelta(days=1)) == (0, 0)
    assert len(mail.outbox) == 2


def test_retry_delay_doubles_and_is_capped():
    assert [mail_delivery.retry_delay(n) for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert mail_delivery.retry_delay(30) == mail_delivery.MAX_RETRY_SECONDS


def test_failed_task_re_enqueues_itself_when_the_backend_can_defer(
    site_client, lindeveld, settings, django_capture_on_commit_callbacks, monkeypatch
):
    """On a backend with deferral (the database backend) the task schedules its own retry."""
    from advies import tasks

    settings.EMAIL_BACKEND = DOWN
    scheduled = []
    monkeypatch.setattr(
        mail_delivery, "enqueue_delivery", lambda pk, run_after=None: scheduled.append((pk, run_after))
    )
    delivery_ids = []
    with django_capture_on_commit_callbacks(execute=False):
        site_client(lindeveld).post(URLS[RequestKind.ADVICE], advice_data())
    delivery_ids = list(MailDelivery.objects.values_list("pk", flat=True))
    for pk in delivery_ids:
        assert tasks.deliver_mail.call(pk) is False
    assert [pk for pk, _ in scheduled] == delivery_ids
    assert all(run_after == MailDelivery.objects.get(pk=pk).next_attempt_at for pk, run_after in scheduled)
