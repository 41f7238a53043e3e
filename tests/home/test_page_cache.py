"""The page cache: hits run no queries, private things are never cached, and every
content change purges what it could have changed."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.middleware.csrf import get_token
from wagtail import hooks
from wagtail.models import PageViewRestriction

from home.choices import Audience
from tests.conftest import host_of
from tests.factories import (
    ContactChannelFactory,
    MunicipalityFactory,
    OpeningHoursFactory,
    ServiceOfferFactory,
    TopicFactory,
    TopicPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def status(response):
    return response.get("X-Page-Cache")


def test_second_anonymous_request_is_a_hit_without_queries(get_page, django_assert_num_queries):
    first = get_page("/nl/")
    assert status(first) == "miss"
    with django_assert_num_queries(0):
        second = get_page("/nl/")
    assert status(second) == "hit"
    assert second.content == first.content
    assert "Set-Cookie" not in second


def test_hit_keeps_the_security_headers(get_page):
    get_page("/nl/")
    hit = get_page("/nl/")
    assert status(hit) == "hit"
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"


def test_regions_and_languages_never_share_an_entry(client, lindeveld, kustmeren_or_other_site):
    from home.models import HomePage

    lindeveld_nl = client.get("/nl/", HTTP_HOST=host_of(lindeveld))
    lindeveld_en = client.get("/en/", HTTP_HOST=host_of(lindeveld))
    assert status(lindeveld_en) == "miss"
    assert '<html lang="en">' in lindeveld_en.content.decode()
    if HomePage.objects.filter(pk=kustmeren_or_other_site.root_page_id).exists():
        other = client.get("/nl/", HTTP_HOST=host_of(kustmeren_or_other_site))
        assert status(other) == "miss"
        assert other.content != lindeveld_nl.content
    # The same region under another host name is another entry, never someone else's page.
    by_ip = client.get("/nl/", HTTP_HOST="127.0.0.1:8000")
    assert status(by_ip) == "miss"


def test_logged_in_editors_never_get_or_fill_the_cache(get_page, admin_client, lindeveld):
    get_page("/nl/")
    assert status(get_page("/nl/")) == "hit"
    editor = admin_client.get("/nl/", HTTP_HOST=host_of(lindeveld))
    assert status(editor) is None
    assert "no-store" in editor["Cache-Control"]


def test_only_get_is_cached(client, lindeveld):
    client.get("/nl/", HTTP_HOST=host_of(lindeveld))
    head = client.head("/nl/", HTTP_HOST=host_of(lindeveld))
    assert status(head) != "hit"
    post = client.post("/nl/", HTTP_HOST=host_of(lindeveld))
    assert status(post) is None


def test_query_strings_other_than_the_municipality_are_not_cached(get_page, lindeveld):
    MunicipalityFactory(site=lindeveld, slug="cachedorp")
    assert status(get_page("/nl/", data={"utm_source": "x"})) is None
    assert status(get_page("/nl/", data={"gemeente": "cachedorp"})) == "miss"
    assert status(get_page("/nl/", data={"gemeente": "cachedorp"})) == "hit"
    assert status(get_page("/nl/", data={"gemeente": "x" * 200})) is None


def test_a_response_with_a_csrf_token_is_never_cached(get_page):
    def uses_csrf(page, request, serve_args, serve_kwargs):
        get_token(request)

    with hooks.register_temporarily("before_serve_page", uses_csrf):
        first = get_page("/nl/")
        second = get_page("/nl/")
    assert status(first) == "skip" and status(second) == "skip"
    assert "csrftoken" in second.cookies


def test_restricted_pages_are_never_cached(get_page, section):
    page = TopicPageFactory(parent=section())
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    get_page(page.url)
    assert status(get_page(page.url)) != "hit"


def test_publish_purges(get_page, section):
    page = TopicPageFactory(parent=section(), title="Oude titel")
    get_page(page.url)
    assert status(get_page(page.url)) == "hit"
    page.title = "Nieuwe titel"
    page.save_revision().publish()
    response = get_page(page.url)
    assert status(response) == "miss"
    assert "Nieuwe titel" in response.content.decode()


def test_publishing_a_page_updates_the_menus_of_other_cached_pages(get_page, section):
    get_page("/nl/ouders/")
    assert status(get_page("/nl/ouders/")) == "hit"
    new = TopicPageFactory(parent=section(), title="Net gepubliceerd")
    new.save_revision().publish()
    assert "Net gepubliceerd" in get_page("/nl/ouders/").content.decode()


def test_unpublish_purges(get_page, section):
    page = TopicPageFactory(parent=section())
    get_page(page.url)
    assert status(get_page(page.url)) == "hit"
    page.unpublish()
    assert get_page(page.url).status_code == 404


def test_move_purges(get_page, section):
    page = TopicPageFactory(parent=section(Audience.PARENTS), title="Verhuizende pagina")
    old_url = page.url
    get_page(old_url)
    get_page("/nl/professionals/")
    page.move(section(Audience.PROFESSIONALS), pos="last-child")
    page.refresh_from_db()
    old = get_page(old_url)
    assert old.status_code == 301, "Wagtail's automatic redirect, not the cached old page"
    assert old["Location"].endswith(page.url)
    assert get_page(page.url).status_code == 200
    assert "Verhuizende pagina" in get_page("/nl/professionals/").content.decode()


def test_delete_purges(get_page, section):
    page = TopicPageFactory(parent=section())
    url = page.url
    get_page(url)
    page.delete()
    assert get_page(url).status_code == 404


def test_contact_channel_change_purges_pages_showing_it_in_the_footer(get_page, lindeveld):
    channel = ContactChannelFactory(site=lindeveld, name="Oude lijn")
    assert "Oude lijn" in get_page("/nl/").content.decode()
    assert status(get_page("/nl/")) == "hit"
    channel.name = "Nieuwe lijn"
    channel.save()
    html = get_page("/nl/").content.decode()
    assert "Nieuwe lijn" in html and "Oude lijn" not in html


def test_service_change_purges_pages_listing_it(get_page, section, lindeveld):
    topic = TopicFactory()
    service = ServiceOfferFactory(site=lindeveld, topics=[topic], name="Cursus voor ouders")
    page = TopicPageFactory(
        parent=section(),
        body=[{"type": "services", "value": {"heading": "Hulp", "topics": [topic.pk], "limit": 5}}],
    )
    assert "Cursus voor ouders" in get_page(page.url).content.decode()
    assert status(get_page(page.url)) == "hit"
    service.name = "Training voor ouders"
    service.save()
    assert "Training voor ouders" in get_page(page.url).content.decode()
    # Taking a municipality away (a many-to-many change) purges as well.
    town = MunicipalityFactory(site=lindeveld, slug="purgedorp")
    get_page(page.url, data={"gemeente": "purgedorp"})
    service.municipalities.set([MunicipalityFactory(site=lindeveld)])
    service.save()
    assert "Training voor ouders" not in get_page(page.url, data={"gemeente": town.slug}).content.decode()


def test_region_settings_change_purges(get_page, lindeveld):
    from home.models import RegionSettings

    get_page("/nl/")
    region = RegionSettings.for_site(lindeveld)
    region.exit_url = "https://ergens-anders.example/"
    region.save()
    assert "https://ergens-anders.example/" in get_page("/nl/").content.decode()


def test_open_now_is_not_kept_past_the_next_opening_time(get_page, lindeveld):
    channel = ContactChannelFactory(site=lindeveld, name="Ochtendlijn")
    OpeningHoursFactory(channel=channel, weekday=0, opens=datetime.time(9), closes=datetime.time(12))
    monday = datetime.date(2026, 3, 2)
    before = datetime.datetime.combine(monday, datetime.time(8, 30), tzinfo=AMSTERDAM)

    def footer_badge(html):
        line = re.search(r"Ochtendlijn<.*?badge--(\w+)", html, re.S)
        return line.group(1)

    with time_machine.travel(before, tick=False) as clock:
        assert footer_badge(get_page("/nl/").content.decode()) == "closed"
        clock.move_to(before + datetime.timedelta(minutes=20))
        assert status(get_page("/nl/")) == "hit"
        clock.move_to(before + datetime.timedelta(minutes=31))
        after = get_page("/nl/")
        assert status(after) == "miss"
        assert footer_badge(after.content.decode()) == "open"
