"""The decision table of the Scheidingswijzer: answers in, exactly one route out.

How it works, in the words staff read on the admin path map:

1. From the answers, *signals* are derived. A signal is one plain fact, such as
   "someone says there is violence at home" or "the parents have no contact". Each
   signal has a code, a description and the exact condition on the answers.
2. The *rules* are tried from top to bottom; the first rule whose conditions hold
   decides the route. A rule can be limited to roles (parent, child, professional,
   family member), needs all of its `all_of` signals, none of its `none_of` signals and
   at least `at_least` of its `any_of` signals. Every role ends with a rule without
   conditions, so every answer set gets a route.
3. The safety rules come first, so safety wins over every other answer (the property
   test in tests/vragenlijst checks this over generated answer sets). "Weet ik niet" on
   a safety question is a signal too.

Each rule carries the heading and the reason the user reads ("waarom dit advies"), the
signals it names there (every signal that decided it, and the ones it `mentions`), and
the next actions offered on the result page. Actions can also be offered by an `Offer`:
"for these roles and routes, when these signals hold, also offer this action" (the
parenting-plan builder adds itself that way). Editors can reword headings and reasons
in the CMS (`vragenlijst.texts`); which route a rule gives stays here. Change the table
by editing this module: raise `TABLE_VERSION` and add a line to the change log below,
so an outcome can always be traced to the table that produced it. A rule whose meaning
changes gets a new code, so an edited text never lands on a different rule.

Change log:
- 2026.1: first table.
- 2026.2: professionals who ask for consultation or services for a family with signals
  of a stuck separation go to the expertise point (no longer advice); professionals with
  safety signals are offered the region's expert pool, or in a region without one the
  safety partner named in the region's settings, and never the region's help for a
  family outside the region; every signal that decided a rule is named in the "why"
  (each of the professional's family signals on its own, every conflict signal besides
  the one that decided); a heading per rule (outside the region "Hulp in je eigen
  gemeente", professionals' consultation "Consultatie"); the children's own, positively
  worded safety question; a child refusing contact with a parent (a strong signal,
  "soms" a conflict signal), for parents and as a professional's family signal; a
  grandparent's or other relative's own contact with the children (advice); actions
  for the municipality's services and the safety partner; children's rules offer only
  children's actions and always the Kindertelefoon.

The table is pure data and functions of a plain answers mapping (field name -> value,
or list of values for multiple-choice questions, plus `region_focus`); it never
touches the request, the session or the database.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from home.choices import Route
from home.models.settings import RegionFocus
from vragenlijst.questions import (
    OUTSIDE_REGION,
    Agreements,
    ChildProtection,
    ChildRefusesContact,
    ChildrenCaught,
    CourtCases,
    FamilyConsent,
    FamilySignal,
    FeelsSafe,
    HelpForm,
    InvolvedProfessional,
    Mediation,
    OwnContact,
    ParentsConflict,
    QuestionKind,
    Role,
    SafetyAnswer,
    TalkWithOtherParent,
)

TABLE_VERSION = "2026.2"

Answers = Mapping[str, object]


# ---- signals ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """One plain fact derived from the answers."""

    code: str
    description: Promise
    condition: str  # the exact test, as shown to staff
    test: Callable[[Answers], bool] = field(repr=False, compare=False)

    def holds(self, answers: Answers) -> bool:
        return self.test(answers)


def _values(answers, question):
    value = answers.get(question)
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return [str(v) for v in value]
    return [str(value)]


def answer_is(code, description, question, *values):
    """The (single or multiple-choice) answer to `question` includes one of `values`."""
    wanted = frozenset(str(v) for v in values)
    shown = " of ".join(f"'{v}'" for v in values)
    return Signal(
        code=code,
        description=description,
        condition=f"{question} = {shown}",
        test=lambda answers: any(v in wanted for v in _values(answers, question)),
    )


def answer_count_at_least(code, description, question, minimum, *, ignoring=()):
    """At least `minimum` answers were ticked for a multiple-choice `question`."""
    ignored = frozenset(str(v) for v in ignoring)
    condition = f"{question}: {minimum} of meer aangevinkt"
    if ignoring:
        condition += " (" + ", ".join(f"'{v}'" for v in ignoring) + " telt niet mee)"
    return Signal(
        code=code,
        description=description,
        condition=condition,
        test=lambda answers: len([v for v in _values(answers, question) if v not in ignored]) >= minimum,
    )


def either(code, description, *signals):
    """One of `signals` holds (the same fact asked in different words of different roles)."""
    return Signal(
        code=code,
        description=description,
        condition=" of ".join(f"({signal.condition})" for signal in signals),
        test=lambda answers: any(signal.holds(answers) for signal in signals),
    )


def professional_sees(code, description, value):
    return answer_is(code, description, "family_signals", value)


SIGNALS = [
    # Safety: asked of everyone, first.
    answer_is("acuut-gevaar", _("Er is nu gevaar."), "acute_danger", SafetyAnswer.YES),
    answer_is(
        "acuut-gevaar-twijfel", _("Niet zeker of er nu gevaar is."), "acute_danger", SafetyAnswer.NOT_SURE
    ),
    answer_is("geweld", _("Er is geweld of er wordt gedreigd."), "violence", SafetyAnswer.YES),
    answer_is(
        "geweld-twijfel",
        _("Niet zeker of er geweld is of gedreigd wordt."),
        "violence",
        SafetyAnswer.NOT_SURE,
    ),
    either(
        "kind-onveilig",
        _("Zorgen over de veiligheid of ontwikkeling van een kind."),
        answer_is("", "", "child_unsafe", SafetyAnswer.YES),
        answer_is("", "", "feels_safe", FeelsSafe.NO, FeelsSafe.NOT_ALWAYS),
    ),
    either(
        "kind-onveilig-twijfel",
        _("Niet zeker of een kind veilig is."),
        answer_is("", "", "child_unsafe", SafetyAnswer.NOT_SURE),
        answer_is("", "", "feels_safe", FeelsSafe.NOT_SURE),
    ),
    # Context.
    answer_is(
        "regio-expertisepoule",
        _("De regio werkt met een expertisepoule voor gezinnen met onveiligheid."),
        "region_focus",
        RegionFocus.SAFETY_POOL,
    ),
    answer_is("buiten-regio", _("Woont buiten de gemeenten van deze regio."), "municipality", OUTSIDE_REGION),
    # Parents: strong signals of a stuck separation (one is enough for the expertise point).
    answer_is(
        "jeugdbescherming",
        _("De Raad voor de Kinderbescherming of jeugdbescherming is betrokken."),
        "child_protection",
        ChildProtection.INVESTIGATION,
        ChildProtection.MEASURE,
    ),
    answer_is(
        "herhaalde-rechtszaken",
        _("Er zijn al meerdere rechtszaken geweest."),
        "court_cases",
        CourtCases.SEVERAL,
    ),
    answer_is(
        "geen-contact",
        _("De ouders hebben geen contact."),
        "talk_with_other_parent",
        TalkWithOtherParent.NO_CONTACT,
    ),
    answer_is(
        "kind-weigert-contact",
        _("Een kind weigert contact met een van de ouders."),
        "child_refuses_contact",
        ChildRefusesContact.YES,
    ),
    # Parents: signals of conflict (two or more together point to the expertise point).
    answer_is("lopende-rechtszaak", _("Er loopt een rechtszaak."), "court_cases", CourtCases.ONE),
    answer_is(
        "mediation-mislukt", _("Mediation is geprobeerd maar niet gelukt."), "mediation", Mediation.FAILED
    ),
    answer_is(
        "kinderen-klem",
        _("De kinderen zitten vaak klem tussen de ouders."),
        "children_caught",
        ChildrenCaught.OFTEN,
    ),
    answer_count_at_least(
        "veel-hulpverleners",
        _("Drie of meer soorten hulpverleners zijn betrokken."),
        "professionals",
        3,
        ignoring=(InvolvedProfessional.NONE,),
    ),
    answer_is(
        "moeizaam-contact",
        _("Praten met de andere ouder loopt vaak uit op ruzie."),
        "talk_with_other_parent",
        TalkWithOtherParent.HARDLY,
    ),
    answer_is(
        "afspraken-werken-niet",
        _("Er zijn afspraken, maar die werken niet."),
        "agreements",
        Agreements.NOT_WORKING,
    ),
    answer_is(
        "kind-wil-soms-niet",
        _("Een kind wil soms geen contact met een van de ouders."),
        "child_refuses_contact",
        ChildRefusesContact.SOMETIMES,
    ),
    # Parents: where they are with agreements (no route of their own; they offer actions).
    answer_is(
        "nog-geen-afspraken",
        _("Er zijn nog geen afspraken over de kinderen, of ze worden nu gemaakt."),
        "agreements",
        Agreements.NONE,
        Agreements.IN_PROGRESS,
    ),
    # What kind of help is wanted (parents and family members).
    answer_is("wil-advies", _("Heeft een vraag en wil advies."), "help_form", HelpForm.QUESTION),
    answer_is(
        "wil-gesprek", _("Wil met iemand praten of gebeld worden."), "help_form", HelpForm.CONVERSATION
    ),
    # Family members.
    answer_is(
        "ouders-veel-ruzie",
        _("Volgens het familielid is er veel ruzie of geen contact tussen de ouders."),
        "parents_conflict",
        ParentsConflict.MUCH_CONFLICT,
        ParentsConflict.NO_CONTACT,
    ),
    answer_is(
        "eigen-contact-geen",
        _("Het familielid ziet de kinderen niet meer, of het mag niet."),
        "own_contact",
        OwnContact.NONE,
    ),
    answer_is(
        "eigen-contact-minder",
        _("Het familielid ziet de kinderen minder dan het zou willen."),
        "own_contact",
        OwnContact.LESS,
    ),
    # Professionals.
    answer_is("casus", _("De professional wil een gezin aanmelden."), "question_kind", QuestionKind.CASE),
    answer_is(
        "consultatie", _("De professional wil een consultatie."), "question_kind", QuestionKind.CONSULTATION
    ),
    answer_is(
        "zonder-toestemming",
        _("Het gezin geeft (nog) geen toestemming om gegevens te delen."),
        "family_consent",
        FamilyConsent.NO,
        FamilyConsent.NOT_ASKED,
    ),
    # Professionals: what they see in the family; each is a signal of a stuck separation.
    professional_sees("gezin-rechtszaken", _("Er lopen of liepen rechtszaken."), FamilySignal.COURT),
    professional_sees(
        "gezin-jeugdbescherming",
        _("De Raad voor de Kinderbescherming of jeugdbescherming is betrokken."),
        FamilySignal.CHILD_PROTECTION,
    ),
    professional_sees("gezin-hulp-vastgelopen", _("Hulp is vastgelopen of afgebroken."), FamilySignal.STUCK),
    professional_sees("gezin-geen-contact", _("De ouders hebben geen contact."), FamilySignal.NO_CONTACT),
    professional_sees(
        "gezin-kinderen-klem", _("De kinderen zitten klem tussen de ouders."), FamilySignal.CHILDREN_CAUGHT
    ),
    professional_sees(
        "gezin-veel-hulpverleners",
        _("Er zijn veel hulpverleners betrokken."),
        FamilySignal.MANY_PROFESSIONALS,
    ),
    professional_sees(
        "gezin-contactweigering",
        _("Een kind weigert contact met een van de ouders."),
        FamilySignal.CONTACT_REFUSAL,
    ),
]

SIGNALS_BY_CODE = {signal.code: signal for signal in SIGNALS}

SAFETY_SIGNALS = (
    "acuut-gevaar",
    "acuut-gevaar-twijfel",
    "geweld",
    "geweld-twijfel",
    "kind-onveilig",
    "kind-onveilig-twijfel",
)
SAFETY_DOUBT_SIGNALS = ("acuut-gevaar-twijfel", "geweld-twijfel", "kind-onveilig-twijfel")
STRONG_SIGNALS = ("jeugdbescherming", "herhaalde-rechtszaken", "geen-contact", "kind-weigert-contact")
CONFLICT_SIGNALS = (
    "lopende-rechtszaak",
    "mediation-mislukt",
    "kinderen-klem",
    "veel-hulpverleners",
    "moeizaam-contact",
    "afspraken-werken-niet",
    "kind-wil-soms-niet",
)
HIGH_CONFLICT_SIGNALS = STRONG_SIGNALS + CONFLICT_SIGNALS
PROFESSIONAL_STUCK_SIGNALS = (
    "gezin-rechtszaken",
    "gezin-jeugdbescherming",
    "gezin-hulp-vastgelopen",
    "gezin-geen-contact",
    "gezin-kinderen-klem",
    "gezin-veel-hulpverleners",
    "gezin-contactweigering",
)
OWN_CONTACT_SIGNALS = ("eigen-contact-geen", "eigen-contact-minder")


def signals_for(answers: Answers) -> frozenset[str]:
    """The codes of every signal that holds for these answers."""
    return frozenset(signal.code for signal in SIGNALS if signal.holds(answers))


def has_safety_signal(answers: Answers) -> bool:
    return any(SIGNALS_BY_CODE[code].holds(answers) for code in SAFETY_SIGNALS)


# ---- next actions ----------------------------------------------------------------------


class ActionKind:
    FORM = "formulier"  # a request form in `advies`: URL name "advies:<target>"
    PHONE = "telefoon"  # a phone number: `target` names where it comes from (vragenlijst.result)
    PAGES = "paginas"  # the region's pages for the user's audience
    SERVICES = "aanbod"  # the services of the user's municipality
    LINK = "link"  # another page of the portal: `target` is a URL name
    TEXT = "tekst"  # advice in words only (nothing to link to)


@dataclass(frozen=True)
class Action:
    """Something the result page offers to do next, with where it leads (`kind`, `target`).

    `for_children`: whether a child may be offered it. Children are never asked for
    personal data, so request forms are never for them, and neither is anything meant for
    parents or professionals."""

    code: str
    label: Promise
    kind: str
    target: str = ""
    for_children: bool = False

    @property
    def form(self):
        """The request form's name in `advies`, or "" for other actions."""
        return self.target if self.kind == ActionKind.FORM else ""


