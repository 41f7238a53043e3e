"""The steps of the Scheidingswijzer, in order, with the condition under which each is asked
and the earlier answers each depends on.

Conditions read the answers already stored for earlier steps (never the forms of later
steps), so they are cheap and cannot recurse. Paths through the wizard:

- parent:        wie, veiligheid, gemeente, situatie, contact, betrokken, hulpvraag, controleren
- professional:  wie, veiligheid, gemeente, vraag, gezin, controleren
- family member: wie, veiligheid, gemeente, familie, (eigen-contact,) controleren
- child/youth:   wie, veiligheid, voor-jou
- acute danger ends the questions at once; another safety signal skips the situation
  questions (not the professional's, who is pointed to the right safety partner); living
  outside the region skips them too.

`depends_on` names the answers (question names) a step was asked in the light of: its
wording, its choices or whether it is asked at all change with them. When one of them
changes, the step's answers are cleared, and so, in turn, are the answers of later steps
that depend on those (`steps_to_clear`). Step names are stable (they prefix the form
fields and key the stored answers); the URL shows `url_slug`, in the user's language.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from vragenlijst import forms
from vragenlijst.decision_table import ALL_BUT_CHILDREN, has_safety_signal
from vragenlijst.questions import OUTSIDE_REGION, SAFETY_FIELDS, Relation, Role, SafetyAnswer


@dataclass(frozen=True)
class Step:
    slug: str  # stable: the name of the step in the stored answers and the form fields
    form: type[forms.StepForm]
    url_slug: object  # the step's part of the URL, translated
    condition: object = None  # callable(stored) -> bool, or None for "always"
    is_question: bool = True  # counts in "stap 3 van 7"
    asked_when: object = _("Altijd")  # the condition in plain words, for the path map
    depends_on: tuple[str, ...] = ()  # question names (fields of earlier steps)

    @property
    def fields(self):
        return tuple(self.form.base_fields)


class StoredAnswers:
    """Read access to the raw answers stored for earlier steps (by the wizard's storage)."""

    def __init__(self, get_step_data):
        self._get_step_data = get_step_data

    def value(self, step, field):
        data = self._get_step_data(step)
        if not data:
            return ""
        return data.get(f"{step}-{field}") or ""

    def get(self, field):
        """The stored answer to a question, by its name ("" when not answered)."""
        step = FIELD_STEPS.get(field)
        return self.value(step, field) if step else ""

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
DONE_URL_SLUG = pgettext_lazy("URL-deel", "klaar")


def asks_everyone_but_children(stored):
    """Everyone but children, unless there is acute danger (then the result comes at once)."""
    return stored.role in ALL_BUT_CHILDREN and not stored.acute_danger


def asks_parent_questions(stored):
    return stored.role == Role.PARENT and not stored.safety_signal and not stored.outside_region


def asks_professional_questions(stored):
    return stored.role == Role.PROFESSIONAL and not stored.acute_danger and not stored.outside_region


def asks_family_member_questions(stored):
    return stored.role == Role.FAMILY_MEMBER and not stored.safety_signal and not stored.outside_region


def asks_about_own_contact(stored):
    """Grandparents and other relatives; a new partner lives with the children."""
    return asks_family_member_questions(stored) and stored.value("familie", "relation") in (
        Relation.GRANDPARENT,
        Relation.OTHER_RELATIVE,
    )


def asks_child_questions(stored):
    return stored.role == Role.CHILD and not stored.safety_signal


PARENTS_IN_THE_REGION = _("Ouders zonder veiligheidssignaal die in de regio wonen")
PROFESSIONALS_IN_THE_REGION = _("Professionals, behalve bij acuut gevaar of een gezin buiten de regio")

STEPS = [
    Step(WHO, forms.RoleForm, pgettext_lazy("URL-deel", "wie")),
    Step(SAFETY, forms.SafetyForm, pgettext_lazy("URL-deel", "veiligheid"), depends_on=("role",)),
    Step(
        MUNICIPALITY,
        forms.MunicipalityForm,
        pgettext_lazy("URL-deel", "gemeente"),
        asks_everyone_but_children,
        asked_when=_("Ouders, professionals en familieleden, behalve bij acuut gevaar"),
        depends_on=("role",),
    ),
    Step(
        "situatie",
        forms.SituationForm,
        pgettext_lazy("URL-deel", "situatie"),
        asks_parent_questions,
        asked_when=PARENTS_IN_THE_REGION,
        depends_on=("role",),
    ),
    Step(
        "contact",
        forms.ContactForm,
        pgettext_lazy("URL-deel", "contact"),
        asks_parent_questions,
        asked_when=PARENTS_IN_THE_REGION,
        depends_on=("role", "stage"),
    ),
    Step(
        "betrokken",
        forms.InvolvementForm,
        pgettext_lazy("URL-deel", "betrokken"),
        asks_parent_questions,
        asked_when=PARENTS_IN_THE_REGION,
        depends_on=("role",),
    ),
    Step(
        "hulpvraag",
        forms.HelpQuestionForm,
        pgettext_lazy("URL-deel", "hulpvraag"),
        asks_parent_questions,
        asked_when=PARENTS_IN_THE_REGION,
        depends_on=("role", "stage", "talk_with_other_parent"),
    ),
    Step(
        "vraag",
        forms.ProfessionalQuestionForm,
        pgettext_lazy("URL-deel", "vraag"),
        asks_professional_questions,
        asked_when=PROFESSIONALS_IN_THE_REGION,
        depends_on=("role",),
    ),
    Step(
        "gezin",
        forms.ProfessionalFamilyForm,
        pgettext_lazy("URL-deel", "gezin"),
        asks_professional_questions,
        asked_when=PROFESSIONALS_IN_THE_REGION,
        depends_on=("role", "question_kind"),
    ),
    Step(
        "familie",
        forms.FamilyMemberForm,
        pgettext_lazy("URL-deel", "familie"),
        asks_family_member_questions,
        asked_when=_("Familieleden zonder veiligheidssignaal die in de regio wonen"),
        depends_on=("role",),
    ),
    Step(
        "eigen-contact",
        forms.OwnContactForm,
        pgettext_lazy("URL-deel", "eigen-contact"),
        asks_about_own_contact,
        asked_when=_("Grootouders en andere familieleden (niet een nieuwe partner), als bij 'familie'"),
        depends_on=("role", "relation"),
    ),
    Step(
        "voor-jou",
        forms.ChildForm,
        pgettext_lazy("URL-deel", "voor-jou"),
        asks_child_questions,
        asked_when=_("Kinderen en jongeren zonder veiligheidssignaal"),
        depends_on=("role",),
    ),
    Step(
        CHECK,
        forms.CheckAnswersForm,
        pgettext_lazy("URL-deel", "controleren"),
        asks_everyone_but_children,
        is_question=False,
        asked_when=_("Iedereen behalve kinderen, en niet bij acuut gevaar"),
    ),
]

STEPS_BY_SLUG = {step.slug: step for step in STEPS}

# Which step asks each question (field names are unique across the steps).
FIELD_STEPS = {name: step.slug for step in STEPS for name in step.fields}


def steps_to_clear(step, changed_fields):
    """The later steps whose answers must go when `changed_fields` of `step` changed: those
    that depend on a changed answer, and in turn those that depend on theirs."""
    later = STEPS[[s.slug for s in STEPS].index(step) + 1 :]
    changed = set(changed_fields)
    cleared = []
    for candidate in later:
        if changed & set(candidate.depends_on):
            cleared.append(candidate.slug)
            changed |= set(candidate.fields)
    return cleared


def url_slug(step):
    """The URL part of a step (or of the done step) in the active language."""
    if step == DONE:
        return str(DONE_URL_SLUG)
    known = STEPS_BY_SLUG.get(step)
    return str(known.url_slug) if known else step


def _step_for_url_slug_in_active_language(slug):
    if slug == str(DONE_URL_SLUG):
        return DONE
    for step in STEPS:
        if str(step.url_slug) == slug:
            return step.slug
    return None


def step_for_url_slug(slug):
    """The step whose URL part is `slug`: in the active language first, then in the other
    languages (the language switcher keeps the step's part as it is); unknown slugs as
    they are."""
    if slug is None:
        return None
    found = _step_for_url_slug_in_active_language(slug)
    for language, _name in settings.LANGUAGES:
        if found is not None:
            break
        with translation.override(language):
            found = _step_for_url_slug_in_active_language(slug)
    return found or slug


def step_url(step):
    """The URL of a step in the active language."""
    return reverse("vragenlijst:step", kwargs={"step": url_slug(step)})
