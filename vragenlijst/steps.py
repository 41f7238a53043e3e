"""The steps of the Scheidingswijzer, in order, with the condition under which each is asked.

Conditions read the answers already stored for earlier steps (never the forms of later
steps), so they are cheap and cannot recurse. Paths through the wizard:

- parent:        wie, veiligheid, gemeente, situatie, contact, betrokken, hulpvraag, controleren
- professional:  wie, veiligheid, gemeente, vraag, gezin, controleren
- family member: wie, veiligheid, gemeente, familie, controleren
- child/youth:   wie, veiligheid, voor-jou
- acute danger ends the questions at once; another safety signal skips the situation
  questions (not the professional's, who is pointed to the right safety partner); living
  outside the region skips them too.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from vragenlijst import forms
from vragenlijst.decision_table import ALL_BUT_CHILDREN, has_safety_signal
from vragenlijst.questions import OUTSIDE_REGION, SAFETY_FIELDS, Role, SafetyAnswer


@dataclass(frozen=True)
class Step:
    slug: str  # stable: part of the URL
    form: type[forms.StepForm]
    condition: object = None  # callable(stored) -> bool, or None for "always"
    is_question: bool = True  # counts in "stap 3 van 7"
    asked_when: object = _("Altijd")  # the condition in plain words, for the path map


class StoredAnswers:
    """Read access to the raw answers stored for earlier steps (by the wizard's storage)."""

    def __init__(self, get_step_data):
        self._get_step_data = get_step_data

    def value(self, step, field):
        data = self._get_step_data(step)
        if not data:
            return ""
        return data.get(f"{step}-{field}") or ""

    @property
    def role(self):
        return self.value(WHO, "role")

    def safety_answers(self):
        return {field: self.value(SAFETY, field) for field in SAFETY_FIELDS}

    @property
    def acute_danger(self):
        return self.value(SAFETY, "acute_danger") == SafetyAnswer.YES

    @property
    def safety_signal(self):
        return has_safety_signal(self.safety_answers())

    @property
    def outside_region(self):
        return self.value(MUNICIPALITY, "municipality") == OUTSIDE_REGION


WHO = "wie"
SAFETY = "veiligheid"
MUNICIPALITY = "gemeente"
CHECK = "controleren"
DONE = "klaar"


def asks_everyone_but_children(stored):
    """Everyone but children, unless there is acute danger (then the result comes at once)."""
    return stored.role in ALL_BUT_CHILDREN and not stored.acute_danger


def asks_parent_questions(stored):
    return stored.role == Role.PARENT and not stored.safety_signal and not stored.outside_region


def asks_professional_questions(stored):
    return stored.role == Role.PROFESSIONAL and not stored.acute_danger and not stored.outside_region


def asks_family_member_questions(stored):
    return stored.role == Role.FAMILY_MEMBER and not stored.safety_signal and not stored.outside_region


def asks_child_questions(stored):
    return stored.role == Role.CHILD and not stored.safety_signal


STEPS = [
    Step(WHO, forms.RoleForm),
    Step(SAFETY, forms.SafetyForm),
    Step(
        MUNICIPALITY,
        forms.MunicipalityForm,
        asks_everyone_but_children,
        asked_when=_("Ouders, professionals en familieleden, behalve bij acuut gevaar"),
    ),
    *(
        Step(
            slug,
            form,
            asks_parent_questions,
            asked_when=_("Ouders zonder veiligheidssignaal die in de regio wonen"),
        )
        for slug, form in [
            ("situatie", forms.SituationForm),
            ("contact", forms.ContactForm),
            ("betrokken", forms.InvolvementForm),
            ("hulpvraag", forms.HelpQuestionForm),
        ]
    ),
    *(
        Step(
            slug,
            form,
            asks_professional_questions,
            asked_when=_("Professionals, behalve bij acuut gevaar of een gezin buiten de regio"),
        )
        for slug, form in [("vraag", forms.ProfessionalQuestionForm), ("gezin", forms.ProfessionalFamilyForm)]
    ),
    Step(
        "familie",
        forms.FamilyMemberForm,
        asks_family_member_questions,
        asked_when=_("Familieleden zonder veiligheidssignaal die in de regio wonen"),
    ),
    Step(
        "voor-jou",
        forms.ChildForm,
        asks_child_questions,
        asked_when=_("Kinderen en jongeren zonder veiligheidssignaal"),
    ),
    Step(
        CHECK,
        forms.CheckAnswersForm,
        asks_everyone_but_children,
        is_question=False,
        asked_when=_("Iedereen behalve kinderen, en niet bij acuut gevaar"),
    ),
]

STEPS_BY_SLUG = {step.slug: step for step in STEPS}

# Changing the answer of a step clears the answers of these later steps: they were asked
# with wording or on a path that depended on it. (Steps that drop out of the path because
# of a changed answer are cleared as well, by the wizard.)
DEPENDENT_STEPS = {
    WHO: [step.slug for step in STEPS if step.slug != WHO],
}
