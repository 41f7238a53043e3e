"""The decision table of the Scheidingswijzer: answers in, exactly one route out.

How it works, in the words staff read on the admin path map:

1. From the answers, *signals* are derived. A signal is one plain fact, such as
   "someone says there is violence at home" or "the parents have no contact". Each
   signal has a code, a description and the exact condition on the answers.
2. The *rules* are tried from top to bottom; the first rule whose conditions hold
   decides the route. A rule can be limited to roles (parent, child, professional,
   family member) and needs all of its `all_of` signals and at least `at_least` of its
   `any_of` signals. Every role ends with a rule without conditions, so every answer
   set gets a route.
3. The safety rules come first, so safety wins over every other answer (the property
   test in tests/vragenlijst checks this over generated answer sets). "Weet ik niet" on
   a safety question is a signal too.

Each rule carries the reason the user reads ("waarom dit advies") and the next actions
offered on the result page. Change the table by editing this module: raise
`TABLE_VERSION` and add a line to the change log below, so an outcome can always be
traced to the table that produced it.

Change log:
- 2026.1: first table.

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
    ChildrenCaught,
    CourtCases,
    FamilySignal,
    HelpForm,
    InvolvedProfessional,
    Mediation,
    ParentsConflict,
    QuestionKind,
    Role,
    SafetyAnswer,
    TalkWithOtherParent,
)

TABLE_VERSION = "2026.1"

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
    answer_is(
        "kind-onveilig",
        _("Zorgen over de veiligheid of ontwikkeling van een kind."),
        "child_unsafe",
        SafetyAnswer.YES,
    ),
    answer_is(
        "kind-onveilig-twijfel",
        _("Niet zeker of een kind veilig is."),
        "child_unsafe",
        SafetyAnswer.NOT_SURE,
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
    # Professionals.
    answer_is("casus", _("De professional wil een gezin aanmelden."), "question_kind", QuestionKind.CASE),
    answer_is(
        "consultatie", _("De professional wil een consultatie."), "question_kind", QuestionKind.CONSULTATION
    ),
    answer_is(
        "gezin-vastgelopen",
        _("De professional ziet signalen van een vastgelopen scheiding."),
        "family_signals",
        FamilySignal.COURT,
        FamilySignal.CHILD_PROTECTION,
        FamilySignal.STUCK,
        FamilySignal.NO_CONTACT,
        FamilySignal.CHILDREN_CAUGHT,
        FamilySignal.MANY_PROFESSIONALS,
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
CONFLICT_SIGNALS = (
    "lopende-rechtszaak",
    "mediation-mislukt",
    "kinderen-klem",
    "veel-hulpverleners",
    "moeizaam-contact",
    "afspraken-werken-niet",
)


def signals_for(answers: Answers) -> frozenset[str]:
    """The codes of every signal that holds for these answers."""
    return frozenset(signal.code for signal in SIGNALS if signal.holds(answers))


def has_safety_signal(answers: Answers) -> bool:
    return any(SIGNALS_BY_CODE[code].holds(answers) for code in SAFETY_SIGNALS)


# ---- next actions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """Something the result page offers to do next. `form` names a request form in
    `advies` (its URL name is "advies:<form>"), prefilled through the hand-over."""

    code: str
    label: Promise
    form: str = ""


ACTIONS = {
    action.code: action
    for action in [
        Action("bel-112", _("Bel 112")),
        Action("bel-veilig-thuis", _("Bel Veilig Thuis")),
        Action("bel-kindertelefoon", _("Bel of chat met de Kindertelefoon")),
        Action("kinderpaginas", _("Lees de pagina's voor kinderen en jongeren")),
        Action("bel-expertisepunt", _("Bel het expertisepunt")),
        Action("eigen-gemeente", _("Neem contact op met je eigen gemeente")),
        Action("adviesaanvraag", _("Vraag advies aan"), form="adviesaanvraag"),
        Action("terugbellen", _("Laat je terugbellen"), form="terugbellen"),
        Action("consultatie", _("Stel een consultatievraag"), form="consultatie"),
        Action("casus", _("Meld een gezin aan (casus inbrengen)"), form="casus"),
    ]
}


# ---- rules -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One line of the table. The first rule that matches decides the route."""

    code: str
    title: Promise  # short name for staff
    route: Route
    reason: Promise  # "waarom dit advies", shown to the user
    actions: tuple[str, ...]
    roles: tuple[str, ...] = ()  # empty: every role
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    at_least: int = 1
    variant: str = ""  # selects extra content on the result page (e.g. "expertisepoule")

    def matches(self, role: str, signals: frozenset[str]) -> bool:
        if self.roles and role not in self.roles:
            return False
        if not all(code in signals for code in self.all_of):
            return False
        return not self.any_of or sum(code in signals for code in self.any_of) >= self.at_least

    @property
    def is_fallback(self) -> bool:
        return not (self.all_of or self.any_of)


