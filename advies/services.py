"""Writes on requests: submission from the public forms, mail delivery with retries, and
every back-office change (workflow, assignment, notes, joint intake, meetings, referrals,
closing, export, anonymisation, retention, key rotation).

Back-office services take the acting user and check the region rule themselves, so a
view that forgets cannot leak; every change and export is written to the audit log.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from advies import access, answers, audit, surveys
from advies.choices import (
    AnswerKind,
    AuditAction,
    AuditResult,
    DeliveryStatus,
    MailKind,
    Panel,
    ReferralResult,
    Status,
)
from advies.fields import rotate_token
from advies.models import (
    AgendaItem,
    CallBackSlot,
    Draft,
    MailDelivery,
    ReadingKey,
    Referral,
    ReferralFollowUp,
    Request,
    RequestNote,
    SurveyInvitation,
)
from advies.models.requests import new_reference
from advies.workflow import WorkflowError, check_transition
from home.choices import Route
from home.models import RegionSettings

logger = logging.getLogger(__name__)

# What staff may type (the forms say the same; the services hold every caller to it).
NOTE_MAX = 5000
CLOSING_NOTE_MAX = 5000
PANEL_ADVICE_MAX = 8000
ANSWER_MAX = 8000

# Pauses between delivery attempts: 1, 2, 4, ... minutes, at most six hours.
FIRST_RETRY_SECONDS = 60
MAX_RETRY_SECONDS = 6 * 60 * 60


class SlotFull(Exception):
    """The chosen call-back time filled up while the form was being filled in."""


# ---- submission -----------------------------------------------------------------------


def submit_request(*, site, kind, fields, details, language, survey_email=""):
    """Save a request from a public form, in one transaction, before anything else.

    `fields` are model fields (categories, contact data, question), `details` the other
    answers. Confirmation and intake e-mails are saved as deliveries in the same
    transaction and sent after commit by a background task. The request gets a reading
    code for its answers (`request.reading_code`, to show once on the confirmation
    page; only its hash is stored) and, with `survey_email`, an invitation to the
    anonymous survey after closing.
    """
    with transaction.atomic():
        slot = fields.get("call_back_slot")
        if slot is not None:
            ensure_slot_has_room(slot, fields["call_back_date"])
        fields = {**fields, "safety_signal": has_safety_signal(fields)}
        request = _create_with_unique_reference(
            site=site, kind=kind, fields=fields, details=details, language=language
        )
        audit.record(
            None, AuditAction.CREATE, request, origin=audit.PUBLIC_FORM, detail=request.get_kind_display()
        )
        request.reading_code = answers.issue_reading_code(request)
        if survey_email:
            SurveyInvitation.objects.create(request=request, email=survey_email)
        deliveries = _queue_mail(request)
        transaction.on_commit(lambda: [enqueue_delivery(delivery.pk) for delivery in deliveries])
    return request


def has_safety_signal(fields):
    """A request carries a safety signal when the Scheidingswijzer ended in the safety
    route, or a professional brings a case to the expert pool (for families facing
    unsafety)."""
    return fields.get("route") == Route.SAFETY or fields.get("panel") == Panel.EXPERT_POOL


def ensure_slot_has_room(slot, date):
    """Lock the slot row and check there is still room on `date` (raises SlotFull)."""
    slot = CallBackSlot.objects.select_for_update().get(pk=slot.pk)
    taken = Request.objects.filter(call_back_slot=slot, call_back_date=date).count()
    if taken >= slot.capacity:
        raise SlotFull


def _create_with_unique_reference(*, site, kind, fields, details, language):
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Request.objects.create(
                    reference=new_reference(kind),
                    site=site,
                    kind=kind,
                    language=language,
                    details=details,
                    **fields,
                )
        except IntegrityError:
            continue
    raise IntegrityError("Could not find a free reference number.")


def _queue_mail(request):
    deliveries = []
    if request.contact_email:
        deliveries.append(
            MailDelivery.objects.create(
                request=request,
                kind=MailKind.CONFIRMATION,
                recipient=request.contact_email,
                language=request.language,
            )
        )
    intake_email = RegionSettings.for_site(request.site).intake_email
    if intake_email:
        deliveries.append(
            MailDelivery.objects.create(
                request=request, kind=MailKind.INTAKE_NOTIFICATION, recipient=intake_email, language="nl"
            )
        )
    return deliveries


# ---- mail delivery --------------------------------------------------------------------


def retry_delay(attempts):
    """Seconds to wait after `attempts` failed attempts: doubling from one minute (or
    settings.ADVIES_MAIL_FIRST_RETRY_SECONDS), capped."""
    first = getattr(settings, "ADVIES_MAIL_FIRST_RETRY_SECONDS", FIRST_RETRY_SECONDS)
    return min(first * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)


def enqueue_delivery(delivery_id, run_after=None):
    from advies.tasks import deliver_mail

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
            context["minutes"] = answers.MAILED_CODE_MINUTES
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


# ---- back office ----------------------------------------------------------------------


def _touch(request, *fields):
    request.last_activity_at = timezone.now()
    request.save(update_fields=["last_activity_at", *fields])


def _guard(actor, request, origin, *, change=True, detail=""):
    """Refuse (and log) a user who may not handle this request's region."""
    if not access.may_handle(actor, request.site_id, change=change):
        audit.record_refusal(
            actor,
            AuditAction.CHANGE if change else AuditAction.VIEW,
            request,
            result=AuditResult.DENIED,
            detail=detail,
            origin=origin,
        )
        raise access.PermissionDenied


