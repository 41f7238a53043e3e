"""Forms of the back office. They collect input and check its form (lengths, dates not
in the past); the rules of the workflow live in the services, which refuse and audit.
Line breaks count as one character, as the browser counts them against `maxlength`."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advies.choices import AnswerKind, LegalMeasureOutcome, Outcome, ReferralResult, RequestKind, Status
from advies.services import ANSWER_MAX, CLOSING_NOTE_MAX, NOTE_MAX, PANEL_ADVICE_MAX
from portal.forms import BrowserLineBreaksMixin, lazy_interpolated

EMPTY_CHOICE = [("", "---------")]


def text_area(rows):
    return forms.Textarea(attrs={"rows": rows})


class FutureDateField(forms.DateField):
    """A date of today or later (a follow-up, a call), with the browser's date picker
    starting at today."""

    default_error_messages = {"past": _("Kies een datum vandaag of later.")}

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["min"] = timezone.localdate().isoformat()
        return attrs

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
        kwargs.setdefault("input_formats", ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"])
        kwargs.setdefault(
            "error_messages", {"invalid": _("Vul een datum in als dag-maand-jaar, bijvoorbeeld 14-03-2026.")}
        )
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if value is not None and value < timezone.localdate():
            raise forms.ValidationError(self.error_messages["past"], code="past")


# ---- workflow -----------------------------------------------------------------------------

# What each move is called where it is offered, by target (and the status it starts from).
MOVE_LABELS = {
    Status.IN_INTAKE: _("In behandeling nemen"),
    Status.IN_PANEL: _("Op de agenda van panel of poule"),
    Status.ADVISED: _("Advies gegeven of doorverwezen"),
    Status.MONITORING: _("Gaan monitoren"),
    Status.CLOSED: _("Afsluiten"),
}
BACK_TO_INTAKE = _("Terug naar intake")


def move_label(current, target):
    if target == Status.IN_INTAKE and current != Status.NEW:
        return BACK_TO_INTAKE
    return MOVE_LABELS[Status(target)]


class StatusForm(BrowserLineBreaksMixin, forms.Form):
    """One move of the workflow, with the fields that move needs: who takes it on when a
    request is picked up, the meeting when it goes to the panel or pool, and the outcome
    when it is closed. Which moves are allowed is the service's rule (a forged target is
    refused and audited there)."""

    target = forms.ChoiceField(choices=Status.choices, widget=forms.HiddenInput)

    def __init__(self, *args, request_obj, target, staff=None, meetings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("target", target)
        if target == Status.IN_INTAKE and request_obj.status == Status.NEW and staff is not None:
            self.fields["assignee"] = forms.ModelChoiceField(
                label=_("Behandelaar"), queryset=staff, required=False, empty_label=_("(nog niemand)")
            )
        if target == Status.IN_PANEL and meetings is not None:
            self.fields["meeting"] = forms.ModelChoiceField(
                label=_("Overleg"),
                queryset=meetings,
                required=not request_obj.agenda_items.exists(),
                empty_label=_("Kies een overleg"),
                help_text=_(
                    "De komende overleggen van de regio. Een nieuw overleg plant u onder "
                    "Intake > Overleg panel en poule."
                ),
            )
        if target == Status.CLOSED:
            self.fields["outcome"] = forms.ChoiceField(
                label=_("Uitkomst"), required=False, choices=EMPTY_CHOICE + Outcome.choices
            )
            if request_obj.kind == RequestKind.CASE:
                self.fields["legal_measure_outcome"] = forms.ChoiceField(
                    label=_("Effect op juridische maatregel"),
                    required=False,
                    choices=EMPTY_CHOICE + LegalMeasureOutcome.choices,
                )
            if not request_obj.is_anonymised:
                self.fields["closing_note"] = forms.CharField(
                    label=_("Toelichting bij afsluiten"),
                    required=False,
                    max_length=CLOSING_NOTE_MAX,
                    widget=text_area(4),
                    help_text=_("Ten hoogste %(limit)s tekens.") % {"limit": CLOSING_NOTE_MAX},
                )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Behandelaar"), queryset=None, required=False, empty_label=_("(niemand)")
    )

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff


class NoteForm(BrowserLineBreaksMixin, forms.Form):
    text = forms.CharField(
        label=_("Notitie"),
        max_length=NOTE_MAX,
        widget=text_area(5),
        help_text=lazy_interpolated(_("Ten hoogste %(limit)s tekens."), {"limit": NOTE_MAX}),
    )


class JointIntakeForm(forms.Form):
    joint = forms.TypedChoiceField(
        label=_("Gezamenlijke intake?"),
        choices=[("ja", _("Ja")), ("nee", _("Nee"))],
        coerce=lambda value: value == "ja",
        widget=forms.RadioSelect,
    )
    partners = forms.ModelMultipleChoiceField(
        label=_("Partners die meedoen"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partners"].queryset = partners


class ReferralForm(BrowserLineBreaksMixin, forms.Form):
    partner = forms.ModelChoiceField(label=_("Ketenpartner"), queryset=None)
    follow_up_on = FutureDateField(label=_("Opvolgen op"))
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=NOTE_MAX, widget=text_area(3))

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners


class ReferralResultForm(BrowserLineBreaksMixin, forms.Form):
    result = forms.ChoiceField(label=_("Resultaat"), choices=ReferralResult.choices)
    follow_up_on = FutureDateField(label=_("Nieuwe opvolgdatum"), required=False)
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=NOTE_MAX, widget=text_area(3))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The date already set may have passed (that is why it is followed up now): shown, not kept.
        current = self.initial.get("follow_up_on")
        if current is not None and current < timezone.localdate():
            self.initial["follow_up_on"] = None


class AgendaForm(forms.Form):
    request = forms.ModelChoiceField(label=_("Aanvraag"), queryset=None)

    def __init__(self, *args, requests, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["request"].queryset = requests


class PanelAdviceForm(BrowserLineBreaksMixin, forms.Form):
    advice = forms.CharField(label=_("Advies"), max_length=PANEL_ADVICE_MAX, widget=text_area(6))


class AnswerForm(BrowserLineBreaksMixin, forms.Form):
    """The answer back to the person who asked. It is read on the portal with a code;
    the e-mail only says that it is there."""

    kind = forms.ChoiceField(label=_("Soort antwoord"), choices=AnswerKind.choices, widget=forms.RadioSelect)
    call_on = FutureDateField(
        label=_("Wij bellen op"),
        required=False,
        help_text=_("Bij 'We hebben uw aanvraag opgepakt': de dag waarop u belt."),
    )
    text = forms.CharField(
        label=_("Antwoord"),
        required=False,
        max_length=ANSWER_MAX,
        widget=text_area(8),
        help_text=_(
            "Schrijf in gewone woorden, zonder namen van anderen. Bij 'opgepakt' mag dit leeg blijven."
        ),
    )
