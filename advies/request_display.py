"""A request as people read it: its stored form answers under the labels of the public
form that asked them (choices by their label, yes/no in words, dates written out), and
everything held on it for a subject-access export.

It sits above `advies.forms` (the labels are the form's) and `advies.selectors` (plain
reads), so the read layer does not depend on the forms.
"""

import datetime
import re

from django import forms as django_forms
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from advies.choices import FamilyRole
from advies.forms import FORMS_BY_KIND
from advies.selectors import audit_summary


def detail_answers(request, *, with_family_members=True):
    """The request's other answers as (label, value) pairs in form order, for the detail view
    and the export, as people read them: choices by their label, yes/no in words, dates
    written out. Every label is distinct: repeated rows (family members) say which row;
    without `with_family_members` those rows are left out (the page lists them apart)."""
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


def _answer_label(name, field):
    match = FAMILY_MEMBER_FIELD.fullmatch(name)
    if match:
        return _("Gezinslid %(row)s: %(label)s") % {"row": match["row"], "label": str(field.label).lower()}
    return str(field.label)


FAMILY_MEMBER_FIELD = re.compile(r"member_(?P<row>\d+)_(?P<part>role|age)")


def family_members(request):
    """The family members of a case, in row order: [{"row", "role", "age"}] (labels, not slugs)."""
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
