"""Valid form data for each public form, as a person would fill it in."""

from advies.choices import RequestKind
from tests.factories.advies import form_started_long_ago

URLS = {
    RequestKind.ADVICE: "/nl/advies/aanvragen/",
    RequestKind.CALL_BACK: "/nl/advies/terugbellen/",
    RequestKind.CONSULTATION: "/nl/advies/consultatie/",
    RequestKind.CASE: "/nl/advies/casus/",
}
ENGLISH_URLS = {  # the Dutch paths under /en/ redirect to these
    RequestKind.ADVICE: "/en/advice/request/",
    RequestKind.CALL_BACK: "/en/advice/call-back/",
    RequestKind.CONSULTATION: "/en/advice/consultation/",
    RequestKind.CASE: "/en/advice/case/",
}


def advice_data(**overrides):
    data = {
        "requester_role": "ouder",
        "question": "Wij gaan uit elkaar en weten niet hoe we het de kinderen vertellen.",
        "child_ages": "4 en 9",
        "preferred_channel": "telefoon",
        "contact_name": "Roepnaam Test",
        "contact_phone": "06 12345678",
        "contact_email": "ouder@voorbeeld.test",
        "may_say_who_calls": "nee",
        "may_leave_message": "ja",
        "safe_times": "doordeweeks na 9 uur",
        "privacy": "on",
        "started": form_started_long_ago(),
    }
    data.update(overrides)
    return data


def consultation_data(**overrides):
    data = {
        "organisation": "Wijkteam Noord (fictief)",
        "professional_role": "wijkteammedewerker",
        "contact_name": "Collega Test",
        "contact_email": "wijkteam@voorbeeld.test",
        "preferred_channel": "e-mail",
        "question": "Hoe betrek ik beide ouders als ze niet samen in een gesprek willen?",
        "case_summary": "Twee kinderen van 7 en 11. Ouders sinds 2024 uit elkaar, veel ruzie bij overdracht.",
        "privacy": "on",
        "started": form_started_long_ago(),
    }
    data.update(overrides)
    return data


def case_data(**overrides):
    data = {
        "organisation": "Wijkteam Zuid (fictief)",
        "professional_role": "gezinscoach",
        "contact_name": "Verwijzer Test",
        "contact_phone": "010 1234567",
        "panel": "hoog-conflict-platform",
        "consent": "nee",
        "case_summary": (
            "Ouders voeren sinds 2022 procedures over de kinderen. De oudste (14) weigert contact met vader."
        ),
        "professionals_involved": "Wijkteam, Veilig Thuis, school",
        "legal_measure": "ondertoezichtstelling",
        "question": "Graag advies hoe de OTS kan worden afgebouwd.",
        "domain_financien": "zorgen",
        "domain_financien_note": "Schulden na de scheiding.",
        "domain_wonen": "geen-zorgen",
        "domain_zorg": "onbekend",
        "domain_gezin": "ernstige-zorgen",
        "domain_gezin_note": "Kinderen zitten klem tussen de ouders.",
        "domain_werk": "geen-zorgen",
        "member_1_role": "moeder",
        "member_1_age": "41",
        "member_2_role": "vader",
        "member_2_age": "44",
        "member_3_role": "kind",
        "member_3_age": "14",
        "stays_contact": "on",
        "privacy": "on",
        "started": form_started_long_ago(),
    }
    data.update(overrides)
    return data


def call_back_data(option_value, **overrides):
    data = {
        "requester_role": "ouder",
        "question": "Vraag over de omgangsregeling.",
        "call_back": option_value,
        "contact_name": "Bel Mij",
        "contact_phone": "0612345678",
        "may_say_who_calls": "ja",
        "may_leave_message": "nee",
        "privacy": "on",
        "started": form_started_long_ago(),
    }
    data.update(overrides)
    return data
