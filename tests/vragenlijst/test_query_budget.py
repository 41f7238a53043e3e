"""Each step renders in a small, fixed number of queries.

Two budgets: the step's own queries on top of the shared page layout (the start page of
the Scheidingswijzer renders the same layout: site, region settings, menu, footer), and
a ceiling for the whole request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.vragenlijst.journey import answer, parent_steps, professional_steps, step_url

pytestmark = pytest.mark.django_db

# Reading the stored answers and saving them (session), the municipality list.
STEP_OWN_QUERY_BUDGET = 4
REQUEST_QUERY_CEILING = 22
# An answer: site, session read and write; the first also counts the start (update or insert).
ANSWER_QUERY_CEILING = 10


def query_count(call):
    with CaptureQueriesContext(connection) as captured:
        response = call()
    return response, len(captured)


@pytest.mark.parametrize("steps", [parent_steps(), professional_steps()], ids=["parent", "professional"])
def test_every_step_renders_within_the_query_budget(lindeveld_client, steps):
    for step, answers in steps:
        _, layout = query_count(lambda: lindeveld_client.get("/nl/scheidingswijzer/"))
        response, total = query_count(lambda step=step: lindeveld_client.get(step_url(step)))
        assert response.status_code == 200, step
        assert total - layout <= STEP_OWN_QUERY_BUDGET, (step, total, layout)
        assert total <= REQUEST_QUERY_CEILING, (step, total)
        answer(lindeveld_client, step, answers)


def test_answering_a_step_stays_within_the_query_budget(lindeveld_client):
    for step, answers in parent_steps()[:-1]:
        response, total = query_count(
            lambda step=step, answers=answers: answer(lindeveld_client, step, answers)
        )
        assert response.status_code == 302, step
        assert total <= ANSWER_QUERY_CEILING, (step, total)