ACTIONS = {
    action.code: action
    for action in [
        Action("bel-112", _("Bel 112"), ActionKind.PHONE, "emergency", for_children=True),
        Action(
            "bel-veilig-thuis", _("Bel Veilig Thuis"), ActionKind.PHONE, "veilig_thuis", for_children=True
        ),
        Action(
            "bel-kindertelefoon",
            _("Bel of chat met de Kindertelefoon"),
            ActionKind.PHONE,
            "kindertelefoon",
            for_children=True,
        ),
        Action(
            "kinderpaginas",
            _("Lees de pagina's voor kinderen en jongeren"),
            ActionKind.PAGES,
            for_children=True,
        ),
        Action("bel-expertisepunt", _("Bel het expertisepunt"), ActionKind.PHONE, "expertise_point"),
        Action(
            "bel-veiligheidspartner", _("Bel de veiligheidspartner van de regio"), ActionKind.PHONE, "partner"
        ),
        Action("eigen-gemeente", _("Neem contact op met je eigen gemeente"), ActionKind.TEXT),
        Action("aanbod-gemeente", _("Bekijk de hulp in je gemeente"), ActionKind.SERVICES),
        Action("adviesaanvraag", _("Vraag advies aan"), ActionKind.FORM, "adviesaanvraag"),
        Action("terugbellen", _("Laat je terugbellen"), ActionKind.FORM, "terugbellen"),
        Action("consultatie", _("Stel een consultatievraag"), ActionKind.FORM, "consultatie"),
        Action("casus", _("Meld een gezin aan (casus inbrengen)"), ActionKind.FORM, "casus"),
    ]
}


