"""The decision table on its own: consistency, and safety first over generated answer sets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from home.choices import Route
from home.models.settings import RegionFocus
from vragenlijst.decision_table import RULES, route_for, table_problems
from vragenlijst.questions import (
    MULTIPLE_CHOICE_QUESTIONS,
    OUTSIDE_REGION,
    QUESTION_CHOICES,
    SAFETY_FIELDS,
    SAFETY_SIGNAL_ANSWERS,
    FeelsSafe,
    Role,
    SafetyAnswer,
)

# The answer to each safety question that says "safe": "nee" to the adults' questions,
# "ja" to the children's "Voel je je veilig thuis?".
SAFE_ANSWER = {"acute_danger": "nee", "violence": "nee", "child_unsafe": "nee", "feels_safe": FeelsSafe.YES}


def answer_for(question):
    values = QUESTION_CHOICES[question].values
    if question in MULTIPLE_CHOICE_QUESTIONS:
        return st.lists(st.sampled_from(values), unique=True, max_size=len(values))
    return st.sampled_from(values)


@st.composite
def answer_sets(draw, safety=None):
    """Any combination of answers to any questions (also ones a path would not ask),
    a role, a municipality (in the region, outside it, or not asked) and a region focus."""
    answers = {}
    for question in QUESTION_CHOICES:
        if question in SAFETY_FIELDS and safety is not None:
            continue
        if question == "role" or draw(st.booleans()):
            answers[question] = draw(answer_for(question))
    if safety is not None:
        answers.update(draw(safety))
    answers["municipality"] = draw(st.sampled_from(["", OUTSIDE_REGION, "eikendaal"]))
    answers["region_focus"] = draw(st.sampled_from(RegionFocus.values))
    return answers


@st.composite
def safety_answers_with_a_signal(draw):
    """Safety answers where at least one question has an unsafe answer or 'weet ik niet'."""
    answers = {field: draw(st.sampled_from(QUESTION_CHOICES[field].values)) for field in SAFETY_FIELDS}
    signalled = draw(st.sampled_from(SAFETY_FIELDS))
    answers[signalled] = draw(st.sampled_from(sorted(SAFETY_SIGNAL_ANSWERS[signalled])))
    return answers


def safety_answers_without_signal():
    return st.just(dict(SAFE_ANSWER))


def test_the_table_is_consistent():
    assert table_problems() == []


@settings(max_examples=500, deadline=None)
@given(answer_sets(safety=safety_answers_with_a_signal()))
def test_safety_wins_over_every_other_answer(answers):
    decision = route_for(answers)
    assert decision.route == Route.SAFETY, (decision.rule.code, answers)


@settings(max_examples=300, deadline=None)
@given(answer_sets(safety=safety_answers_without_signal()))
def test_without_a_safety_signal_the_route_is_never_safety(answers):
    assert route_for(answers).route != Route.SAFETY


@settings(max_examples=300, deadline=None)
@given(answer_sets())
def test_every_answer_set_gets_exactly_one_route(answers):
    decision = route_for(answers)
    assert decision.route in Route.values
    first_matching = next(rule for rule in RULES if rule.matches(answers["role"], decision.signals))
    assert decision.rule is first_matching


def test_not_sure_counts_as_a_safety_signal_for_every_question_and_role():
    for role in Role.values:
        for field in SAFETY_FIELDS:
            answers = {"role": role, **SAFE_ANSWER, field: SafetyAnswer.NOT_SURE}
            assert route_for(answers).route == Route.SAFETY, (role, field)


def test_the_childrens_safety_question_is_positive_and_its_no_is_the_signal():
    child = {"role": Role.CHILD, **SAFE_ANSWER}
    assert route_for(child).route == Route.FREE_SERVICES
    for unsafe in (FeelsSafe.NO, FeelsSafe.NOT_ALWAYS, FeelsSafe.NOT_SURE):
        assert route_for({**child, "feels_safe": unsafe}).rule.code == "kind-niet-veilig", unsafe


def test_professional_safety_points_to_the_expert_pool_only_where_the_region_has_one():
    answers = {"role": Role.PROFESSIONAL, "violence": "ja", "acute_danger": "nee", "child_unsafe": "nee"}
    pool = route_for({**answers, "region_focus": RegionFocus.SAFETY_POOL})
    divorce = route_for({**answers, "region_focus": RegionFocus.COMPLEX_DIVORCE})
    assert (pool.route, divorce.route) == (Route.SAFETY, Route.SAFETY)
    assert "casus" in pool.rule.actions and pool.rule.variant == "expertisepoule"
    assert "casus" not in divorce.rule.actions


def test_two_conflict_signals_weigh_more_than_one():
    one = {"role": Role.PARENT, "court_cases": "een"}
    two = {**one, "mediation": "mislukt"}
    assert route_for(one).route == Route.ADVICE
    assert route_for(two).route == Route.EXPERTISE_POINT
    assert [s.code for s in route_for(two).matched_signals] == ["lopende-rechtszaak", "mediation-mislukt"]


def test_many_professionals_ignores_nobody():
    answers = {"role": Role.PARENT, "professionals": ["geen", "wijkteam", "advocaat"]}
    assert "veel-hulpverleners" not in route_for(answers).signals
    answers["professionals"] = ["wijkteam", "advocaat", "ggz"]
    assert "veel-hulpverleners" in route_for(answers).signals
