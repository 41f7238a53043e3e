"""Reads for the public forms and the back office. Back-office reads are always scoped to
the regions the user may handle (`advies.access`)."""

import datetime
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from advies import access, audit
from advies.choices import ReferralResult, RetentionRule, Status
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


def detail_answers(request, *, with_family_members=True):
    """The request's other answers as (label, value) pairs in form order, for the detail view
    and the export, as people read them: choices by their label, yes/no in words, dates
    written out. Every label is distinct: repeated rows (family members) say which row;
    without `with_family_members` those rows are left out (the page lists them apart)."""
    from django import forms as django_forms

    from advies.forms import FORMS_BY_KIND

    form_class = FORMS_BY_KIND.get(request.kind)
    details = request.details or {}
    if form_class is None:
        return [(name, readable_value(value)) for name, value in details.items()]
    form = form_class(site=request.site)
    answers = []
    for name, field in form.fields.items():
        if name not in details:
            continue
        if not with_family_members and FAMILY_MEMBER_FIELD.fullmatch(name):
            continue
        value = details[name]
        choices = dict(getattr(field, "choices", []) or [])
        if isinstance(value, list):
            value = ", ".join(str(choices.get(item, item)) for item in value)
        elif choices and value in choices:
            value = choices[value]
        elif isinstance(field, django_forms.DateField):
            value = readable_value(_parse_date(value))
        answers.append((_answer_label(name, field), readable_value(value)))
    known = set(form.fields)
    answers += [(name, readable_value(value)) for name, value in details.items() if name not in known]
    return answers


def readable_value(value):
    """A stored answer as a person reads it: 'ja'/'nee', '14 maart 2026', numbers as such."""
    if value is True:
        return str(_("ja"))
    if value is False:
        return str(_("nee"))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "j F Y H:i")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "j F Y")
    if value is None:
        return "-"
    if isinstance(value, int | float):
        return value
    return str(value)


def _parse_date(value):
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return value


def topic_names(request):
    """The request's topics by name in the current language (slugs only where a topic is gone)."""
    from wagtail.models import Locale

    from home.models import Topic

    slugs = list(request.topics or [])
    if not slugs:
        return []
    names = {}
    for topic in Topic.objects.filter(slug__in=slugs).select_related("locale"):
        current = topic.locale.language_code == Locale.get_active().language_code
        if current or topic.slug not in names:
            names[topic.slug] = topic.name
    return [names.get(slug, slug) for slug in slugs]


def upcoming_meetings(site, *, today=None):
    """The region's panel and pool meetings from today on, soonest first."""
    return PanelMeeting.objects.filter(site=site, date__gte=today or timezone.localdate()).order_by(
        "date", "panel"
    )


def _answer_label(name, field):
    match = FAMILY_MEMBER_FIELD.fullmatch(name)
    if match:
        return _("Gezinslid %(row)s: %(label)s") % {"row": match["row"], "label": str(field.label).lower()}
    return str(field.label)


FAMILY_MEMBER_FIELD = re.compile(r"member_(?P<row>\d+)_(?P<part>role|age)")


def family_members(request):
    """The family members of a case, in row order: [{"row", "role", "age"}] (labels, not slugs)."""
    from advies.choices import FamilyRole

    rows = {}
    for name, value in (request.details or {}).items():
        match = FAMILY_MEMBER_FIELD.fullmatch(name)
        if match:
            rows.setdefault(int(match["row"]), {})[match["part"]] = value
    members = []
    for row in sorted(rows):
        role = rows[row].get("role")
        label = FamilyRole(role).label if role in FamilyRole.values else role
        members.append({"row": row, "role": str(label) if label else None, "age": rows[row].get("age")})
    return members


# ---- retention ------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionStep:
    """What retention does to one request, and from when."""

    request: Request
    rule: str
    due_at: datetime.datetime

    @property
    def deletes(self):
        return self.rule == RetentionRule.ABANDONED

    @property
    def action_label(self):
        return _("wordt verwijderd") if self.deletes else _("wordt geanonimiseerd")

    @property
    def rule_label(self):
        return RetentionRule(self.rule).label

    @property
    def audit_detail(self):
        return {
            RetentionRule.CLOSED: "bewaartermijn afgesloten aanvraag",
            RetentionRule.STALE: "bewaartermijn open aanvraag zonder activiteit",
            RetentionRule.ABANDONED: "onbehandeld verlopen",
        }[self.rule]


def region_intake_settings(site):
    """The region's intake settings, or unsaved defaults when none were saved (no write)."""
    return IntakeSettings.objects.filter(site=site).first() or IntakeSettings(site=site)