@dataclass(frozen=True)
class Offer:
    """An action offered on top of a rule's own: for `roles` (empty: every role but
    children) on `routes` (empty: every route), when all of `all_of` and at least one of
    `any_of` hold and none of `none_of`. Offers come after the rule's own actions, in
    the order listed here."""

    action: str
    roles: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()

    def applies(self, role, route, signals):
        if role not in (self.roles or ALL_BUT_CHILDREN):
            return False
        if self.routes and route not in self.routes:
            return False
        if not all(code in signals for code in self.all_of):
            return False
        if any(code in signals for code in self.none_of):
            return False
        return not self.any_of or any(code in signals for code in self.any_of)


# ---- rules -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One line of the table. The first rule that matches decides the route."""

    code: str
    title: Promise  # short name for staff
    route: Route
    heading: Promise  # the result page's heading
    reason: Promise  # "waarom dit advies", shown to the user
    actions: tuple[str, ...]
    roles: tuple[str, ...] = ()  # empty: every role
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    at_least: int = 1
    none_of: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # also named in the "why" when they hold
    topics: tuple[str, ...] = ()  # home.Topic slugs whose services come first, if none were chosen
    variant: str = ""  # selects extra content on the result page (e.g. "expertisepoule")

    def matches(self, role: str, signals: frozenset[str]) -> bool:
        if self.roles and role not in self.roles:
            return False
        if not all(code in signals for code in self.all_of):
            return False
        if any(code in signals for code in self.none_of):
            return False
        return not self.any_of or sum(code in signals for code in self.any_of) >= self.at_least

    @property
    def is_fallback(self) -> bool:
        return not (self.all_of or self.any_of or self.none_of)


