"""The Scheidingswijzer's result offers the parenting-plan builder to parents who still
need agreements about the children, where advice or free services fit (not where safety
or the expertise point comes first, and never to children)."""

import pytest

from tests.vragenlijst.journey import SAFE, child_steps, finish, parent_steps

pytestmark = pytest.mark.django_db

BUILDER = 'href="/nl/ouderschapsplan-maken/"'


@pytest.mark.parametrize(
    "answers",
    [
        {"agreements": "geen"},
        {"agreements": "bezig", "needs": ("steun",)},
        {"agreements": "werkt", "needs": ("omgang",)},
    ],
    ids=["no agreements", "making agreements", "the care arrangement as a need"],
)
def test_parents_who_need_agreements_are_offered_the_builder(site_client, lindeveld, answers):
    result = finish(site_client(lindeveld), parent_steps(**answers))
    page = result.content.decode()
    assert result.context["route"] in ("advies", "vrij-aanbod")
    assert BUILDER in page
    assert "Maak zelf jullie ouderschapsplan" in page


def test_parents_with_working_agreements_are_not_offered_the_builder(site_client, lindeveld):
    result = finish(site_client(lindeveld), parent_steps(agreements="werkt", needs=("steun",)))
    assert BUILDER not in result.content.decode()


def test_not_where_safety_or_the_expertise_point_comes_first(site_client, lindeveld):
    unsafe_steps = [
        ("wie", {"role": "ouder"}),
        ("veiligheid", {**SAFE, "violence": "ja"}),
        ("gemeente", {"municipality": "eikendaal"}),
        ("controleren", {}),
    ]
    unsafe = finish(site_client(lindeveld), unsafe_steps)
    assert unsafe.context["route"] == "veiligheid"
    assert BUILDER not in unsafe.content.decode()
    stuck_steps = parent_steps(talk="bijna-niet", court="meerdere", agreements="geen")
    stuck = finish(site_client(lindeveld), stuck_steps)
    assert stuck.context["route"] == "expertisepunt"
    assert BUILDER not in stuck.content.decode()


def test_never_for_children(site_client, lindeveld):
    result = finish(site_client(lindeveld), child_steps())
    assert BUILDER not in result.content.decode()
