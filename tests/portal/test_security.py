"""Security behaviour across the portal: login throttling, CSRF, escaping of stored
content in public pages and the admin, and plain error pages."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import path

from home.models import ServiceOffer, TopicPage

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
HOST = {"HTTP_HOST": "lindeveld.localhost:8000"}


@override_settings(AXES_ENABLED=True)
def test_admin_login_is_throttled_after_repeated_failures():
    get_user_model().objects.create_user("redacteur", password="een-goed-wachtwoord-123")
    client = Client()
    statuses = [
        client.post("/admin/login/", {"username": "redacteur", "password": "fout"}).status_code
        for _ in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    locked = client.post("/admin/login/", {"username": "redacteur", "password": "een-goed-wachtwoord-123"})
    assert locked.status_code == 429
    assert "Te veel inlogpogingen" in locked.content.decode()
    # Another account from the same address is not locked out by this one.
    get_user_model().objects.create_user("collega", password="nog-een-goed-wachtwoord-456")
    other = client.post("/admin/login/", {"username": "collega", "password": "nog-een-goed-wachtwoord-456"})
    assert other.status_code == 302


def test_admin_login_requires_csrf_token():
    get_user_model().objects.create_user("redacteur", password="een-goed-wachtwoord-123")
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "redacteur", "password": "een-goed-wachtwoord-123"})
    assert response.status_code == 403


def test_stored_markup_is_escaped_on_public_pages_and_in_the_admin(client, admin_client, lindeveld):
    page = (
        TopicPage.objects.live().filter(locale__language_code="nl").descendant_of(lindeveld.root_page).first()
    )
    page.title = "Omgang " + XSS
    page.summary = "Kort " + XSS
    page.save_revision().publish()
    service = ServiceOffer.objects.filter(site=lindeveld, locale__language_code="nl").first()
    service.name = "Cursus " + XSS
    service.save()

    public = client.get(page.get_url_parts()[2], **HOST).content.decode()
    assert "<script>alert" not in public and "<img src=x onerror" not in public
    assert "&lt;script&gt;alert" in public

    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.get_parent().pk}/",
        "/admin/snippets/home/serviceoffer/",
        f"/admin/snippets/home/serviceoffer/edit/{service.pk}/",
    ):
        html = admin_client.get(url).content.decode()
        assert '<script>alert("x")</script>' not in html, url
        assert "<img src=x onerror" not in html, url


def boom(request):
    raise RuntimeError("secret detail that must not leak")


urlpatterns = [path("boom/", boom)]
handler500 = "portal.views.server_error"


@override_settings(ROOT_URLCONF="tests.portal.test_security", DEBUG=False)
def test_server_error_is_plain_with_reference_and_no_stack_trace():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "secret detail" not in html and "Traceback" not in html
    assert re.search(r"<strong>[0-9a-f]{10}</strong>", html)
    assert "Snel weg" in html


def test_admin_and_api_404s_are_not_sent_to_a_public_language_url(admin_client):
    for url in ("/admin/bestaat-niet/", "/api/v2/services/999999/"):
        response = admin_client.get(url)
        assert response.status_code == 404, url