ALL_BUT_CHILDREN = (Role.PARENT, Role.PROFESSIONAL, Role.FAMILY_MEMBER)

SAFETY_HEADING = _("Veiligheid eerst")
CHILD_SAFETY_HEADING = _("Jouw veiligheid gaat voor")
ADVICE_HEADING = _("Advies of terugbellen")
EXPERTISE_POINT_HEADING = _("Expertisepunt")
FREE_SERVICES_HEADING = _("Vrij toegankelijk aanbod")

RULES = [
    # --- Safety first: these rules come before everything else. ---
    Rule(
        code="kind-acuut-gevaar",
        title=_("Kind of jongere in acuut gevaar"),
        route=Route.SAFETY,
        heading=_("Bel nu 112"),
        roles=(Role.CHILD,),
        all_of=("acuut-gevaar",),
        reason=_(
            "Je zei dat je nu in gevaar bent. Bel meteen 112, dat is gratis. "
            "Je bent niet alleen en het is nooit jouw schuld."
        ),
        actions=("bel-112", "bel-kindertelefoon"),
        variant="kind",
    ),
    Rule(
        code="kind-niet-veilig",
        title=_("Kind of jongere voelt zich niet veilig of twijfelt"),
        route=Route.SAFETY,
        heading=CHILD_SAFETY_HEADING,
        roles=(Role.CHILD,),
        any_of=SAFETY_SIGNALS,
        reason=_(
            "Je zei dat het thuis niet altijd veilig voelt, of dat je het niet zeker weet. "
            "Dat is belangrijk. Praat erover met iemand die je vertrouwt, of bel de Kindertelefoon. "
            "Ben je in gevaar? Bel dan 112."
        ),
        actions=("bel-kindertelefoon", "bel-veilig-thuis", "bel-112", "kinderpaginas"),
        variant="kind",
    ),
    Rule(
        code="acuut-gevaar",
        title=_("Acuut gevaar"),
        route=Route.SAFETY,
        heading=_("Bel nu 112"),
        roles=ALL_BUT_CHILDREN,
        all_of=("acuut-gevaar",),
        reason=_("Je gaf aan dat er nu gevaar is. Veiligheid gaat voor alles: bel direct 112."),
        actions=("bel-112", "bel-veilig-thuis"),
        variant="acuut",
    ),
    Rule(
        code="professional-onveilig-buiten-regio",
        title=_("Professional ziet onveiligheid in een gezin buiten de regio"),
        route=Route.SAFETY,
        heading=SAFETY_HEADING,
        roles=(Role.PROFESSIONAL,),
        all_of=("buiten-regio",),
        any_of=SAFETY_SIGNALS,
        reason=_(
            "Je ziet signalen van onveiligheid, of je weet het niet zeker. Overleg met Veilig Thuis, "
            "dag en nacht bereikbaar, zoals de meldcode vraagt. Het gezin woont buiten deze regio: "
            "Veilig Thuis weet welke hulp en welke expertisepoule er in de gemeente van het gezin zijn."
        ),
        mentions=SAFETY_SIGNALS,
        actions=("bel-veilig-thuis", "eigen-gemeente"),
        variant="buiten-regio",
    ),
    Rule(
        code="professional-onveilig-expertisepoule",
        title=_("Professional ziet onveiligheid, regio met expertisepoule"),
        route=Route.SAFETY,
        heading=_("Veiligheid eerst: Veilig Thuis en de expertisepoule"),
        roles=(Role.PROFESSIONAL,),
        all_of=("regio-expertisepoule",),
        any_of=SAFETY_SIGNALS,
        reason=_(
            "Je ziet signalen van onveiligheid, of je weet het niet zeker. Overleg met Veilig Thuis, "
            "dag en nacht bereikbaar, en breng het gezin in bij de expertisepoule van deze regio. "
            "Daar kijken experts met jou en het gezin naar alle leefgebieden."
        ),
        mentions=SAFETY_SIGNALS,
        actions=("bel-veilig-thuis", "casus", "bel-expertisepunt"),
        variant="expertisepoule",
    ),
    Rule(
        code="professional-onveilig",
        title=_("Professional ziet onveiligheid, regio zonder eigen expertisepoule"),
        route=Route.SAFETY,
        heading=_("Veiligheid eerst: Veilig Thuis en de veiligheidspartner"),
        roles=(Role.PROFESSIONAL,),
        any_of=SAFETY_SIGNALS,
        reason=_(
            "Je ziet signalen van onveiligheid, of je weet het niet zeker. Overleg met Veilig Thuis, "
            "dag en nacht bereikbaar, zoals de meldcode vraagt. Deze regio heeft geen eigen "
            "expertisepoule; dat werk doen hier Veilig Thuis en de veiligheidspartner van de regio. "
            "Het expertisepunt denkt daarna met je mee over de scheiding."
        ),
        mentions=SAFETY_SIGNALS,
        actions=("bel-veilig-thuis", "bel-veiligheidspartner", "consultatie"),
        variant="veiligheidspartner",
    ),
    Rule(
        code="geweld-of-dreiging",
        title=_("Geweld of dreiging"),
        route=Route.SAFETY,
        heading=SAFETY_HEADING,
        roles=ALL_BUT_CHILDREN,
        all_of=("geweld",),
        reason=_(
            "Je gaf aan dat er geweld is of dat er gedreigd wordt. Dan gaat veiligheid voor alles. "
            "Veilig Thuis is gratis en dag en nacht bereikbaar voor advies en hulp. "
            "Bij direct gevaar bel je 112."
        ),
        mentions=SAFETY_SIGNALS,
        actions=("bel-veilig-thuis", "bel-112"),
    ),
    Rule(
        code="kind-in-gevaar",
        title=_("Zorgen over de veiligheid van een kind"),
        route=Route.SAFETY,
        heading=SAFETY_HEADING,
        roles=ALL_BUT_CHILDREN,
        all_of=("kind-onveilig",),
        reason=_(
            "Je maakt je zorgen over de veiligheid of de ontwikkeling van een kind. Bespreek dit met "
            "Veilig Thuis: zij denken met je mee en zoeken samen met jou uit wat nodig is."
        ),
        mentions=SAFETY_SIGNALS,
        actions=("bel-veilig-thuis", "bel-112"),
    ),
    Rule(
        code="twijfel-over-veiligheid",
        title=_("Twijfel over veiligheid"),
        route=Route.SAFETY,
        heading=SAFETY_HEADING,
        roles=ALL_BUT_CHILDREN,
        any_of=SAFETY_DOUBT_SIGNALS,
        reason=_(
            "Je weet niet zeker of het thuis veilig is. Twijfel is genoeg reden om met Veilig Thuis "
            "te praten. Dat kan ook anoniem, en zij denken met je mee."
        ),
        mentions=SAFETY_SIGNALS,
        actions=("bel-veilig-thuis", "bel-112"),
    ),
    # --- Outside the region: general advice and the national numbers. ---
    Rule(
        code="buiten-regio",
        title=_("Woont buiten de regio"),
        route=Route.ADVICE,
        heading=_("Hulp in je eigen gemeente"),
        roles=ALL_BUT_CHILDREN,
        all_of=("buiten-regio",),
        reason=_(
            "Je woont niet in een gemeente van deze regio, dus het aanbod hier is niet voor jou. "
            "Het wijkteam of sociaal team van je eigen gemeente helpt je verder. "
            "De landelijke nummers hieronder kun je altijd bellen."
        ),
        actions=("eigen-gemeente", "bel-veilig-thuis"),
        variant="buiten-regio",
    ),
    # --- Children and young people: kind words, children's help. ---
    Rule(
        code="kind-hulp",
        title=_("Kind of jongere zoekt steun"),
        route=Route.FREE_SERVICES,
        heading=_("Hier kun je terecht"),
        roles=(Role.CHILD,),
        reason=_(
            "Als je ouders uit elkaar gaan, is dat vaak moeilijk. Je bent niet de enige. "
            "Hier vind je plekken waar je kunt praten, lezen en andere kinderen kunt ontmoeten."
        ),
        actions=("bel-kindertelefoon", "kinderpaginas"),
        variant="kind",
    ),
    # --- Professionals. ---
    Rule(
        code="professional-casus-vastgelopen",
        title=_("Professional meldt gezin aan met signalen van vastgelopen scheiding"),
        route=Route.EXPERTISE_POINT,
        heading=_("Expertisepunt: meld het gezin aan"),
        roles=(Role.PROFESSIONAL,),
        all_of=("casus",),
        any_of=PROFESSIONAL_STUCK_SIGNALS,
        reason=_(
            "Je wilt een gezin aanmelden en je ziet signalen van een vastgelopen scheiding. Het "
            "expertisepunt bekijkt of een gezamenlijke intake met meerdere partners zinvol is en "
            "schakelt zo nodig zwaardere expertise in."
        ),
        actions=("casus", "bel-expertisepunt"),
    ),
    Rule(
        code="professional-vastgelopen",
        title=_(
            "Professional zoekt consultatie of aanbod voor een gezin met signalen van vastgelopen scheiding"
        ),
        route=Route.EXPERTISE_POINT,
        heading=_("Expertisepunt: overleg over dit gezin"),
        roles=(Role.PROFESSIONAL,),
        any_of=PROFESSIONAL_STUCK_SIGNALS,
        reason=_(
            "Je ziet signalen van een vastgelopen scheiding. Dan is vrij aanbod of los advies vaak niet "
            "genoeg. Overleg met het expertisepunt: een expert denkt met je mee, ook zonder namen, en "
            "bekijkt of een gezamenlijke intake of het Hoog Conflict Platform nodig is."
        ),
        actions=("consultatie", "bel-expertisepunt", "casus"),
    ),
    Rule(
        code="professional-casus",
        title=_("Professional meldt gezin aan zonder signalen van vastgelopen scheiding"),
        route=Route.ADVICE,
        heading=_("Consultatie: eerst samen kijken"),
        roles=(Role.PROFESSIONAL,),
        all_of=("casus",),
        reason=_(
            "Je wilt een gezin aanmelden, maar je noemt geen signalen van een vastgelopen scheiding. "
            "Begin met een consultatie: samen bekijken we welke hulp past en of aanmelden nodig is."
        ),
        actions=("consultatie", "casus"),
    ),
    Rule(
        code="professional-consultatie",
        title=_("Professional wil meedenken"),
        route=Route.ADVICE,
        heading=_("Consultatie: een expert denkt mee"),
        roles=(Role.PROFESSIONAL,),
        all_of=("consultatie",),
        reason=_(
            "Je wilt dat iemand met je meedenkt over een gezin. Stel je consultatievraag: een expert "
            "van het expertisepunt denkt met je mee, ook zonder namen."
        ),
        actions=("consultatie", "bel-expertisepunt"),
    ),
    Rule(
        code="professional-aanbod",
        title=_("Professional zoekt aanbod om naar te verwijzen"),
        route=Route.FREE_SERVICES,
        heading=_("Vrij toegankelijk aanbod om naar te verwijzen"),
        roles=(Role.PROFESSIONAL,),
        reason=_(
            "Je zoekt aanbod om naar te verwijzen. Hieronder staat het vrij toegankelijke aanbod in "
            "de gemeente van het gezin. Daar is geen verwijzing voor nodig."
        ),
        actions=("aanbod-gemeente", "consultatie"),
    ),
    # --- Family members (grandparents, new partners). ---
    Rule(
        code="familielid-eigen-contact",
        title=_("Familielid ziet de kinderen minder of niet meer"),
        route=Route.ADVICE,
        heading=ADVICE_HEADING,
        roles=(Role.FAMILY_MEMBER,),
        any_of=OWN_CONTACT_SIGNALS,
        reason=_(
            "Je ziet de kinderen minder dan je zou willen, of niet meer. Dat doet pijn, ook voor de "
            "kinderen. Vraag advies over hoe je het contact kunt houden of herstellen zonder partij "
            "te kiezen. Heb je een nauwe band met de kinderen, dan kun je ook de rechter om een "
            "omgangsregeling vragen; het juridisch spreekuur legt uit hoe dat werkt."
        ),
        mentions=("ouders-veel-ruzie",),
        actions=("adviesaanvraag", "terugbellen", "aanbod-gemeente"),
        topics=("omgang", "juridisch"),
    ),
    Rule(
        code="familielid-ruzie",
        title=_("Familielid ziet veel ruzie tussen de ouders"),
        route=Route.ADVICE,
        heading=ADVICE_HEADING,
        roles=(Role.FAMILY_MEMBER,),
        all_of=("ouders-veel-ruzie",),
        reason=_(
            "Er is veel ruzie tussen de ouders, of ze hebben geen contact. Als familielid kun je veel "
            "betekenen voor de kinderen. Vraag advies over hoe je ze steunt zonder partij te kiezen."
        ),
        actions=("adviesaanvraag", "terugbellen"),
    ),
    Rule(
        code="familielid-vraag",
        title=_("Familielid heeft een vraag"),
        route=Route.ADVICE,
        heading=ADVICE_HEADING,
        roles=(Role.FAMILY_MEMBER,),
        any_of=("wil-advies", "wil-gesprek"),
        reason=_("Je hebt een vraag of wilt met iemand praten. Vraag advies aan of laat je terugbellen."),
        actions=("adviesaanvraag", "terugbellen"),
    ),
    Rule(
        code="familielid-informatie",
        title=_("Familielid zoekt informatie"),
        route=Route.FREE_SERVICES,
        heading=FREE_SERVICES_HEADING,
        roles=(Role.FAMILY_MEMBER,),
        reason=_(
            "Je zoekt vooral informatie. Hieronder staat vrij toegankelijk aanbod in de gemeente, "
            "waar je zonder verwijzing terecht kunt."
        ),
        actions=("aanbod-gemeente", "adviesaanvraag"),
    ),
    # --- Parents. ---
    Rule(
        code="jeugdbescherming-betrokken",
        title=_("Jeugdbescherming of de Raad is betrokken"),
        route=Route.EXPERTISE_POINT,
        heading=EXPERTISE_POINT_HEADING,
        roles=(Role.PARENT,),
        all_of=("jeugdbescherming",),
        reason=_(
            "De Raad voor de Kinderbescherming of jeugdbescherming is al betrokken. Dan is het "
            "belangrijk dat alle hulp goed samenwerkt. Het expertisepunt kijkt met je mee en bekijkt of "
            "een gezamenlijke intake met meerdere hulpverleners helpt."
        ),
        mentions=HIGH_CONFLICT_SIGNALS,
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="herhaalde-rechtszaken",
        title=_("Meerdere rechtszaken"),
        route=Route.EXPERTISE_POINT,
        heading=EXPERTISE_POINT_HEADING,
        roles=(Role.PARENT,),
        all_of=("herhaalde-rechtszaken",),
        reason=_(
            "Er zijn al meerdere rechtszaken geweest. Dat is zwaar, vooral voor de kinderen. Het "
            "expertisepunt helpt om uit die strijd te komen, samen met andere hulpverleners."
        ),
        mentions=HIGH_CONFLICT_SIGNALS,
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="geen-contact-tussen-ouders",
        title=_("Ouders hebben geen contact"),
        route=Route.EXPERTISE_POINT,
        heading=EXPERTISE_POINT_HEADING,
        roles=(Role.PARENT,),
        all_of=("geen-contact",),
        reason=_(
            "Jullie hebben als ouders geen contact. Dan is het moeilijk om samen voor de kinderen te "
            "zorgen. Het expertisepunt helpt en bekijkt welke hulpverleners daarbij nodig zijn."
        ),
        mentions=HIGH_CONFLICT_SIGNALS,
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="kind-weigert-contact",
        title=_("Een kind weigert contact met een ouder"),
        route=Route.EXPERTISE_POINT,
        heading=EXPERTISE_POINT_HEADING,
        roles=(Role.PARENT,),
        all_of=("kind-weigert-contact",),
        reason=_(
            "Een kind wil geen contact met een van jullie. Dat is voor iedereen zwaar, en het gaat "
            "zelden vanzelf over. Het expertisepunt kijkt met jullie, en met wat het kind zelf zegt, "
            "naar wat nodig is, en bekijkt welke hulpverleners daarbij helpen."
        ),
        mentions=HIGH_CONFLICT_SIGNALS,
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="meerdere-conflictsignalen",
        title=_("Twee of meer signalen van conflict"),
        route=Route.EXPERTISE_POINT,
        heading=EXPERTISE_POINT_HEADING,
        roles=(Role.PARENT,),
        any_of=CONFLICT_SIGNALS,
        at_least=2,
        reason=_(
            "Je noemt meerdere dingen die laten zien dat de scheiding vastloopt. Het expertisepunt "
            "kijkt met je mee en bekijkt of een gezamenlijke intake met meerdere hulpverleners helpt."
        ),
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="een-conflictsignaal",
        title=_("Eén signaal van conflict"),
        route=Route.ADVICE,
        heading=ADVICE_HEADING,
        roles=(Role.PARENT,),
        any_of=CONFLICT_SIGNALS,
        reason=_(
            "Er gaat iets moeizaam tussen jullie. Een adviseur helpt je om te voorkomen dat het "
            "conflict groter wordt. Vraag advies aan of laat je terugbellen."
        ),
        actions=("adviesaanvraag", "terugbellen"),
    ),
    Rule(
        code="ouder-vraag",
        title=_("Ouder heeft een vraag of wil praten"),
        route=Route.ADVICE,
        heading=ADVICE_HEADING,
        roles=(Role.PARENT,),
        any_of=("wil-advies", "wil-gesprek"),
        reason=_(
            "Het gaat redelijk tussen jullie, en je hebt een vraag of wilt met iemand praten. "
            "Vraag advies aan of laat je terugbellen."
        ),
        actions=("adviesaanvraag", "terugbellen"),
    ),
    Rule(
        code="samenwerkende-ouders",
        title=_("Ouders die samen dingen kunnen regelen"),
        route=Route.FREE_SERVICES,
        heading=FREE_SERVICES_HEADING,
        roles=(Role.PARENT,),
        reason=_(
            "Jullie kunnen als ouders samen dingen regelen. Het vrij toegankelijke aanbod in je "
            "gemeente past daar goed bij, zoals informatieavonden, cursussen en mediation. "
            "Je hebt er geen verwijzing voor nodig."
        ),
        actions=("aanbod-gemeente", "adviesaanvraag"),
    ),
]

