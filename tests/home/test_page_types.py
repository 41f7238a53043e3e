"""Where each page type may live, and which fields editors must fill in."""

import pytest
from django.core.exceptions import ValidationError

from home.choices import Audience
from home.models import (
    AudienceSectionPage,
    ChildTopicPage,
    HomePage,
    KnowledgeArticlePage,
    OptionPage,
    ServicesDirectoryPage,
    StandardPage,
    TopicPage,
)
from tests.factories import ExperienceStoryFactory, ExpertFactory

pytestmark = pytest.mark.django_db


def test_region_home_has_sections_and_plain_pages_only(home_nl):
    assert set(HomePage.allowed_subpage_models()) == {
        AudienceSectionPage,
        ServicesDirectoryPage,
        StandardPage,
    }
    assert HomePage.allowed_parent_page_models()[0].__name__ == "Page"
    assert not HomePage.can_create_at(home_nl.get_parent()), "one home page per region tree"


@pytest.mark.parametrize(
    ("audience", "allowed", "refused"),
    [
        (Audience.PARENTS, {TopicPage, OptionPage, StandardPage}, {ChildTopicPage, KnowledgeArticlePage}),
        (Audience.PROFESSIONALS, {TopicPage, OptionPage, KnowledgeArticlePage}, {ChildTopicPage}),
        (Audience.CHILDREN, {ChildTopicPage}, {TopicPage, OptionPage, KnowledgeArticlePage}),
        (Audience.YOUTH, {ChildTopicPage}, {TopicPage, OptionPage, KnowledgeArticlePage}),
    ],
)
def test_page_types_follow_the_audience_of_their_section(section, audience, allowed, refused):
    parent = section(audience)
    for model in allowed:
        assert model.can_create_at(parent), (model, audience)
    for model in refused:
        assert not model.can_create_at(parent), (model, audience)


def test_content_pages_have_no_children(section):
    for model in (TopicPage, OptionPage, ChildTopicPage, KnowledgeArticlePage, StandardPage):
        assert model.allowed_subpage_models() == [], model


def test_a_region_has_one_section_per_audience(home_nl):
    duplicate = AudienceSectionPage(
        title="Nog eens ouders", slug="ouders-2", audience_choice=Audience.PARENTS
    )
    with pytest.raises(ValidationError) as error:
        home_nl.add_child(instance=duplicate)
    assert "audience_choice" in error.value.message_dict


@pytest.mark.parametrize(
    ("model", "audience", "values"),
    [
        (TopicPage, Audience.PARENTS, {"body": [{"type": "paragraph", "value": "<p>x</p>"}]}),
        (OptionPage, Audience.PARENTS, {"why_it_fits": [{"type": "paragraph", "value": "<p>x</p>"}]}),
        (ChildTopicPage, Audience.CHILDREN, {"body": [{"type": "paragraph", "value": "<p>x</p>"}]}),
    ],
)
def test_in_het_kort_is_required(section, model, audience, values):
    page = model(title="Zonder kort antwoord", slug="zonder-kort", summary="", **values)
    with pytest.raises(ValidationError) as error:
        section(audience).add_child(instance=page)
    assert "summary" in error.value.message_dict


def test_in_het_kort_stays_short(section):
    page = TopicPage(
        title="Te lang",
        slug="te-lang",
        summary="Een zin. " * 80,
        body=[{"type": "paragraph", "value": "<p>x</p>"}],
    )
    with pytest.raises(ValidationError) as error:
        section(Audience.PARENTS).add_child(instance=page)
    assert "summary" in error.value.message_dict


def test_knowledge_article_needs_type_summary_and_review_date(section):
    page = KnowledgeArticlePage(title="Leeg", slug="leeg", body=[{"type": "paragraph", "value": "<p>x</p>"}])
    with pytest.raises(ValidationError) as error:
        section(Audience.PROFESSIONALS).add_child(instance=page)
    assert {"article_type", "summary", "last_reviewed"} <= set(error.value.message_dict)


@pytest.mark.parametrize("bio", ["Mail me: a.b@voorbeeld.nl", "Bel 06-12345678", "Zie www.voorbeeld.nl"])
def test_expert_profiles_refuse_contact_details(lindeveld, bio):
    expert = ExpertFactory.build(site=lindeveld, bio=bio)
    with pytest.raises(ValidationError) as error:
        expert.full_clean()
    assert "bio" in error.value.message_dict


def test_expert_profile_without_contact_details_is_fine(lindeveld):
    ExpertFactory.build(site=lindeveld, bio="Twintig jaar ervaring met scheidingen.").full_clean()


def test_story_with_consent_needs_a_note_on_that_consent():
    story = ExperienceStoryFactory.build(consent_recorded=True, consent_note="")
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "consent_note" in error.value.message_dict
