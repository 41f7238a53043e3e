"""The anonymous survey after closing: planning, sending, answering.

At submission a requester may say yes to a short survey afterwards; the invitation then
holds their e-mail address (encrypted) and belongs to the request. Closing the request
plans it `survey_after_days` later (intake settings). `send_due()` (daily, with
`manage.py send_follow_up_surveys`) mails the link and, in the same transaction, lets
the invitation go of the request and of the address: from then on it keeps the hash of
its link and the region, kind, route and outcome. An answer is stored with those and
the month only, and the invitation is deleted (one answer per invitation). A request
anonymised or deleted before the survey was sent takes its invitation along.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from advies.answers import link_hash, new_link
from advies.choices import MailKind
from advies.models import MailDelivery, SurveyInvitation, SurveyResponse

ANSWER_DAYS = 60  # the link works this long after it was sent


def plan_after_closing(request):
    """On closing: the invitation (if the requester wanted one) is due some weeks later."""
    from advies.selectors import region_intake_settings

    invitation = SurveyInvitation.objects.filter(request=request, link_hash="").first()
    if invitation is None or not invitation.email:
        return None
    days = region_intake_settings(request.site).survey_after_days
    invitation.due_on = timezone.localdate(request.closed_at) + datetime.timedelta(days=days)
    invitation.save(update_fields=["due_on"])
    return invitation


def send_due(*, today=None, report=lambda line: None):
    """Send every invitation due by `today`. Returns the number sent."""
    from advies.services import enqueue_delivery

    today = today or timezone.localdate()
    due = SurveyInvitation.objects.filter(
        request__isnull=False, link_hash="", due_on__isnull=False, due_on__lte=today
    ).select_related("request", "request__site")
    sent = 0
    for invitation in due:
        with transaction.atomic():
            request = invitation.request
            token, hashed = new_link()
            delivery = MailDelivery.objects.create(
                request=request,
                kind=MailKind.SURVEY,
                recipient=invitation.email,
                secret=token,
                language=request.language,
            )
            invitation.request = None
            invitation.email = ""
            invitation.due_on = None
            invitation.link_hash = hashed
            invitation.site = request.site
            invitation.kind = request.kind
            invitation.route = request.route
            invitation.outcome = request.outcome
            invitation.expires_on = today + datetime.timedelta(days=ANSWER_DAYS)
            invitation.save()
            transaction.on_commit(lambda delivery=delivery: enqueue_delivery(delivery.pk))
        sent += 1
        report(f"survey invitation sent ({sent})")
    return sent


def invitation_for_link(token, *, today=None):
    """The sent invitation a link names, while it can be answered; else None."""
    if not token or len(token) > 64:
        return None
    invitation = SurveyInvitation.objects.filter(link_hash=link_hash(token), request__isnull=True).first()
    if invitation is None or invitation.expires_on < (today or timezone.localdate()):
        return None
    return invitation


@transaction.atomic
def record_answer(invitation, answers, *, today=None):
    """Store one anonymous answer (categories and month only) and delete the invitation,
    so the link works once. Returns the response, or None when it was already used."""
    invitation = SurveyInvitation.objects.select_for_update().filter(pk=invitation.pk).first()
    if invitation is None:
        return None
    today = today or timezone.localdate()
    response = SurveyResponse.objects.create(
        site=invitation.site,
        kind=invitation.kind,
        route=invitation.route,
        outcome=invitation.outcome,
        month=today.replace(day=1),
        **answers,
    )
    invitation.delete()
    return response


def purge_expired(*, now=None):
    """Delete sent invitations nobody answered in time."""
    today = timezone.localdate(now) if now else timezone.localdate()
    deleted, _by_model = SurveyInvitation.objects.filter(request__isnull=True, expires_on__lt=today).delete()
    return deleted