def retention_plan(*, site_ids=None, now=None, ahead=False):
    """The retention steps of the regions `site_ids` (default: every region), earliest first.

    With `ahead=False` the steps due now; with `ahead=True` also those due within each
    region's warning period (`retention_warning_days`). A request gets one step: the
    deletion when one is due by then (it removes everything), else the anonymisation.
    Rules (per region, in the intake settings):

    - closed, not anonymised: anonymised `retention_days_after_closing` after closing;
    - open (any status but closed), not anonymised: anonymised after
      `stale_open_after_days` without activity;
    - still 'new': deleted after `abandoned_after_days` without activity.
    """
    steps = []
    for rules in _retention_rules(site_ids, now, ahead):
        chosen = {}

        def consider(request, rule, due_at, chosen=chosen):
            # Closed and stale exclude each other; a deletion (considered last) replaces either.
            if request.pk not in chosen or rule == RetentionRule.ABANDONED:
                chosen[request.pk] = RetentionStep(request=request, rule=rule, due_at=due_at)

        for rule, requests, field, period in rules:
            for request in requests.select_related("site"):
                consider(request, rule, getattr(request, field) + period)
        steps += chosen.values()
    return sorted(steps, key=lambda step: (step.due_at, step.request.pk))


def _retention_rules(site_ids, now, ahead):
    """Per region: (rule, the requests it applies to by the horizon, the date field its
    period counts from, the period), in the order `retention_plan` considers them."""
    now = now or timezone.now()
    sites = Site.objects.all() if site_ids is None else Site.objects.filter(pk__in=site_ids)
    for site in sites.order_by("pk"):
        region = region_intake_settings(site)
        horizon = now + datetime.timedelta(days=region.retention_warning_days if ahead else 0)
        requests = Request.objects.filter(site=site)
        closed_days = datetime.timedelta(days=region.retention_days_after_closing)
        stale_days = datetime.timedelta(days=region.stale_open_after_days)
        abandoned_days = datetime.timedelta(days=region.abandoned_after_days)
        yield [
            (
                RetentionRule.CLOSED,
                requests.filter(
                    status=Status.CLOSED, anonymised_at__isnull=True, closed_at__lt=horizon - closed_days
                ),
                "closed_at",
                closed_days,
            ),
            (
                RetentionRule.STALE,
                requests.open().filter(anonymised_at__isnull=True, last_activity_at__lt=horizon - stale_days),
                "last_activity_at",
                stale_days,
            ),
            (
                RetentionRule.ABANDONED,
                requests.filter(status=Status.NEW, last_activity_at__lt=horizon - abandoned_days),
                "last_activity_at",
                abandoned_days,
            ),
        ]


@dataclass(frozen=True)
class RetentionOutlook:
    """How many requests retention touches within the warning period, and the first date."""

    count: int
    first_due_at: datetime.datetime | None


def retention_outlook(*, site_ids=None, now=None):
    """`retention_plan(ahead=True)` summed up in the database (a few queries per region,
    whatever the number of requests): for the dashboard panel."""
    count, first = 0, None
    for closed, stale, abandoned in _retention_rules(site_ids, now, ahead=True):
        count += Request.objects.filter(
            Q(pk__in=closed[1].values("pk"))
            | Q(pk__in=stale[1].values("pk"))
            | Q(pk__in=abandoned[1].values("pk"))
        ).count()
        # A request due for deletion shows as that deletion, not as stale.
        stale = (stale[0], stale[1].exclude(pk__in=abandoned[1].values("pk")), stale[2], stale[3])
        for _rule, requests, field, period in (closed, stale, abandoned):
            earliest = requests.order_by(field).values_list(field, flat=True).first()
            if earliest is not None and (first is None or earliest + period < first):
                first = earliest + period
    return RetentionOutlook(count=count, first_due_at=first)


def retention_warnings(user, *, now=None):
    """Steps retention will take within each region's warning period, for `user`'s regions."""
    return retention_plan(site_ids=access.region_ids(user), now=now, ahead=True)


def retention_warnings_outlook(user, *, now=None):
    """`retention_warnings` as a count and the first date, for `user`'s regions."""
    return retention_outlook(site_ids=access.region_ids(user), now=now)


# ---- subject-access export ---------------------------------------------------------------


