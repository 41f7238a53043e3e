"""The services directory ('sociale kaart') as a resident uses it, on the demo region:
every offer with for whom, cost, waiting time and its channels (open now or not), a page
per municipality, filters in a plain GET form (no JavaScript), cached like other pages."""

import html as html_module
import re

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from home.models import Municipality, ServiceOffer, ServicesDirectoryPage

pytestmark = pytest.mark.django_db

CARD = re.compile(r'<article class="service-card">(.*?)</article>', re.S)
NAME = re.compile(r'<h3 class="service-card__title">(.*?)</h3>', re.S)


def cards(html):
    """{offer name: its card's HTML} of the service cards on a page."""
    found = {}
    for card in CARD.findall(html):
        found[html_module.unescape(NAME.search(card).group(1).strip())] = card
    return found


@pytest.fixture
def directory(home_nl):
    return ServicesDirectoryPage.objects.live().child_of(home_nl).get()


def path_of(page):
    return page.get_url_parts()[2]


def offers(site, language="nl", **filters):
    return ServiceOffer.objects.filter(site=site, locale__language_code=language, **filters).distinct()


def test_the_region_page_lists_every_offer_with_for_whom_cost_waiting_time_and_channels(get_page, directory):
    response = get_page(path_of(directory))
    assert response.status_code == 200
    html = response.content.decode()
    found = cards(html)
    expected = offers(directory.get_site())
    assert sorted(found) == sorted(offer.name for offer in expected)
    for name, card in found.items():
        assert "Kosten" in card and "Wachttijd" in card, name
        offer = expected.get(name=name)
        if offer.audiences:
            assert "Voor wie" in card, f"{name}: the card does not say for whom"
        # A badge where "open now" means something; an e-mail address or a line without
        # known hours is never called closed (issue 17).
        if any(channel.always_open or channel.time_bound for channel in offer.channels.all()):
            assert re.search(r"nu open|nu gesloten|dag en nacht", card), f"{name}: no open-now badge"
        else:
            assert "nu gesloten" not in card, f"{name}: an untimed channel is called closed"


def test_a_municipality_page_shows_its_own_and_the_region_wide_offers_only(get_page, directory, lindeveld):
    for municipality in Municipality.objects.filter(site=lindeveld):
        response = get_page(f"{path_of(directory)}{municipality.slug}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f"Hulp in {municipality.name}" in html
        shown = set(cards(html))
        region_wide = set(offers(lindeveld, municipalities__isnull=True).values_list("name", flat=True))
        own = set(offers(lindeveld, municipalities=municipality).values_list("name", flat=True))
        assert shown == region_wide | own, municipality.name


def test_the_filter_form_works_without_javascript(get_page, directory, lindeveld):
    html = get_page(path_of(directory)).content.decode()
    form = re.search(r'<form class="filter-form directory__filters" method="get" action="([^"]+)"', html)
    assert form and form.group(1) == path_of(directory)
    for name in ("gemeente", "onderwerp", "doelgroep", "route"):
        assert f'name="{name}"' in html

    municipality = Municipality.objects.filter(site=lindeveld).first()
    response = get_page(f"{path_of(directory)}?gemeente={municipality.slug}&route=advies&onderwerp=")
    assert response.status_code == 302
    assert response["Location"] == f"{path_of(directory)}{municipality.slug}/?route=advies"


def test_topic_audience_and_route_filters_narrow_the_list(get_page, directory, lindeveld):
    offer = offers(lindeveld).exclude(topics=None).first()
    topic = offer.topics.first()
    shown = set(cards(get_page(f"{path_of(directory)}?onderwerp={topic.slug}").content.decode()))
    assert shown == set(offers(lindeveld, topics=topic).values_list("name", flat=True))
    assert shown and len(shown) < offers(lindeveld).count()

    everyone = set(cards(get_page(path_of(directory)).content.decode()))
    for parameter in ("doelgroep=kinderen", "route=advies"):
        narrowed = set(cards(get_page(f"{path_of(directory)}?{parameter}").content.decode()))
        assert narrowed < everyone, parameter


@pytest.mark.parametrize(
    "query",
    ["onderwerp=bestaat-niet", "doelgroep=%3Cscript%3E", "route=" + "x" * 5000, "gemeente=nergens"],
)
def test_a_strange_address_answers_calmly(get_page, directory, query):
    response = get_page(f"{path_of(directory)}?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[-1]


def test_an_unknown_municipality_is_not_found(get_page, directory):
    assert get_page(f"{path_of(directory)}nergensdorp/").status_code == 404


def test_filtered_pages_are_cached_like_other_pages(get_page, directory, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    try:
        url = f"{path_of(directory)}?route=advies"
        assert get_page(url).get("X-Page-Cache") == "miss"
        with django_assert_num_queries(0):
            assert get_page(url).get("X-Page-Cache") == "hit"
    finally:
        cache.clear()


def test_the_english_directory_speaks_english(get_page, directory, lindeveld):
    english = directory.get_translation(Locale.objects.get(language_code="en"))
    municipality = Municipality.objects.filter(site=lindeveld).first()
    html = get_page(f"{path_of(english)}{municipality.slug}/").content.decode()
    assert f"Help in {municipality.name}" in html
    assert "<dt>Cost</dt>" in html and "<dt>Waiting time</dt>" in html
    region_wide = offers(lindeveld, "en", municipalities__isnull=True).values_list("name", flat=True)
    own = offers(lindeveld, "en", municipalities=municipality).values_list("name", flat=True)
    assert set(cards(html)) == set(region_wide) | set(own)
