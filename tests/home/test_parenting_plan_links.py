"""The parents' section offers the parenting-plan builder, in the page's language; the
other sections (children, young people, professionals) do not."""

import pytest
from wagtail.models import Locale

from home.choices import Audience
from home.models import AudienceSectionPage
from tests.conftest import host_of

pytestmark = pytest.mark.django_db

OFFER = 'class="callout callout--info tool-offer"'


def render(client, page):
    response = client.get(page.get_url_parts()[2], HTTP_HOST=host_of(page.get_site()))
    assert response.status_code == 200
    return response.content.decode()


def sections(site, language):
    home = site.root_page.get_translation(Locale.objects.get(language_code=language))
    return AudienceSectionPage.objects.live().descendant_of(home)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_parents_section_offers_the_builder(client, lindeveld, language):
    html = render(client, sections(lindeveld, language).get(audience_choice=Audience.PARENTS))
    assert html.count(OFFER) == 1
    assert f'href="/{language}/ouderschapsplan-maken/"' in html


def test_not_the_other_sections(client, lindeveld):
    others = sections(lindeveld, "nl").exclude(audience_choice=Audience.PARENTS)
    assert others.count() == 3
    for page in others:
        assert OFFER not in render(client, page), page.slug


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_parenting_plan_topic_page_links_to_the_builder(client, kustmeren, language):
    """The page that explains the parenting plan is where a parent decides to make one."""
    from home.models import TopicPage

    home = kustmeren.root_page.get_translation(Locale.objects.get(language_code=language))
    slug = {"nl": "ouderschapsplan", "en": "parenting-plan"}[language]
    page = TopicPage.objects.live().descendant_of(home).get(slug=slug)
    html = render(client, page)
    assert f'href="/{language}/ouderschapsplan-maken/"' in html
    assert {"nl": "Maak jullie ouderschapsplan", "en": "Make your parenting plan"}[language] in html
