"""Behind a reverse proxy: whatever a client writes in X-Forwarded-For, the portal never fails,
the rate limit and the login throttle count the address the trusted proxy saw, and the audit
log records that address, not one the client chose."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from advies.choices import AuditAction, RequestKind
from advies.models import AuditEntry, Request
from tests.advies.helpers import URLS, advice_data
from tests.factories.advies import RequestFactory, staff_of

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"  # the reverse proxy: every request reaches the portal from here
CLIENT = "203.0.113.7"  # the address the proxy received the request from
OTHER_CLIENT = "198.51.100.9"


@pytest.fixture
def behind_one_proxy(settings):
    """Deployed as README says for one reverse proxy that appends to X-Forwarded-For."""
    settings.TRUSTED_PROXY_COUNT = 1
    cache.clear()


def through_proxy(client_sent="", client=CLIENT):
    """What reaches the portal when `client` sends `client_sent` as X-Forwarded-For through a
    proxy that appends the address it saw (nginx's $proxy_add_x_forwarded_for)."""
    forwarded = f"{client_sent}, {client}" if client_sent else client
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


HOSTILE_HEADERS = [
    "203.0.113.7, 198.51.100.2",
    "203.0.113.7,198.51.100.2,192.0.2.1",
    "2001:db8::1",
    "[2001:db8::1]:443, 203.0.113.7:5678",
    "::ffff:203.0.113.7",
    "unknown",
    "not an address; DROP TABLE",
    ",,, ,",
    "",
    "1.2.3.4\x00",
    "999.999.999.999",
    "fe80::1%eth0",
    "9" * 10_000,
    ", ".join(f"10.{i // 250}.{i % 250}.1" for i in range(1_000)),  # about 10 KB
]


def test_no_forwarded_for_header_breaks_a_form_or_the_admin(site_client, lindeveld, settings):
    settings.ADVIES_SUBMIT_RATE = "1000/h"
    client = site_client(lindeveld)
    request = RequestFactory(site=lindeveld)
    staff_client = Client(HTTP_HOST=client.defaults["HTTP_HOST"])
    staff_client.force_login(staff_of(lindeveld))
    for proxies in (0, 1, 2):
        settings.TRUSTED_PROXY_COUNT = proxies
        for header in HOSTILE_HEADERS:
            meta = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": header}
            response = client.post(URLS[RequestKind.ADVICE], advice_data(question=""), **meta)
            assert response.status_code == 400, (proxies, header[:40])  # the form's own message
            assert "Schrijf uw vraag op" in response.content.decode()
            response = staff_client.get(f"/admin/aanvragen/inspect/{request.pk}/", **meta)
            assert response.status_code == 200, (proxies, header[:40])
    origins = AuditEntry.objects.filter(action=AuditAction.VIEW, object_reference=request.reference)
    assert origins.count() == 3 * len(HOSTILE_HEADERS)
    assert all(0 < len(origin) <= 39 for origin in origins.values_list("origin", flat=True))


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(header=st.text(max_size=300), proxies=st.integers(min_value=0, max_value=3))
def test_any_forwarded_for_text_gets_an_answer_not_an_error(
    site_client, lindeveld, settings, header, proxies
):
    settings.TRUSTED_PROXY_COUNT = proxies
    settings.ADVIES_SUBMIT_RATE = "1000/h"
    response = site_client(lindeveld).post(
        URLS[RequestKind.ADVICE], advice_data(question=""), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=header
    )
    assert response.status_code == 400


def test_a_header_with_two_addresses_submits_the_form(site_client, lindeveld, behind_one_proxy):
    before = Request.objects.count()
    response = site_client(lindeveld).post(
        URLS[RequestKind.ADVICE], advice_data(), **through_proxy("192.0.2.55")
    )
    assert response.status_code == 302
    assert Request.objects.count() == before + 1


def test_rotating_forged_addresses_does_not_escape_the_rate_limit(
    site_client, lindeveld, settings, behind_one_proxy
):
    settings.ADVIES_SUBMIT_RATE = "3/h"
    client = site_client(lindeveld)
    before = Request.objects.count()
    statuses = [
        client.post(URLS[RequestKind.ADVICE], advice_data(), **through_proxy(f"192.0.2.{n}")).status_code
        for n in range(1, 6)
    ]
    assert statuses == [302, 302, 302, 429, 429]
    assert Request.objects.count() == before + 3
    # Without any header of their own, the same client is still over the limit ...
    assert client.post(URLS[RequestKind.ADVICE], advice_data(), **through_proxy()).status_code == 429
    # ... and another person behind the same proxy is not.
    other = client.post(URLS[RequestKind.ADVICE], advice_data(), **through_proxy(client=OTHER_CLIENT))
    assert other.status_code == 302


def test_the_audit_log_records_the_address_the_proxy_saw(client, lindeveld, behind_one_proxy):
    request = RequestFactory(site=lindeveld)
    client.force_login(staff_of(lindeveld))
    response = client.get(f"/admin/aanvragen/inspect/{request.pk}/", **through_proxy("6.6.6.6"))
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action=AuditAction.VIEW, object_reference=request.reference)
    assert entry.origin == CLIENT


def test_without_a_trusted_proxy_the_header_is_ignored(client, lindeveld, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory(site=lindeveld)
    client.force_login(staff_of(lindeveld))
    client.get(f"/admin/aanvragen/inspect/{request.pk}/", REMOTE_ADDR=CLIENT, HTTP_X_FORWARDED_FOR="6.6.6.6")
    entry = AuditEntry.objects.get(action=AuditAction.VIEW, object_reference=request.reference)
    assert entry.origin == CLIENT


@override_settings(AXES_ENABLED=True)
def test_the_login_throttle_tells_people_behind_the_proxy_apart(behind_one_proxy):
    get_user_model().objects.create_user("intaker", password="een-lange-zin-als-wachtwoord")
    attacker, colleague = Client(), Client()
    statuses = [
        attacker.post(
            "/admin/login/",
            {"username": "intaker", "password": f"geraden-{n}"},
            **through_proxy(f"192.0.2.{n}"),
        ).status_code
        for n in range(1, 6)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    # The forged header did not give the attacker a new address ...
    again = attacker.post(
        "/admin/login/", {"username": "intaker", "password": "geraden-6"}, **through_proxy("192.0.2.99")
    )
    assert again.status_code == 429
    # ... and the colleague behind the same proxy is not locked out by it.
    response = colleague.post(
        "/admin/login/",
        {"username": "intaker", "password": "een-lange-zin-als-wachtwoord"},
        **through_proxy(client=OTHER_CLIENT),
    )
    assert response.status_code == 302
