"""How the Scheidingswijzer behaves for a person: progress, back and change, no skipping,
errors, timeout, clearing, and nothing stored or cached."""

import datetime

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.test import Client

from portal.ephemeral import COOKIE_NAME
from tests.vragenlijst.journey import (
    CHILD_SAFE,
    SAFE,
    answer,
    child_steps,
    family_member_steps,
    finish,
    parent_steps,
    professional_steps,
    step_url,
    stored_questionnaire,
    stored_steps,
    walk,
)

pytestmark = pytest.mark.django_db

PARENT = parent_steps()


def steps_until(step):
    names = [name for name, _answers in PARENT]
    return PARENT[: names.index(step)]


def test_start_page_explains_and_links_to_the_first_step(lindeveld_client):
    response = lindeveld_client.get("/nl/scheidingswijzer/")
    assert response.status_code == 200
    assert 'href="/nl/scheidingswijzer/wie/"' in response.content.decode()


def test_progress_counts_the_steps_of_the_persons_path(lindeveld_client):
    answer(lindeveld_client, "wie", {"role": "ouder"})
    assert "Stap 2 van 7" in lindeveld_client.get(step_url("veiligheid")).content.decode()

    answer(lindeveld_client, "wie", {"role": "kind"})
    assert "Stap 2 van 3" in lindeveld_client.get(step_url("veiligheid")).content.decode()


def test_steps_cannot_be_skipped_by_url(lindeveld_client):
    response = lindeveld_client.get(step_url("hulpvraag"))
    assert response.status_code == 302 and response["Location"] == step_url("wie")

    walk(lindeveld_client, steps_until("gemeente"))
    for later in ("situatie", "controleren", "hulpvraag"):
        response = lindeveld_client.get(step_url(later))
        assert response["Location"] == step_url("gemeente"), later


def test_a_later_step_cannot_be_posted_before_the_earlier_ones(lindeveld_client):
    walk(lindeveld_client, steps_until("gemeente"))
    response = answer(lindeveld_client, "hulpvraag", {"help_needs": ["omgang"], "help_form": "vraag"})
    assert response["Location"] == step_url("gemeente")
    assert "hulpvraag" not in stored_steps(lindeveld_client)


def test_the_result_cannot_be_reached_before_all_steps_are_answered(lindeveld_client):
    walk(lindeveld_client, steps_until("contact"))
    response = lindeveld_client.get(step_url("klaar"))
    assert response["Location"] == step_url("contact")
    assert "outcome" not in stored_questionnaire(lindeveld_client)


def test_back_link_goes_to_the_previous_step_and_shows_the_given_answer(lindeveld_client):
    walk(lindeveld_client, steps_until("contact"))
    page = lindeveld_client.get(step_url("contact")).content.decode()
    assert f'href="{step_url("situatie")}"' in page

    previous = lindeveld_client.get(step_url("situatie")).content.decode()
    assert 'value="uit-elkaar" id="id_situatie-stage_2" checked' in previous.replace("required ", "")


def test_changing_an_answer_on_the_check_page_returns_to_it_and_keeps_other_answers(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))
    check = lindeveld_client.get(step_url("controleren")).content.decode()
    assert f'href="{step_url("gemeente")}"' in check

    response = answer(lindeveld_client, "gemeente", {"municipality": "molenbroek"})

    assert response["Location"] == step_url("controleren")
    assert {"situatie", "contact", "betrokken", "hulpvraag"} <= stored_steps(lindeveld_client)
    assert "Molenbroek" in lindeveld_client.get(step_url("controleren")).content.decode()


def test_changing_the_role_clears_every_later_answer(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))

    response = answer(lindeveld_client, "wie", {"role": "familielid"})

    assert response["Location"] == step_url("veiligheid")
    assert stored_steps(lindeveld_client) == {"wie"}


def test_answering_the_same_again_keeps_later_answers(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))
    response = answer(lindeveld_client, "wie", {"role": "ouder"})
    assert response["Location"] == step_url("controleren")


def test_a_safety_signal_drops_the_situation_answers(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))

    response = answer(lindeveld_client, "veiligheid", {**SAFE, "violence": "weet-niet"})

    assert response["Location"] == step_url("controleren")
    assert stored_steps(lindeveld_client) == {"wie", "veiligheid", "gemeente"}
    assert "Jouw situatie" not in lindeveld_client.get(step_url("controleren")).content.decode()