def _refuse(actor, request, origin, detail, message):
    """Log a change the rules do not allow (it outlives the rollback) and raise WorkflowError."""
    audit.record_refusal(actor, AuditAction.CHANGE, request, detail=detail, origin=origin)
    raise WorkflowError(message)


def _ensure_open(actor, request, origin, detail):
    """A closed or anonymised request takes no more changes (closing is final)."""
    if request.is_anonymised:
        _refuse(
            actor, request, origin, detail, _("Deze aanvraag is geanonimiseerd en kan niet meer veranderen.")
        )
    if request.status == Status.CLOSED:
        _refuse(actor, request, origin, detail, _("Deze aanvraag is afgesloten en kan niet meer veranderen."))


def _ensure_length(actor, request, origin, detail, text, limit, label):
    """Free text staff type has a limit (the forms say so first; this holds for every caller)."""
    if len(text or "") > limit:
        _refuse(
            actor,
            request,
            origin,
            detail,
            _("%(label)s is te lang: ten hoogste %(limit)s tekens, nu %(length)s.")
            % {"label": label, "limit": limit, "length": len(text)},
        )


def _ensure_not_past(actor, request, origin, detail, day):
    if day is not None and day < timezone.localdate():
        _refuse(actor, request, origin, detail, _("Kies een opvolgdatum vandaag of later."))


def record_view(actor, request, *, origin, detail="detail"):
    _guard(actor, request, origin, change=False, detail=detail)
    audit.record(actor, AuditAction.VIEW, request, detail=detail, origin=origin)


@audit.atomic()
def change_status(actor, request, target, *, origin, outcome="", legal_measure_outcome="", closing_note=""):
    """Move a request to `target` if the workflow allows it; fills the timeline. A refused
    move is audited (and that entry survives the rollback)."""
    detail = f"status -> {target}"
    _guard(actor, request, origin, detail=detail)
    if request.is_anonymised and (target != Status.CLOSED or closing_note):
        _refuse(
            actor,
            request,
            origin,
            detail,
            _("Deze aanvraag is geanonimiseerd: u kunt hem alleen nog afsluiten, zonder toelichting."),
        )
    if request.status == Status.CLOSED:
        _refuse(actor, request, origin, detail, _("Deze aanvraag is afgesloten en kan niet meer veranderen."))
    _ensure_length(actor, request, origin, detail, closing_note, CLOSING_NOTE_MAX, _("De toelichting"))
    try:
        check_transition(request, target, outcome=outcome, legal_measure_outcome=legal_measure_outcome)
    except WorkflowError:
        audit.record_refusal(actor, AuditAction.CHANGE, request, detail=detail, origin=origin)
        raise
    now = timezone.now()
    previous = request.status
    request.status = target
    changed = ["status"]
    if target == Status.IN_INTAKE and request.first_contact_at is None:
        request.first_contact_at = now
        changed.append("first_contact_at")
    if target == Status.ADVISED and request.advice_or_referral_at is None:
        request.advice_or_referral_at = now
        changed.append("advice_or_referral_at")
    if target == Status.CLOSED:
        request.closed_at = now
        request.outcome = outcome
        request.legal_measure_outcome = legal_measure_outcome
        request.closing_note = closing_note
        changed += ["closed_at", "outcome", "legal_measure_outcome", "closing_note"]
        surveys.plan_after_closing(request)
    _touch(request, *changed)
    audit.record(actor, AuditAction.CHANGE, request, detail=f"status {previous} -> {target}", origin=origin)
    return request