ALL_BUT_CHILDREN = (Role.PARENT, Role.PROFESSIONAL, Role.FAMILY_MEMBER)

RULES = [
    # --- Safety first: these rules come before everything else. ---
    Rule(
        code="kind-acuut-gevaar",
        title=_("Kind of jongere in acuut gevaar"),
        route=Route.SAFETY,
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
        roles=ALL_BUT_CHILDREN,
        all_of=("acuut-gevaar",),
        reason=_("Je gaf aan dat er nu gevaar is. Veiligheid gaat voor alles: bel direct 112."),
        actions=("bel-112", "bel-veilig-thuis"),
        variant="acuut",
    ),
    Rule(
        code="professional-onveilig-expertisepoule",
        title=_("Professional ziet onveiligheid, regio met expertisepoule"),
        route=Route.SAFETY,
        roles=(Role.PROFESSIONAL,),
        all_of=("regio-expertisepoule",),
        any_of=SAFETY_SIGNALS,
        reason=_(
            "Je ziet signalen van onveiligheid, of je weet het niet zeker. Overleg met Veilig Thuis, "
            "dag en nacht bereikbaar, en breng het gezin in bij de expertisepoule van deze regio. "
            "Daar kijken experts met jou en het gezin naar alle leefgebieden."
        ),
        actions=("bel-veilig-thuis", "casus"),
        variant="expertisepoule",
    ),
    Rule(
        code="professional-onveilig",
        title=_("Professional ziet onveiligheid"),
        route=Route.SAFETY,
        roles=(Role.PROFESSIONAL,),
        any_of=SAFETY_SIGNALS,
        reason=_(
            "Je ziet signalen van onveiligheid, of je weet het niet zeker. Overleg met Veilig Thuis, "
            "dag en nacht bereikbaar, zoals de meldcode vraagt. Het expertisepunt denkt daarna met je "
            "mee over de scheiding."
        ),
        actions=("bel-veilig-thuis", "consultatie"),
    ),
    Rule(
        code="geweld-of-dreiging",
        title=_("Geweld of dreiging"),
        route=Route.SAFETY,
        roles=ALL_BUT_CHILDREN,
        all_of=("geweld",),
        reason=_(
            "Je gaf aan dat er geweld is of dat er gedreigd wordt. Dan gaat veiligheid voor alles. "
            "Veilig Thuis is gratis en dag en nacht bereikbaar voor advies en hulp. "
            "Bij direct gevaar bel je 112."
        ),
        actions=("bel-veilig-thuis", "bel-112"),
    ),
    Rule(
        code="kind-in-gevaar",
        title=_("Zorgen over de veiligheid van een kind"),
        route=Route.SAFETY,
        roles=ALL_BUT_CHILDREN,
        all_of=("kind-onveilig",),
        reason=_(
            "Je maakt je zorgen over de veiligheid of de ontwikkeling van een kind. Bespreek dit met "
            "Veilig Thuis: zij denken met je mee en zoeken samen met jou uit wat nodig is."
        ),
        actions=("bel-veilig-thuis", "bel-112"),
    ),
    Rule(
        code="twijfel-over-veiligheid",
        title=_("Twijfel over veiligheid"),
        route=Route.SAFETY,
        roles=ALL_BUT_CHILDREN,
        any_of=SAFETY_DOUBT_SIGNALS,
        reason=_(
            "Je weet niet zeker of het thuis veilig is. Twijfel is genoeg reden om met Veilig Thuis "
            "te praten. Dat kan ook anoniem, en zij denken met je mee."
        ),
        actions=("bel-veilig-thuis", "bel-112"),
    ),
    # --- Outside the region: general advice and the national numbers. ---
    Rule(
        code="buiten-regio",
        title=_("Woont buiten de regio"),
        route=Route.ADVICE,
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
        roles=(Role.PROFESSIONAL,),
        all_of=("casus", "gezin-vastgelopen"),
        reason=_(
            "Je wilt een gezin aanmelden en je ziet signalen van een vastgelopen scheiding. Het "
            "expertisepunt bekijkt of een gezamenlijke intake met meerdere partners zinvol is en "
            "schakelt zo nodig zwaardere expertise in."
        ),
        actions=("casus", "bel-expertisepunt"),
    ),
    Rule(
        code="professional-casus",
        title=_("Professional meldt gezin aan zonder signalen van vastgelopen scheiding"),
        route=Route.ADVICE,
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
        roles=(Role.PROFESSIONAL,),
        reason=_(
            "Je zoekt aanbod om naar te verwijzen. Hieronder staat het vrij toegankelijke aanbod in "
            "de gemeente van het gezin. Daar is geen verwijzing voor nodig."
        ),
        actions=("consultatie",),
    ),
    # --- Family members (grandparents, new partners). ---
    Rule(
        code="familielid-ruzie",
        title=_("Familielid ziet veel ruzie tussen de ouders"),
        route=Route.ADVICE,
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
        roles=(Role.FAMILY_MEMBER,),
        any_of=("wil-advies", "wil-gesprek"),
        reason=_("Je hebt een vraag of wilt met iemand praten. Vraag advies aan of laat je terugbellen."),
        actions=("adviesaanvraag", "terugbellen"),
    ),
    Rule(
        code="familielid-informatie",
        title=_("Familielid zoekt informatie"),
        route=Route.FREE_SERVICES,
        roles=(Role.FAMILY_MEMBER,),
        reason=_(
            "Je zoekt vooral informatie. Hieronder staat vrij toegankelijk aanbod in de gemeente, "
            "waar je zonder verwijzing terecht kunt."
        ),
        actions=("adviesaanvraag",),
    ),
    # --- Parents. ---
    Rule(
        code="jeugdbescherming-betrokken",
        title=_("Jeugdbescherming of de Raad is betrokken"),
        route=Route.EXPERTISE_POINT,
        roles=(Role.PARENT,),
        all_of=("jeugdbescherming",),
        reason=_(
            "De Raad voor de Kinderbescherming of jeugdbescherming is al betrokken. Dan is het "
            "belangrijk dat alle hulp goed samenwerkt. Het expertisepunt kijkt met je mee en bekijkt of "
            "een gezamenlijke intake met meerdere hulpverleners helpt."
        ),
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="herhaalde-rechtszaken",
        title=_("Meerdere rechtszaken"),
        route=Route.EXPERTISE_POINT,
        roles=(Role.PARENT,),
        all_of=("herhaalde-rechtszaken",),
        reason=_(
            "Er zijn al meerdere rechtszaken geweest. Dat is zwaar, vooral voor de kinderen. Het "
            "expertisepunt helpt om uit die strijd te komen, samen met andere hulpverleners."
        ),
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="geen-contact-tussen-ouders",
        title=_("Ouders hebben geen contact"),
        route=Route.EXPERTISE_POINT,
        roles=(Role.PARENT,),
        all_of=("geen-contact",),
        reason=_(
            "Jullie hebben als ouders geen contact. Dan is het moeilijk om samen voor de kinderen te "
            "zorgen. Het expertisepunt helpt en bekijkt welke hulpverleners daarbij nodig zijn."
        ),
        actions=("bel-expertisepunt", "terugbellen", "adviesaanvraag"),
    ),
    Rule(
        code="meerdere-conflictsignalen",
        title=_("Twee of meer signalen van conflict"),
        route=Route.EXPERTISE_POINT,
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
        roles=(Role.PARENT,),
        reason=_(
            "Jullie kunnen als ouders samen dingen regelen. Het vrij toegankelijke aanbod in je "
            "gemeente past daar goed bij, zoals informatieavonden, cursussen en mediation. "
            "Je hebt er geen verwijzing voor nodig."
        ),
        actions=("adviesaanvraag",),
    ),
]

