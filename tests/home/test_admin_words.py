"""Dutch everywhere in the Dutch admin: the words that came from the libraries in English
("Stuur door naar Moderators approval", "Can add aanbod", a Dutch catalogue's missing
space) and block field labels that start with a capital."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Page

from home.blocks import BodyBlock
from tests.factories.advies import editor_of

pytestmark = pytest.mark.django_db


def test_the_submit_button_names_a_dutch_workflow(client, lindeveld):
    client.force_login(editor_of(lindeveld))
    page = Page.objects.get(pk=lindeveld.root_page_id).get_children().first()
    body = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Moderators approval" not in body
    assert "Stuur door naar Eindredactie" in body


@pytest.mark.usefixtures("demo")  # reads the demo content
def test_permissions_have_dutch_names(admin_client):
    assert not Permission.objects.filter(
        name__startswith="Can ", codename__regex=r"^(add|change|delete|view)_"
    ).exists()
    group = Group.objects.get(name="Redactie Lindeveld")
    body = admin_client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    assert not re.search(r">Can (add|change|delete|view) ", body), re.findall(r">Can [^<]+", body)[:5]
    assert "Aanbod toevoegen" in body
    assert "Rechten per regio" in body


def test_a_translation_is_named_in_dutch(client, lindeveld):
    from django.utils import translation

    with translation.override("nl"):
        assert translation.gettext("Translation of %(instance)s into %(locale)s") == (
            "Vertaling van %(instance)s naar %(locale)s"
        )


def labels(block, found):
    for name, child in getattr(block, "child_blocks", {}).items():
        found.append((name, str(child.label)))
        labels(child, found)
    if hasattr(block, "child_block"):
        labels(block.child_block, found)
    return found


def test_block_field_labels_start_with_a_capital():
    lower = [(name, label) for name, label in labels(BodyBlock(), []) if label[:1].islower()]
    assert lower == []
