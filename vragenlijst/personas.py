"""Named personas: people in the situations of DESIGN.md section 3, with the answers they
would give and what the Scheidingswijzer must then do for them.

Each persona is written from the person's situation, not from the decision table: who
they are, which region and language, what they answer, and what they must get (the
route and rule, the heading they read, the first thing offered to do, what must not be
offered to them, the signals the "why" must name, texts that must be on the page). The
persona tests (tests/vragenlijst/test_personas.py) walk each one through the site over
HTTP; the admin path map shows which personas reach each rule (by the table itself,
`route_for`, so a persona that drifts from its expectation shows up there too).

Answers are plain data: (step name, {question: answer}) in the order they are asked.
The builders below leave out the steps a person is not asked (acute danger ends the
questions; a safety signal or living outside the region skips the situation questions,
not the professional's; children answer three short steps), as DESIGN.md describes.
"""

from dataclasses import dataclass

from home.choices import Route
from home.models.settings import RegionFocus
from vragenlijst.questions import OUTSIDE_REGION, SAFETY_SIGNAL_ANSWERS

REGIONS = {
    # As in the demo content (home/demo/content/regions/).
    "lindeveld": {"focus": RegionFocus.COMPLEX_DIVORCE, "municipalities": ("eikendaal", "molenbroek")},
    "kustmeren": {"focus": RegionFocus.SAFETY_POOL, "municipalities": ("zilverstrand", "duinwijk")},
}

SAFE = {"acute_danger": "nee", "violence": "nee", "child_unsafe": "nee"}
CHILD_SAFE = {"acute_danger": "nee", "violence": "nee", "feels_safe": "ja"}
ACUTE = {"acute_danger": "ja", "violence": "nee", "child_unsafe": "nee"}


def is_unsafe(safety):
    return any(safety.get(name) in answers for name, answers in SAFETY_SIGNAL_ANSWERS.items())


@dataclass(frozen=True)
class Persona:
    name: str
    situation: str
    group: str  # for counting: "ouder", "kind 8-12", "jongere 12-18", "professional (...)", "familielid"
    region: str  # a key of REGIONS
    language: str  # "nl" or "en"
    steps: tuple  # ((step, {question: answer}), ...), as asked
    route: str
    rule: str
    heading: str  # as the person reads it, in their language
    first_action: str  # code of the first next action (vragenlijst.decision_table.ACTIONS)
    not_offered: tuple = ()  # action codes, or texts that must not be on the result page
    because: tuple = ()  # signal codes the "why" must name
    shows: tuple = ()  # texts that must be on the result page

    @property
    def role(self):
        return self.steps[0][1]["role"]

    @property
    def answers(self):
        """All answers as one mapping, with the region's focus (as the wizard merges them)."""
        merged = {}
        for _step, answers in self.steps:
            merged.update(answers)
        merged["region_focus"] = REGIONS[self.region]["focus"]
        return merged


# ---- what people answer ----------------------------------------------------------------------


def parent(
    municipality,
    *,
    safety=None,
    stage="uit-elkaar",
    ages=("4-7",),
    talk="goed",
    agreements="werkt",
    caught="nee",
    refuses="nee",
    court="nee",
    protection="nee",
    mediation="nee",
    professionals=("geen",),
    needs=("ouderschapsplan",),
    help_form="informatie",
):
    safety = safety or SAFE
    steps = [("wie", {"role": "ouder"}), ("veiligheid", safety)]
    if safety.get("acute_danger") == "ja":
        return tuple(steps)
    steps.append(("gemeente", {"municipality": municipality}))
    if not is_unsafe(safety) and municipality != OUTSIDE_REGION:
        contact = {"talk_with_other_parent": talk, "agreements": agreements, "children_caught": caught}
        if stage != "overwegen":  # parents still together are not asked about refused contact
            contact["child_refuses_contact"] = refuses
        steps += [
            ("situatie", {"stage": stage, "child_ages": list(ages)}),
            ("contact", contact),
            (
                "betrokken",
                {
                    "court_cases": court,
                    "child_protection": protection,
                    "mediation": mediation,
                    "professionals": list(professionals),
                },
            ),
            ("hulpvraag", {"help_needs": list(needs), "help_form": help_form}),
        ]
    steps.append(("controleren", {}))
    return tuple(steps)


def professional(
    municipality,
    *,
    safety=None,
    work_field="wijkteam",
    kind="consultatie",
    consent="ja",
    signals=("geen",),
    ages=("8-11",),
    needs=(),
):
    safety = safety or SAFE
    steps = [("wie", {"role": "professional"}), ("veiligheid", safety)]
    if safety.get("acute_danger") == "ja":
        return tuple(steps)
    steps.append(("gemeente", {"municipality": municipality}))
    if municipality != OUTSIDE_REGION:
        steps += [
            ("vraag", {"work_field": work_field, "question_kind": kind, "family_consent": consent}),
            ("gezin", {"family_signals": list(signals), "child_ages": list(ages), "help_needs": list(needs)}),
        ]
    steps.append(("controleren", {}))
    return tuple(steps)


