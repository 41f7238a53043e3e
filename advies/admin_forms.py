"""Forms of the back office. They only collect input; the rules live in the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from advies.choices import LegalMeasureOutcome, Outcome, ReferralResult, RequestKind, Status
from advies.workflow import allowed_targets


class StatusForm(forms.Form):
    target = forms.ChoiceField(label=_("Nieuwe status"))
    outcome = forms.ChoiceField(
        label=_("Uitkomst (bij afsluiten)"), required=False, choices=[("", "---------")] + Outcome.choices
    )
    legal_measure_outcome = forms.ChoiceField(
        label=_("Effect op juridische maatregel (bij een casus)"),
        required=False,
        choices=[("", "---------")] + LegalMeasureOutcome.choices,
    )
    closing_note = forms.CharField(
        label=_("Toelichting bij afsluiten"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, request_obj, **kwargs):
        super().__init__(*args, **kwargs)
        # Every status is offered, so a refused move gets the workflow's own explanation.
        self.fields["target"].choices = Status.choices
        self.fields["target"].initial = next(iter(allowed_targets(request_obj.status)), "")
        if request_obj.kind != RequestKind.CASE:
            del self.fields["legal_measure_outcome"]


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=_("Behandelaar"), queryset=None, required=False)

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Notitie"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5}))


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


class ReferralForm(forms.Form):
    partner = forms.ModelChoiceField(label=_("Ketenpartner"), queryset=None)
    follow_up_on = forms.DateField(label=_("Opvolgen op"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners


class ReferralResultForm(forms.Form):
    result = forms.ChoiceField(label=_("Resultaat"), choices=ReferralResult.choices)
    follow_up_on = forms.DateField(
        label=_("Nieuwe opvolgdatum"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class AgendaForm(forms.Form):
    request = forms.ModelChoiceField(label=_("Aanvraag"), queryset=None)

    def __init__(self, *args, requests, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["request"].queryset = requests


class PanelAdviceForm(forms.Form):
    advice = forms.CharField(label=_("Advies"), max_length=8000, widget=forms.Textarea(attrs={"rows": 6}))