def request_export_data(request):
    """Everything held on one request, for a subject-access request (plain data): what the
    person gave, what staff recorded (notes, referrals with every follow-up, panel advice,
    closing), the messages sent, and who looked at or changed it, when and why. Staff are
    named by their role, not by name (their names are their own personal data)."""

    def when(value):
        return value.isoformat() if value else None

    referrals = request.referrals.select_related("partner").prefetch_related("follow_ups")
    return {
        "referentienummer": request.reference,
        "soort": request.get_kind_display(),
        "status": request.get_status_display(),
        "regio": str(request.site),
        "gemeente": str(request.municipality) if request.municipality else None,
        "taal": request.language,
        "aanvrager": request.get_requester_role_display() or None,
        "route_scheidingswijzer": request.get_route_display() or None,
        "onderwerpen": list(request.topics or []),
        "voorkeurskanaal": request.get_preferred_channel_display() or None,
        "panel_of_poule": request.get_panel_display() or None,
        "toestemming_gezin": request.family_consent,
        "juridische_maatregel": request.get_legal_measure_display() or None,
        "terugbellen": (
            {
                "datum": when(request.call_back_date),
                "tijd": str(request.call_back_slot) if request.call_back_slot else None,
            }
            if request.call_back_date
            else None
        ),
        "ontvangen": when(request.received_at),
        "eerste_contact": when(request.first_contact_at),
        "advies_of_verwijzing": when(request.advice_or_referral_at),
        "afgesloten": when(request.closed_at),
        "geanonimiseerd": when(request.anonymised_at),
        "naam": request.contact_name,
        "telefoon": request.contact_phone,
        "e-mail": request.contact_email,
        "vraag": request.question,
        "samenvatting_scheidingswijzer": request.questionnaire_summary,
        "antwoorden": [{"vraag": label, "antwoord": value} for label, value in detail_answers(request)],
        "gezinsleden": [
            {"gezinslid": member["row"], "rol": member["role"], "leeftijd": member["age"]}
            for member in family_members(request)
        ],
        "notities": [{"datum": when(note.created_at), "tekst": note.text} for note in request.notes.all()],
        "gezamenlijke_intake": {
            "besluit": request.joint_intake,
            "besloten_op": when(request.joint_intake_decided_at),
            "partners": [partner.name for partner in request.joint_intake_partners.all()],
        },
        "verwijzingen": [
            {
                "ketenpartner": referral.partner.name,
                "verwezen_op": when(referral.referred_on),
                "toelichting": referral.note,
                "opvolgen_op": when(referral.follow_up_on),
                "resultaat": referral.get_result_display(),
                "opvolgingen": [
                    {
                        "datum": when(follow_up.recorded_at),
                        "resultaat": follow_up.get_result_display(),
                        "nieuwe_opvolgdatum": when(follow_up.follow_up_on),
                        "toelichting": follow_up.note,
                    }
                    for follow_up in referral.follow_ups.all()
                ],
            }
            for referral in referrals
        ],
        "adviezen_panel": [
            {
                "overleg": item.meeting.get_panel_display(),
                "datum": when(item.meeting.date),
                "advies": item.advice,
                "vastgelegd": when(item.advice_recorded_at),
            }
            for item in request.agenda_items.select_related("meeting")
        ],
        "uitkomst": request.get_outcome_display() if request.outcome else None,
        "effect_op_maatregel": (
            request.get_legal_measure_outcome_display() if request.legal_measure_outcome else None
        ),
        "toelichting_afsluiten": request.closing_note,
        "berichten": [
            {
                "soort": delivery.get_kind_display(),
                "status": delivery.get_status_display(),
                "verzonden": when(delivery.sent_at),
            }
            for delivery in request.mail_deliveries.all()
        ],
        "inzage_en_wijzigingen": audit_summary(request),
        "_uitleg": _("Alle gegevens die het expertisepunt over deze aanvraag bewaart."),
    }


def audit_summary(request):
    """Who looked at or changed the request, when, what and with what result, from the
    audit log; staff by their role (a region's intake staff, the privacy officer, ...)."""
    from advies.models import AuditEntry

    entries = list(
        AuditEntry.objects.filter(object_reference=request.reference)
        .select_related("actor")
        .order_by("created_at", "pk")
    )
    roles = {}
    return [
        {
            "tijdstip": entry.created_at.isoformat(),
            "handeling": entry.get_action_display(),
            "onderdeel": entry.detail,
            "resultaat": entry.get_result_display(),
            "door": _role_of(entry, request, roles),
        }
        for entry in entries
    ]


def _role_of(entry, request, known):
    if entry.actor_id is None:
        if entry.actor_name:  # the account has since been removed
            return str(_("een medewerker"))
        if entry.origin == audit.PUBLIC_FORM:
            return str(_("de aanvrager, via het formulier op de website"))
        return str(_("het systeem (automatisch)"))
    if entry.actor_id not in known:
        user = entry.actor
        if user.is_superuser:
            role = _("een beheerder")
        elif request.site_id in access.region_ids(user):
            role = _("een medewerker van het intaketeam van de regio")
        elif user.has_perm("advies.view_auditentry"):
            role = _("de functionaris gegevensbescherming")
        else:
            role = _("een andere medewerker")
        known[entry.actor_id] = str(role)
    return known[entry.actor_id]
