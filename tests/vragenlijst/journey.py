"""Helpers to walk through the Scheidingswijzer over HTTP, as a browser without JavaScript would."""

from django.urls import reverse
from django.utils import translation

BASE = "/nl/scheidingswijzer/"
PREFIX = "scheidingswijzer"


def step_url(step, language="nl"):
    """The URL of a step (by its stable name) in `language`."""
    with translation.override(language):
        try:
            from vragenlijst.steps import step_url as translated_step_url
        except ImportError:  # before the URLs were translated
            return f"/{language}/scheidingswijzer/{step}/"
        return translated_step_url(step)


def url(name, language="nl", **kwargs):
    """A URL name reversed in `language`."""
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def step_post_data(step, answers):
    data = {f"{PREFIX}-current_step": step}
    for field, value in answers.items():
        data[f"{step}-{field}"] = value
    return data


def answer(client, step, answers, language="nl"):
    """Post the answers of one step; returns the response (not followed)."""
    return client.post(step_url(step, language), step_post_data(step, answers))


def walk(client, steps, language="nl"):
    """Answer each (step, answers) in order, checking that each step leads to the next.
    Returns the last response, not followed."""
    response = None
    for index, (step, answers) in enumerate(steps):
        response = answer(client, step, answers, language)
        assert response.status_code == 302, (step, response.status_code, _errors(response))
        if index + 1 < len(steps):
            expected = step_url(steps[index + 1][0], language)
            assert response["Location"] == expected, (step, response["Location"], expected)
    return response


def finish(client, steps, language="nl"):
    """Walk the steps, go through the done redirect, and return the followed result page."""
    response = walk(client, steps, language)
    assert response["Location"] == step_url("klaar", language), response["Location"]
    return client.get(response["Location"], follow=True)


def _errors(response):
    context = getattr(response, "context", None)
    if not context or "form" not in context:
        return None
    return context["form"].errors


SAFE = {"acute_danger": "nee", "violence": "nee", "child_unsafe": "nee"}
CHILD_SAFE = {"acute_danger": "nee", "violence": "nee", "feels_safe": "ja"}


def parent_steps(
    *,
    municipality="eikendaal",
    safety=None,
    stage="uit-elkaar",
    child_ages=("4-7",),
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
    return [
        ("wie", {"role": "ouder"}),
        ("veiligheid", safety or SAFE),
        ("gemeente", {"municipality": municipality}),
        ("situatie", {"stage": stage, "child_ages": list(child_ages)}),
        (
            "contact",
            {
                "talk_with_other_parent": talk,
                "agreements": agreements,
                "children_caught": caught,
                "child_refuses_contact": refuses,
            },
        ),
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
        ("controleren", {}),
    ]


def professional_steps(
    *,
    municipality="eikendaal",
    safety=None,
    work_field="wijkteam",
    question_kind="consultatie",
    consent="ja",
    signals=("geen",),
    child_ages=("8-11",),
    needs=(),
):
    return [
        ("wie", {"role": "professional"}),
        ("veiligheid", safety or SAFE),
        ("gemeente", {"municipality": municipality}),
        ("vraag", {"work_field": work_field, "question_kind": question_kind, "family_consent": consent}),
        (
            "gezin",
            {"family_signals": list(signals), "child_ages": list(child_ages), "help_needs": list(needs)},
        ),
        ("controleren", {}),
    ]


def family_member_steps(
    *,
    municipality="eikendaal",
    safety=None,
    relation="grootouder",
    conflict="goed",
    child_ages=("4-7",),
    help_form="informatie",
    own_contact="zoals-gewenst",
):
    own = [] if relation == "nieuwe-partner" else [("eigen-contact", {"own_contact": own_contact})]
    return [
        ("wie", {"role": "familielid"}),
        ("veiligheid", safety or SAFE),
        ("gemeente", {"municipality": municipality}),
        (
            "familie",
            {
                "relation": relation,
                "parents_conflict": conflict,
                "child_ages": list(child_ages),
                "help_form": help_form,
            },
        ),
        *own,
        ("controleren", {}),
    ]


def child_steps(*, safety=None, age="jonger-dan-12", wishes=("anderen",)):
    return [
        ("wie", {"role": "kind"}),
        ("veiligheid", safety or CHILD_SAFE),
        ("voor-jou", {"child_age": age, "wishes": list(wishes)}),
    ]


def stored_questionnaire(client, *, key=None):
    """What the ephemeral store holds for this test client's browser (read with its cookie,
    or with `key` as that cookie's value, as the server would, without making a request)."""
    from django.test import RequestFactory

    from portal.ephemeral import COOKIE_NAME, EphemeralStore
    from vragenlijst.storage import SCHEIDINGSWIJZER

    request = RequestFactory().get("/")
    request.COOKIES = {name: morsel.value for name, morsel in client.cookies.items()}
    if key is not None:
        request.COOKIES[COOKIE_NAME] = key
    return EphemeralStore(request).load(SCHEIDINGSWIJZER)


def stored_steps(client):
    """The steps with a stored answer, for this test client's browser."""
    wizard = stored_questionnaire(client).get(f"wizard_{PREFIX}") or {}
    return set(wizard.get("step_data") or {})


def handover_of(client, language="nl"):
    """The hand-over a request form would read for this test client's browser."""
    from django.test import RequestFactory
    from django.utils import translation

    from portal.ephemeral import EphemeralStore
    from vragenlijst.handover import read_handover

    request = RequestFactory().get("/")
    request.COOKIES = {name: morsel.value for name, morsel in client.cookies.items()}
    request.ephemeral = EphemeralStore(request)
    with translation.override(language):
        return read_handover(request)
