"""One form per step of the builder, and the form to continue from a plan file.

Most steps are a list of topics (`ouderschapsplan.topics`): a radio group of agreements
and a note in the parents' own words. The family step, the week grid, the costs table
and the choice of optional parts have fields of their own. Every error message says
what to do. The same forms validate the answers of an uploaded plan file.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ouderschapsplan import topics as t
from portal.forms import BrowserLineBreaksMixin

INVALID_CHOICE = _("Kies een van de antwoorden die er staan.")
NAME_MAX_LENGTH = 60
MAX_CHILDREN = 6
OUTSIDE_REGION = "buiten-regio"


def default_names():
    return {"parent_1": str(_("Ouder 1")), "parent_2": str(_("Ouder 2"))}


def with_names(label, names):
    """A label with the parents' names filled in (labels without names stay as they are)."""
    return str(label) % names


class PlanStepForm(BrowserLineBreaksMixin, forms.Form):
    """A step: its `topics` become fields, labels name the parents (`names`)."""

    topics: tuple = ()
    template_part = "ouderschapsplan/steps/topics.html"

    def __init__(self, *args, names=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.names = names or default_names()
        for topic in self.topics:
            self.fields[topic.name] = forms.ChoiceField(
                label=topic.question,
                help_text=topic.hint,
                choices=[(a.code, with_names(a.label, self.names)) for a in topic.all_agreements()],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Kies een afspraak, of 'Dit hebben we nog niet afgesproken'."),
                    "invalid_choice": INVALID_CHOICE,
                },
            )
            self.fields[topic.note_name] = forms.CharField(
                label=_("Toelichting"),
                help_text=topic.note_hint,
                required=False,
                max_length=t.NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                error_messages={"max_length": _("Schrijf hier ten hoogste %(limit_value)d tekens.")},
            )

    def clean(self):
        cleaned_data = super().clean()
        for topic in self.topics:
            agreement = topic.agreement(cleaned_data.get(topic.name))
            note = (cleaned_data.get(topic.note_name) or "").strip()
            if agreement is not None and agreement.needs_note and not note:
                self.add_error(topic.note_name, _("Schrijf in de toelichting wat jullie afspreken."))
        return cleaned_data

    def topic_rows(self):
        """(topic, choice field, note field) for the template."""
        return [(topic, self[topic.name], self[topic.note_name]) for topic in self.topics]

    def error_summary(self):
        """(anchor id, message) for the error summary: each links to its field's first input."""
        items = [("", message) for message in self.non_field_errors()]
        for bound_field in self:
            if bound_field.errors:
                anchor = bound_field.auto_id
                if isinstance(bound_field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
                    anchor = f"{anchor}_0"
                items.append((anchor, bound_field.errors[0]))
        return items


# ---- the family -------------------------------------------------------------------------------


class Mode:
    ALONE = "alleen"
    TOGETHER = "samen"
    CHOICES = (
        (ALONE, _("Ik vul het alleen in. Het wordt een voorstel voor de andere ouder.")),
        (TOGETHER, _("We vullen het samen in, achter één scherm.")),
    )


class Relationship:
    MARRIED = "getrouwd"
    PARTNERSHIP = "partnerschap"
    COHABITING = "samenwonend"
    OTHER = "anders"
    CHOICES = (
        (MARRIED, _("We zijn getrouwd")),
        (PARTNERSHIP, _("We hebben een geregistreerd partnerschap")),
        (COHABITING, _("We woonden samen, zonder huwelijk of partnerschap")),
        (OTHER, _("Anders, bijvoorbeeld: we hebben nooit samengewoond")),
    )
    COURT_NEEDS_PLAN = (MARRIED, PARTNERSHIP)


def child_fields(number):
    return f"child_{number}_name", f"child_{number}_birth_date"


class FamilyForm(PlanStepForm):
    template_part = "ouderschapsplan/steps/family.html"

    mode = forms.ChoiceField(
        label=_("Wie vult het plan in?"),
        choices=Mode.CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wie het plan invult."), "invalid_choice": INVALID_CHOICE},
    )
    parent_1 = forms.CharField(
        label=_("Ouder 1"),
        help_text=_("Een voornaam, of hoe de kinderen je noemen, zoals 'mama'."),
        required=False,
        max_length=NAME_MAX_LENGTH,
    )
    parent_2 = forms.CharField(
        label=_("Ouder 2"),
        help_text=_("Een voornaam, of hoe de kinderen je noemen, zoals 'papa'."),
        required=False,
        max_length=NAME_MAX_LENGTH,
    )
    relationship = forms.ChoiceField(
        label=_("Wat waren jullie van elkaar?"),
        help_text=_("Dan weten we of de rechter het plan nodig heeft."),
        choices=Relationship.CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wat jullie van elkaar waren."), "invalid_choice": INVALID_CHOICE},
    )
    municipality = forms.ChoiceField(
        label=_("In welke gemeente wonen de kinderen?"),
        help_text=_("Dan laten we hulp in die gemeente zien. Dit komt niet in het plan."),
        required=False,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )

    def __init__(self, *args, municipalities=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["municipality"]
        field.choices = [
            ("", _("Zeg ik liever niet")),
            *((m.slug, m.name) for m in municipalities),
            (OUTSIDE_REGION, _("Een andere gemeente")),
        ]
        for number in range(1, MAX_CHILDREN + 1):
            name, birth_date = child_fields(number)
            self.fields[name] = forms.CharField(
                label=_("Naam"),
                required=False,
                max_length=NAME_MAX_LENGTH,
            )
            self.fields[birth_date] = forms.DateField(
                label=_("Geboortedatum"),
                help_text=_("Bijvoorbeeld 14-03-2019."),
                required=False,
                input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"],
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                error_messages={
                    "invalid": _("Vul de geboortedatum in als dag-maand-jaar, zoals 14-03-2019.")
                },
            )

    def clean(self):
        cleaned_data = super().clean()
        today = timezone.localdate()
        earliest = today.replace(year=today.year - 25)
        latest = today + datetime.timedelta(days=366)  # a child on the way
        for number in range(1, MAX_CHILDREN + 1):
            _name, birth_date = child_fields(number)
            value = cleaned_data.get(birth_date)
            if value is not None and not earliest <= value <= latest:
                self.add_error(birth_date, _("Deze datum klopt niet. Vul de geboortedatum van het kind in."))
        return cleaned_data

    def child_rows(self):
        """(number, name field, birth date field) for the template."""
        rows = []
        for number in range(1, MAX_CHILDREN + 1):
            name, birth_date = child_fields(number)
            rows.append((number, self[name], self[birth_date]))
        return rows


class ChildrenForm(PlanStepForm):
    topics = t.CHILDREN
    template_part = "ouderschapsplan/steps/children.html"


class CareForm(PlanStepForm):
    topics = t.CARE


class WeekScheduleForm(PlanStepForm):
    """Two weeks of nights: with whom the children sleep."""

    template_part = "ouderschapsplan/steps/week.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("Kies"))] + [
            (code, with_names(label, self.names)) for code, label in t.NIGHT_CHOICES
        ]
        for week in t.WEEKS:
            for day, label in t.WEEKDAYS:
                self.fields[t.night_field(week, day)] = forms.ChoiceField(
                    label=label,
                    choices=choices,
                    error_messages={
                        "required": _("Kies bij wie de kinderen deze nacht slapen."),
                        "invalid_choice": INVALID_CHOICE,
                    },
                )
        self.fields["note"] = forms.CharField(
            label=_("Toelichting"),
            help_text=_("Bijvoorbeeld: op woensdagmiddag na school zijn de kinderen bij %(parent_2)s.")
            % self.names,
            required=False,
            max_length=t.NOTE_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 3}),
        )

    def weeks(self):
        """(week number, [(day label, field)]) for the template."""
        return [(week, [self[t.night_field(week, day)] for day, _label in t.WEEKDAYS]) for week in t.WEEKS]


