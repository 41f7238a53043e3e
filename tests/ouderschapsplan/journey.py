"""Helpers to walk through the parenting-plan builder over HTTP, as a browser without
JavaScript would, and complete answers for every step."""

from ouderschapsplan import topics as t

PREFIX = "ouderschapsplan"


def base_url(language="nl"):
    return f"/{language}/ouderschapsplan-maken/"


def step_url(step, language="nl"):
    return f"{base_url(language)}{step}/"


def plan_url(language="nl"):
    return f"{base_url(language)}plan/"


def step_post_data(step, answers):
    data = {f"{PREFIX}-current_step": step}
    for field, value in answers.items():
        data[f"{step}-{field}"] = value
    return data


def answer(client, step, answers, language="nl"):
    """Post the answers of one step; returns the response (not followed)."""
    return client.post(step_url(step, language), step_post_data(step, answers))


def walk(client, steps, language="nl", *, to="plan"):
    """Answer each (step, answers) in order, checking that each step leads to the next, and
    the last to `to` ("plan": the plan page; None: not checked). Returns the last response."""
    response = None
    for index, (step, answers) in enumerate(steps):
        response = answer(client, step, answers, language)
        assert response.status_code == 302, (step, response.status_code, errors(response))
        if index + 1 < len(steps):
            expected = step_url(steps[index + 1][0], language)
        elif to == "plan":
            expected = plan_url(language)
        else:
            continue
        assert response["Location"] == expected, (step, response["Location"], expected)
    return response


def errors(response):
    context = getattr(response, "context", None)
    if not context or "form" not in context:
        return None
    return context["form"].errors


def nights(pattern):
    return dict(t.PATTERN_SCHEDULES[pattern])


FAMILY = {
    "mode": "samen",
    "parent_1": "Sanne",
    "parent_2": "Dirk",
    "relationship": "getrouwd",
    "child_1_name": "Mila",
    "child_1_birth_date": "2017-05-04",
    "child_2_name": "Bram",
    "child_2_birth_date": "2020-02-11",
    "municipality": "eikendaal",
}


def full_plan(**changes):
    """Answers for every step, all optional parts chosen; `changes` replaces a step's answers
    (`step=None` leaves the step out)."""
    steps = {
        "gezin": FAMILY,
        "kinderen": {
            "involvement": "samen-gepraat",
            "involvement_note": "Mila wil haar zwemles houden.",
            "telling": "samen",
        },
        "zorgregeling": {"pattern": "2-2-5-5", "registration": "ouder-1"},
        "weekrooster": {**nights("2-2-5-5"), "note": "Woensdagmiddag haalt Dirk ze uit school."},
        "vakanties": {
            "summer": "helft",
            "school_holidays": "om-en-om",
            "special_days": "afspraken",
            "special_days_note": "Op hun verjaardag zien ze ons allebei.",
            "travel": "toestemming",
        },
        "wisselen": {
            "handover": "school",
            "belongings": "eigen-spullen",
            "changes": "vooraf-vragen",
            "illness": "blijft",
        },
        "informeren": {
            "how": "berichten",
            "school": "samen",
            "health": "vertellen",
            "money": "ieder",
            "new_partner": "eerst-vertellen",
            "moving": "overleggen",
        },
        "kosten": {
            "arrangement": "alimentatie",
            "amount": "210 euro per kind per maand, van Dirk aan Sanne",
            **{t.payer_field(item): "samen" for item, _label in t.COST_ITEMS},
            "child_benefit": "ouder-1",
            "indexation": "ja",
        },
        "onderdelen": {"parts": [code for code, _label in t.PARTS]},
        "school": {"school_choice": "samen", "childcare": "ieder"},
        "waarden": {"religion": "vrij", "house_rules": "zelfde"},
        "familie": {"family_contact": "beide-kanten", "respect": "respect"},
        "media": {"phone": "samen-kiezen", "social_media": "geen-fotos", "calling": "altijd"},
        "onenigheid": {"disagreement": "mediation"},
        "evaluatie": {"review": "jaarlijks"},
    }
    steps.update(changes)
    return [(step, answers) for step, answers in steps.items() if answers is not None]
