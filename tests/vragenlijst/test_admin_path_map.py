"""Staff read the whole decision table as a path map in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group

from vragenlijst.decision_table import RULES, SIGNALS, TABLE_VERSION
from vragenlijst.personas import PERSONAS
from vragenlijst.steps import STEPS

pytestmark = pytest.mark.django_db

PATH_MAP = "/admin/scheidingswijzer/"


@pytest.fixture
def editor_client(client, django_user_model):
    """A staff member without superuser rights: an editor of the region."""
    user = django_user_model.objects.create_user(username="redacteur", password="x" * 16)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def test_the_path_map_shows_every_rule_signal_and_step(editor_client):
    response = editor_client.get(PATH_MAP)
    page = response.content.decode()

    assert response.status_code == 200
    assert TABLE_VERSION in page
    for rule in RULES:
        assert f'id="regel-{rule.code}"' in page
        assert str(rule.title) in page
        assert str(rule.reason).replace("'", "&#x27;") in page
    for signal in SIGNALS:
        assert f'id="signaal-{signal.code}"' in page
    for step in STEPS:
        assert f"<code>{step.slug}</code>" in page


def test_the_rules_appear_in_the_order_they_are_tried(editor_client):
    page = editor_client.get(PATH_MAP).content.decode()
    positions = [page.index(f'id="regel-{rule.code}"') for rule in RULES]
    assert positions == sorted(positions)


def test_the_path_map_is_in_the_admin_menu(editor_client):
    page = editor_client.get("/admin/").content.decode()
    assert PATH_MAP in page


def test_the_path_map_is_not_public(client):
    response = client.get(PATH_MAP)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_path_map_shows_which_personas_reach_each_rule(editor_client):
    page = editor_client.get(PATH_MAP).content.decode()
    rows = page.split('<tr id="regel-')[1:]
    by_rule = {row.split('"', 1)[0]: row.split("</tr>", 1)[0] for row in rows}
    for persona in PERSONAS:
        name = persona.name.replace("'", "&#x27;")
        assert name in by_rule[persona.rule], (persona.name, persona.rule)
    assert "Geen persona" not in page  # every rule has one


def test_the_path_map_shows_what_each_step_depends_on_and_the_childrens_question(editor_client):
    page = editor_client.get(PATH_MAP).content.decode()
    assert "Hangt af van" in page
    assert "Voel je je veilig thuis?" in page
    assert "Extra volgende stappen" in page
