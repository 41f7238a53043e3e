"""One form per wizard step. Every question is a radio group or a set of check boxes,
rendered as a fieldset with a legend; every error message says what to do."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vragenlijst.questions import (
    OUTSIDE_REGION,
    Agreements,
    ChildAge,
    ChildAgeGroup,
    ChildProtection,
    ChildRefusesContact,
    ChildrenCaught,
    ChildWish,
    CourtCases,
    FamilyConsent,
    FamilySignal,
    FeelsSafe,
    HelpForm,
    HelpNeed,
    InvolvedProfessional,
    Mediation,
    OwnContact,
    ParentsConflict,
    QuestionKind,
    Relation,
    Role,
    SafetyAnswer,
    Stage,
    TalkWithOtherParent,
    WorkField,
)

INVALID_CHOICE = _("Kies een van de antwoorden die er staan.")

# With more options than this, the municipality question becomes a select box.
MAX_RADIO_OPTIONS = 10


def radio(choices, label, required_message, help_text=""):
    return forms.ChoiceField(
        choices=choices,
        label=label,
        help_text=help_text,
        widget=forms.RadioSelect,
        error_messages={"required": required_message, "invalid_choice": INVALID_CHOICE},
    )


def checkboxes(choices, label, required_message, help_text="", required=True):
    return forms.MultipleChoiceField(
        choices=choices,
        label=label,
        help_text=help_text,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": required_message,
            "invalid_choice": INVALID_CHOICE,
            "invalid_list": INVALID_CHOICE,
        },
    )


class NoEarlierAnswers:
    def get(self, field):
        return ""


class StepForm(forms.Form):
    """A step of the Scheidingswijzer. `role` (from the first step) and the `earlier`
    answers (anything with `get(field)`) adapt the wording; a step that does so declares
    the answers it depends on in `vragenlijst.steps`, so a change of them clears it.
    `help_texts` (question name -> text) are the editors' words from the CMS."""

    title = ""
    intro = ""

    def __init__(self, *args, role="", earlier=None, help_texts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.role = role
        self.earlier = earlier or NoEarlierAnswers()
        self.adapt()
        for name, text in (help_texts or {}).items():
            if name in self.fields and text:
                self.fields[name].help_text = text

    def adapt(self):
        """Adapt the questions to the role and the earlier answers (after the fields are made)."""

    def get_title(self):
        return self.title

    def get_intro(self):
        return self.intro

    def error_summary(self):
        """(anchor id, message) for the error summary: each links to its field's first input."""
        items = [("", message) for message in self.non_field_errors()]
        for bound_field in self:
            if bound_field.errors:
                anchor = bound_field.auto_id
                if isinstance(bound_field.field.widget, forms.RadioSelect):
                    anchor = f"{anchor}_0"  # radio and checkbox inputs are numbered from 0
                items.append((anchor, bound_field.errors[0]))
        return items

    def exclusive_answer(self, field_name, exclusive_value, message):
        """A 'none of these' answer cannot be combined with other answers."""
        values = self.cleaned_data.get(field_name) or []
        if exclusive_value in values and len(values) > 1:
            self.add_error(field_name, message)


class RoleForm(StepForm):
    title = _("Wie ben je?")
    # "vijf minuten": measured with scripts/benchmarks/scheidingswijzer_duration.py (a parent's
    # whole path 5 to 6.5 minutes, other roles 2 to 4); the home page says the same.
    intro = _(
        "Beantwoord een paar korte vragen. Daarna zie je welke hulp bij je past. "
        "Het duurt ongeveer vijf minuten. Je hoeft je naam niet te geven."
    )

    role = radio(Role.choices, _("Ik doe deze vragenlijst als"), _("Kies wie je bent."))


SAFETY_LABELS = {
    "acute_danger": {
        Role.CHILD: _("Ben je nu in gevaar?"),
        Role.PROFESSIONAL: _("Is er op dit moment acuut gevaar in het gezin?"),
        "": _("Is er nu op dit moment gevaar voor jou, de kinderen of iemand anders in huis?"),
    },
    "violence": {
        Role.CHILD: _("Wordt er thuis geslagen, of wordt er gedreigd, zodat je bang bent?"),
        Role.PROFESSIONAL: _("Zijn er signalen van huiselijk geweld of bedreiging in het gezin?"),
        "": _("Is er geweld in het gezin, of wordt er gedreigd? Ook door een ex-partner."),
    },
    "child_unsafe": {
        Role.PROFESSIONAL: _("Zijn er zorgen over de veiligheid of ontwikkeling van een kind?"),
        "": _("Maak je je zorgen of een kind veilig is of zich goed kan ontwikkelen?"),
    },
}

SAFETY_REQUIRED = {
    "acute_danger": _("Kies of er nu gevaar is. Weet je het niet zeker? Kies dan 'Weet ik niet'."),
    "violence": _("Kies of er geweld is of gedreigd wordt. Weet je het niet zeker? Kies dan 'Weet ik niet'."),
    "child_unsafe": _(
        "Kies of je je zorgen maakt over een kind. Weet je het niet zeker? Kies 'Weet ik niet'."
    ),
    "feels_safe": _("Kies of je je veilig voelt thuis. Weet je het niet zeker? Kies dan 'Weet ik niet'."),
}


class SafetyForm(StepForm):
    """Safety first: asked of everyone right after "who are you"."""

    acute_danger = radio(SafetyAnswer.choices, "", SAFETY_REQUIRED["acute_danger"])
    violence = radio(SafetyAnswer.choices, "", SAFETY_REQUIRED["violence"])
    child_unsafe = radio(SafetyAnswer.choices, "", SAFETY_REQUIRED["child_unsafe"])
    # Children get their own question, worded positively, instead of `child_unsafe`.
    feels_safe = radio(
        FeelsSafe.choices,
        _("Voel je je veilig thuis?"),
        SAFETY_REQUIRED["feels_safe"],
        help_text=_("Er is geen goed of fout antwoord."),
    )

    def adapt(self):
        del self.fields["child_unsafe" if self.role == Role.CHILD else "feels_safe"]
        for name, labels in SAFETY_LABELS.items():
            if name in self.fields:
                self.fields[name].label = labels.get(self.role, labels.get("", ""))

    def get_title(self):
        if self.role == Role.CHILD:
            return _("Ben je veilig?")
        return _("Eerst: is iedereen veilig?")

    def get_intro(self):
        if self.role == Role.CHILD:
            return _(
                "Deze vragen stellen we aan iedereen. Weet je het niet zeker? Dat is goed. "
                "Kies dan 'Weet ik niet'."
            )
        return _(
            "Deze vragen stellen we aan iedereen, als eerste. Weet je het niet zeker? Kies dan "
            "'Weet ik niet'. Ook twijfel is een reden om hulp te vragen."
        )


class MunicipalityForm(StepForm):
    municipality = forms.ChoiceField(
        label=_("Gemeente"),
        error_messages={"required": _("Kies een gemeente."), "invalid_choice": INVALID_CHOICE},
    )

    def __init__(self, *args, municipalities=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["municipality"]
        choices = [(m.slug, m.name) for m in municipalities]
        choices.append((OUTSIDE_REGION, _("Een andere gemeente")))
        if len(choices) > MAX_RADIO_OPTIONS:
            field.widget = forms.Select()
            choices.insert(0, ("", _("Kies een gemeente")))
        else:
            field.widget = forms.RadioSelect()
        field.choices = choices
        field.label = {
            Role.PROFESSIONAL: _("In welke gemeente woont het gezin?"),
            Role.FAMILY_MEMBER: _("In welke gemeente wonen de kinderen?"),
        }.get(self.role, _("In welke gemeente woon je?"))

    def get_title(self):
        return self.fields["municipality"].label

    def get_intro(self):
        return _("Dan laten we hulp zien die in die gemeente te vinden is.")


class SituationForm(StepForm):
    title = _("Jouw situatie")

    stage = radio(Stage.choices, _("Hoe ver zijn jullie?"), _("Kies hoe ver jullie zijn."))
    child_ages = checkboxes(
        ChildAgeGroup.choices,
        _("Hoe oud zijn de kinderen?"),
        _("Kies minstens één leeftijd."),
        help_text=_("Kies alles wat past."),
    )


class ContactForm(StepForm):
    """Depends on the stage: parents who are still together talk with their partner, and
    are not asked whether a child refuses contact."""

    title = _("Samen ouder blijven")

    talk_with_other_parent = radio(
        TalkWithOtherParent.choices,
        _("Hoe gaat het praten met de andere ouder over de kinderen?"),
        _("Kies hoe het praten met de andere ouder gaat."),
    )
    agreements = radio(
        Agreements.choices,
        _("Zijn er afspraken over de kinderen, zoals een ouderschapsplan?"),
        _("Kies of er afspraken zijn."),
    )
    children_caught = radio(
        ChildrenCaught.choices,
        _("Merk je dat de kinderen klem zitten tussen jullie?"),
        _("Kies of de kinderen klem zitten."),
        help_text=_("Bijvoorbeeld: ze moeten kiezen, of ze brengen boodschappen over tussen jullie."),
    )
    child_refuses_contact = radio(
        ChildRefusesContact.choices,
        _("Wil een van de kinderen geen contact met jou of met de andere ouder?"),
        _("Kies of een kind contact weigert."),
        help_text=_("Bijvoorbeeld: een kind wil niet meer naar het andere huis, of niet meer bellen."),
    )

    def adapt(self):
        if self.earlier.get("stage") == Stage.CONSIDERING:
            self.fields["talk_with_other_parent"].label = _(
                "Hoe gaat het praten met je partner over de kinderen?"
            )
            self.fields["talk_with_other_parent"].error_messages["required"] = _(
                "Kies hoe het praten met je partner gaat."
            )
            self.fields["agreements"].label = _(
                "Hebben jullie al afspraken over de kinderen voor als jullie uit elkaar gaan?"
            )
            del self.fields["child_refuses_contact"]


class InvolvementForm(StepForm):
    title = _("Wie is er al betrokken?")

    court_cases = radio(
        CourtCases.choices, _("Is er een rechtszaak over de kinderen?"), _("Kies of er een rechtszaak is.")
    )
    child_protection = radio(
        ChildProtection.choices,
        _("Is de Raad voor de Kinderbescherming of jeugdbescherming betrokken?"),
        _("Kies of de Raad of jeugdbescherming betrokken is."),
    )
    mediation = radio(
        Mediation.choices,
        _("Hebben jullie mediation geprobeerd?"),
        _("Kies of jullie mediation geprobeerd hebben."),
    )
    professionals = checkboxes(
        InvolvedProfessional.choices,
        _("Wie helpen er al?"),
        _("Kies wie er al helpen, of 'Nog niemand'."),
        help_text=_("Kies alles wat past."),
    )

    def clean(self):
        cleaned_data = super().clean()
        self.exclusive_answer(
            "professionals",
            InvolvedProfessional.NONE,
            _("Je koos 'Nog niemand' en ook andere hulp. Kies het een of het ander."),
        )
        return cleaned_data


class HelpQuestionForm(StepForm):
    title = _("Wat zou je het meest helpen?")

    help_needs = checkboxes(
        HelpNeed.choices,
        _("Waar wil je hulp bij?"),
        _("Kies minstens één onderwerp."),
        help_text=_("Kies er hooguit drie."),
    )
    help_form = radio(
        HelpForm.choices, _("Wat past nu het best bij je?"), _("Kies wat het best bij je past.")
    )

    def adapt(self):
        """The choices speak to where the parents are: long separated parents change their
        agreements; parents without contact first need to talk again at all."""
        labels = {}
        if self.earlier.get("stage") == Stage.LONG_AGO:
            labels[HelpNeed.PARENTING_PLAN] = _("De afspraken over de kinderen aanpassen (ouderschapsplan)")
        if self.earlier.get("talk_with_other_parent") == TalkWithOtherParent.NO_CONTACT:
            labels[HelpNeed.COMMUNICATION] = _("Weer in gesprek komen met de andere ouder")
        if labels:
            field = self.fields["help_needs"]
            field.choices = [(value, labels.get(value, label)) for value, label in field.choices]

    def clean_help_needs(self):
        needs = self.cleaned_data["help_needs"]
        if len(needs) > 3:
            raise forms.ValidationError(
                _("Kies hooguit drie onderwerpen. Je koos er %(count)s."), params={"count": len(needs)}
            )
        return needs


class ProfessionalQuestionForm(StepForm):
    title = _("Je vraag")

    work_field = radio(WorkField.choices, _("Waar werk je?"), _("Kies waar je werkt."))
    question_kind = radio(QuestionKind.choices, _("Wat wil je?"), _("Kies wat je wilt."))
    family_consent = radio(
        FamilyConsent.choices,
        _("Weet het gezin dat je hulp zoekt, en geeft het toestemming om gegevens te delen?"),
        _("Kies of het gezin toestemming geeft."),
        help_text=_("Zonder toestemming kan er alleen worden meegedacht over geanonimiseerde informatie."),
    )


class ProfessionalFamilyForm(StepForm):
    title = _("Over het gezin")
    intro = _("Geen namen of andere gegevens nodig: alleen wat je ziet.")

    family_signals = checkboxes(
        FamilySignal.choices,
        _("Zie je een of meer van deze signalen?"),
        _("Kies de signalen die je ziet, of 'Geen van deze'."),
        help_text=_("Kies alles wat past."),
    )
    child_ages = checkboxes(
        ChildAgeGroup.choices,
        _("Hoe oud zijn de kinderen?"),
        _("Kies minstens één leeftijd."),
        help_text=_("Kies alles wat past."),
    )
    help_needs = checkboxes(
        HelpNeed.choices,
        _("Over welke onderwerpen gaat je vraag?"),
        "",
        help_text=_("Niet verplicht. Kies er hooguit drie."),
        required=False,
    )

    def adapt(self):
        if self.earlier.get("question_kind") == QuestionKind.SERVICES:
            self.fields["help_needs"].label = _("Voor welke onderwerpen zoek je aanbod?")

    def clean(self):
        cleaned_data = super().clean()
        self.exclusive_answer(
            "family_signals",
            FamilySignal.NONE,
            _("Je koos 'Geen van deze' en ook signalen. Kies het een of het ander."),
        )
        if len(cleaned_data.get("help_needs") or []) > 3:
            self.add_error("help_needs", _("Kies hooguit drie onderwerpen."))
        return cleaned_data


class FamilyMemberForm(StepForm):
    title = _("Jouw plek in het gezin")

    relation = radio(
        Relation.choices, _("Wie ben je voor de kinderen?"), _("Kies wie je bent voor de kinderen.")
    )
    parents_conflict = radio(
        ParentsConflict.choices,
        _("Hoe gaan de ouders met elkaar om?"),
        _("Kies hoe de ouders met elkaar omgaan."),
    )
    child_ages = checkboxes(
        ChildAgeGroup.choices,
        _("Hoe oud zijn de kinderen?"),
        _("Kies minstens één leeftijd."),
        help_text=_("Kies alles wat past."),
    )
    help_form = radio(
        HelpForm.choices, _("Wat past nu het best bij je?"), _("Kies wat het best bij je past.")
    )


class OwnContactForm(StepForm):
    """A grandparent's or other relative's own contact with the children (not asked of a
    new partner, who lives with them): depends on the relation."""

    title = _("Jouw contact met de kinderen")

    own_contact = radio(
        OwnContact.choices,
        _("Zie je de kinderen zo vaak als je zou willen?"),
        _("Kies hoe vaak je de kinderen ziet."),
    )

    def adapt(self):
        if self.earlier.get("relation") == Relation.GRANDPARENT:
            self.fields["own_contact"].label = _("Zie je je kleinkinderen zo vaak als je zou willen?")
            self.fields["own_contact"].error_messages["required"] = _(
                "Kies hoe vaak je je kleinkinderen ziet."
            )

    def get_title(self):
        if self.earlier.get("relation") == Relation.GRANDPARENT:
            return _("Jouw contact met je kleinkinderen")
        return self.title


class ChildForm(StepForm):
    """Short and kind; nothing personal."""

    title = _("Wat wil jij?")
    intro = _("Je hoeft niets over jezelf te vertellen. We willen alleen weten wat bij je past.")

    child_age = radio(
        ChildAge.choices,
        _("Ben je jonger dan 12, of 12 of ouder?"),
        _("Kies een antwoord. 'Zeg ik liever niet' mag ook."),
    )
    wishes = checkboxes(
        ChildWish.choices,
        _("Wat zou je fijn vinden?"),
        _("Kies iets wat je fijn zou vinden, of 'Weet ik nog niet'."),
        help_text=_("Je mag meer dan één ding kiezen."),
    )


class CheckAnswersForm(StepForm):
    """The last step: the person checks the answers; sending it shows the result."""

    title = _("Kloppen je antwoorden?")
