"""The services directory: filtering by topic and municipality, on pages and in selectors."""

import pytest

from home import selectors
from home.choices import Audience, Route
from tests.factories import MunicipalityFactory, ServiceOfferFactory, TopicFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(lindeveld):
    """Two municipalities, two topics and offers that differ in both."""
    north = MunicipalityFactory(site=lindeveld, name="Noordhoek", slug="noordhoek")
    south = MunicipalityFactory(site=lindeveld, name="Zuidwaard", slug="zuidwaard")
    contact, money = TopicFactory(slug="test-omgang"), TopicFactory(slug="test-geld")
    offers = {
        "north contact": ServiceOfferFactory(site=lindeveld, municipalities=[north], topics=[contact]),
        "south contact": ServiceOfferFactory(site=lindeveld, municipalities=[south], topics=[contact]),
        "region contact": ServiceOfferFactory(site=lindeveld, topics=[contact]),  # no municipality: all
        "north money": ServiceOfferFactory(site=lindeveld, municipalities=[north], topics=[money]),
    }
    return {"north": north, "south": south, "contact": contact, "money": money, "offers": offers}


def names(offers):
    return {offer.name for offer in offers}


def expected(directory, *keys):
    return {directory["offers"][key].name for key in keys}


def test_topic_filter(lindeveld, directory):
    found = selectors.services_for(lindeveld, topics=[directory["contact"]], language_code="nl")
    assert names(found) == expected(directory, "north contact", "south contact", "region contact")


def test_municipality_filter_keeps_region_wide_offers(lindeveld, directory):
    found = selectors.services_for(
        lindeveld, topics=[directory["contact"]], municipality=directory["north"], language_code="nl"
    )
    assert names(found) == expected(directory, "north contact", "region contact")


def test_topics_match_across_languages(lindeveld, directory, english):
    english_topic = directory["contact"].copy_for_translation(english)
    english_topic.name = "Contact"
    english_topic.save()
    found = selectors.services_for(lindeveld, topics=[english_topic], language_code="nl")
    assert names(found) == expected(directory, "north contact", "south contact", "region contact")


def test_other_regions_offers_never_show(lindeveld, kustmeren_or_other_site, directory):
    ServiceOfferFactory(site=kustmeren_or_other_site, topics=[directory["contact"]], name="Elders")
    found = selectors.services_for(lindeveld, topics=[directory["contact"]], language_code="nl")
    assert "Elders" not in names(found)


def test_route_audience_and_age_filters(lindeveld, directory):
    teen = ServiceOfferFactory(
        site=lindeveld,
        topics=[directory["contact"]],
        routes=[Route.ADVICE],
        audiences=[Audience.YOUTH],
        min_child_age=12,
        max_child_age=18,
    )
    assert names(selectors.services_for(lindeveld, route=Route.ADVICE, language_code="nl")) >= {teen.name}
    assert teen.name in names(selectors.services_for(lindeveld, audience=Audience.YOUTH, language_code="nl"))
    assert teen.name in names(selectors.services_for(lindeveld, child_age=14, language_code="nl"))
    assert teen.name not in names(selectors.services_for(lindeveld, child_age=9, language_code="nl"))


def service_list_page(section, directory, limit=10):
    return TopicPageFactory(
        parent=section(),
        body=[
            {
                "type": "services",
                "value": {"heading": "Hulp in de buurt", "topics": [directory["contact"].pk], "limit": limit},
            }
        ],
    )


def test_service_list_block_filters_by_the_readers_municipality(section, directory, get_page):
    page = service_list_page(section, directory)
    everywhere = get_page(page.url).content.decode()
    for key in ("north contact", "south contact", "region contact"):
        assert directory["offers"][key].name in everywhere
    assert directory["offers"]["north money"].name not in everywhere

    north = get_page(page.url, data={"gemeente": "noordhoek"}).content.decode()
    assert directory["offers"]["north contact"].name in north
    assert directory["offers"]["region contact"].name in north
    assert directory["offers"]["south contact"].name not in north
    assert '<option value="noordhoek" selected>' in north


def test_unknown_municipality_is_ignored_not_an_error(section, directory, get_page):
    page = service_list_page(section, directory)
    response = get_page(page.url, data={"gemeente": "<script>" * 40})
    assert response.status_code == 200
    assert directory["offers"]["south contact"].name in response.content.decode()


def test_service_list_block_without_topics_uses_the_page_topics(section, directory, get_page):
    page = TopicPageFactory(
        parent=section(),
        body=[{"type": "services", "value": {"heading": "Hulp", "topics": [], "limit": 10}}],
    )
    page.topics.set([directory["money"]])
    page.save_revision().publish()
    html = get_page(page.url).content.decode()
    assert directory["offers"]["north money"].name in html
    assert directory["offers"]["north contact"].name not in html


def test_topic_page_lists_picked_services_else_those_on_its_topics(section, directory, get_page):
    page = TopicPageFactory(parent=section())
    page.topics.set([directory["money"]])
    page.save_revision().publish()
    html = get_page(page.url).content.decode()
    assert 'id="hulp"' in html
    assert directory["offers"]["north money"].name in html

    page.related_services.set([directory["offers"]["south contact"]])
    page.save_revision().publish()
    html = get_page(page.url).content.decode()
    assert directory["offers"]["south contact"].name in html
    assert directory["offers"]["north money"].name not in html