def test_missing_answers_give_an_error_summary_linking_to_each_field(lindeveld_client):
    answer(lindeveld_client, "wie", {"role": "ouder"})

    response = answer(lindeveld_client, "veiligheid", {"violence": "nee"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fout:" in page
    assert 'class="error-summary" role="alert"' in page
    for field in ("acute_danger", "child_unsafe"):
        assert f'href="#id_veiligheid-{field}_0"' in page
        assert f'id="id_veiligheid-{field}_0"' in page
    assert 'href="#id_veiligheid-violence_0"' not in page
    # What was entered is kept.
    assert 'value="nee" id="id_veiligheid-violence_1" aria-invalid' not in page
    assert 'id="id_veiligheid-violence_1" checked' in page.replace("required ", "")


def test_contradicting_answers_get_a_clear_message(lindeveld_client):
    walk(lindeveld_client, steps_until("betrokken"))
    response = answer(
        lindeveld_client,
        "betrokken",
        {
            "court_cases": "nee",
            "child_protection": "nee",
            "mediation": "nee",
            "professionals": ["geen", "ggz"],
        },
    )
    assert response.status_code == 200
    assert "Je koos &#x27;Nog niemand&#x27; en ook andere hulp" in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"scheidingswijzer-current_step": "wie", "wie-role": "x" * 5000},
        {"scheidingswijzer-current_step": "bestaat-niet"},
        {"scheidingswijzer-current_step": "wie", "wizard_goto_step": "controleren"},
        {"scheidingswijzer-current_step": "wie", "wie-role": ["ouder", "kind"]},
    ],
)
def test_malformed_posts_never_cause_a_server_error(lindeveld_client, data):
    response = lindeveld_client.post(step_url("wie"), data)
    assert response.status_code in (200, 302)


def test_unknown_step_in_the_url_goes_to_the_open_step(lindeveld_client):
    response = lindeveld_client.get("/nl/scheidingswijzer/bestaat-niet/")
    assert response.status_code == 302 and response["Location"] == step_url("wie")


def test_every_step_has_the_exit_button_the_privacy_line_and_no_store(lindeveld_client):
    for index, (step, answers) in enumerate(PARENT):
        response = lindeveld_client.get(step_url(step))
        assert response.status_code == 200, step
        page = response.content.decode()
        assert "data-exit-link" in page, step
        assert "Je antwoorden worden niet bewaard" in page, step
        assert "no-store" in response["Cache-Control"], step
        if index + 1 < len(PARENT):
            answer(lindeveld_client, step, answers)


def test_other_views_are_never_stored_either(lindeveld_client):
    for path in ("/nl/scheidingswijzer/", "/nl/scheidingswijzer/verlopen/"):
        assert "no-store" in lindeveld_client.get(path)["Cache-Control"], path
    result = finish(lindeveld_client, PARENT)
    assert "no-store" in result["Cache-Control"]


def test_idle_timeout_wipes_the_answers_and_says_so(lindeveld_client):
    start = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        walk(lindeveld_client, steps_until("gemeente"))
    with time_machine.travel(start + datetime.timedelta(minutes=21), tick=False):
        response = lindeveld_client.get(step_url("gemeente"))
        assert response["Location"] == "/nl/scheidingswijzer/verlopen/"
        assert stored_steps(lindeveld_client) == set()
        page = lindeveld_client.get(response["Location"]).content.decode()
        assert "Je antwoorden zijn gewist" in page
        assert f'href="{step_url("wie")}"' in page


def test_activity_within_the_timeout_keeps_the_answers(lindeveld_client):
    start = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        walk(lindeveld_client, steps_until("gemeente"))
    with time_machine.travel(start + datetime.timedelta(minutes=19), tick=False):
        assert lindeveld_client.get(step_url("gemeente")).status_code == 200
        assert stored_steps(lindeveld_client) == {"wie", "veiligheid"}
    # Looking at a step was activity: the 20 minutes start again from there.
    with time_machine.travel(start + datetime.timedelta(minutes=38), tick=False):
        assert stored_steps(lindeveld_client) == {"wie", "veiligheid"}
        assert lindeveld_client.get(step_url("gemeente")).status_code == 200


def test_answers_and_outcome_are_gone_after_the_timeout_without_the_browser_coming_back(
    lindeveld_client, settings
):
    """The promise does not wait for the person's next request: nothing readable is left
    for anyone after the idle timeout, even with the browser's own key."""
    settings.VRAGENLIJST_IDLE_TIMEOUT = 5 * 60
    start = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        finish(lindeveld_client, PARENT)
        walk(lindeveld_client, steps_until("gemeente"))
        assert set(stored_questionnaire(lindeveld_client)) >= {"outcome", "handover"}
    with time_machine.travel(start + datetime.timedelta(minutes=4, seconds=59), tick=False):
        assert stored_questionnaire(lindeveld_client) != {}
    with time_machine.travel(start + datetime.timedelta(minutes=5, seconds=1), tick=False):
        assert stored_questionnaire(lindeveld_client) == {}