@audit.atomic()
def assign(actor, request, assignee, *, origin):
    _guard(actor, request, origin, detail="toewijzing")
    _ensure_open(actor, request, origin, "toewijzing")
    if assignee is not None and not access.may_handle(assignee, request.site_id, change=True):
        _refuse(
            actor,
            request,
            origin,
            "toewijzing",
            _("De behandelaar hoort niet bij het intaketeam van deze regio."),
        )
    request.assigned_to = assignee
    _touch(request, "assigned_to")
    audit.record(actor, AuditAction.CHANGE, request, detail="toewijzing", origin=origin)


@audit.atomic()
def add_note(actor, request, text, *, origin):
    _guard(actor, request, origin, detail="notitie")
    _ensure_open(actor, request, origin, "notitie")
    _ensure_length(actor, request, origin, "notitie", text, NOTE_MAX, _("De notitie"))
    note = RequestNote.objects.create(request=request, author=actor, text=text)
    _touch(request)
    audit.record(actor, AuditAction.CHANGE, request, detail="notitie toegevoegd", origin=origin)
    return note


@audit.atomic()
def decide_joint_intake(actor, request, *, joint, partners, origin):
    detail = "gezamenlijke intake"
    _guard(actor, request, origin, detail=detail)
    _ensure_open(actor, request, origin, detail)
    partners = list(partners or [])
    if any(partner.site_id != request.site_id for partner in partners):
        _refuse(actor, request, origin, detail, _("Kies alleen ketenpartners uit de eigen regio."))
    if joint and not partners:
        _refuse(
            actor, request, origin, detail, _("Kies bij een gezamenlijke intake de partners die meedoen.")
        )
    request.joint_intake = joint
    request.joint_intake_decided_at = timezone.now()
    _touch(request, "joint_intake", "joint_intake_decided_at")
    request.joint_intake_partners.set(partners if joint else [])
    audit.record(actor, AuditAction.CHANGE, request, detail="besluit gezamenlijke intake", origin=origin)


@audit.atomic()
def refer(actor, request, *, partner, follow_up_on, note="", origin):
    """Refer a request to a chain partner; the first referral stamps 'advice or referral'."""
    _guard(actor, request, origin, detail="verwijzing")
    if partner.site_id != request.site_id:
        _refuse(actor, request, origin, "verwijzing", _("Kies een ketenpartner uit de eigen regio."))
    _ensure_open(actor, request, origin, "verwijzing")
    _ensure_not_past(actor, request, origin, "verwijzing", follow_up_on)
    _ensure_length(actor, request, origin, "verwijzing", note, NOTE_MAX, _("De toelichting"))
    referral = Referral.objects.create(
        request=request, partner=partner, follow_up_on=follow_up_on, note=note, referred_by=actor
    )
    changed = _refresh_next_follow_up(request)
    if request.advice_or_referral_at is None:
        request.advice_or_referral_at = timezone.now()
        changed.append("advice_or_referral_at")
    _touch(request, *changed)
    audit.record(actor, AuditAction.CHANGE, request, detail="verwijzing toegevoegd", origin=origin)
    return referral


@audit.atomic()
def record_referral_result(actor, referral, *, result, note="", origin, follow_up_on=None):
    """Add a follow-up to a referral: its result now, perhaps a new follow-up date, a note.
    Earlier follow-ups and the referral's own note stay as they were; the referral's
    plain columns take the latest result and date (the follow-up list and the report
    read those)."""
    request = referral.request
    _guard(actor, request, origin, detail="resultaat verwijzing")
    _ensure_open(actor, request, origin, "resultaat verwijzing")
    _ensure_not_past(actor, request, origin, "resultaat verwijzing", follow_up_on)
    _ensure_length(actor, request, origin, "resultaat verwijzing", note, NOTE_MAX, _("De toelichting"))
    now = timezone.now()
    follow_up = ReferralFollowUp.objects.create(
        referral=referral,
        recorded_at=now,
        recorded_by=actor,
        result=result,
        follow_up_on=follow_up_on,
        note=note,
    )
    referral.result = result
    if follow_up_on is not None:
        referral.follow_up_on = follow_up_on
    referral.result_recorded_at = now if result != ReferralResult.OPEN else None
    referral.save(update_fields=["result", "follow_up_on", "result_recorded_at"])
    _touch(request, *_refresh_next_follow_up(request))
    audit.record(actor, AuditAction.CHANGE, request, detail="resultaat verwijzing", origin=origin)
    return follow_up


