"""A form refused by the CSRF check (a page left open for long, cookies cleared) gets the
site's own page: exit button and crisis numbers, in the page's language, saying that nothing
was sent and how to get the typed text back; never stored by a cache, never echoing the post."""

import pytest
from django.test import Client

from advies.choices import RequestKind
from tests.advies.helpers import ENGLISH_URLS, URLS, advice_data

pytestmark = pytest.mark.django_db

TYPED = "Mijn ex belt elke avond en ik weet niet wat ik moet doen"


def refused_post(path, data, **extra):
    client = Client(enforce_csrf_checks=True, HTTP_HOST="lindeveld.localhost:8000")
    return client.post(path, data, **extra)


def assert_friendly_refusal(response):
    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "CSRF" not in html  # not Django's page, no jargon
    assert "data-exit-link" in html and 'href="tel:08002000"' in html and 'href="tel:112"' in html
    assert TYPED not in html  # a forged cross-site post cannot put its text on our page
    return html


def test_public_form_refusal_is_dutch_with_the_exit_button_and_the_way_back():
    html = assert_friendly_refusal(refused_post(URLS[RequestKind.ADVICE], advice_data(question=TYPED)))
    assert '<html lang="nl">' in html
    assert "Snel weg" in html
    assert "Je formulier is niet verstuurd" in html
    assert "Er is niets verstuurd en niets bewaard." in html
    assert "terugknop van je browser" in html


def test_public_form_refusal_is_english_under_en():
    path = ENGLISH_URLS[RequestKind.ADVICE]
    html = assert_friendly_refusal(refused_post(path, advice_data(question=TYPED)))
    assert '<html lang="en">' in html
    assert "Your form was not sent" in html
    assert "back button" in html
    assert "Snel weg" not in html


def test_admin_refusal_is_the_same_page():
    html = assert_friendly_refusal(
        refused_post("/admin/login/", {"username": "intaker", "password": TYPED}, HTTP_ACCEPT_LANGUAGE="nl")
    )
    assert "Je formulier is niet verstuurd" in html
    assert "terugknop van je browser" in html