def test_a_public_visitor_has_no_session_only_browser_session_cookies(lindeveld_client, settings):
    finish(lindeveld_client, PARENT)
    walk(lindeveld_client, steps_until("gemeente"))

    assert Session.objects.count() == 0
    assert settings.SESSION_COOKIE_NAME not in lindeveld_client.cookies
    assert "csrftoken" in lindeveld_client.cookies  # CSRF stays a cookie, not a session
    cookie = lindeveld_client.cookies[COOKIE_NAME]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert not cookie["max-age"] and not cookie["expires"]  # gone when the browser session ends
    assert not cookie["secure"]


def test_the_ephemeral_cookie_is_secure_where_sessions_are(lindeveld_client, settings):
    settings.SESSION_COOKIE_SECURE = True
    response = answer(lindeveld_client, "wie", {"role": "ouder"})
    assert response.cookies[COOKIE_NAME]["secure"] is True


def test_another_browser_cannot_continue_or_see_the_result(lindeveld_client, lindeveld):
    finish(lindeveld_client, PARENT)
    walk(lindeveld_client, steps_until("contact"))

    other = Client(HTTP_HOST=f"{lindeveld.hostname}:{lindeveld.port}")
    assert other.get(step_url("situatie"))["Location"] == step_url("wie")
    assert other.get("/nl/scheidingswijzer/uitkomst/")["Location"] == "/nl/scheidingswijzer/"
    # A forged or copied-looking cookie of the right shape reads nothing either.
    other.cookies[COOKIE_NAME] = "A" * 43
    assert other.get("/nl/scheidingswijzer/uitkomst/")["Location"] == "/nl/scheidingswijzer/verlopen/"
    assert lindeveld_client.get("/nl/scheidingswijzer/uitkomst/").status_code == 200


def test_posting_a_later_step_without_a_session_explains_the_answers_are_gone(lindeveld_client):
    response = answer(lindeveld_client, "veiligheid", SAFE)
    assert response["Location"] == "/nl/scheidingswijzer/verlopen/"


def test_answers_are_deleted_when_the_result_is_shown(lindeveld_client):
    response = finish(lindeveld_client, PARENT)

    assert response.status_code == 200
    assert stored_steps(lindeveld_client) == set()
    outcome = stored_questionnaire(lindeveld_client)["outcome"]
    assert outcome["route"] and outcome["rule"]
    assert not {"answers", "step_data"} & set(outcome)


def test_the_done_url_cannot_make_a_second_result(lindeveld_client):
    finish(lindeveld_client, PARENT)
    response = lindeveld_client.get(step_url("klaar"))
    assert response["Location"] == step_url("wie")


def test_stopping_clears_answers_and_outcome(lindeveld_client):
    finish(lindeveld_client, PARENT)
    walk(lindeveld_client, steps_until("gemeente"))

    key = lindeveld_client.cookies[COOKIE_NAME].value
    assert stored_questionnaire(lindeveld_client, key=key) != {}

    response = lindeveld_client.post("/nl/scheidingswijzer/wissen/")

    assert response["Location"] == "/nl/scheidingswijzer/?gewist=1"
    assert response.cookies[COOKIE_NAME]["max-age"] == 0  # the browser forgets its key
    assert stored_questionnaire(lindeveld_client, key=key) == {}  # and the server its data
    assert "Je antwoorden zijn gewist" in lindeveld_client.get(response["Location"]).content.decode()
    assert lindeveld_client.get("/nl/scheidingswijzer/uitkomst/")["Location"] == "/nl/scheidingswijzer/"


def test_clearing_needs_a_post(lindeveld_client):
    assert lindeveld_client.get("/nl/scheidingswijzer/wissen/").status_code == 405


def test_children_are_not_asked_for_their_municipality(lindeveld_client):
    walk(lindeveld_client, [("wie", {"role": "kind"}), ("veiligheid", CHILD_SAFE)])
    assert lindeveld_client.get(step_url("gemeente"))["Location"] == step_url("voor-jou")
    page = lindeveld_client.get(step_url("voor-jou")).content.decode()
    assert "page-young" in page