def _refresh_next_follow_up(request):
    """Set the request's next follow-up: the earliest date among its referrals still
    without a final result (or None). Returns the changed field names for `_touch`."""
    earliest = (
        request.referrals.filter(result__in=[ReferralResult.OPEN, ReferralResult.WAITING_LIST])
        .order_by("follow_up_on")
        .values_list("follow_up_on", flat=True)
        .first()
    )
    if earliest == request.next_follow_up_on:
        return []
    request.next_follow_up_on = earliest
    return ["next_follow_up_on"]


def _guard_meeting(actor, meeting, origin):
    if not access.may_handle(actor, meeting.site_id, change=True):
        audit.record_refusal(
            actor,
            AuditAction.CHANGE,
            meeting,
            result=AuditResult.DENIED,
            detail="overleg",
            origin=origin,
            site=meeting.site,
        )
        raise access.PermissionDenied


@audit.atomic()
def put_on_agenda(actor, meeting, request, *, origin):
    """Put a case on a meeting's agenda; an open request in intake moves to 'in panel'."""
    _guard_meeting(actor, meeting, origin)
    _guard(actor, request, origin, detail="agenda")
    if request.site_id != meeting.site_id:
        _refuse(
            actor, request, origin, "agenda", _("De aanvraag hoort bij een andere regio dan dit overleg.")
        )
    _ensure_open(actor, request, origin, "agenda")
    item, _created = AgendaItem.objects.get_or_create(meeting=meeting, request=request)
    if request.status == Status.IN_INTAKE:
        change_status(actor, request, Status.IN_PANEL, origin=origin)
    else:
        _touch(request)
        audit.record(actor, AuditAction.CHANGE, request, detail="op agenda gezet", origin=origin)
    return item


@audit.atomic()
def record_panel_advice(actor, item, advice, *, origin):
    """The advice the panel or pool gave on a case; the request moves to 'advice given'."""
    _guard_meeting(actor, item.meeting, origin)
    request = item.request
    _guard(actor, request, origin, detail="advies panel")
    _ensure_open(actor, request, origin, "advies panel")
    _ensure_length(actor, request, origin, "advies panel", advice, PANEL_ADVICE_MAX, _("Het advies"))
    item.advice = advice
    item.advice_recorded_at = timezone.now()
    item.save(update_fields=["advice", "advice_recorded_at"])
    if request.status == Status.IN_PANEL:
        change_status(actor, request, Status.ADVISED, origin=origin)
    else:
        _touch(request)
        audit.record(actor, AuditAction.CHANGE, request, detail="advies panel vastgelegd", origin=origin)


@audit.atomic()
def send_answer(actor, request, *, kind, text="", call_on=None, origin):
    """Send an answer back to the person who asked: stored encrypted, readable on the
    portal with a code until the region's retention period after sending is over. The
    e-mail (to the request's own address, if it has one) carries the reference and a
    link, never the answer. Returns the answer."""
    detail = "antwoord aan aanvrager"
    _guard(actor, request, origin, detail=detail)
    _ensure_open(actor, request, origin, detail)
    _ensure_length(actor, request, origin, detail, text, ANSWER_MAX, _("Het antwoord"))
    if kind == AnswerKind.PICKED_UP:
        if call_on is None:
            _refuse(actor, request, origin, detail, _("Kies de dag waarop u de aanvrager belt."))
        _ensure_not_past(actor, request, origin, detail, call_on)
    elif not text.strip():
        _refuse(actor, request, origin, detail, _("Schrijf het antwoord."))
    from advies.models import Answer
    from advies.selectors import region_intake_settings

    now = timezone.now()
    token, hashed = answers.new_link()
    days = region_intake_settings(request.site).retention_days_after_closing
    answer = Answer.objects.create(
        request=request,
        kind=kind,
        text=text,
        call_on=call_on if kind == AnswerKind.PICKED_UP else None,
        written_by=actor,
        sent_at=now,
        expires_at=now + datetime.timedelta(days=days),
        link_hash=hashed,
    )
    answer.link = token  # for the caller (tests, the browser journey); never stored
    if request.contact_email:
        delivery = MailDelivery.objects.create(
            request=request,
            kind=MailKind.ANSWER,
            recipient=request.contact_email,
            secret=token,
            language=request.language,
        )
        transaction.on_commit(lambda: enqueue_delivery(delivery.pk))
    _touch(request)
    audit.record(
        actor, AuditAction.CHANGE, request, detail=f"antwoord verstuurd ({answer.kind})", origin=origin
    )
    return answer


