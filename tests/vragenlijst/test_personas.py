"""Named personas walk the whole Scheidingswijzer over HTTP and get their expected route.

Together they reach every rule of the decision table (checked below), and each persona
also checks the path: the steps it is asked are exactly the steps listed for it.
"""

from dataclasses import dataclass, field

import pytest

from home.choices import Route
from home.models import RegionSettings
from home.models.settings import RegionFocus
from tests.vragenlijst.journey import (
    SAFE,
    child_steps,
    family_member_steps,
    finish,
    parent_steps,
    professional_steps,
)
from vragenlijst.decision_table import RULES


@dataclass
class Persona:
    name: str
    steps: list
    route: str
    rule: str
    region_focus: str = RegionFocus.COMPLEX_DIVORCE
    notes: list = field(default_factory=list)


def without(steps, *names):
    return [(step, answers) for step, answers in steps if step not in names]


PARENT_SITUATION = ("situatie", "contact", "betrokken", "hulpvraag")

PERSONAS = [
    Persona(
        "Samenwerkende ouders, één vraag over het ouderschapsplan",
        parent_steps(agreements="bezig", needs=("ouderschapsplan",), help_form="vraag"),
        Route.ADVICE,
        "ouder-vraag",
    ),
    Persona(
        "Samenwerkende ouders die vooral willen weten wat er is",
        parent_steps(stage="overwegen", needs=("kinderen", "geld-en-wonen"), help_form="informatie"),
        Route.FREE_SERVICES,
        "samenwerkende-ouders",
    ),
    Persona(
        "Ouder met één lopende rechtszaak over de zorgregeling",
        parent_steps(talk="soms-moeilijk", court="een", needs=("omgang",), help_form="informatie"),
        Route.ADVICE,
        "een-conflictsignaal",
    ),
    Persona(
        "Ouders die nauwelijks kunnen praten en bij wie mediation mislukte",
        parent_steps(talk="bijna-niet", mediation="mislukt", needs=("communicatie",)),
        Route.EXPERTISE_POINT,
        "meerdere-conflictsignalen",
    ),
    Persona(
        "Ouder van een kind met een ondertoezichtstelling",
        parent_steps(protection="maatregel", professionals=("jeugdhulp",), help_form="gesprek"),
        Route.EXPERTISE_POINT,
        "jeugdbescherming-betrokken",
    ),
    Persona(
        "Ouders met de derde rechtszaak in twee jaar",
        parent_steps(court="meerdere", professionals=("advocaat",), needs=("juridisch",)),
        Route.EXPERTISE_POINT,
        "herhaalde-rechtszaken",
    ),
    Persona(
        "Ouders die elkaar niet meer spreken",
        parent_steps(talk="geen-contact", agreements="geen", child_ages=("8-11", "12-17")),
        Route.EXPERTISE_POINT,
        "geen-contact-tussen-ouders",
    ),
    Persona(
        "Ouder die twijfelt of het thuis veilig is",
        without(
            parent_steps(safety={**SAFE, "violence": "weet-niet"}),
            *PARENT_SITUATION,
        ),
        Route.SAFETY,
        "twijfel-over-veiligheid",
    ),
    Persona(
        "Ouder die door de ex-partner bedreigd wordt",
        without(parent_steps(safety={**SAFE, "violence": "ja"}), *PARENT_SITUATION),
        Route.SAFETY,
        "geweld-of-dreiging",
    ),
    Persona(
        "Ouder in acuut gevaar",
        [("wie", {"role": "ouder"}), ("veiligheid", {**SAFE, "acute_danger": "ja"})],
        Route.SAFETY,
        "acuut-gevaar",
    ),
    Persona(
        "Ouder die buiten de regio woont",
        without(parent_steps(municipality="anders"), *PARENT_SITUATION),
        Route.ADVICE,
        "buiten-regio",
    ),
    Persona(
        "Oma die zich zorgen maakt over de veiligheid van een kleinkind",
        without(family_member_steps(safety={**SAFE, "child_unsafe": "ja"}), "familie"),
        Route.SAFETY,
        "kind-in-gevaar",
    ),
    Persona(
        "Nieuwe partner die veel ruzie tussen de ouders ziet",
        family_member_steps(relation="nieuwe-partner", conflict="veel-ruzie"),
        Route.ADVICE,
        "familielid-ruzie",
    ),
    Persona(
        "Opa die met iemand wil praten",
        family_member_steps(conflict="wisselend", help_form="gesprek"),
        Route.ADVICE,
        "familielid-vraag",
    ),
    Persona(
        "Tante die informatie zoekt",
        family_member_steps(relation="ander-familielid", conflict="weet-niet"),
        Route.FREE_SERVICES,
        "familielid-informatie",
    ),
    Persona(
        "Kind van tien dat andere kinderen wil ontmoeten",
        child_steps(wishes=("anderen", "lezen")),
        Route.FREE_SERVICES,
        "kind-hulp",
    ),
    Persona(
        "Jongere die zich thuis niet altijd veilig voelt",
        [("wie", {"role": "kind"}), ("veiligheid", {**SAFE, "child_unsafe": "ja"})],
        Route.SAFETY,
        "kind-niet-veilig",
    ),
    Persona(
        "Kind dat niet weet of er geweld is",
        [("wie", {"role": "kind"}), ("veiligheid", {**SAFE, "violence": "weet-niet"})],
        Route.SAFETY,
        "kind-niet-veilig",
    ),
    Persona(
        "Kind in acuut gevaar",
        [("wie", {"role": "kind"}), ("veiligheid", {**SAFE, "acute_danger": "ja"})],
        Route.SAFETY,
        "kind-acuut-gevaar",
    ),
    Persona(
        "Wijkteammedewerker met signalen van huiselijk geweld, regio met expertisepoule",
        professional_steps(safety={**SAFE, "violence": "ja"}, question_kind="casus", consent="nog-niet"),
        Route.SAFETY,
        "professional-onveilig-expertisepoule",
        region_focus=RegionFocus.SAFETY_POOL,
    ),
    Persona(
        "Huisarts die twijfelt over de veiligheid van een kind, regio zonder expertisepoule",
        professional_steps(safety={**SAFE, "child_unsafe": "weet-niet"}, work_field="huisarts-poh"),
        Route.SAFETY,
        "professional-onveilig",
    ),
    Persona(
        "Jeugdhulpverlener die een vastgelopen gezin aanmeldt",
        professional_steps(
            work_field="jeugdhulp",
            question_kind="casus",
            signals=("procedures", "vastgelopen", "veel-hulpverleners"),
        ),
        Route.EXPERTISE_POINT,
        "professional-casus-vastgelopen",
    ),
    Persona(
        "Leerkracht die een gezin wil aanmelden zonder signalen van een vastgelopen scheiding",
        professional_steps(work_field="onderwijs", question_kind="casus"),
        Route.ADVICE,
        "professional-casus",
    ),
    Persona(
        "Mediator met een consultatievraag, het gezin geeft geen toestemming",
        professional_steps(work_field="advocaat-mediator", consent="nee", signals=("klem",)),
        Route.ADVICE,
        "professional-consultatie",
    ),
    Persona(
        "Wijkteammedewerker die een cursus zoekt om naar te verwijzen",
        professional_steps(question_kind="aanbod", needs=("communicatie",)),
        Route.FREE_SERVICES,
        "professional-aanbod",
    ),
    Persona(
        "Professional in een regio met expertisepoule, gezin in acuut gevaar",
        [("wie", {"role": "professional"}), ("veiligheid", {**SAFE, "acute_danger": "ja"})],
        Route.SAFETY,
        "acuut-gevaar",
        region_focus=RegionFocus.SAFETY_POOL,
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name for p in PERSONAS])
def test_persona_gets_expected_route(persona, lindeveld_client, lindeveld):
    RegionSettings.objects.filter(site=lindeveld).update(focus=persona.region_focus)

    response = finish(lindeveld_client, persona.steps)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/nl/scheidingswijzer/uitkomst/"
    outcome = response.context["outcome"]
    assert (outcome.route, outcome.rule) == (persona.route, persona.rule)
    assert str(response.context["rule"].reason) in response.content.decode()


def test_there_are_at_least_twelve_personas():
    assert len({persona.name for persona in PERSONAS}) >= 12


def test_every_rule_is_reached_by_a_persona():
    reached = {persona.rule for persona in PERSONAS}
    assert reached == {rule.code for rule in RULES}
