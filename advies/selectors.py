"""Reads for the public forms and the back office. Back-office reads are always scoped to
the regions the user may handle (`advies.access`)."""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from advies import access
from advies.choices import ReferralResult
from advies.models import CallBackSlot, ChainPartner, IntakeSettings, PanelMeeting, Referral, Request


@dataclass(frozen=True)
class CallBackOption:
    slot: CallBackSlot
    date: datetime.date

    @property
    def value(self):
        return f"{self.slot.pk}:{self.date.isoformat()}"

    @property
    def label(self):
        day = formats.date_format(self.date, "l j F")
        return f"{day}, {self.slot.starts:%H:%M}-{self.slot.ends:%H:%M}"


def call_back_options(site, *, now=None):
    """Call-back moments of the region in the coming days that still have room, in order.
    Today's moments count only when they have not started yet."""
    now = timezone.localtime(now or timezone.now())
    region_settings = IntakeSettings.for_site(site)
    slots = list(region_settings.call_back_slots.all()) if region_settings.pk else []
    if not slots:
        return []
    last_day = now.date() + datetime.timedelta(days=region_settings.call_back_days_ahead)
    taken = {
        (row["call_back_slot"], row["call_back_date"]): row["n"]
        for row in Request.objects.filter(
            call_back_slot__in=slots, call_back_date__gte=now.date(), call_back_date__lte=last_day
        )
        .values("call_back_slot", "call_back_date")
        .annotate(n=Count("pk"))
    }
    options = []
    day = now.date()
    while day <= last_day:
        for slot in sorted(slots, key=lambda s: s.starts):
            if slot.weekday != day.weekday():
                continue
            if day == now.date() and slot.starts <= now.time():
                continue
            if taken.get((slot.pk, day), 0) >= slot.capacity:
                continue
            options.append(CallBackOption(slot=slot, date=day))
        day += datetime.timedelta(days=1)
    return options


# ---- back office ----------------------------------------------------------------------


def requests_for(user):
    return Request.objects.filter(site_id__in=access.region_ids(user)).select_related(
        "site", "municipality", "assigned_to"
    )


def request_for(user, pk):
    """The request if `user` may see it, else None (the view answers 404)."""
    return requests_for(user).filter(pk=pk).first()


def meetings_for(user):
    return PanelMeeting.objects.filter(site_id__in=access.region_ids(user)).select_related("site")


def chain_partners_for(site):
    return ChainPartner.objects.filter(site=site, active=True)


def staff_of_region(site):
    """Users who may handle requests of `site` (members of its intake teams)."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__intake_team__site=site)
        .distinct()
        .order_by("first_name", "username")
    )


def follow_ups_due(user, *, today=None):
    today = today or timezone.localdate()
    return (
        Referral.objects.filter(
            request__site_id__in=access.region_ids(user),
            result__in=[ReferralResult.OPEN, ReferralResult.WAITING_LIST],
            follow_up_on__lte=today,
        )
        .select_related("request", "partner", "request__site")
        .order_by("follow_up_on")
    )


def detail_answers(request):
    """The request's other answers as (label, value) pairs in form order, for the detail view."""
    from advies.forms import FORMS_BY_KIND

    form_class = FORMS_BY_KIND.get(request.kind)
    details = request.details or {}
    if form_class is None:
        return [(name, value) for name, value in details.items()]
    form = form_class(site=request.site)
    answers = []
    for name, field in form.fields.items():
        if name not in details:
            continue
        value = details[name]
        choices = dict(getattr(field, "choices", []) or [])
        if isinstance(value, list):
            value = ", ".join(str(choices.get(item, item)) for item in value)
        elif choices and value in choices:
            value = choices[value]
        answers.append((str(field.label), value))
    known = set(form.fields)
    answers += [(name, value) for name, value in details.items() if name not in known]
    return answers


def request_export_data(request):
    """Everything held on one request, for a subject-access request (plain data)."""

    def when(value):
        return value.isoformat() if value else None

    return {
        "referentienummer": request.reference,
        "soort": request.get_kind_display(),
        "status": request.get_status_display(),
        "regio": str(request.site),
        "gemeente": str(request.municipality) if request.municipality else None,
        "ontvangen": when(request.received_at),
        "eerste_contact": when(request.first_contact_at),
        "advies_of_verwijzing": when(request.advice_or_referral_at),
        "afgesloten": when(request.closed_at),
        "naam": request.contact_name,
        "telefoon": request.contact_phone,
        "e-mail": request.contact_email,
        "vraag": request.question,
        "samenvatting_scheidingswijzer": request.questionnaire_summary,
        "antwoorden": {label: value for label, value in detail_answers(request)},
        "notities": [{"datum": when(note.created_at), "tekst": note.text} for note in request.notes.all()],
        "verwijzingen": [
            {
                "ketenpartner": referral.partner.name,
                "verwezen_op": when(referral.referred_on),
                "resultaat": referral.get_result_display(),
                "toelichting": referral.note,
            }
            for referral in request.referrals.select_related("partner")
        ],
        "adviezen_panel": [
            {"overleg": str(item.meeting), "advies": item.advice}
            for item in request.agenda_items.select_related("meeting")
        ],
        "uitkomst": request.get_outcome_display() if request.outcome else None,
        "toelichting_afsluiten": request.closing_note,
        "_uitleg": _("Alle gegevens die het expertisepunt over deze aanvraag bewaart."),
    }
