"""The steps of the builder, in order, with the condition under which each is shown.

The parts art. 815 Rv requires come first (how the children were involved, the care
arrangement, informing and consulting each other, the costs), then the optional parts
the parents choose. Conditions read the answers already stored (never later forms):

- the week grid is skipped when the care pattern is "not agreed yet";
- an optional part is shown when it is chosen in `onderdelen` (before that step is
  answered: the parts chosen by default).

Slugs are stable: they are part of the URL and the keys of the plan file.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ouderschapsplan import forms
from ouderschapsplan import topics as t


@dataclass(frozen=True)
class Step:
    slug: str
    form: type[forms.PlanStepForm]
    title: object
    part: str = ""  # the optional part this step belongs to ("" = always)
    by_law: bool = False  # a part art. 815 Rv requires

    @property
    def topics(self):
        return self.form.topics


class StoredAnswers:
    """Read access to the raw answers stored for the steps (formtools' step data)."""

    def __init__(self, get_step_data):
        self._get_step_data = get_step_data

    def has(self, step):
        return self._get_step_data(step) is not None

    def value(self, step, field):
        data = self._get_step_data(step)
        if not data:
            return ""
        value = data.get(f"{step}-{field}")
        return value if isinstance(value, str) else ""

    def values(self, step, field):
        data = self._get_step_data(step)
        if not data:
            return []
        return [value for value in data.getlist(f"{step}-{field}") if isinstance(value, str)]

    def names(self):
        """The parents' names from the family step, or 'Ouder 1' and 'Ouder 2'."""
        names = forms.default_names()
        for key in names:
            given = self.value(FAMILY, key).strip()[: forms.NAME_MAX_LENGTH]
            if given:
                names[key] = given
        return names

    def chosen_parts(self):
        if not self.has(PARTS):
            return set(t.DEFAULT_PARTS)
        return set(self.values(PARTS, "parts"))


FAMILY = "gezin"
CHILDREN = "kinderen"
CARE = "zorgregeling"
WEEK = "weekrooster"
COSTS = "kosten"
PARTS = "onderdelen"
DONE = "klaar"

STEPS = [
    Step(FAMILY, forms.FamilyForm, _("Jullie gezin")),
    Step(CHILDREN, forms.ChildrenForm, _("De kinderen betrekken"), by_law=True),
    Step(CARE, forms.CareForm, _("De zorgregeling"), by_law=True),
    Step(WEEK, forms.WeekScheduleForm, _("Een gewone week"), by_law=True),
    Step("vakanties", forms.HolidaysForm, _("Vakanties en bijzondere dagen"), by_law=True),
    Step("wisselen", forms.HandoversForm, _("Wisselen, en als plannen veranderen"), by_law=True),
    Step("informeren", forms.InformingForm, _("Elkaar informeren en overleggen"), by_law=True),
    Step(COSTS, forms.CostsForm, _("De kosten van de kinderen"), by_law=True),
    Step(PARTS, forms.PartsForm, _("Meer afspraken")),
    Step("school", forms.SchoolForm, _("School en opvang"), part="school"),
    Step("waarden", forms.ValuesForm, _("Geloof, waarden en regels"), part="waarden"),
    Step("familie", forms.FamilyContactForm, _("Contact met familie"), part="familie"),
    Step("media", forms.MediaForm, _("Telefoon en sociale media"), part="media"),
    Step("onenigheid", forms.DisagreementForm, _("Als we het niet eens zijn"), part="onenigheid"),
    Step("evaluatie", forms.ReviewForm, _("Het plan opnieuw bekijken"), part="evaluatie"),
]

STEPS_BY_SLUG = {step.slug: step for step in STEPS}
OPTIONAL_STEPS = {step.part: step.slug for step in STEPS if step.part}


def shows_week_grid(stored):
    """The week grid, unless the parents have not agreed on a pattern yet."""
    return stored.value(CARE, "pattern") != t.NOT_AGREED


def shows_part(part):
    def condition(stored):
        return part in stored.chosen_parts()

    condition.__name__ = f"shows_part_{part}"
    return condition


CONDITIONS = {WEEK: shows_week_grid} | {step.slug: shows_part(step.part) for step in STEPS if step.part}

# Changing this answer clears these later steps: they were made from it (the week grid
# starts from the pattern's schedule).
DEPENDENT_STEPS = {(CARE, "pattern"): [WEEK]}
