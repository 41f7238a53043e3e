"""Each step renders in a small, fixed number of queries."""

import pytest

from tests.vragenlijst.journey import answer, parent_steps, professional_steps, step_url

pytestmark = pytest.mark.django_db

# Site, session, region settings, locale, menu and footer queries of the base layout,
# plus the step's own (the municipality list) and saving the session.
STEP_QUERY_BUDGET = 16


@pytest.mark.parametrize("steps", [parent_steps(), professional_steps()], ids=["parent", "professional"])
def test_every_step_renders_within_the_query_budget(lindeveld_client, django_assert_max_num_queries, steps):
    for step, answers in steps:
        with django_assert_max_num_queries(STEP_QUERY_BUDGET):
            response = lindeveld_client.get(step_url(step))
        assert response.status_code == 200, step
        answer(lindeveld_client, step, answers)


def test_answering_a_step_stays_within_the_query_budget(lindeveld_client, django_assert_max_num_queries):
    steps = parent_steps()
    for step, answers in steps[:-1]:
        with django_assert_max_num_queries(STEP_QUERY_BUDGET):
            response = answer(lindeveld_client, step, answers)
        assert response.status_code == 302, step