def test_the_questionnaire_speaks_english_under_en(lindeveld_client):
    response = lindeveld_client.get(step_url("wie", "en"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Who are you?" in page
    assert "Your answers are not stored" in page


def test_the_region_home_page_invites_to_the_questionnaire(lindeveld_client):
    page = lindeveld_client.get("/nl/").content.decode()
    assert 'href="/nl/scheidingswijzer/"' in page


# ---- answers that depend on earlier answers ------------------------------------------------


def test_changing_the_stage_clears_the_answers_asked_in_its_light(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))

    response = answer(lindeveld_client, "situatie", {"stage": "overwegen", "child_ages": ["4-7"]})

    # "Samen ouder blijven" and "Wat zou je het meest helpen?" were asked for separated parents.
    assert response["Location"] == step_url("contact")
    assert stored_steps(lindeveld_client) == {"wie", "veiligheid", "gemeente", "situatie", "betrokken"}
    page = lindeveld_client.get(step_url("contact")).content.decode()
    assert "Hoe gaat het praten met je partner over de kinderen?" in page
    assert "child_refuses_contact" not in page  # not asked of parents who are still together


def test_changing_how_talking_goes_clears_the_help_question(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))
    contact = dict(PARENT)["contact"]

    response = answer(lindeveld_client, "contact", {**contact, "talk_with_other_parent": "geen-contact"})

    assert response["Location"] == step_url("hulpvraag")
    assert "hulpvraag" not in stored_steps(lindeveld_client)
    assert {"situatie", "betrokken"} <= stored_steps(lindeveld_client)
    page = lindeveld_client.get(step_url("hulpvraag")).content.decode()
    assert "Weer in gesprek komen met de andere ouder" in page


def test_changing_an_answer_nothing_depends_on_keeps_the_later_answers(lindeveld_client):
    walk(lindeveld_client, steps_until("controleren"))

    response = answer(lindeveld_client, "situatie", {"stage": "uit-elkaar", "child_ages": ["8-11", "12-17"]})

    assert response["Location"] == step_url("controleren")
    assert {"contact", "betrokken", "hulpvraag"} <= stored_steps(lindeveld_client)


def test_changing_the_relation_clears_the_relatives_own_contact(lindeveld_client):
    steps = family_member_steps(relation="grootouder", own_contact="geen")
    walk(lindeveld_client, steps[:-1])
    page = lindeveld_client.get(step_url("controleren")).content.decode()
    assert "Zie je je kleinkinderen zo vaak als je zou willen?" in page
    familie = dict(steps)["familie"]

    response = answer(lindeveld_client, "familie", {**familie, "relation": "ander-familielid"})
    assert response["Location"] == step_url("eigen-contact")
    assert "eigen-contact" not in stored_steps(lindeveld_client)
    assert (
        "Zie je de kinderen zo vaak als je zou willen?"
        in lindeveld_client.get(response["Location"]).content.decode()
    )

    answer(lindeveld_client, "eigen-contact", {"own_contact": "minder"})
    response = answer(lindeveld_client, "familie", {**familie, "relation": "nieuwe-partner"})
    assert response["Location"] == step_url("controleren")  # a new partner is not asked
    assert "eigen-contact" not in stored_steps(lindeveld_client)


def test_changing_the_professionals_question_clears_the_family_step(lindeveld_client):
    steps = professional_steps(question_kind="consultatie", signals=("klem",))
    walk(lindeveld_client, steps[:-1])
    vraag = dict(steps)["vraag"]

    response = answer(lindeveld_client, "vraag", {**vraag, "question_kind": "aanbod"})

    assert response["Location"] == step_url("gezin")
    assert (
        "Voor welke onderwerpen zoek je aanbod?"
        in lindeveld_client.get(response["Location"]).content.decode()
    )


def test_changing_consent_only_keeps_the_family_step(lindeveld_client):
    steps = professional_steps(question_kind="consultatie", signals=("klem",))
    walk(lindeveld_client, steps[:-1])
    vraag = dict(steps)["vraag"]
    response = answer(lindeveld_client, "vraag", {**vraag, "family_consent": "nee"})
    assert response["Location"] == step_url("controleren")


# ---- the children's questions ----------------------------------------------------------------


def test_children_are_asked_a_positive_safety_question_with_not_sure(lindeveld_client):
    answer(lindeveld_client, "wie", {"role": "kind"})
    page = lindeveld_client.get(step_url("veiligheid")).content.decode()

    assert "Voel je je veilig thuis?" in page
    assert "Voel je je soms niet veilig thuis?" not in page
    assert 'name="veiligheid-feels_safe" value="weet-niet"' in page
    assert 'name="veiligheid-child_unsafe"' not in page
    # Every safety question a child gets has "Weet ik niet".
    for field in ("acute_danger", "violence", "feels_safe"):
        assert f'name="veiligheid-{field}" value="weet-niet"' in page, field
    assert 'href="tel:08000432"' in page  # the Kindertelefoon on every step of a child


def test_a_child_who_feels_safe_is_not_sent_to_the_safety_route(lindeveld_client):
    response = finish(lindeveld_client, child_steps())
    assert response.context["outcome"].route == "vrij-aanbod"