RULES_BY_CODE = {rule.code: rule for rule in RULES}

# Actions offered on top of a rule's own (the parenting-plan builder adds one here).
OFFERS = [
    # Parents and family on the advice and expertise routes in the region: the local
    # services are there too, below the forms.
    Offer(
        "aanbod-gemeente",
        roles=(Role.PARENT, Role.FAMILY_MEMBER),
        routes=(Route.ADVICE, Route.EXPERTISE_POINT),
        none_of=("buiten-regio",),
    ),
]


# ---- evaluation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    rule: Rule
    signals: frozenset[str]
    role: str = ""

    @property
    def route(self) -> str:
        return self.rule.route

    @property
    def matched_signals(self) -> list[Signal]:
        """Every signal that decided this rule or that it mentions, if it holds: the
        'because you said' list. Context (the region's focus) is not the user's answer."""
        codes = [
            c
            for c in (*self.rule.all_of, *self.rule.any_of, *self.rule.mentions)
            if c in self.signals and c != "regio-expertisepoule"
        ]
        return [SIGNALS_BY_CODE[c] for c in dict.fromkeys(codes)]

    @property
    def action_codes(self) -> list[str]:
        """The rule's actions, then the offers that apply; never an adult action for a child."""
        codes = list(self.rule.actions)
        codes += [o.action for o in OFFERS if o.applies(self.role, self.rule.route, self.signals)]
        if self.role == Role.CHILD:
            codes = [code for code in codes if ACTIONS[code].for_children]
        return list(dict.fromkeys(codes))


