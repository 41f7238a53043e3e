"""Anonymous statistics: counts of started and completed questionnaires, nothing else."""

import datetime

import pytest
import time_machine

from home.choices import Route
from home.models import Municipality
from tests.vragenlijst.journey import SAFE, answer, finish, parent_steps
from vragenlijst.models import ScheidingswijzerTally
from vragenlijst.selectors import questionnaire_statistics
from vragenlijst.services import record_completed, record_started

pytestmark = pytest.mark.django_db

APRIL = datetime.datetime(2031, 4, 15, 10, 0, tzinfo=datetime.UTC)


def test_the_tally_holds_counts_only():
    fields = {field.name for field in ScheidingswijzerTally._meta.get_fields()}
    assert fields == {"id", "site", "municipality", "month", "route", "started", "completed"}


def test_a_finished_questionnaire_counts_one_start_and_one_completion(lindeveld_client, lindeveld):
    with time_machine.travel(APRIL, tick=False):
        finish(lindeveld_client, parent_steps(talk="geen-contact"))

    eikendaal = Municipality.objects.get(site=lindeveld, slug="eikendaal")
    assert questionnaire_statistics(lindeveld, 2031) == [
        {"month": datetime.date(2031, 4, 1), "municipality": None, "route": "", "started": 1, "completed": 0},
        {
            "month": datetime.date(2031, 4, 1),
            "municipality": eikendaal.name,
            "route": Route.EXPERTISE_POINT,
            "started": 0,
            "completed": 1,
        },
    ]


def test_an_abandoned_questionnaire_counts_only_the_start(lindeveld_client, lindeveld):
    with time_machine.travel(APRIL, tick=False):
        answer(lindeveld_client, "wie", {"role": "ouder"})
        answer(lindeveld_client, "veiligheid", SAFE)
        answer(lindeveld_client, "wie", {"role": "kind"})  # changing the role is not a new start

    rows = questionnaire_statistics(lindeveld, 2031)
    assert [(row["started"], row["completed"]) for row in rows] == [(1, 0)]


def test_counts_add_up_per_month_municipality_and_route(lindeveld):
    eikendaal = Municipality.objects.get(site=lindeveld, slug="eikendaal")
    may = datetime.date(2031, 5, 20)
    for _ in range(3):
        record_started(site=lindeveld, day=may)
    record_completed(site=lindeveld, municipality=eikendaal, route=Route.ADVICE, day=may)
    record_completed(site=lindeveld, municipality=eikendaal, route=Route.ADVICE, day=may)
    record_completed(site=lindeveld, municipality=None, route=Route.SAFETY, day=may)
    record_completed(
        site=lindeveld, municipality=eikendaal, route=Route.ADVICE, day=datetime.date(2031, 6, 1)
    )

    rows = {
        (r["month"].month, r["municipality"], r["route"]): (r["started"], r["completed"])
        for r in questionnaire_statistics(lindeveld, 2031)
    }
    assert rows == {
        (5, None, ""): (3, 0),
        (5, None, Route.SAFETY): (0, 1),
        (5, eikendaal.name, Route.ADVICE): (0, 2),
        (6, eikendaal.name, Route.ADVICE): (0, 1),
    }
    assert ScheidingswijzerTally.objects.filter(site=lindeveld, month=datetime.date(2031, 5, 1)).count() == 3


def test_people_from_outside_the_region_are_counted_without_municipality(lindeveld_client, lindeveld):
    with time_machine.travel(APRIL, tick=False):
        finish(
            lindeveld_client,
            [
                s
                for s in parent_steps(municipality="anders")
                if s[0] in ("wie", "veiligheid", "gemeente", "controleren")
            ],
        )
    completed = [row for row in questionnaire_statistics(lindeveld, 2031) if row["completed"]]
    assert completed == [
        {
            "month": datetime.date(2031, 4, 1),
            "municipality": None,
            "route": Route.ADVICE,
            "started": 0,
            "completed": 1,
        }
    ]
