"""The subjects of a parenting plan: per step the questions ("topics") and the usual
agreements parents choose from, written at B1.

Every topic is answered with one agreement, or "iets anders" (in their own words), or
"we hebben dit nog niet afgesproken" (`NOT_AGREED`), which the plan lists as a point to
discuss with a mediator or at the legal desk. Each topic also has a note for the parents'
own words. Labels may name the parents: `%(parent_1)s` and `%(parent_2)s` are filled in
with the names from the first step ("Ouder 1" and "Ouder 2" when left empty).

Codes (`name`, `Agreement.code`) are part of the plan file (`ouderschapsplan.plan_file`):
changing or removing one needs a new file version. Labels can change freely.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

NOT_AGREED = "nog-niet"
OWN_WORDS = "anders"
NOTE_SUFFIX = "_note"
NOTE_MAX_LENGTH = 1000


@dataclass(frozen=True)
class Agreement:
    code: str
    label: object
    needs_note: bool = False  # the note says what the agreement is ("zie toelichting")


@dataclass(frozen=True)
class Topic:
    name: str
    question: object
    agreements: tuple[Agreement, ...]
    hint: object = ""
    note_hint: object = ""

    @property
    def note_name(self):
        return self.name + NOTE_SUFFIX

    def all_agreements(self):
        """The agreements, then 'in our own words', then 'not agreed yet'."""
        return (
            *self.agreements,
            Agreement(OWN_WORDS, _("Iets anders, in onze eigen woorden"), needs_note=True),
            Agreement(NOT_AGREED, _("Dit hebben we nog niet afgesproken")),
        )

    def agreement(self, code):
        return next((a for a in self.all_agreements() if a.code == code), None)

    def codes(self):
        return [a.code for a in self.all_agreements()]


def topic(name, question, *agreements, hint="", note_hint=""):
    return Topic(name, question, tuple(agreements), hint=hint, note_hint=note_hint)


A = Agreement

# ---- the children ---------------------------------------------------------------------

CHILDREN = (
    topic(
        "involvement",
        _("Hoe hebben jullie de kinderen betrokken bij dit plan?"),
        A("samen-gepraat", _("We hebben samen met de kinderen gepraat")),
        A("apart-gepraat", _("We hebben ieder apart met de kinderen gepraat")),
        A(
            "met-hulp",
            _(
                "Iemand anders heeft met de kinderen gepraat, bijvoorbeeld een kindbehartiger, "
                "mediator of hulpverlener"
            ),
        ),
        A(
            "te-jong",
            _("De kinderen zijn te jong om mee te praten. We hebben gekeken naar wat ze nodig hebben"),
        ),
        hint=_("De rechter wil weten hoe de kinderen hun mening hebben kunnen geven."),
        note_hint=_("Wat vonden de kinderen belangrijk? Wat hebben jullie daarmee gedaan?"),
    ),
    topic(
        "telling",
        _("Hoe vertellen jullie de kinderen wat er in het plan staat?"),
        A("samen", _("We vertellen het samen")),
        A("ieder", _("We vertellen het ieder apart, op dezelfde manier")),
        A("al-verteld", _("De kinderen weten het al")),
    ),
)

# ---- the care arrangement -------------------------------------------------------------

PATTERN = topic(
    "pattern",
    _("Welk rooster past het best bij jullie?"),
    A("weekend", _("De kinderen wonen vooral bij %(parent_1)s en zijn om het weekend bij %(parent_2)s")),
    A("week-om-week", _("Week om week: een week bij %(parent_1)s, een week bij %(parent_2)s")),
    A("2-2-3", _("2-2-3: twee dagen, twee dagen, drie dagen, om en om")),
    A("2-2-5-5", _("2-2-5-5: vaste doordeweekse dagen bij ieder, de weekenden om en om")),
    A("eigen", _("Een eigen rooster: we vullen elke dag zelf in")),
    hint=_("In de volgende stap zie je het rooster van twee weken. Je kunt elke dag nog aanpassen."),
    note_hint=_("Bijvoorbeeld: waarom dit rooster past bij de kinderen."),
)

REGISTRATION = topic(
    "registration",
    _("Op welk adres staan de kinderen ingeschreven?"),
    A("ouder-1", _("Bij %(parent_1)s")),
    A("ouder-2", _("Bij %(parent_2)s")),
    hint=_("Dat is het adres bij de gemeente. Het telt mee voor bijvoorbeeld de kinderbijslag."),
)

CARE = (PATTERN, REGISTRATION)

# The week grid: two weeks, a night each, with whom the children sleep.
WEEKDAYS = (
    ("mon", _("maandag")),
    ("tue", _("dinsdag")),
    ("wed", _("woensdag")),
    ("thu", _("donderdag")),
    ("fri", _("vrijdag")),
    ("sat", _("zaterdag")),
    ("sun", _("zondag")),
)
WEEKS = (1, 2)
PARENT_1 = "ouder-1"
PARENT_2 = "ouder-2"
VARIES = "wisselt"
NIGHT_CHOICES = (
    (PARENT_1, "%(parent_1)s"),
    (PARENT_2, "%(parent_2)s"),
    (VARIES, _("Wisselt, of anders (zie toelichting)")),
    (NOT_AGREED, _("Nog niet afgesproken")),
)


def night_field(week, day):
    return f"week_{week}_{day}"


NIGHT_FIELDS = tuple(night_field(week, day) for week in WEEKS for day, _label in WEEKDAYS)


def _weeks(first, second):
    """Two weeks of nights from two strings of seven letters: 1 = parent 1, 2 = parent 2."""
    codes = {"1": PARENT_1, "2": PARENT_2}
    nights = {}
    for week, letters in zip(WEEKS, (first, second), strict=True):
        for (day, _label), letter in zip(WEEKDAYS, letters, strict=True):
            nights[night_field(week, day)] = codes[letter]
    return nights


# The schedule each pattern starts from (Monday to Sunday, the night of that day).
PATTERN_SCHEDULES = {
    "weekend": _weeks("1111221", "1111111"),
    "week-om-week": _weeks("1111111", "2222222"),
    "2-2-3": _weeks("1122111", "2211222"),
    "2-2-5-5": _weeks("1122111", "1122222"),
}

# ---- holidays and special days ----------------------------------------------------------

HOLIDAYS = (
    topic(
        "summer",
        _("De zomervakantie"),
        A("helft", _("Ieder de helft van de zomervakantie")),
        A("rooster", _("Het gewone rooster gaat door")),
        note_hint=_("Bijvoorbeeld: wie de eerste helft heeft, en of dat elk jaar wisselt."),
    ),
    topic(
        "school_holidays",
        _("De andere schoolvakanties (herfst, kerst, voorjaar, mei)"),
        A("om-en-om", _("Om en om: het ene jaar bij %(parent_1)s, het andere jaar bij %(parent_2)s")),
        A("helft", _("Ieder de helft van elke vakantie")),
        A("rooster", _("Het gewone rooster gaat door")),
    ),
    topic(
        "special_days",
        _("Verjaardagen en feestdagen"),
        A("afspraken", _("We hebben afspraken per dag (zie toelichting)"), needs_note=True),
        A("rooster", _("Het gewone rooster gaat door, en we doen soepel")),
        hint=_(
            "Denk aan de verjaardagen van de kinderen en van jullie, Moederdag en Vaderdag, "
            "Sinterklaas, Kerst, het Suikerfeest, Pasen en oud en nieuw."
        ),
    ),
    topic(
        "travel",
        _("Op reis met de kinderen, ook naar het buitenland"),
        A(
            "toestemming",
            _("Wie met de kinderen naar het buitenland gaat, vraagt de ander vooraf om toestemming"),
        ),
        A("melden", _("We laten het elkaar op tijd weten, met het adres waar we verblijven")),
        hint=_(
            "Gaat een kind met één ouder naar het buitenland? Neem dan een toestemmingsformulier "
            "van de andere ouder mee."
        ),
    ),
)

# ---- hand-overs and changes ---------------------------------------------------------------

HANDOVERS = (
    topic(
        "handover",
        _("Hoe gaan de kinderen van het ene huis naar het andere?"),
        A("brengen", _("De ouder bij wie de kinderen zijn, brengt ze")),
        A("halen", _("De ouder bij wie de kinderen komen, haalt ze op")),
        A("school", _("Via school of opvang: de een brengt, de ander haalt op")),
        note_hint=_("Waar en hoe laat wisselen de kinderen?"),
    ),
    topic(
        "belongings",
        _("De spullen van de kinderen"),
        A(
            "eigen-spullen",
            _("In elk huis hebben de kinderen eigen spullen. Alleen school- en lievelingsspullen gaan mee"),
        ),
        A("gaan-mee", _("De spullen gaan mee met de kinderen")),
    ),
    topic(
        "changes",
        _("Als je een dag wilt ruilen of als een afspraak verandert"),
        A(
            "vooraf-vragen",
            _("We vragen het ruim van tevoren. De ander mag nee zeggen; dan blijft het rooster"),
        ),
        A("samen", _("We lossen het samen op als het nodig is")),
        note_hint=_("Bijvoorbeeld: hoe lang van tevoren je het vraagt."),
    ),
    topic(
        "illness",
        _("Als een kind ziek is"),
        A("blijft", _("Het kind blijft waar het is, en we laten het elkaar meteen weten")),
        A("overleg", _("We overleggen wie voor het kind zorgt")),
    ),
)

# ---- informing and consulting each other --------------------------------------------------

INFORMING = (
    topic(
        "how",
        _("Hoe houden jullie elkaar op de hoogte over de kinderen?"),
        A("gesprek", _("We praten regelmatig met elkaar, bijvoorbeeld elke week even bellen")),
        A("berichten", _("Met berichten, of met een app voor ouders die uit elkaar zijn")),
        A("mail", _("Per e-mail")),
        hint=_("Laat de kinderen geen boodschappen overbrengen tussen jullie."),
        note_hint=_("Hoe vaak, en over welke dingen?"),
    ),
    topic(
        "school",
        _("School"),
        A("samen", _("We gaan samen naar gesprekken op school")),
        A("apart", _("We gaan ieder apart. School vertelt ons allebei hoe het gaat")),
        hint=_("Hebben jullie allebei gezag? Dan hebben jullie allebei recht op informatie van school."),
    ),
    topic(
        "health",
        _("Gezondheid: huisarts, tandarts, ziekenhuis"),
        A(
            "vertellen",
            _(
                "Wie met een kind naar de dokter gaat, vertelt het de ander. "
                "Over een behandeling beslissen we samen"
            ),
        ),
        hint=_("Hebben jullie allebei gezag? Dan beslissen jullie samen over een medische behandeling."),
    ),
    topic(
        "money",
        _("Grote uitgaven voor de kinderen"),
        A(
            "samen",
            _("We overleggen vooraf over uitgaven boven een bedrag (zie toelichting)"),
            needs_note=True,
        ),
        A("ieder", _("Ieder beslist zelf, in de eigen tijd met de kinderen")),
    ),
    topic(
        "new_partner",
        _("Een nieuwe partner"),
        A(
            "eerst-vertellen",
            _("We vertellen het de ander eerst, voordat de kinderen een nieuwe partner leren kennen"),
        ),
        A("rustig", _("We nemen de tijd en laten de kinderen rustig wennen")),
    ),
    topic(
        "moving",
        _("Verhuizen"),
        A(
            "overleggen",
            _(
                "Wie wil verhuizen, overlegt eerst. "
                "Verandert er iets voor de kinderen, dan vragen we toestemming"
            ),
        ),
        hint=_(
            "Hebben jullie allebei gezag? Dan mag je niet zomaar met de kinderen verhuizen als dat "
            "veel verandert voor hun contact met de andere ouder."
        ),
    ),
)

# ---- costs of care and upbringing ---------------------------------------------------------

COST_ARRANGEMENT = topic(
    "arrangement",
    _("Hoe betalen jullie de kosten van de kinderen?"),
    A("alimentatie", _("Een ouder betaalt elke maand kinderalimentatie aan de andere ouder")),
    A("kinderrekening", _("We storten allebei geld op een kinderrekening en betalen daarvan de kosten")),
    A("ieder", _("Ieder betaalt de kosten als de kinderen bij hem of haar zijn, de rest delen we")),
    hint=_("Hoeveel redelijk is, hangt af van jullie inkomens en van wat de kinderen kosten."),
)

CHILD_BENEFIT = topic(
    "child_benefit",
    _("De kinderbijslag en het kindgebonden budget"),
    A("ouder-1", _("%(parent_1)s krijgt het")),
    A("ouder-2", _("%(parent_2)s krijgt het")),
    A("delen", _("We delen het (zie toelichting)"), needs_note=True),
    hint=_("De kinderbijslag wordt aan één ouder betaald. Jullie kunnen afspreken dat je het deelt."),
)

INDEXATION = topic(
    "indexation",
    _("Elk jaar verhogen"),
    A("ja", _("De kinderalimentatie gaat elk jaar omhoog met de wettelijke indexering")),
    A("geen-alimentatie", _("Niet nodig: er is geen kinderalimentatie")),
)

COSTS = (COST_ARRANGEMENT, CHILD_BENEFIT, INDEXATION)

# Who pays which costs: a select per kind of cost.
COST_ITEMS = (
    ("clothing", _("Kleding en schoenen")),
    ("school", _("Schoolkosten")),
    ("activities", _("Sport, muziek en hobby's")),
    ("pocket_money", _("Zakgeld")),
    ("phone", _("Telefoon")),
    ("care", _("Zorgkosten die de verzekering niet betaalt, zoals een bril of beugel")),
    ("childcare", _("Kinderopvang")),
)
PAYER_CHOICES = (
    (PARENT_1, "%(parent_1)s"),
    (PARENT_2, "%(parent_2)s"),
    ("samen", _("Samen, ieder een deel")),
    ("kinderrekening", _("Van de kinderrekening")),
    ("ieder", _("Ieder in de eigen tijd")),
    (NOT_AGREED, _("Nog niet afgesproken")),
)


def payer_field(item):
    return f"pays_{item}"


# ---- optional parts -------------------------------------------------------------------------

SCHOOL = (
    topic(
        "school_choice",
        _("De keuze van een school"),
        A("samen", _("We kiezen samen een school")),
        hint=_("Hebben jullie allebei gezag? Dan kiezen jullie de school samen."),
    ),
    topic(
        "childcare",
        _("Kinderopvang en oppas"),
        A("ieder", _("Ieder regelt opvang in de eigen tijd")),
        A("eerst-vragen", _("We vragen eerst de andere ouder, voordat we een oppas vragen")),
    ),
)

VALUES = (
    topic(
        "religion",
        _("Geloof en levensovertuiging"),
        A("vrij", _("We laten de kinderen vrij om later zelf te kiezen")),
        A(
            "opvoeden",
            _("We voeden de kinderen op met een geloof of levensovertuiging (zie toelichting)"),
            needs_note=True,
        ),
    ),
    topic(
        "house_rules",
        _("Regels thuis, zoals bedtijd, eten en schermtijd"),
        A("zelfde", _("We houden ongeveer dezelfde regels")),
        A("eigen", _("Elk huis heeft eigen regels, en we praten daar niet slecht over")),
    ),
)

FAMILY = (
    topic(
        "family_contact",
        _("Contact met opa's, oma's en andere familie"),
        A(
            "beide-kanten",
            _("De kinderen houden contact met de familie van allebei. Ieder regelt dat in de eigen tijd"),
        ),
    ),
    topic(
        "respect",
        _("Praten over de andere ouder"),
        A("respect", _("We praten niet negatief over elkaar of elkaars familie als de kinderen erbij zijn")),
    ),
)

MEDIA = (
    topic(
        "phone",
        _("Een eigen telefoon"),
        A("samen-kiezen", _("De kinderen krijgen een telefoon op een leeftijd die we samen kiezen")),
    ),
    topic(
        "social_media",
        _("Sociale media en foto's"),
        A("geen-fotos", _("We zetten geen foto's van de kinderen online als de ander dat niet goed vindt")),
        A("regels", _("We maken samen regels over sociale media (zie toelichting)"), needs_note=True),
    ),
    topic(
        "calling",
        _("Contact met de andere ouder"),
        A("altijd", _("De kinderen mogen de andere ouder altijd bellen of een bericht sturen")),
        A("vaste-momenten", _("Op vaste momenten (zie toelichting)"), needs_note=True),
    ),
)

DISAGREEMENT = (
    topic(
        "disagreement",
        _("Als we het niet eens worden"),
        A(
            "mediation",
            _(
                "We praten eerst samen. Lukt dat niet, dan gaan we naar een mediator, "
                "voordat een van ons naar de rechter gaat"
            ),
        ),
        A("hulp", _("We vragen eerst hulp, bijvoorbeeld van het expertisepunt of het wijkteam")),
    ),
)

REVIEW = (
    topic(
        "review",
        _("Wanneer bekijken jullie het plan opnieuw?"),
        A("jaarlijks", _("Elk jaar, rond dezelfde tijd")),
        A(
            "grote-verandering",
            _("Als er iets groots verandert, zoals een nieuwe school, een verhuizing of een nieuwe baan"),
        ),
        note_hint=_("Bijvoorbeeld: wie het initiatief neemt, en of de kinderen meepraten."),
    ),
)

# The optional parts a plan can have, in the order of their steps.
PARTS = (
    ("school", pgettext_lazy("onderdeel", "School en opvang")),
    ("waarden", _("Geloof, waarden en regels")),
    ("familie", _("Contact met familie")),
    ("media", _("Telefoon en sociale media")),
    ("onenigheid", _("Als we het niet eens zijn")),
    ("evaluatie", _("Het plan opnieuw bekijken")),
)
DEFAULT_PARTS = ("onenigheid", "evaluatie")