def family_member(
    municipality,
    *,
    safety=None,
    relation="grootouder",
    conflict="goed",
    ages=("4-7",),
    help_form="informatie",
    own_contact="zoals-gewenst",
):
    safety = safety or SAFE
    steps = [("wie", {"role": "familielid"}), ("veiligheid", safety)]
    if safety.get("acute_danger") == "ja":
        return tuple(steps)
    steps.append(("gemeente", {"municipality": municipality}))
    if not is_unsafe(safety) and municipality != OUTSIDE_REGION:
        steps.append(
            (
                "familie",
                {
                    "relation": relation,
                    "parents_conflict": conflict,
                    "child_ages": list(ages),
                    "help_form": help_form,
                },
            )
        )
        if relation != "nieuwe-partner":  # a new partner lives with the children
            steps.append(("eigen-contact", {"own_contact": own_contact}))
    steps.append(("controleren", {}))
    return tuple(steps)


def child(*, safety=None, age="jonger-dan-12", wishes=("anderen",)):
    safety = safety or CHILD_SAFE
    steps = [("wie", {"role": "kind"}), ("veiligheid", safety)]
    if not is_unsafe(safety):
        steps.append(("voor-jou", {"child_age": age, "wishes": list(wishes)}))
    return tuple(steps)


# ---- who must never get what --------------------------------------------------------------------

REQUEST_FORMS = ("adviesaanvraag", "terugbellen", "consultatie", "casus")
# Parents' courses and adult help in the demo regions: never in a child's result.
PARENTS_SERVICES = (
    "Groepstraining Weer Ruimte",
    "Oudercursus",
    "Group course Room to Breathe",
    "Parenting course",
    "Opvang De Haven",
    "Opvang Het Baken",
    "Mediation",
)
NOT_FOR_CHILDREN = (*REQUEST_FORMS, *PARENTS_SERVICES, "Formulier op deze website", "Terugbelverzoek")
NOT_FOR_CHILDREN_EN = (*REQUEST_FORMS, *PARENTS_SERVICES, "Formulier op deze website", "Call-back request")

L, K = REGIONS["lindeveld"]["municipalities"], REGIONS["kustmeren"]["municipalities"]

