"""The answers the Scheidingswijzer can be given: one vocabulary per question.

Stored values are Dutch slugs (like `home.choices.Route`); labels are Dutch source
strings translated through gettext. The forms (`vragenlijst.forms`), the decision table
(`vragenlijst.decision_table`) and the property tests all draw from these classes, so
a new answer is added in one place.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Role(models.TextChoices):
    PARENT = "ouder", _("Ik ben ouder")
    CHILD = "kind", _("Ik ben een kind of jongere")
    PROFESSIONAL = "professional", _("Ik werk met gezinnen (professional)")
    FAMILY_MEMBER = "familielid", _("Ik ben familie, bijvoorbeeld opa, oma of een nieuwe partner")


class SafetyAnswer(models.TextChoices):
    """Every safety question has 'weet ik niet'; not being sure counts as a signal."""

    YES = "ja", pgettext_lazy("antwoord", "Ja")
    NO = "nee", pgettext_lazy("antwoord", "Nee")
    NOT_SURE = "weet-niet", _("Weet ik niet")


class FeelsSafe(models.TextChoices):
    """The children's own safety question, worded positively ("Voel je je veilig thuis?"):
    here "nee", "niet altijd" and "weet ik niet" are the signals, not "ja"."""

    YES = "ja", _("Ja, ik voel me veilig thuis")
    NOT_ALWAYS = "niet-altijd", _("Niet altijd")
    NO = "nee", _("Nee, ik voel me thuis niet veilig")
    NOT_SURE = "weet-niet", _("Weet ik niet")


class Stage(models.TextChoices):
    CONSIDERING = "overwegen", _("We denken erover om uit elkaar te gaan")
    SEPARATING = "bezig", _("We zijn bezig uit elkaar te gaan")
    SEPARATED = "uit-elkaar", _("We zijn uit elkaar, korter dan twee jaar")
    LONG_AGO = "lang-geleden", _("We zijn al langer dan twee jaar uit elkaar")


class ChildAgeGroup(models.TextChoices):
    """Age groups of children; the value is the inclusive range in years."""

    TODDLER = "0-3", _("0 tot 4 jaar")
    YOUNG = "4-7", _("4 tot 8 jaar")
    CHILD = "8-11", _("8 tot 12 jaar")
    TEEN = "12-17", _("12 tot 18 jaar")


def age_range(group):
    """(youngest, oldest) in whole years for an age group value such as "4-7"."""
    low, high = group.split("-")
    return int(low), int(high)


class TalkWithOtherParent(models.TextChoices):
    WELL = "goed", _("Goed: we kunnen samen dingen regelen")
    SOMETIMES_HARD = "soms-moeilijk", _("Soms moeilijk, maar we komen er meestal uit")
    HARDLY = "bijna-niet", _("Bijna niet: praten loopt vaak uit op ruzie")
    NO_CONTACT = "geen-contact", _("We hebben geen contact")


class Agreements(models.TextChoices):
    WORKING = "werkt", _("Ja, er zijn afspraken of een ouderschapsplan, en die werken")
    NOT_WORKING = "werkt-niet", _("Er zijn afspraken, maar die werken niet")
    IN_PROGRESS = "bezig", _("We zijn afspraken aan het maken")
    NONE = "geen", _("Nee, er zijn nog geen afspraken")


class ChildRefusesContact(models.TextChoices):
    """Whether a child refuses contact with one of the parents (asked of parents)."""

    NO = "nee", pgettext_lazy("antwoord", "Nee")
    SOMETIMES = "soms", _("Soms wil een kind niet")
    YES = "ja", _("Ja, een kind weigert het contact")
    NOT_SURE = "weet-niet", _("Weet ik niet")


class ChildrenCaught(models.TextChoices):
    NO = "nee", pgettext_lazy("antwoord", "Nee")
    SOMETIMES = "soms", _("Soms")
    OFTEN = "vaak", _("Vaak")
    NOT_SURE = "weet-niet", _("Weet ik niet")


class CourtCases(models.TextChoices):
    NO = "nee", pgettext_lazy("antwoord", "Nee")
    ONE = "een", _("Ja, er loopt een zaak")
    SEVERAL = "meerdere", _("Ja, er zijn al meerdere zaken geweest")


class ChildProtection(models.TextChoices):
    NO = "nee", pgettext_lazy("antwoord", "Nee")
    INVESTIGATION = "raad", _("De Raad voor de Kinderbescherming doet of deed onderzoek")
    MEASURE = "maatregel", _("Er is een maatregel, bijvoorbeeld een ondertoezichtstelling")
    NOT_SURE = "weet-niet", _("Weet ik niet")


class Mediation(models.TextChoices):
    NO = "nee", _("Nee, nog niet")
    ONGOING = "loopt", _("Ja, we zijn er nu mee bezig")
    HELPED = "gelukt", _("Ja, en dat hielp")
    FAILED = "mislukt", _("Ja, maar het is niet gelukt")


class InvolvedProfessional(models.TextChoices):
    NONE = "geen", _("Nog niemand")
    LOCAL_TEAM = "wijkteam", _("Wijkteam of sociaal team")
    YOUTH_CARE = "jeugdhulp", _("Jeugdhulp")
    LAWYER = "advocaat", _("Advocaat")
    MEDIATOR = "mediator", _("Mediator")
    MENTAL_HEALTH = "ggz", _("GGZ of psycholoog")
    GP = "huisarts", _("Huisarts of POH-Jeugd")
    SCHOOL = "school", _("School of kinderopvang")
    OTHER = "anders", _("Iemand anders")


class HelpNeed(models.TextChoices):
    """What would help most. `HELP_NEED_TOPICS` maps each to the `home.Topic` slugs whose
    services are shown first on the result page (and are handed over to the request forms)."""

    PARENTING_PLAN = "ouderschapsplan", _("Afspraken maken over de kinderen (ouderschapsplan)")
    CONTACT_ARRANGEMENT = "omgang", _("De zorgregeling: wanneer de kinderen bij wie zijn")
    COMMUNICATION = "communicatie", _("Beter praten met de andere ouder")
    CHILDREN = "kinderen", _("Mijn kinderen steunen")
    LEGAL = "juridisch", _("Juridische vragen, zoals over de rechter of alimentatie")
    MONEY_HOUSING = "geld-en-wonen", _("Geld en wonen")
    SELF = "steun", _("Steun voor mezelf")


HELP_NEED_TOPICS = {
    HelpNeed.PARENTING_PLAN: ("ouderschapsplan",),
    HelpNeed.CONTACT_ARRANGEMENT: ("omgang",),
    HelpNeed.COMMUNICATION: ("communicatie", "mediation"),
    HelpNeed.CHILDREN: ("kinderen-betrekken", "emoties"),
    HelpNeed.LEGAL: ("juridisch",),
    HelpNeed.MONEY_HOUSING: ("financien", "wonen"),
    HelpNeed.SELF: (),
}


def topics_for_help_needs(needs):
    """The topic slugs for a list of help needs, in order, without repeats."""
    slugs = [slug for need in needs for slug in HELP_NEED_TOPICS.get(need, ())]
    return tuple(dict.fromkeys(slugs))


class HelpForm(models.TextChoices):
    INFORMATION = "informatie", _("Ik wil vooral informatie en weten wat er is")
    QUESTION = "vraag", _("Ik heb een vraag en wil advies")
    CONVERSATION = "gesprek", _("Ik wil graag met iemand praten of gebeld worden")


class Relation(models.TextChoices):
    GRANDPARENT = "grootouder", _("Opa of oma")
    NEW_PARTNER = "nieuwe-partner", _("Nieuwe partner van een ouder")
    OTHER_RELATIVE = "ander-familielid", _("Ander familielid")


class ParentsConflict(models.TextChoices):
    WELL = "goed", _("Ze kunnen goed samen dingen regelen")
    VARYING = "wisselend", _("Het gaat wisselend")
    MUCH_CONFLICT = "veel-ruzie", _("Er is veel ruzie")
    NO_CONTACT = "geen-contact", _("Ze hebben geen contact")
    NOT_SURE = "weet-niet", _("Weet ik niet")


class OwnContact(models.TextChoices):
    """A grandparent's or other relative's own contact with the children."""

    AS_WANTED = "zoals-gewenst", _("Ja, ik zie ze zoals ik wil")
    LESS = "minder", _("Minder dan ik zou willen")
    NONE = "geen", _("Nee, ik zie ze niet meer, of het mag niet")


class WorkField(models.TextChoices):
    LOCAL_TEAM = "wijkteam", _("Wijkteam of sociaal team")
    YOUTH_CARE = "jeugdhulp", _("Jeugdhulp of jeugdbescherming")
    GP = "huisarts-poh", _("Huisarts of POH-Jeugd")
    EDUCATION = "onderwijs", _("Onderwijs of kinderopvang")
    LAW = "advocaat-mediator", _("Advocatuur of mediation")
    MENTAL_HEALTH = "ggz", _("GGZ")
    OTHER = "anders", _("Anders")


class QuestionKind(models.TextChoices):
    CONSULTATION = "consultatie", _("Ik wil meedenken of advies over een gezin (consultatie)")
    CASE = "casus", _("Ik wil een gezin aanmelden (casus inbrengen)")
    SERVICES = "aanbod", _("Ik zoek aanbod of informatie om naar te verwijzen")


class FamilyConsent(models.TextChoices):
    YES = "ja", _("Ja, het gezin weet ervan en geeft toestemming")
    NO = "nee", _("Nee, het gezin geeft geen toestemming")
    NOT_ASKED = "nog-niet", _("Nog niet gevraagd")


class FamilySignal(models.TextChoices):
    COURT = "procedures", _("Lopende of herhaalde rechtszaken")
    CHILD_PROTECTION = "jeugdbescherming", _("Raad voor de Kinderbescherming of jeugdbescherming betrokken")
    STUCK = "vastgelopen", _("Hulp is vastgelopen of afgebroken")
    NO_CONTACT = "geen-contact", _("De ouders hebben geen contact")
    CHILDREN_CAUGHT = "klem", _("Kinderen zitten klem tussen de ouders")
    CONTACT_REFUSAL = "contactweigering", _("Een kind weigert contact met een ouder")
    MANY_PROFESSIONALS = "veel-hulpverleners", _("Veel hulpverleners betrokken")
    NONE = "geen", _("Geen van deze")


class ChildAge(models.TextChoices):
    YOUNGER = "jonger-dan-12", _("Jonger dan 12")
    OLDER = "12-of-ouder", _("12 jaar of ouder")
    RATHER_NOT_SAY = "zeg-ik-liever-niet", _("Zeg ik liever niet")


class ChildWish(models.TextChoices):
    TALK = "praten", _("Met iemand praten")
    READ = "lezen", _("Lezen over scheiden")
    MEET = "anderen", _("Andere kinderen ontmoeten die hetzelfde meemaken")
    NOT_SURE = "weet-niet", _("Weet ik nog niet")


# The safety questions, asked of everyone right after "who are you". Adults are asked
# `child_unsafe`, children the positively worded `feels_safe` instead.
SAFETY_FIELDS = ("acute_danger", "violence", "child_unsafe", "feels_safe")

# The answers to each safety question that are a signal of unsafety ("not sure" always is).
SAFETY_SIGNAL_ANSWERS = {
    "acute_danger": frozenset({"ja", "weet-niet"}),
    "violence": frozenset({"ja", "weet-niet"}),
    "child_unsafe": frozenset({"ja", "weet-niet"}),
    "feels_safe": frozenset({"nee", "niet-altijd", "weet-niet"}),
}

# Short labels for each question, used in the check-your-answers page and (in Dutch)
# in the non-identifying summary that travels to the request forms.
QUESTION_SHORT_LABELS = {
    "role": _("Wie"),
    "acute_danger": _("Nu gevaar"),
    "violence": _("Geweld of dreiging"),
    "child_unsafe": _("Zorgen over veiligheid kind"),
    "feels_safe": _("Voelt zich veilig thuis"),
    "municipality": _("Gemeente"),
    "stage": _("Fase van de scheiding"),
    "child_ages": _("Leeftijd kinderen"),
    "talk_with_other_parent": _("Praten met de andere ouder"),
    "agreements": _("Afspraken"),
    "children_caught": _("Kinderen klem"),
    "child_refuses_contact": _("Kind weigert contact"),
    "court_cases": _("Rechtszaken"),
    "child_protection": _("Jeugdbescherming"),
    "mediation": _("Mediation"),
    "professionals": _("Betrokken hulp"),
    "help_needs": _("Waar hulp bij nodig"),
    "help_form": _("Soort hulp"),
    "relation": _("Familierelatie"),
    "parents_conflict": _("Contact tussen de ouders"),
    "own_contact": _("Eigen contact met de kinderen"),
    "work_field": _("Werkveld"),
    "question_kind": _("Soort vraag"),
    "family_consent": _("Toestemming gezin"),
    "family_signals": _("Signalen in het gezin"),
    "child_age": _("Leeftijd"),
    "wishes": _("Wensen"),
}

# Every question's vocabulary, for the check page, the summary and the property tests.
# The municipality question has the region's municipalities plus "anders" (outside the region).
OUTSIDE_REGION = "anders"

QUESTION_CHOICES = {
    "role": Role,
    "acute_danger": SafetyAnswer,
    "violence": SafetyAnswer,
    "child_unsafe": SafetyAnswer,
    "feels_safe": FeelsSafe,
    "stage": Stage,
    "child_ages": ChildAgeGroup,
    "talk_with_other_parent": TalkWithOtherParent,
    "agreements": Agreements,
    "children_caught": ChildrenCaught,
    "child_refuses_contact": ChildRefusesContact,
    "court_cases": CourtCases,
    "child_protection": ChildProtection,
    "mediation": Mediation,
    "professionals": InvolvedProfessional,
    "help_needs": HelpNeed,
    "help_form": HelpForm,
    "relation": Relation,
    "parents_conflict": ParentsConflict,
    "own_contact": OwnContact,
    "work_field": WorkField,
    "question_kind": QuestionKind,
    "family_consent": FamilyConsent,
    "family_signals": FamilySignal,
    "child_age": ChildAge,
    "wishes": ChildWish,
}

MULTIPLE_CHOICE_QUESTIONS = frozenset(
    {"child_ages", "professionals", "help_needs", "family_signals", "wishes"}
)
