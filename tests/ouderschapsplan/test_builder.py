"""The builder over HTTP, as a parent without JavaScript uses it: the steps in order, the
plan page, points not agreed yet with help nearby, changes, stopping and the idle timeout."""

import datetime
import html
import re

import pytest
import time_machine
from django.conf import settings
from django.test import Client

from ouderschapsplan import topics as t
from ouderschapsplan.models import StepGuidance
from tests.conftest import host_of
from tests.ouderschapsplan.journey import (
    FAMILY,
    answer,
    base_url,
    full_plan,
    plan_url,
    step_url,
    walk,
)

pytestmark = pytest.mark.django_db

NOT_STORED = "Wat je invult, bewaren we niet."
START = datetime.datetime(2026, 4, 7, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def parent(lindeveld):
    return Client(HTTP_HOST=host_of(lindeveld))


def text_of(response):
    """The page's text without tags, whitespace collapsed (as a reader sees it)."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def main_text(response):
    page = response.content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", main))).strip()


def test_parents_make_a_plan_together_step_by_step_and_see_it_whole(parent):
    steps = full_plan()
    for index, (step, answers) in enumerate(steps):
        page = parent.get(step_url(step))
        assert page.status_code == 200, step
        assert NOT_STORED in text_of(page), f"{step}: the page does not say nothing is stored"
        # Until the optional parts are chosen, the two chosen by default are counted.
        total = len(steps) if index > [s for s, _a in steps].index("onderdelen") else 11
        assert f"Stap {index + 1} van {total}" in text_of(page)
        assert "no-store" in page["Cache-Control"]
        response = answer(parent, step, answers)
        assert response.status_code == 302, (step, response.context and response.context["form"].errors)

    assert response["Location"] == plan_url()
    plan = parent.get(plan_url())
    assert plan.status_code == 200
    assert "no-store" in plan["Cache-Control"]
    shown = main_text(plan)
    for expected in (
        "Ouderschapsplan",
        "Sanne",
        "Dirk",
        "Mila, geboren op 4 mei 2017",
        "Bram, geboren op 11 februari 2020",
        "artikel 815 Wetboek van Burgerlijke Rechtsvordering",
        "Week 1: bij wie slapen de kinderen?",
        "Mila wil haar zwemles houden.",
        "Op hun verjaardag zien ze ons allebei.",
        "210 euro per kind per maand, van Dirk aan Sanne",
        "De kinderalimentatie gaat elk jaar omhoog met de wettelijke indexering",
        "Sanne krijgt het",  # the parents' names in the agreements
        "Over alles in dit plan hebben we een afspraak.",
        "Ondertekening",
        NOT_STORED,
    ):
        assert expected in shown, expected
    # Every step's section is on the plan, with a link to change it.
    for step, _answers in steps:
        if step not in ("gezin", "onderdelen"):
            assert f'href="{step_url(step)}"' in plan.content.decode(), step
    # A public visitor gets no session; the plan lives only in the ephemeral store.
    assert "sessionid" not in parent.cookies
    assert parent.cookies["ephemeral"]["httponly"]


def test_what_is_not_agreed_yet_is_listed_with_mediation_and_the_legal_desk_of_the_municipality(parent):
    walk(
        parent,
        full_plan(
            gezin={**FAMILY, "mode": "alleen", "municipality": "eikendaal"},
            vakanties={
                "summer": t.NOT_AGREED,
                "school_holidays": "helft",
                "special_days": "rooster",
                "travel": "melden",
            },
            weekrooster={**dict(t.PATTERN_SCHEDULES["2-2-5-5"]), "week_2_sat": t.NOT_AGREED},
            kosten={
                "arrangement": t.NOT_AGREED,
                **{t.payer_field(item): "samen" for item, _label in t.COST_ITEMS},
                "pays_phone": t.NOT_AGREED,
                "child_benefit": "ouder-2",
                "indexation": t.NOT_AGREED,
            },
            onderdelen={"parts": ["onenigheid"]},
            school=None,
            waarden=None,
            familie=None,
            media=None,
            evaluatie=None,
        ),
    )
    plan = parent.get(plan_url())
    shown = main_text(plan)
    assert "Voorstel voor een ouderschapsplan" in shown
    assert "De andere ouder heeft het nog niet gezien" in shown
    open_part = shown[shown.index("Nog te bespreken") : shown.index("Ondertekening")]
    for point in (
        "Vakanties en bijzondere dagen: De zomervakantie",
        "Een gewone week: Bij wie de kinderen op sommige dagen slapen",
        "De kosten van de kinderen: Hoe betalen jullie de kosten van de kinderen?",
        "De kosten van de kinderen: Wie betaalt: Telefoon",
        "De kosten van de kinderen: Elk jaar verhogen",
    ):
        assert point in open_part, point
    assert "De andere schoolvakanties" not in open_part  # agreed: not a point
    # Help nearby: the region's mediation and legal desk for Eikendaal, with their channels.
    assert "Hulp in Eikendaal" in open_part
    assert "Mediation bij scheiding" in open_part
    assert "Juridisch en financieel spreekuur" in open_part
    assert 'href="tel:' in plan.content.decode()


def test_without_open_points_there_is_no_help_list(parent):
    walk(parent, full_plan())
    shown = main_text(parent.get(plan_url()))
    assert "Kom je er samen niet uit?" not in shown


def test_a_pattern_fills_in_the_week_and_another_pattern_starts_the_week_again(parent):
    steps = full_plan()
    walk(parent, steps[:3], to=None)
    week = parent.get(step_url("weekrooster")).content.decode()
    # 2-2-5-5: Monday of week 1 with parent 1, Wednesday with parent 2.
    assert re.search(r'name="weekrooster-week_1_mon"[^>]*>.*?<option value="ouder-1" selected', week, re.S)
    assert re.search(r'name="weekrooster-week_1_wed"[^>]*>.*?<option value="ouder-2" selected', week, re.S)
    assert "Sanne</option>" in week and "Dirk</option>" in week  # the names, not 'Ouder 1'
    answer(parent, "weekrooster", {**dict(t.PATTERN_SCHEDULES["2-2-5-5"]), "week_1_mon": "ouder-2"})
    # Keeping the pattern keeps the changed week; choosing another pattern starts from its schedule.
    answer(parent, "zorgregeling", {"pattern": "2-2-5-5", "registration": "ouder-2"})
    assert re.search(
        r'name="weekrooster-week_1_mon"[^>]*>.*?<option value="ouder-2" selected',
        parent.get(step_url("weekrooster")).content.decode(),
        re.S,
    )
    response = answer(parent, "zorgregeling", {"pattern": "week-om-week", "registration": "ouder-2"})
    assert response["Location"] == step_url("weekrooster")
    week = parent.get(step_url("weekrooster")).content.decode()
    assert re.search(r'name="weekrooster-week_2_mon"[^>]*>.*?<option value="ouder-2" selected', week, re.S)
    assert re.search(r'name="weekrooster-week_1_wed"[^>]*>.*?<option value="ouder-1" selected', week, re.S)


def test_no_pattern_agreed_yet_skips_the_week_grid(parent):
    walk(parent, full_plan()[:2], to=None)
    response = answer(parent, "zorgregeling", {"pattern": t.NOT_AGREED, "registration": "ouder-1"})
    assert response["Location"] == step_url("vakanties")


def test_the_optional_parts_are_the_ones_chosen(parent):
    steps = [
        step
        for step in full_plan()
        if step[0] not in ("school", "waarden", "familie", "onenigheid", "evaluatie")
    ]
    steps = [(s, {"parts": ["media"]} if s == "onderdelen" else a) for s, a in steps]
    walk(parent, steps)  # onderdelen leads to media, media to the plan
    assert parent.get(step_url("school"))["Location"] == plan_url()  # not on the path: back to the plan


def test_a_step_cannot_be_skipped_and_errors_keep_what_was_typed(parent):
    assert parent.get(step_url("kosten"))["Location"] == step_url("gezin")
    walk(parent, full_plan()[:1], to=None)
    response = answer(parent, "kinderen", {"involvement": "anders", "telling": "samen"})
    assert response.status_code == 200
    shown = text_of(response)
    assert "Schrijf in de toelichting wat jullie afspreken." in shown
    assert re.search(r'value="anders"[^>]*checked', response.content.decode())
    assert response.context["error_summary"][0][0] == "id_kinderen-involvement_note"
    assert "Fout:" in response.content.decode().split("</title>")[0]


def test_a_change_on_the_plan_page_comes_back_to_the_plan(parent):
    walk(parent, full_plan())
    response = answer(
        parent,
        "wisselen",
        {"handover": "brengen", "belongings": "gaan-mee", "changes": "samen", "illness": "overleg"},
    )
    assert response["Location"] == plan_url()
    assert "De ouder bij wie de kinderen zijn, brengt ze" in main_text(parent.get(plan_url()))


def test_stopping_wipes_the_plan(parent):
    walk(parent, full_plan()[:3], to=None)
    response = parent.post(base_url() + "wissen/")
    assert response["Location"] == base_url() + "?gewist=1"
    assert "Alles wat je had ingevuld, is gewist." in text_of(parent.get(response["Location"]))
    assert parent.get(plan_url())["Location"] in (base_url(), base_url() + "verlopen/")
    assert parent.get(step_url("kinderen"))["Location"].endswith(("/gezin/", "/verlopen/"))


def test_after_the_idle_timeout_the_answers_are_gone_but_what_was_just_typed_is_kept(parent):
    idle = settings.VRAGENLIJST_IDLE_TIMEOUT
    with time_machine.travel(START, tick=False):
        walk(parent, full_plan()[:4], to=None)
    with time_machine.travel(START + datetime.timedelta(seconds=idle + 1), tick=False):
        assert parent.get(step_url("vakanties"))["Location"] == base_url() + "verlopen/"
    with time_machine.travel(START + datetime.timedelta(seconds=2 * idle), tick=False):
        walk(parent, full_plan()[:2], to=None)  # started again
    with time_machine.travel(START + datetime.timedelta(seconds=4 * idle), tick=False):
        # Idle again, on a long step: the post arrives after the timeout. Nothing typed is lost.
        holidays = dict(full_plan())["vakanties"]
        response = answer(parent, "vakanties", holidays)
        assert response["Location"] == step_url("gezin")
        page = parent.get(step_url("gezin"))
        assert "Je eerdere antwoorden waren weg" in text_of(page)
        assert "Je eerdere antwoorden waren weg" not in text_of(parent.get(step_url("gezin")))  # said once
        walk(parent, full_plan()[:4], to=None)
        assert parent.get(step_url("vakanties")).context["wizard"]["form"]["special_days_note"].value() == (
            "Op hun verjaardag zien ze ons allebei."
        )


def test_explanations_and_examples_come_from_the_cms_in_the_language_of_the_page(parent):
    page = text_of(parent.get(step_url("gezin")))
    guidance = StepGuidance.objects.get(key="gezin", locale__language_code="nl")
    assert guidance.paragraphs()[0] in page
    assert guidance.example in page
    english = StepGuidance.objects.get(key="gezin", locale__language_code="en")
    assert english.paragraphs()[0] in text_of(parent.get(step_url("gezin", "en")))

    guidance.explanation = "Een uitleg die een redacteur net schreef."
    guidance.save()
    assert "Een uitleg die een redacteur net schreef." in text_of(parent.get(step_url("gezin")))


def test_the_children_step_has_tips_for_the_ages_of_the_children(parent):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC), tick=False):
        walk(parent, full_plan()[:1], to=None)  # Mila 2017 and Bram 2020
        page = text_of(parent.get(step_url("kinderen")))
    assert "Tips voor kinderen van 8 tot 12 jaar" in page  # Mila is 9
    assert "Tips voor kinderen van 4 tot 8 jaar" in page  # Bram is 6
    assert "Tips voor kinderen van 12 tot 18 jaar" not in page
    assert StepGuidance.objects.get(key="tips-4-7", locale__language_code="nl").example in page


def test_the_english_plan_says_a_court_expects_dutch_and_links_the_dutch_version(parent):
    walk(parent, full_plan(), language="en")
    plan = parent.get(plan_url("en"))
    shown = main_text(plan)
    assert "Parenting plan" in shown
    assert "A Dutch court expects a parenting plan in Dutch" in shown
    assert 'href="/nl/ouderschapsplan-maken/plan/"' in plan.content.decode()
    # The same answers, in Dutch, for the court.
    dutch = main_text(parent.get(plan_url("nl")))
    assert "Ouderschapsplan" in dutch and "A Dutch court expects" not in dutch
    assert "Ieder de helft van de zomervakantie" in dutch


def test_the_start_page_explains_the_builder_and_links_to_it(parent):
    page = parent.get(base_url())
    shown = text_of(page)
    assert "Ouderschapsplan maken" in shown
    assert "Dit hebben we nog niet afgesproken" in shown
    assert "Veilig Thuis" in shown
    assert NOT_STORED in shown
    assert f'href="{step_url("gezin")}"' in page.content.decode()
    assert 'enctype="multipart/form-data"' in page.content.decode()
