"""The prefill token contract with `advies` (see vragenlijst/tokens.py)."""

import datetime

import pytest
import time_machine

from vragenlijst.outcome import Outcome
from vragenlijst.tokens import PREFILL_MAX_AGE, make_prefill_token, read_prefill_token

OUTCOME = Outcome(
    route="expertisepunt",
    rule="geen-contact-tussen-ouders",
    role="ouder",
    site_id=3,
    municipality="eikendaal",
    summary=("Praten met de andere ouder: We hebben geen contact", "Leeftijd kinderen: 4 tot 8 jaar"),
    topics=("omgang",),
    child_age_groups=("4-7",),
)


def test_round_trip_gives_the_agreed_payload():
    assert read_prefill_token(make_prefill_token(OUTCOME)) == {
        "v": 1,
        "route": "expertisepunt",
        "role": "ouder",
        "municipality": "eikendaal",
        "site_id": 3,
        "summary": ["Praten met de andere ouder: We hebben geen contact", "Leeftijd kinderen: 4 tot 8 jaar"],
        "topics": ["omgang"],
        "child_age_groups": ["4-7"],
        "family_consent": "",
    }


def test_the_payload_cannot_be_read_from_the_token():
    token = make_prefill_token(OUTCOME)
    assert "eikendaal" not in token and "omgang" not in token
    assert len(token) < 1500


def test_the_token_expires():
    start = datetime.datetime(2026, 5, 4, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        token = make_prefill_token(OUTCOME)
    with time_machine.travel(start + datetime.timedelta(seconds=PREFILL_MAX_AGE - 5), tick=False):
        assert read_prefill_token(token) is not None
        assert read_prefill_token(token, max_age=60) is None
    with time_machine.travel(start + datetime.timedelta(seconds=PREFILL_MAX_AGE + 5), tick=False):
        assert read_prefill_token(token) is None


def test_a_token_made_with_another_secret_is_refused(settings):
    token = make_prefill_token(OUTCOME)
    settings.SECRET_KEY = "another-secret-key-for-this-test-only-0123456789abcdef"
    assert read_prefill_token(token) is None
    settings.SECRET_KEY_FALLBACKS = ["django-insecure-test-only"]
    assert read_prefill_token(token)["route"] == "expertisepunt"


def test_a_changed_token_is_refused():
    token = make_prefill_token(OUTCOME)
    middle = len(token) // 2
    tampered = token[:middle] + ("A" if token[middle] != "A" else "B") + token[middle + 1 :]
    assert read_prefill_token(tampered) is None


@pytest.mark.parametrize(
    "token",
    [None, "", "x", "gAAAAA" + "A" * 200, "é" * 20, "A" * 10_000, 12345, ["list"], "%00%FF"],
)
def test_garbage_is_refused_quietly(token):
    assert read_prefill_token(token) is None


def test_help_needs_travel_as_topic_slugs():
    from vragenlijst.decision_table import route_for
    from vragenlijst.outcome import build_outcome

    answers = {"role": "ouder", "help_needs": ["geld-en-wonen", "kinderen", "steun"], "region_focus": ""}
    outcome = build_outcome(answers=answers, decision=route_for(answers), site_id=1)
    payload = read_prefill_token(make_prefill_token(outcome))
    assert payload["topics"] == ["financien", "wonen", "kinderen-betrekken", "emoties"]