def save_meeting(actor, meeting, *, origin):
    _guard_meeting(actor, meeting, origin)
    meeting.save()
    return meeting


# ---- export, anonymisation, retention -------------------------------------------------


def export_request(actor, request, *, origin):
    """Everything held on one request, for a subject-access request. Audit-logged."""
    if not (access.can_export_requests(actor) and access.may_handle(actor, request.site_id)):
        audit.record(actor, AuditAction.EXPORT, request, result=AuditResult.DENIED, origin=origin)
        raise access.PermissionDenied
    from advies.selectors import request_export_data

    data = request_export_data(request)
    audit.record(actor, AuditAction.EXPORT, request, detail="inzageverzoek", origin=origin)
    return data


def anonymise(request, *, actor=None, origin=audit.SYSTEM, now=None, detail="bewaartermijn"):
    """Wipe everything personal or typed from a request and what hangs on it; keep the
    categories and timeline the effect report counts. The status stays as it was."""
    now = now or timezone.now()
    with transaction.atomic():
        for name in Request.ENCRYPTED_FIELDS:
            setattr(request, name, {} if name == "details" else "")
        request.anonymised_at = now
        request.save()
        request.notes.update(text="")
        request.referrals.update(note="")
        ReferralFollowUp.objects.filter(referral__request=request).update(note="")
        request.agenda_items.update(advice="")
        request.mail_deliveries.update(recipient="", secret="")
        request.drafts.all().delete()
        request.answers.update(text="")
        request.mailed_codes.all().delete()
        ReadingKey.objects.filter(request=request).delete()
        SurveyInvitation.objects.filter(request=request).delete()
        audit.record(actor, AuditAction.ANONYMISE, request, origin=origin, detail=detail)


def apply_retention(*, now=None, report=lambda step: None):
    """Carry out every retention step due now (`selectors.retention_plan`): anonymise
    closed requests past their region's retention period and open requests without
    activity for the region's stale period; delete requests never picked up (still
    'new') and untouched for the region's period. Each step is audited and passed to
    `report`. Drafts past their time go too. Returns (anonymised, deleted) requests."""
    from advies.selectors import retention_plan

    now = now or timezone.now()
    purge_expired_drafts(now=now)
    answers.purge_expired(now=now)
    surveys.purge_expired(now=now)
    anonymised = deleted = 0
    for step in retention_plan(now=now):
        request = step.request
        if step.deletes:
            with transaction.atomic():
                audit.record(None, AuditAction.DELETE, request, detail=step.audit_detail)
                request.delete()
            deleted += 1
        else:
            anonymise(request, now=now, detail=step.audit_detail)
            anonymised += 1
        report(step)
    return anonymised, deleted


def purge_expired_drafts(*, now=None):
    """Delete drafts past their time (also done on every new draft). Returns the number."""
    deleted, _by_model = Draft.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted


def reencrypt_all(*, report=lambda line: None):
    """Rewrite every encrypted value with the newest key (after putting a new key first
    in FIELD_ENCRYPTION_KEYS). Returns the number of values rotated."""
    from django.db import connection

    from advies.models import Answer

    models_with_secrets = [
        Request,
        RequestNote,
        Referral,
        ReferralFollowUp,
        AgendaItem,
        MailDelivery,
        Draft,
        Answer,
        SurveyInvitation,
    ]
    rotated = 0
    for model in models_with_secrets:
        table = model._meta.db_table
        columns = [model._meta.get_field(name).column for name in model.ENCRYPTED_FIELDS]
        quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
        pk = connection.ops.quote_name(model._meta.pk.column)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"SELECT {pk}, {quoted} FROM {connection.ops.quote_name(table)}")  # noqa: S608
            rows = cursor.fetchall()
            for row in rows:
                values = [rotate_token(value) if value else value for value in row[1:]]
                rotated += sum(1 for value in row[1:] if value)
                assignments = ", ".join(f"{connection.ops.quote_name(column)} = %s" for column in columns)
                cursor.execute(
                    f"UPDATE {connection.ops.quote_name(table)} SET {assignments} WHERE {pk} = %s",  # noqa: S608
                    [*values, row[0]],
                )
        report(f"{model._meta.verbose_name_plural}: {len(rows)} rows")
    return rotated
