"""The parenting-plan builder is offered where parents read about the plan: pages tagged
with the parenting-plan topic (the topic page, the mediation and legal-desk pages) and the
parents' section, in the page's language; not on other pages, never to children."""

import pytest
from wagtail.models import Locale

from home.choices import Audience
from home.models import AudienceSectionPage, OptionPage, TopicPage
from tests.conftest import host_of

pytestmark = pytest.mark.django_db

OFFER = 'class="callout callout--info tool-offer"'


def render(client, page):
    response = client.get(page.get_url_parts()[2], HTTP_HOST=host_of(page.get_site()))
    assert response.status_code == 200
    return response.content.decode()


def in_region(model, site, language="nl"):
    home = site.root_page.get_translation(Locale.objects.get(language_code=language))
    return model.objects.live().descendant_of(home)


@pytest.mark.parametrize(
    ("language", "topic_slug", "option_slugs"),
    [
        ("nl", "ouderschapsplan", {"mediation", "juridisch-spreekuur"}),
        ("en", "parenting-plan", {"mediation", "legal-advice-desk"}),
    ],
)
def test_pages_about_the_plan_and_the_parents_section_offer_the_builder(
    client, lindeveld, language, topic_slug, option_slugs
):
    options = list(in_region(OptionPage, lindeveld, language).filter(topics__slug="ouderschapsplan"))
    assert option_slugs <= {page.slug for page in options}
    pages = [
        in_region(TopicPage, lindeveld, language).get(slug=topic_slug),
        *options,
        in_region(AudienceSectionPage, lindeveld, language).get(audience_choice=Audience.PARENTS),
    ]
    for page in pages:
        html = render(client, page)
        assert html.count(OFFER) == 1, page.slug
        assert f'href="/{language}/ouderschapsplan-maken/"' in html, page.slug
        assert 'href="#ouderschapsplan-maken"' in html or page.specific_class is AudienceSectionPage


def test_not_on_other_pages_nor_for_children(client, lindeveld):
    other_topic = in_region(TopicPage, lindeveld).exclude(topics__slug="ouderschapsplan").first()
    others = in_region(AudienceSectionPage, lindeveld).exclude(audience_choice=Audience.PARENTS)
    assert others.count() == 3
    for page in (other_topic, *others):
        assert OFFER not in render(client, page), page.slug