RULES_BY_CODE = {rule.code: rule for rule in RULES}


# ---- evaluation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    rule: Rule
    signals: frozenset[str]

    @property
    def route(self) -> str:
        return self.rule.route

    @property
    def matched_signals(self) -> list[Signal]:
        """The signals this rule looked at that hold: the 'because you said' list."""
        codes = [c for c in (*self.rule.all_of, *self.rule.any_of) if c in self.signals]
        return [SIGNALS_BY_CODE[c] for c in dict.fromkeys(codes)]


class NoRuleMatched(LookupError):
    pass


def route_for(answers: Answers) -> Decision:
    """The decision for a set of answers: the first rule of the table that matches."""
    role = str(answers.get("role") or "")
    signals = signals_for(answers)
    for rule in RULES:
        if rule.matches(role, signals):
            return Decision(rule=rule, signals=signals)
    raise NoRuleMatched(f"no rule for role {role!r}")


def table_problems():
    """Consistency checks of the table itself (run by `manage.py check` and the tests)."""
    problems = []
    codes = [rule.code for rule in RULES]
    for code in {c for c in codes if codes.count(c) > 1}:
        problems.append(f"rule code {code!r} is used more than once")
    for rule in RULES:
        for code in (*rule.all_of, *rule.any_of):
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
    for role in Role.values:
        if not any(rule.is_fallback and (not rule.roles or role in rule.roles) for rule in RULES):
            problems.append(f"role {role!r} has no rule without conditions, so some answers get no route")
    # Safety first: no non-safety rule may come before the last safety rule.
    last_safety = max(i for i, rule in enumerate(RULES) if rule.route == Route.SAFETY)
    for rule in RULES[:last_safety]:
        if rule.route != Route.SAFETY:
            problems.append(f"rule {rule.code!r} comes before a safety rule")
    return problems