PERSONAS = [
    # ---- parents ------------------------------------------------------------------------------
    Persona(
        "Anouk, gaat in goed overleg uit elkaar",
        "Anouk en Jeroen gaan uit elkaar en regelen samen wat er moet gebeuren. Ze willen weten welke "
        "informatieavonden en cursussen er in Eikendaal zijn.",
        "ouder",
        "lindeveld",
        "nl",
        parent(L[0], stage="bezig", agreements="bezig", help_form="informatie"),
        Route.FREE_SERVICES,
        "samenwerkende-ouders",
        "Vrij toegankelijk aanbod",
        "aanbod-gemeente",
        not_offered=("casus", "consultatie", "Advies of terugbellen"),
    ),
    Persona(
        "Tom, co-parenting well, looking for a course",
        "Tom and his ex share the care of their daughter without trouble. He wants a course about "
        "talking with his daughter about the separation, in English.",
        "ouder",
        "kustmeren",
        "en",
        parent(K[0], needs=("kinderen",), help_form="informatie"),
        Route.FREE_SERVICES,
        "samenwerkende-ouders",
        "Freely accessible services",
        "aanbod-gemeente",
        not_offered=("casus", "consultatie", "Advice or call back"),
    ),
    Persona(
        "Mehmet, één vraag over het ouderschapsplan",
        "Mehmet en zijn ex maken samen een ouderschapsplan. Hij weet niet hoe ze de vakanties moeten "
        "verdelen en wil daar advies over.",
        "ouder",
        "lindeveld",
        "nl",
        parent(L[1], agreements="bezig", needs=("ouderschapsplan",), help_form="vraag"),
        Route.ADVICE,
        "ouder-vraag",
        "Advies of terugbellen",
        "adviesaanvraag",
        not_offered=("casus", "consultatie"),
    ),
    Persona(
        "Lisa, wants someone to call her back",
        "Lisa separated last year. Things are mostly fine, but she would like to talk to someone about "
        "money and housing.",
        "ouder",
        "kustmeren",
        "en",
        parent(K[1], talk="soms-moeilijk", needs=("geld-en-wonen",), help_form="gesprek"),
        Route.ADVICE,
        "ouder-vraag",
        "Advice or call back",
        "adviesaanvraag",
    ),
    Persona(
        "Sandra, één rechtszaak over de zorgregeling",
        "Sandra en haar ex-man hebben een zaak bij de rechter over de zorgregeling. Verder gaat het "
        "redelijk.",
        "ouder",
        "lindeveld",
        "nl",
        parent(L[0], talk="soms-moeilijk", court="een", needs=("omgang",)),
        Route.ADVICE,
        "een-conflictsignaal",
        "Advies of terugbellen",
        "adviesaanvraag",
        because=("lopende-rechtszaak",),
    ),
    Persona(
        "Peter, rechtszaak, mislukte mediation en de Raad doet onderzoek",
        "Peter en zijn ex-vrouw zitten midden in een rechtszaak, mediation is mislukt en de Raad voor "
        "de Kinderbescherming doet onderzoek. De kinderen worden heen en weer getrokken.",
        "ouder",
        "lindeveld",
        "nl",
        parent(
            L[1],
            talk="bijna-niet",
            caught="vaak",
            court="een",
            protection="raad",
            mediation="mislukt",
            needs=("omgang", "kinderen"),
            help_form="gesprek",
        ),
        Route.EXPERTISE_POINT,
        "jeugdbescherming-betrokken",
        "Expertisepunt",
        "bel-expertisepunt",
        because=(
            "jeugdbescherming",
            "lopende-rechtszaak",
            "mediation-mislukt",
            "kinderen-klem",
            "moeizaam-contact",
        ),
    ),
    Persona(
        "Emma, court case and failed mediation",
        "Emma's ex took her to court over the children; mediation did not work and the Child Care and "
        "Protection Board is investigating.",
        "ouder",
        "kustmeren",
        "en",
        parent(K[0], court="een", protection="raad", mediation="mislukt", needs=("juridisch",)),
        Route.EXPERTISE_POINT,
        "jeugdbescherming-betrokken",
        "Expertise point",
        "bel-expertisepunt",
        because=("jeugdbescherming", "lopende-rechtszaak", "mediation-mislukt"),
    ),
    Persona(
        "Ouders met de derde rechtszaak in twee jaar",
        "Na twee zaken over de kinderen komt er een derde. Er zijn advocaten, jeugdhulp en het wijkteam "
        "betrokken.",
        "ouder",
        "lindeveld",
        "nl",
        parent(
            L[0], court="meerdere", professionals=("advocaat", "jeugdhulp", "wijkteam"), needs=("juridisch",)
        ),
        Route.EXPERTISE_POINT,
        "herhaalde-rechtszaken",
        "Expertisepunt",
        "bel-expertisepunt",
        because=("herhaalde-rechtszaken", "veel-hulpverleners"),
        not_offered=("Advies of terugbellen",),
    ),
    Persona(
        "Karin, praat niet meer met haar ex",
        "Karin en haar ex hebben sinds een half jaar geen contact meer. De kinderen gaan om het weekend "
        "naar hem, maar niets wordt besproken.",
        "ouder",
        "kustmeren",
        "nl",
        parent(K[1], talk="geen-contact", agreements="geen", ages=("8-11", "12-17"), needs=("communicatie",)),
        Route.EXPERTISE_POINT,
        "geen-contact-tussen-ouders",
        "Expertisepunt",
        "bel-expertisepunt",
        because=("geen-contact",),
    ),
    Persona(
        "Ruud, zijn zoon wil niet meer komen",
        "Ruud is drie jaar gescheiden. Zijn zoon van elf wil niet meer naar hem toe en neemt de telefoon "
        "niet op. Praten met zijn ex gaat nog wel.",
        "ouder",
        "lindeveld",
        "nl",
        parent(
            L[1], stage="lang-geleden", talk="soms-moeilijk", refuses="ja", ages=("8-11",), needs=("omgang",)
        ),
        Route.EXPERTISE_POINT,
        "kind-weigert-contact",
        "Expertisepunt",
        "bel-expertisepunt",
        because=("kind-weigert-contact",),
        not_offered=("Advies of terugbellen",),
    ),
    Persona(
        "Daan, his daughter refuses to see her mother",
        "Daan's daughter of fourteen refuses to see her mother since the separation. Her mother blames him.",
        "ouder",
        "lindeveld",
        "en",
        parent(
            L[0], talk="bijna-niet", refuses="ja", ages=("12-17",), needs=("kinderen",), help_form="gesprek"
        ),
        Route.EXPERTISE_POINT,
        "kind-weigert-contact",
        "Expertise point",
        "bel-expertisepunt",
        because=("kind-weigert-contact", "moeizaam-contact"),
        not_offered=("Advice or call back",),
    ),
    Persona(
        "Fatima, ruzie en een kind dat soms niet wil",
        "Praten met haar ex loopt vaak uit op ruzie, en haar jongste wil soms niet naar zijn vader.",
        "ouder",
        "kustmeren",
        "nl",
        parent(K[0], talk="bijna-niet", refuses="soms", needs=("communicatie",)),
        Route.EXPERTISE_POINT,
        "meerdere-conflictsignalen",
        "Expertisepunt",
        "bel-expertisepunt",
        because=("moeizaam-contact", "kind-wil-soms-niet"),
    ),
    Persona(
        "Bas, kinderen klem en afspraken die niet werken",
        "Bas en zijn ex hebben een ouderschapsplan, maar niemand houdt zich eraan. De kinderen brengen "
        "boodschappen over.",
        "ouder",
        "lindeveld",
        "nl",
        parent(
            L[0], talk="soms-moeilijk", agreements="werkt-niet", caught="vaak", needs=("ouderschapsplan",)
        ),
        Route.EXPERTISE_POINT,
        "meerdere-conflictsignalen",
        "Expertisepunt",
        "bel-expertisepunt",
        because=("kinderen-klem", "afspraken-werken-niet"),
    ),
    Persona(
        "Ilse, wordt door haar ex bedreigd",
        "Ilse's ex-partner stuurt dreigende berichten en staat soms voor de deur.",
        "ouder",
        "lindeveld",
        "nl",
        parent(L[1], safety={**SAFE, "violence": "ja"}),
        Route.SAFETY,
        "geweld-of-dreiging",
        "Veiligheid eerst",
        "bel-veilig-thuis",
        not_offered=("adviesaanvraag", "Advies of terugbellen"),
        because=("geweld",),
    ),
    Persona(
        "Marco, not sure whether home is safe",
        "Marco's ex shouts a lot when the children are there and once threw a plate. He does not know "
        "whether that counts as violence.",
        "ouder",
        "kustmeren",
        "en",
        parent(K[0], safety={**SAFE, "violence": "weet-niet"}),
        Route.SAFETY,
        "twijfel-over-veiligheid",
        "Safety first",
        "bel-veilig-thuis",
        not_offered=("adviesaanvraag",),
        because=("geweld-twijfel",),
    ),
    Persona(
        "Noor, nu in gevaar",
        "Noor's ex staat op dit moment voor de deur en wil naar binnen.",
        "ouder",
        "lindeveld",
        "nl",
        parent(L[0], safety=ACUTE),
        Route.SAFETY,
        "acuut-gevaar",
        "Bel nu 112",
        "bel-112",
        not_offered=("adviesaanvraag", "terugbellen", "Nu bereikbaar"),
    ),
    Persona(
        "Gert, zorgen over hoe zijn dochter zich ontwikkelt",
        "Gert ziet dat zijn dochter bij haar moeder vaak alleen is en nauwelijks eet.",
        "ouder",
        "kustmeren",
        "nl",
        parent(K[1], safety={**SAFE, "child_unsafe": "ja"}),
        Route.SAFETY,
        "kind-in-gevaar",
        "Veiligheid eerst",
        "bel-veilig-thuis",
        because=("kind-onveilig",),
    ),
    Persona(
        "Yvonne, woont buiten de regio",
        "Yvonne woont in een gemeente buiten Lindeveld maar kwam op deze site terecht.",
        "ouder",
        "lindeveld",
        "nl",
        parent(OUTSIDE_REGION),
        Route.ADVICE,
        "buiten-regio",
        "Hulp in je eigen gemeente",
        "eigen-gemeente",
        not_offered=("Advies of terugbellen", "adviesaanvraag", "Hulp in Eikendaal"),
        shows=("Landelijke nummers",),
    ),
    Persona(
        "Chris, lives outside the region",
        "Chris lives in another part of the country and found this site through a search engine.",
        "ouder",
        "kustmeren",
        "en",
        parent(OUTSIDE_REGION),
        Route.ADVICE,
        "buiten-regio",
        "Help in your own municipality",
        "eigen-gemeente",
        not_offered=("Advice or call back", "adviesaanvraag"),
        shows=("National numbers",),
    ),
    Persona(
        "Sophie, still together, thinking about separating",
        "Sophie and her husband still live together. They are thinking about separating and want to "
        "talk to someone first.",
        "ouder",
        "kustmeren",
        "en",
        parent(K[1], stage="overwegen", agreements="geen", needs=("kinderen",), help_form="gesprek"),
        Route.ADVICE,
        "ouder-vraag",
        "Advice or call back",
        "adviesaanvraag",
    ),
    Persona(
        "Wim, lang gescheiden, afspraken werken niet meer",
        "Wim is vijf jaar gescheiden. Nu de kinderen ouder zijn, werken de oude afspraken niet meer.",
        "ouder",
        "lindeveld",
        "nl",
        parent(L[1], stage="lang-geleden", agreements="werkt-niet", ages=("12-17",), help_form="vraag"),
        Route.ADVICE,
        "een-conflictsignaal",
        "Advies of terugbellen",
        "adviesaanvraag",
        because=("afspraken-werken-niet",),
    ),
    Persona(
        "Ayse, ondertoezichtstelling en veel hulpverleners",
        "Ayse's kinderen hebben een ondertoezichtstelling. Er zijn een jeugdbeschermer, jeugdhulp, de "
        "GGZ en het wijkteam betrokken.",
        "ouder",
        "kustmeren",
        "nl",
        parent(
            K[0], protection="maatregel", professionals=("jeugdhulp", "ggz", "wijkteam"), help_form="gesprek"
        ),
        Route.EXPERTISE_POINT,
        "jeugdbescherming-betrokken",
        "Expertisepunt",
        "bel-expertisepunt",
        because=("jeugdbescherming", "veel-hulpverleners"),
    ),
    Persona(
        "Julia, threatened by her ex",
        "Julia's ex-partner threatened to take the children abroad and hurt her.",
        "ouder",
        "kustmeren",
        "en",
        parent(K[1], safety={**SAFE, "violence": "ja", "child_unsafe": "weet-niet"}),
        Route.SAFETY,
        "geweld-of-dreiging",
        "Safety first",
        "bel-veilig-thuis",
        because=("geweld", "kind-onveilig-twijfel"),
        not_offered=("adviesaanvraag",),
    ),
    # ---- children 8-12 ------------------------------------------------------------------------
    Persona(
        "Sem (9), wil andere kinderen ontmoeten",
        "Sem's ouders zijn uit elkaar. Hij wil weten of er andere kinderen zijn die dat ook meemaken.",
        "kind 8-12",
        "lindeveld",
        "nl",
        child(wishes=("anderen", "lezen")),
        Route.FREE_SERVICES,
        "kind-hulp",
        "Hier kun je terecht",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN,
        shows=("Kindergroep Stevig in twee huizen", "0800-0432"),
    ),
    Persona(
        "Lotte (10), voelt zich thuis niet altijd veilig",
        "Lotte vindt het eng als haar vader boos wordt. Ze voelt zich thuis niet altijd veilig.",
        "kind 8-12",
        "lindeveld",
        "nl",
        child(safety={**CHILD_SAFE, "feels_safe": "niet-altijd"}),
        Route.SAFETY,
        "kind-niet-veilig",
        "Jouw veiligheid gaat voor",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN,
        shows=("0800-0432",),
    ),
    Persona(
        "Mila (8), does not know whether home is safe",
        "Mila's parents shout a lot. She does not know whether she is safe at home.",
        "kind 8-12",
        "kustmeren",
        "en",
        child(safety={**CHILD_SAFE, "feels_safe": "weet-niet"}),
        Route.SAFETY,
        "kind-niet-veilig",
        "Your safety comes first",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN_EN,
        shows=("0800-0432",),
    ),
    Persona(
        "Finn (11), nu in gevaar",
        "Finn zit op zijn kamer; beneden wordt gevochten.",
        "kind 8-12",
        "kustmeren",
        "nl",
        child(safety={**CHILD_SAFE, "acute_danger": "ja"}),
        Route.SAFETY,
        "kind-acuut-gevaar",
        "Bel nu 112",
        "bel-112",
        not_offered=NOT_FOR_CHILDREN,
        shows=("0800-0432",),
    ),
    Persona(
        "Olivia (8), wants to read about separation",
        "Olivia's mum and dad are going to live in two houses. She wants to read about what that means.",
        "kind 8-12",
        "kustmeren",
        "en",
        child(wishes=("lezen", "anderen")),
        Route.FREE_SERVICES,
        "kind-hulp",
        "Where you can go",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN_EN,
        shows=("Children's group The Lighthouse", "0800-0432"),
    ),
    Persona(
        "Ravi (9), thuis wordt geslagen",
        "Ravi ziet dat zijn moeder thuis geslagen wordt.",
        "kind 8-12",
        "kustmeren",
        "nl",
        child(safety={**CHILD_SAFE, "violence": "ja"}),
        Route.SAFETY,
        "kind-niet-veilig",
        "Jouw veiligheid gaat voor",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN,
        shows=("0800-0432",),
    ),
    # ---- young people 12-18 ---------------------------------------------------------------------
    Persona(
        "Jesse (15), wil met iemand praten",
        "Jesse's ouders maken veel ruzie over hem. Hij wil met iemand praten die niet van de familie is.",
        "jongere 12-18",
        "lindeveld",
        "nl",
        child(age="12-of-ouder", wishes=("praten",)),
        Route.FREE_SERVICES,
        "kind-hulp",
        "Hier kun je terecht",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN,
        shows=("0800-0432",),
    ),
    Persona(
        "Zoë (14), wants to meet others her age",
        "Zoë wants to meet other teenagers whose parents separated.",
        "jongere 12-18",
        "kustmeren",
        "en",
        child(age="12-of-ouder", wishes=("anderen",)),
        Route.FREE_SERVICES,
        "kind-hulp",
        "Where you can go",
        "bel-kindertelefoon",
        not_offered=(*NOT_FOR_CHILDREN_EN, "Children's group The Lighthouse"),
        shows=("Youth group Own Course", "0800-0432"),
    ),
    Persona(
        "Noah (16), voelt zich thuis niet veilig",
        "Noah durft niet meer naar huis als zijn stiefvader er is.",
        "jongere 12-18",
        "kustmeren",
        "nl",
        child(safety={**CHILD_SAFE, "feels_safe": "nee"}),
        Route.SAFETY,
        "kind-niet-veilig",
        "Jouw veiligheid gaat voor",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN,
        shows=("0800-0432",),
    ),
    Persona(
        "Sara (13), rather not say her age",
        "Sara does not want to say how old she is. She would like to read about separation.",
        "jongere 12-18",
        "lindeveld",
        "en",
        child(age="zeg-ik-liever-niet", wishes=("lezen",)),
        Route.FREE_SERVICES,
        "kind-hulp",
        "Where you can go",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN_EN,
        shows=("0800-0432",),
    ),
    Persona(
        "Luca (17), not sure about violence at home",
        "Luca hears his parents fight at night and is not sure whether someone gets hurt.",
        "jongere 12-18",
        "lindeveld",
        "en",
        child(safety={**CHILD_SAFE, "violence": "weet-niet"}),
        Route.SAFETY,
        "kind-niet-veilig",
        "Your safety comes first",
        "bel-kindertelefoon",
        not_offered=NOT_FOR_CHILDREN_EN,
        shows=("0800-0432",),
    ),
    Persona(
        "Amira (12), nu in gevaar",
        "Amira's vader is dronken en gooit met spullen.",
        "jongere 12-18",
        "lindeveld",
        "nl",
        child(safety={**CHILD_SAFE, "acute_danger": "ja"}),
        Route.SAFETY,
        "kind-acuut-gevaar",
        "Bel nu 112",
        "bel-112",
        not_offered=NOT_FOR_CHILDREN,
        shows=("0800-0432",),
    ),
    # ---- professionals --------------------------------------------------------------------------
    Persona(
        "Wijkteammedewerker wil meedenken over een hoogconflictgezin",
        "Een wijkteammedewerker begeleidt ouders die al een jaar procederen; de kinderen zitten klem. Ze "
        "wil een expert die meedenkt.",
        "professional (wijkteam)",
        "lindeveld",
        "nl",
        professional(L[0], kind="consultatie", signals=("procedures", "klem")),
        Route.EXPERTISE_POINT,
        "professional-vastgelopen",
        "Expertisepunt: overleg over dit gezin",
        "consultatie",
        not_offered=("Advies of terugbellen",),
        because=("gezin-rechtszaken", "gezin-kinderen-klem"),
    ),
    Persona(
        "Social worker consulting on a high-conflict family",
        "A local team worker sees a family with court cases and children caught in between and wants "
        "to consult an expert.",
        "professional (wijkteam)",
        "kustmeren",
        "en",
        professional(K[0], kind="consultatie", signals=("procedures", "klem", "geen-contact")),
        Route.EXPERTISE_POINT,
        "professional-vastgelopen",
        "Expertise point: consult about this family",
        "consultatie",
        not_offered=("Advice or call back",),
        because=("gezin-rechtszaken", "gezin-geen-contact", "gezin-kinderen-klem"),
    ),
    Persona(
        "Wijkteammedewerker ziet huiselijk geweld, Lindeveld",
        "Een wijkteammedewerker in Molenbroek hoort van een moeder dat haar ex haar slaat. Lindeveld "
        "heeft geen eigen expertisepoule.",
        "professional (wijkteam)",
        "lindeveld",
        "nl",
        professional(L[1], safety={**SAFE, "violence": "ja"}, kind="casus", consent="nog-niet"),
        Route.SAFETY,
        "professional-onveilig",
        "Veiligheid eerst: Veilig Thuis en de veiligheidspartner",
        "bel-veilig-thuis",
        shows=("Veiligheidsteam Lindeveld", "tel:08005550103"),
        because=("geweld",),
    ),
    Persona(
        "Wijkteammedewerker ziet huiselijk geweld, Kustmeren",
        "Een wijkteammedewerker in Duinwijk ziet signalen van huiselijk geweld en wil het gezin inbrengen "
        "bij de expertisepoule.",
        "professional (wijkteam)",
        "kustmeren",
        "nl",
        professional(K[1], safety={**SAFE, "violence": "ja"}, kind="casus", consent="ja"),
        Route.SAFETY,
        "professional-onveilig-expertisepoule",
        "Veiligheid eerst: Veilig Thuis en de expertisepoule",
        "bel-veilig-thuis",
        shows=("/nl/advies/casus/",),
        because=("geweld",),
    ),
    Persona(
        "GP unsure whether a child is safe, Lindeveld",
        "A GP sees a boy with bruises he cannot explain, after his parents separated.",
        "professional (huisarts)",
        "lindeveld",
        "en",
        professional(L[0], safety={**SAFE, "child_unsafe": "weet-niet"}, work_field="huisarts-poh"),
        Route.SAFETY,
        "professional-onveilig",
        "Safety first: Veilig Thuis and the safety partner",
        "bel-veilig-thuis",
        shows=("Veiligheidsteam Lindeveld", "tel:08005550103"),
        because=("kind-onveilig-twijfel",),
    ),
    Persona(
        "POH-Jeugd worried about a child's safety, Kustmeren",
        "A youth mental-health nurse at a GP practice is worried about a girl whose mother threatens to "
        "kill herself.",
        "professional (huisarts)",
        "kustmeren",
        "en",
        professional(K[0], safety={**SAFE, "child_unsafe": "ja"}, work_field="huisarts-poh", consent="nee"),
        Route.SAFETY,
        "professional-onveilig-expertisepoule",
        "Safety first: Veilig Thuis and the expert pool",
        "bel-veilig-thuis",
        shows=("/en/advice/case/", "Without the family's consent"),
        because=("kind-onveilig",),
    ),
    Persona(
        "Jeugdhulpverlener meldt een vastgelopen gezin aan",
        "Een jeugdhulpverlener komt niet verder: er lopen rechtszaken, de hulp is twee keer afgebroken en "
        "er zijn veel hulpverleners.",
        "professional (jeugdhulp)",
        "lindeveld",
        "nl",
        professional(
            L[0],
            work_field="jeugdhulp",
            kind="casus",
            signals=("procedures", "vastgelopen", "veel-hulpverleners"),
        ),
        Route.EXPERTISE_POINT,
        "professional-casus-vastgelopen",
        "Expertisepunt: meld het gezin aan",
        "casus",
        because=("gezin-rechtszaken", "gezin-hulp-vastgelopen", "gezin-veel-hulpverleners"),
    ),
    Persona(
        "Leerkracht wil een gezin aanmelden zonder signalen van vastlopen",
        "Een leerkracht merkt dat een leerling stil is sinds de scheiding en wil het gezin ergens aanmelden.",
        "professional (school)",
        "kustmeren",
        "nl",
        professional(K[1], work_field="onderwijs", kind="casus"),
        Route.ADVICE,
        "professional-casus",
        "Consultatie: eerst samen kijken",
        "consultatie",
        not_offered=("Advies of terugbellen",),
    ),
    Persona(
        "Mediator met een consultatievraag, zonder toestemming",
        "Een mediator wil weten hoe ze ouders helpt die telkens afspraken breken. De ouders weten niet "
        "dat ze advies vraagt.",
        "professional (mediator)",
        "lindeveld",
        "nl",
        professional(L[1], work_field="advocaat-mediator", consent="nee"),
        Route.ADVICE,
        "professional-consultatie",
        "Consultatie: een expert denkt mee",
        "consultatie",
        not_offered=("Advies of terugbellen",),
        shows=("Zonder toestemming van het gezin",),
    ),
    Persona(
        "Lawyer consulting on a child who refuses contact",
        "A family lawyer represents a father whose daughter refuses all contact. He asks for advice "
        "without names.",
        "professional (advocaat)",
        "lindeveld",
        "en",
        professional(L[0], work_field="advocaat-mediator", signals=("contactweigering",), consent="nee"),
        Route.EXPERTISE_POINT,
        "professional-vastgelopen",
        "Expertise point: consult about this family",
        "consultatie",
        because=("gezin-contactweigering",),
        shows=("Without the family's consent",),
    ),
    Persona(
        "Wijkteammedewerker zoekt een cursus om naar te verwijzen",
        "Een wijkteammedewerker zoekt een oudercursus over communiceren na de scheiding voor ouders die "
        "goed samenwerken.",
        "professional (wijkteam)",
        "lindeveld",
        "nl",
        professional(L[1], kind="aanbod", needs=("communicatie",)),
        Route.FREE_SERVICES,
        "professional-aanbod",
        "Vrij toegankelijk aanbod om naar te verwijzen",
        "aanbod-gemeente",
    ),
    Persona(
        "GGZ-behandelaar zoekt aanbod voor een gezin met jeugdbescherming",
        "Een GGZ-behandelaar zoekt aanbod voor een gezin waar jeugdbescherming bij betrokken is.",
        "professional (ggz)",
        "kustmeren",
        "nl",
        professional(K[0], work_field="ggz", kind="aanbod", signals=("jeugdbescherming",)),
        Route.EXPERTISE_POINT,
        "professional-vastgelopen",
        "Expertisepunt: overleg over dit gezin",
        "consultatie",
        because=("gezin-jeugdbescherming",),
    ),
    Persona(
        "Professional, gezin nu in acuut gevaar",
        "Een ambulant hulpverlener is bij een gezin waar de vader met een mes dreigt.",
        "professional (jeugdhulp)",
        "kustmeren",
        "nl",
        professional(K[0], safety=ACUTE),
        Route.SAFETY,
        "acuut-gevaar",
        "Bel nu 112",
        "bel-112",
    ),
    Persona(
        "Jeugdhulpverlener, geweld in een gezin buiten de regio",
        "Een jeugdhulpverlener uit Lindeveld ziet een gezin uit een andere regio waar geweld is.",
        "professional (jeugdhulp)",
        "lindeveld",
        "nl",
        professional(OUTSIDE_REGION, safety={**SAFE, "violence": "ja"}),
        Route.SAFETY,
        "professional-onveilig-buiten-regio",
        "Veiligheid eerst",
        "bel-veilig-thuis",
        not_offered=("Veiligheidsteam Lindeveld", "casus", "consultatie"),
        because=("geweld",),
    ),
    Persona(
        "School counsellor, family outside the region",
        "A school counsellor has a question about a pupil whose family lives in another region.",
        "professional (school)",
        "kustmeren",
        "en",
        professional(OUTSIDE_REGION, work_field="onderwijs"),
        Route.ADVICE,
        "buiten-regio",
        "Help in your own municipality",
        "eigen-gemeente",
        not_offered=("Advice or call back", "consultatie", "casus"),
    ),
    Persona(
        "Jeugdbeschermer brengt een gezin in zonder toestemming, Kustmeren",
        "Een jeugdbeschermer wil een gezin met klem zittende kinderen inbrengen; de ouders geven geen "
        "toestemming.",
        "professional (jeugdhulp)",
        "kustmeren",
        "nl",
        professional(K[1], work_field="jeugdhulp", kind="casus", consent="nee", signals=("klem",)),
        Route.EXPERTISE_POINT,
        "professional-casus-vastgelopen",
        "Expertisepunt: meld het gezin aan",
        "casus",
        shows=("Zonder toestemming van het gezin",),
        because=("gezin-kinderen-klem",),
    ),
    # ---- family members -------------------------------------------------------------------------
    Persona(
        "Oma Ria ziet haar kleinkinderen niet meer",
        "Sinds de scheiding van haar zoon mag oma Ria haar kleinkinderen niet meer zien van haar "
        "schoondochter.",
        "familielid",
        "lindeveld",
        "nl",
        family_member(L[0], conflict="veel-ruzie", own_contact="geen", help_form="vraag"),
        Route.ADVICE,
        "familielid-eigen-contact",
        "Advies of terugbellen",
        "adviesaanvraag",
        because=("eigen-contact-geen", "ouders-veel-ruzie"),
        shows=("omgangsregeling",),
    ),
    Persona(
        "Grandad Henk sees his grandchildren less",
        "Since the separation, Henk sees his grandchildren once a month instead of every week.",
        "familielid",
        "kustmeren",
        "en",
        family_member(K[0], conflict="wisselend", own_contact="minder"),
        Route.ADVICE,
        "familielid-eigen-contact",
        "Advice or call back",
        "adviesaanvraag",
        because=("eigen-contact-minder",),
    ),
    Persona(
        "Nieuwe partner die veel ruzie tussen de ouders ziet",
        "De nieuwe partner van een vader ziet dat elke overdracht uitloopt op ruzie.",
        "familielid",
        "lindeveld",
        "nl",
        family_member(L[1], relation="nieuwe-partner", conflict="veel-ruzie"),
        Route.ADVICE,
        "familielid-ruzie",
        "Advies of terugbellen",
        "adviesaanvraag",
        because=("ouders-veel-ruzie",),
    ),
    Persona(
        "Tante Els zoekt informatie",
        "Tante Els wil weten hoe ze haar nichtje kan steunen nu haar ouders uit elkaar gaan.",
        "familielid",
        "kustmeren",
        "nl",
        family_member(K[1], relation="ander-familielid", conflict="weet-niet"),
        Route.FREE_SERVICES,
        "familielid-informatie",
        "Vrij toegankelijk aanbod",
        "aanbod-gemeente",
    ),
    Persona(
        "Opa Jan wil met iemand praten",
        "Opa Jan ziet zijn kleinkinderen genoeg, maar maakt zich zorgen over hoe het met ze gaat.",
        "familielid",
        "lindeveld",
        "nl",
        family_member(L[0], conflict="wisselend", help_form="gesprek"),
        Route.ADVICE,
        "familielid-vraag",
        "Advies of terugbellen",
        "adviesaanvraag",
    ),
    Persona(
        "Oma die zich zorgen maakt over de veiligheid van een kleinkind",
        "Oma Truus ziet blauwe plekken bij haar kleindochter na een weekend bij de vader.",
        "familielid",
        "kustmeren",
        "nl",
        family_member(K[0], safety={**SAFE, "child_unsafe": "ja"}),
        Route.SAFETY,
        "kind-in-gevaar",
        "Veiligheid eerst",
        "bel-veilig-thuis",
        because=("kind-onveilig",),
        not_offered=("adviesaanvraag",),
    ),
    Persona(
        "Grandmother who lives outside the region",
        "A grandmother from another region wants advice about her grandchildren who live there too.",
        "familielid",
        "lindeveld",
        "en",
        family_member(OUTSIDE_REGION),
        Route.ADVICE,
        "buiten-regio",
        "Help in your own municipality",
        "eigen-gemeente",
        not_offered=("Advice or call back",),
    ),
    Persona(
        "Oom Kees twijfelt of het thuis veilig is",
        "Oom Kees hoort van zijn neefje dat er thuis harde klappen vallen, maar weet niet wat er echt "
        "gebeurt.",
        "familielid",
        "kustmeren",
        "nl",
        family_member(K[1], safety={**SAFE, "violence": "weet-niet"}),
        Route.SAFETY,
        "twijfel-over-veiligheid",
        "Veiligheid eerst",
        "bel-veilig-thuis",
        because=("geweld-twijfel",),
    ),
    Persona(
        "New partner looking for information",
        "The new partner of a mother wants to know how to be there for her partner's children.",
        "familielid",
        "lindeveld",
        "en",
        family_member(L[0], relation="nieuwe-partner", conflict="goed"),
        Route.FREE_SERVICES,
        "familielid-informatie",
        "Freely accessible services",
        "aanbod-gemeente",
    ),
    Persona(
        "Opa in acuut gevaar bij een overdracht",
        "Bij de overdracht van de kleinkinderen dreigt de ex-schoonzoon opa nu aan te vallen.",
        "familielid",
        "lindeveld",
        "nl",
        family_member(L[0], safety=ACUTE),
        Route.SAFETY,
        "acuut-gevaar",
        "Bel nu 112",
        "bel-112",
    ),
]


def personas_by_rule():
    """{rule code: [personas]} by the rule the table gives each persona's answers."""
    from vragenlijst.decision_table import route_for

    reached = {}
    for persona in PERSONAS:
        reached.setdefault(route_for(persona.answers).rule.code, []).append(persona)
    return reached