class NoRuleMatched(LookupError):
    pass


def route_for(answers: Answers) -> Decision:
    """The decision for a set of answers: the first rule of the table that matches."""
    role = str(answers.get("role") or "")
    signals = signals_for(answers)
    for rule in RULES:
        if rule.matches(role, signals):
            return Decision(rule=rule, signals=signals, role=role)
    raise NoRuleMatched(f"no rule for role {role!r}")


def _rule_problems(rule):
    problems = []
    for code in (*rule.all_of, *rule.any_of, *rule.none_of, *rule.mentions):
        if code not in SIGNALS_BY_CODE:
            problems.append(f"rule {rule.code!r} refers to unknown signal {code!r}")
    for action in rule.actions:
        if action not in ACTIONS:
            problems.append(f"rule {rule.code!r} offers unknown action {action!r}")
    if rule.any_of and not 1 <= rule.at_least <= len(rule.any_of):
        problems.append(f"rule {rule.code!r} needs {rule.at_least} of {len(rule.any_of)} signals")
    if rule.route not in Route.values:
        problems.append(f"rule {rule.code!r} has unknown route {rule.route!r}")
    if not rule.actions:
        problems.append(f"rule {rule.code!r} offers no next action")
    if not str(rule.heading).strip():
        problems.append(f"rule {rule.code!r} has no heading")
    if rule.roles == (Role.CHILD,):
        if "bel-kindertelefoon" not in rule.actions:
            problems.append(f"children's rule {rule.code!r} does not offer the Kindertelefoon")
        adult = [code for code in rule.actions if code in ACTIONS and not ACTIONS[code].for_children]
        if adult:
            problems.append(f"children's rule {rule.code!r} offers actions not meant for children: {adult}")
    elif Role.CHILD in (rule.roles or Role.values):
        problems.append(f"rule {rule.code!r} is shared between children and other roles")
    return problems