class HolidaysForm(PlanStepForm):
    topics = t.HOLIDAYS


class HandoversForm(PlanStepForm):
    topics = t.HANDOVERS


class InformingForm(PlanStepForm):
    topics = t.INFORMING


class CostsForm(PlanStepForm):
    topics = t.COSTS
    template_part = "ouderschapsplan/steps/costs.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"] = forms.CharField(
            label=_("Het bedrag, en wie aan wie betaalt"),
            help_text=_("Bijvoorbeeld: 250 euro per kind per maand, van %(parent_2)s aan %(parent_1)s.")
            % self.names,
            required=False,
            max_length=200,
        )
        choices = [("", _("Kies"))] + [
            (code, with_names(label, self.names)) for code, label in t.PAYER_CHOICES
        ]
        for item, label in t.COST_ITEMS:
            self.fields[t.payer_field(item)] = forms.ChoiceField(
                label=label,
                choices=choices,
                error_messages={
                    "required": _("Kies wie dit betaalt, of 'Nog niet afgesproken'."),
                    "invalid_choice": INVALID_CHOICE,
                },
            )

    def payer_fields(self):
        return [self[t.payer_field(item)] for item, _label in t.COST_ITEMS]

    def rows_by_name(self):
        """The topic rows by topic name: the template places them around the table."""
        return {topic.name: (topic, field, note) for topic, field, note in self.topic_rows()}


class PartsForm(PlanStepForm):
    template_part = "ouderschapsplan/steps/parts.html"

    parts = forms.MultipleChoiceField(
        label=_("Wat willen jullie nog meer afspreken?"),
        help_text=_("Deze onderdelen zijn niet verplicht, maar helpen vaak. Kies wat bij jullie past."),
        choices=t.PARTS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": INVALID_CHOICE, "invalid_list": INVALID_CHOICE},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parts"].initial = list(t.DEFAULT_PARTS)


class SchoolForm(PlanStepForm):
    topics = t.SCHOOL


class ValuesForm(PlanStepForm):
    topics = t.VALUES


class FamilyContactForm(PlanStepForm):
    topics = t.FAMILY


class MediaForm(PlanStepForm):
    topics = t.MEDIA


class DisagreementForm(PlanStepForm):
    topics = t.DISAGREEMENT


class ReviewForm(PlanStepForm):
    topics = t.REVIEW


# ---- continuing from a file -----------------------------------------------------------------------


class PlanFileForm(forms.Form):
    """The file input; the file itself is read by `ouderschapsplan.plan_file`."""

    plan_file = forms.FileField(
        label=_("Je bestand"),
        help_text=_("Het bestand dat je hier eerder hebt gedownload. De naam eindigt op .json."),
        widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}),
    )
