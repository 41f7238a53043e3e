"""The confirmation with the reference number is shown once, to the browser that sent the
request, and kept out of the session: whoever opens it again on the same device (a
reload, the back button, another person later) gets a page without the number."""

import datetime
import re

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.test import Client

from advies.choices import RequestKind
from advies.models import Request
from tests.advies.helpers import URLS, advice_data, consultation_data
from tests.conftest import host_of

pytestmark = pytest.mark.django_db

CONFIRMATION = "/nl/advies/ontvangen/"
REFERENCE = re.compile(r"\b[A-Z]-[0-9A-Z]{4}-[0-9A-Z]{4}\b")


def send(client, kind=RequestKind.ADVICE, data=None):
    response = client.post(URLS[kind], data or advice_data())
    assert response.status_code == 302 and response["Location"] == CONFIRMATION
    return Request.objects.latest("pk")


def test_the_reference_is_shown_once_then_a_neutral_page(site_client, lindeveld):
    client = site_client(lindeveld)
    saved = send(client)

    first = client.get(CONFIRMATION)
    page = first.content.decode()
    assert saved.reference in page
    assert "U ziet dit nummer hier maar één keer" in page
    assert "het staat ook in de e-mail" in page  # an e-mail address was given
    assert "no-store" in first["Cache-Control"]

    again = client.get(CONFIRMATION).content.decode()
    assert saved.reference not in again
    assert not REFERENCE.search(again)
    assert "Geen bevestiging om te tonen" in again


def test_the_english_confirmation_says_it_is_shown_once(site_client, lindeveld):
    client = site_client(lindeveld)
    client.post("/en/advice/request/", advice_data())
    page = client.get("/en/advice/received/").content.decode()
    assert "You see this number here only once" in page
    assert "No confirmation to show" in client.get("/en/advice/received/").content.decode()


def test_without_an_email_address_the_page_does_not_promise_one(site_client, lindeveld):
    client = site_client(lindeveld)
    data = consultation_data(contact_email="", contact_phone="0612345678", preferred_channel="telefoon")
    send(client, RequestKind.CONSULTATION, data)
    page = client.get(CONFIRMATION).content.decode()
    assert "U ziet dit nummer hier maar één keer" in page
    assert "e-mail die we u sturen" not in page


def test_another_browser_never_sees_the_reference(site_client, lindeveld):
    saved = send(site_client(lindeveld))
    other = Client(HTTP_HOST=host_of(lindeveld))
    assert saved.reference not in other.get(CONFIRMATION).content.decode()


def test_an_unshown_confirmation_is_gone_after_ten_minutes(site_client, lindeveld):
    client = site_client(lindeveld)
    start = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        saved = send(client)
    with time_machine.travel(start + datetime.timedelta(minutes=11), tick=False):
        assert saved.reference not in client.get(CONFIRMATION).content.decode()


def test_sending_a_request_creates_no_session(site_client, lindeveld):
    client = site_client(lindeveld)
    send(client)
    client.get(CONFIRMATION)
    assert Session.objects.count() == 0
