"""Every admin screen an editor opens works: the add, edit, preview and search screens of
every page type and snippet, with default values and with the demo's values; the block
defaults are valid where their help text says empty is fine; previews can be framed by
the admin while public pages cannot be framed at all."""

import json

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from home.blocks import BodyBlock, ServiceListBlock
from home.choices import Audience
from home.models import TopicPage
from tests.conftest import host_of
from tests.factories import TopicPageFactory
from tests.home.admin_forms import admin_form_data

pytestmark = pytest.mark.django_db

PAGE_TYPES = [model for model in apps.get_app_config("home").get_models() if issubclass(model, Page)]


def demo_page(model, lindeveld):
    home = Page.objects.get(pk=lindeveld.root_page_id)
    return model.objects.filter(locale__language_code="nl").descendant_of(home, inclusive=True).first()


def preview(client, url, data):
    """Post the form to the preview URL as the editor's preview panel does, then render it."""
    answer = client.post(url, data)
    assert answer.status_code == 200, answer.status_code
    state = json.loads(answer.content)
    rendered = client.get(url)
    return state, rendered


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_edit_and_preview_every_page_type_with_demo_values(admin_client, model, lindeveld):
    page = demo_page(model, lindeveld)
    assert page is not None, f"the demo has no {model.__name__}"
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    data = admin_form_data(edit.content.decode(), page)
    state, rendered = preview(
        admin_client, reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data
    )
    assert state["is_valid"], state
    assert rendered.status_code == 200
    assert page.title in rendered.content.decode()
    assert "frame-ancestors 'self'" in rendered["Content-Security-Policy"], "the preview panel may frame it"


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_add_screen_of_every_page_type_with_default_values(admin_client, model, lindeveld):
    parent = next(
        (
            candidate
            for candidate in Page.objects.descendant_of(
                Page.objects.get(pk=lindeveld.root_page_id), inclusive=True
            )
            if model.can_create_at(candidate.specific)
        ),
        Page.get_first_root_node() if model.can_create_at(Page.get_first_root_node()) else None,
    )
    if parent is None:
        pytest.skip(f"{model.__name__} can not be added anywhere more (max count)")
    url = reverse("wagtailadmin_pages:add", args=["home", model._meta.model_name, parent.pk])
    add = admin_client.get(url)
    assert add.status_code == 200
    data = admin_form_data(add.content.decode(), model())
    data["title"] = "Voorbeeld met standaardwaarden"
    data["slug"] = "voorbeeld-standaardwaarden"
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["home", model._meta.model_name, parent.pk]
    )
    state, rendered = preview(admin_client, preview_url, data)
    assert rendered.status_code == 200


def test_each_page_type_says_when_to_use_it(admin_client, section):
    """The page-type choice names each type with a description of when to use it, in Dutch."""
    for parent in (section(Audience.PARENTS), section(Audience.PROFESSIONALS), section(Audience.CHILDREN)):
        body = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk])).content.decode()
        for model in parent.specific.creatable_subpage_models():
            if not model.can_create_at(parent):
                continue
            assert model.page_description, model
            assert str(model.page_description).replace("'", "&#x27;") in body, model


def test_a_page_with_every_body_block_at_its_default_previews(section):
    """What an editor gets by adding each block and not filling it in yet: the preview
    renders (today's 500 was the service list's one empty topic chooser)."""
    body = BodyBlock()
    value = StreamValue(body, [(name, child.get_default()) for name, child in body.child_blocks.items()])
    page = TopicPageFactory(parent=section(Audience.PARENTS))
    page.body = value
    response = page.make_preview_request()
    assert response.status_code == 200


def test_the_service_list_block_is_valid_as_its_help_text_says():
    block = ServiceListBlock()
    default = block.get_default()
    assert list(default["topics"]) == [], "no empty chooser to start with"
    block.clean(default)  # empty topics: the page's own topics
    with_empty_chooser = block.to_python({"heading": "Hulp", "topics": [None], "route": "", "limit": 6})
    block.clean(with_empty_chooser)  # an added but unfilled chooser is ignored, not refused


def test_a_services_block_with_an_unfilled_topic_previews_and_publishes(section):
    page = TopicPageFactory(parent=section(Audience.PARENTS))
    page.body = [("services", {"heading": "Hulp", "topics": [None], "route": "", "limit": 3})]
    assert page.make_preview_request().status_code == 200
    page.save_revision().publish()
    assert TopicPage.objects.get(pk=page.pk).live


SNIPPETS = [model for model in get_snippet_models() if model._meta.app_label == "home"]


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda model: model.__name__)
def test_add_edit_and_search_screens_of_every_snippet(admin_client, model, lindeveld):
    name = f"wagtailsnippets_home_{model._meta.model_name}"
    assert admin_client.get(reverse(f"{name}:add")).status_code == 200
    obj = model.objects.order_by("pk").first()
    assert obj is not None, f"the demo has no {model.__name__}"
    assert admin_client.get(reverse(f"{name}:edit", args=[obj.pk])).status_code == 200
    word = str(obj).split()[0]
    listing = admin_client.get(reverse(f"{name}:list"), {"q": word})
    assert listing.status_code == 200, (model, word)
    assert str(obj) in listing.content.decode(), f"searching {word!r} does not find {obj}"


def test_searching_services_by_provider_and_name(admin_client):
    listing = admin_client.get(reverse("wagtailsnippets_home_serviceoffer:list"), {"q": "Mediation"})
    assert listing.status_code == 200
    assert "Mediation" in listing.content.decode()


def test_public_pages_still_refuse_every_frame(client, lindeveld):
    response = client.get("/nl/", HTTP_HOST=host_of(lindeveld))
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