def table_problems():
    """Consistency checks of the table itself (run by `manage.py check` and the tests)."""
    problems = []
    codes = [rule.code for rule in RULES]
    for code in {c for c in codes if codes.count(c) > 1}:
        problems.append(f"rule code {code!r} is used more than once")
    for rule in RULES:
        problems += _rule_problems(rule)
    for offer in OFFERS:
        if offer.action not in ACTIONS:
            problems.append(f"an offer names unknown action {offer.action!r}")
        if Role.CHILD in offer.roles and not ACTIONS.get(offer.action, ACTIONS["bel-112"]).for_children:
            problems.append(f"offer {offer.action!r} is not meant for children")
        for code in (*offer.all_of, *offer.any_of, *offer.none_of):
            if code not in SIGNALS_BY_CODE:
                problems.append(f"offer {offer.action!r} refers to unknown signal {code!r}")
    for role in Role.values:
        if not any(rule.is_fallback and (not rule.roles or role in rule.roles) for rule in RULES):
            problems.append(f"role {role!r} has no rule without conditions, so some answers get no route")
    # Safety first: no non-safety rule may come before the last safety rule.
    last_safety = max(i for i, rule in enumerate(RULES) if rule.route == Route.SAFETY)
    for rule in RULES[:last_safety]:
        if rule.route != Route.SAFETY:
            problems.append(f"rule {rule.code!r} comes before a safety rule")
    return problems
