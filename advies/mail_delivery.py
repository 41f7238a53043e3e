"""Mail delivery: compose a delivery's e-mail (a reference number and a link or code,
never content), send it with retries, and the background task that does so.

django-tasks has no retry of its own. A failed delivery records when to try again; on a
backend that can defer (the database backend with `manage.py db_worker`) the task
re-enqueues itself for that moment. `manage.py deliver_pending_mail` sends whatever is
due as well, so a lost task or a backend without deferral loses nothing.

This module sits below `services`, `answers` and `surveys` (they all enqueue deliveries)
and imports none of them, so the writes and the task that sends their mail form no cycle.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from advies.choices import DeliveryStatus, MailKind
from advies.models import MailDelivery

logger = logging.getLogger(__name__)

# Pauses between delivery attempts: 1, 2, 4, ... minutes, at most six hours.
FIRST_RETRY_SECONDS = 60
MAX_RETRY_SECONDS = 6 * 60 * 60

# A reading code sent by e-mail works this long (`advies.answers` issues it; the mail says it).
MAILED_CODE_MINUTES = 15


def retry_delay(attempts):
    """Seconds to wait after `attempts` failed attempts: doubling from one minute (or
    settings.ADVIES_MAIL_FIRST_RETRY_SECONDS), capped."""
    first = getattr(settings, "ADVIES_MAIL_FIRST_RETRY_SECONDS", FIRST_RETRY_SECONDS)
    return min(first * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)


def enqueue_delivery(delivery_id, run_after=None):
    task = deliver_mail
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # picked up by `manage.py deliver_pending_mail`
        task = task.using(run_after=run_after)
    task.enqueue(delivery_id)


def admin_url_for(request):
    """The staff link in a notification: by reference, which is random, not by the
    sequential id (that would tell how many requests the region has, and which came
    before). It opens the request after login, for the region's staff only."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "aanvragen:by_reference", args=[request.reference]
    )


def public_url_for(request, path):
    """`path` (absolute, with language prefix) on the public address of the request's region."""
    return request.site.root_url.rstrip("/") + path


def compose_mail(delivery):
    """Subject and body of a delivery: the reference number (and for staff a link, for
    the requester a link or a one-time code), never content."""
    request = delivery.request
    context = {"reference": request.reference, "admin_url": admin_url_for(request), "kind": request.kind}
    with translation.override(delivery.language):
        if delivery.kind == MailKind.ANSWER:
            context["link"] = public_url_for(request, reverse("advies:antwoord_link", args=[delivery.secret]))
            context["reading_url"] = public_url_for(request, reverse("advies:antwoord"))
        elif delivery.kind == MailKind.READING_CODE:
            context["code"] = delivery.secret
            context["minutes"] = MAILED_CODE_MINUTES
        elif delivery.kind == MailKind.SURVEY:
            context["link"] = public_url_for(request, reverse("advies:terugblik", args=[delivery.secret]))
        subject = render_to_string(f"advies/email/{delivery.kind}_subject.txt", context).strip()
        body = render_to_string(f"advies/email/{delivery.kind}.txt", context)
    return subject, body


def attempt_delivery(delivery_id, *, now=None):
    """Try to send one delivery. Returns True when it is (or already was) sent; on a mail
    server failure records the attempt and when to try again, and returns False."""
    now = now or timezone.now()
    with transaction.atomic():
        delivery = (
            MailDelivery.objects.select_for_update().select_related("request").filter(pk=delivery_id).first()
        )
        if delivery is None or delivery.status == DeliveryStatus.SENT:
            return True
        subject, body = compose_mail(delivery)
        message = EmailMessage(subject, body, to=[delivery.recipient])
        delivery.attempts += 1
        try:
            message.send(fail_silently=False)
        except (smtplib.SMTPException, OSError) as error:
            delivery.next_attempt_at = now + datetime.timedelta(seconds=retry_delay(delivery.attempts))
            delivery.last_error = type(error).__name__
            delivery.save(update_fields=["attempts", "next_attempt_at", "last_error"])
            logger.warning(
                "Mail delivery %s failed (attempt %s, %s); next try %s",
                delivery.pk,
                delivery.attempts,
                delivery.last_error,
                delivery.next_attempt_at.isoformat(),
            )
            return False
        delivery.status = DeliveryStatus.SENT
        delivery.sent_at = now
        delivery.last_error = ""
        if delivery.kind != MailKind.INTAKE_NOTIFICATION:
            delivery.recipient = ""  # the requester's address is no longer needed here
        delivery.secret = ""  # a link or code lives in the e-mail only
        delivery.save(update_fields=["attempts", "status", "sent_at", "last_error", "recipient", "secret"])
        return True


def deliver_due_mail(*, now=None):
    """Send every pending delivery whose next attempt is due. Returns (sent, failed)."""
    now = now or timezone.now()
    due = MailDelivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now).values_list(
        "pk", flat=True
    )
    sent = failed = 0
    for delivery_id in list(due):
        if attempt_delivery(delivery_id, now=now):
            sent += 1
        else:
            failed += 1
    return sent, failed


@task()
def deliver_mail(delivery_id):
    """Send one delivery; on failure re-enqueue itself for the recorded next attempt (on a
    backend that can defer; otherwise `manage.py deliver_pending_mail` picks it up)."""
    if attempt_delivery(delivery_id):
        return True
    delivery = MailDelivery.objects.filter(pk=delivery_id).only("next_attempt_at").first()
    if delivery is not None:
        enqueue_delivery(delivery_id, run_after=delivery.next_attempt_at)
    return False
