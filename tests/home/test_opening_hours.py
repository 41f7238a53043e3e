"""'Open now' from opening hours, at the edges, overnight, and on a page (frozen clock)."""

import datetime
import zoneinfo

import pytest
import time_machine

from home.choices import ChannelKind
from tests.factories import ContactChannelFactory, OpeningHoursFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MONDAY = datetime.date(2026, 3, 2)  # a Monday in winter time
FRIDAY = MONDAY + datetime.timedelta(days=4)


def at(day, hour, minute=0, second=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute, second), tzinfo=AMSTERDAM)


@pytest.fixture
def office(lindeveld):
    """Open Monday 09:00-17:00 and Friday night 22:00 until Saturday 02:00."""
    channel = ContactChannelFactory(site=lindeveld, name="Spreekuur")
    OpeningHoursFactory(channel=channel, weekday=0, opens=datetime.time(9), closes=datetime.time(17))
    OpeningHoursFactory(channel=channel, weekday=4, opens=datetime.time(22), closes=datetime.time(2))
    return channel


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (at(MONDAY, 8, 59, 59), False),
        (at(MONDAY, 9), True),  # opening time is open
        (at(MONDAY, 16, 59, 59), True),
        (at(MONDAY, 17), False),  # closing time is closed
        (at(MONDAY + datetime.timedelta(days=1), 10), False),  # Tuesday: no hours
        (at(FRIDAY, 21, 59), False),
        (at(FRIDAY, 22), True),
        (at(FRIDAY, 23, 59, 59), True),
        (at(FRIDAY + datetime.timedelta(days=1), 0), True),  # past midnight, Saturday
        (at(FRIDAY + datetime.timedelta(days=1), 1, 59, 59), True),
        (at(FRIDAY + datetime.timedelta(days=1), 2), False),
    ],
)
def test_open_at(office, moment, is_open):
    assert office.is_open_at(moment) is is_open


def test_open_at_judges_in_amsterdam_time(office):
    # 08:30 UTC is 09:30 in Amsterdam in winter.
    assert office.is_open_at(datetime.datetime(2026, 3, 2, 8, 30, tzinfo=datetime.UTC))
    assert not office.is_open_at(datetime.datetime(2026, 3, 2, 7, 59, tzinfo=datetime.UTC))


def test_always_open_channel(lindeveld):
    channel = ContactChannelFactory(site=lindeveld, always_open=True)
    assert channel.is_open_at(at(MONDAY, 3))
    assert channel.next_change_after(at(MONDAY, 3)) is None


def test_next_change(office):
    assert office.next_change_after(at(MONDAY, 8)) == at(MONDAY, 9)
    assert office.next_change_after(at(MONDAY, 9)) == at(MONDAY, 17)
    assert office.next_change_after(at(MONDAY, 18)) == at(FRIDAY, 22)
    assert office.next_change_after(at(FRIDAY, 23)) == at(FRIDAY + datetime.timedelta(days=1), 2)
    assert office.next_change_after(at(FRIDAY + datetime.timedelta(days=2), 12)) == at(
        MONDAY + datetime.timedelta(days=7), 9
    )


def test_channel_card_shows_open_now_with_a_frozen_clock(office, section, get_page):
    page = TopicPageFactory(
        parent=section(),
        next_steps=[{"type": "channel", "value": {"channel": office.pk}}],
    )
    with time_machine.travel(at(MONDAY, 10), tick=False):
        html = get_page(page.url).content.decode()
    card = html[html.index('class="channel-card ') :]
    assert "Nu open" in card[:1500]
    assert "maandag 09:00-17:00" in card[:1500]
    with time_machine.travel(at(MONDAY, 17), tick=False):
        html = get_page(page.url).content.decode()
    card = html[html.index('class="channel-card ') :]
    assert "Nu gesloten" in card[:1500]


@pytest.mark.parametrize(
    ("kind", "value", "with_hours"),
    [
        (ChannelKind.EMAIL, "hulp@lindeveld.example", True),  # sent at any hour, answered later
        (ChannelKind.CALL_BACK, "Via het formulier", True),
        (ChannelKind.PHONE, "0800-5550000", False),  # hours unknown is not closed
    ],
)
def test_a_channel_that_is_not_time_bound_is_never_called_closed(
    lindeveld, section, get_page, kind, value, with_hours
):
    channel = ContactChannelFactory(site=lindeveld, name="Kanaal zonder tijden", kind=kind, value=value)
    if with_hours:
        OpeningHoursFactory(channel=channel, weekday=0, opens=datetime.time(9), closes=datetime.time(17))
    page = TopicPageFactory(
        parent=section(),
        next_steps=[{"type": "channel", "value": {"channel": channel.pk}}],
    )
    with time_machine.travel(at(MONDAY, 3), tick=False):  # in the night: any hours are closed
        html = get_page(page.url).content.decode()
    card = html[html.index('class="channel-card ') :][:1500]
    assert "Kanaal zonder tijden" in card
    assert "gesloten" not in card.lower()
    assert "Nu open" not in card
