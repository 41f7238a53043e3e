"""Property-based: at least 200 generated submissions per form. Whatever is sent, the server
never fails and never echoes input unescaped."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advies.choices import RequestKind
from portal.ephemeral import COOKIE_NAME
from tests.advies.helpers import URLS, advice_data, call_back_data, case_data, consultation_data

pytestmark = pytest.mark.django_db

# A payload that must come back escaped: its raw opening ('ZQ<"') and closing ('<b>QZ')
# never appear in a page, only their escaped forms.
OPENING, CLOSING = 'ZQ<"', "<b>QZ"
payloads = st.text(max_size=300).map(lambda text: f"{OPENING}'{text}&{CLOSING}")
junk = st.one_of(st.text(max_size=50), st.integers().map(str), st.just(""), st.just("\x00"))

BASE_DATA = {
    RequestKind.ADVICE: advice_data,
    RequestKind.CALL_BACK: lambda: call_back_data("1:2030-01-01"),
    RequestKind.CONSULTATION: consultation_data,
    RequestKind.CASE: case_data,
}


def generated_forms(kind):
    base = BASE_DATA[kind]()
    fields = {
        name: st.one_of(st.just(value), payloads, junk) for name, value in base.items() if name != "started"
    }
    return st.fixed_dictionaries(fields)


def assert_safe(response, data):
    assert response.status_code in (200, 302, 400, 429), response.status_code
    body = response.content.decode(errors="replace")
    assert OPENING not in body
    assert CLOSING not in body
    if response.status_code == 302:
        assert response["Location"].endswith("/advies/ontvangen/")


def run_property(site_client, site, kind, data):
    cache.clear()
    data = {**data, "started": BASE_DATA[RequestKind.ADVICE]()["started"]}
    response = site_client(site).post(URLS[kind], data)
    assert_safe(response, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=generated_forms(RequestKind.ADVICE))
def test_advice_form_survives_anything(site_client, lindeveld, data):
    run_property(site_client, lindeveld, RequestKind.ADVICE, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=generated_forms(RequestKind.CALL_BACK))
def test_call_back_form_survives_anything(site_client, lindeveld, data):
    run_property(site_client, lindeveld, RequestKind.CALL_BACK, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=generated_forms(RequestKind.CONSULTATION))
def test_consultation_form_survives_anything(site_client, lindeveld, data):
    run_property(site_client, lindeveld, RequestKind.CONSULTATION, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=generated_forms(RequestKind.CASE))
def test_case_form_survives_anything(site_client, lindeveld, data):
    run_property(site_client, lindeveld, RequestKind.CASE, data)


# The hand-over is read through the browser's ephemeral cookie: any cookie a client sends
# (forged, of the right shape, or garbage) gives a page, and an empty form.
# (HTTP carries header bytes, which WSGI hands over as Latin-1: no other character can come.)
KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
latin1_text = st.text(
    alphabet=st.characters(max_codepoint=255, exclude_categories=("Cc", "Cs")), max_size=500
)
latin1_payloads = latin1_text.map(lambda text: f"{OPENING}'{text}&{CLOSING}")
cookie_values = st.one_of(
    latin1_text, latin1_payloads, st.text(alphabet=KEY_ALPHABET, min_size=43, max_size=43)
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cookie=cookie_values,
    query=st.one_of(st.text(max_size=200), payloads),
    kind=st.sampled_from(list(RequestKind)),
)
def test_any_ephemeral_cookie_or_query_gives_a_plain_page(site_client, lindeveld, cookie, query, kind):
    client = site_client(lindeveld)
    client.cookies[COOKIE_NAME] = cookie
    response = client.get(URLS[kind], {"token": query})
    assert response.status_code == 200
    page = response.content.decode()
    assert OPENING not in page
    assert "Uit de Scheidingswijzer" not in page
