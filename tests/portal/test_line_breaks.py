"""A line break counts as one character, as in the browser: text that exactly fills a text
area's maxlength, typed with line breaks (sent as CR LF), is accepted and stored with LF."""

import pytest
from django.core.cache import cache

from advies.choices import RequestKind
from advies.models import Request
from advies.selectors import call_back_options
from tests.advies.helpers import URLS, advice_data, call_back_data, case_data, consultation_data

pytestmark = pytest.mark.django_db

LINE = "Ouders maken veel ruzie bij de overdracht van de kinderen."


def typed_text(length):
    """Text of exactly `length` characters as a browser counts them (LF = 1), as it is sent (CR LF)."""
    lines, text = [], ""
    while len(text) < length:
        lines.append(LINE)
        text = "\n".join(lines)
    text = text[:length].rstrip()
    text += "x" * (length - len(text))
    assert len(text) == length and text.count("\n") > 10
    return text, text.replace("\n", "\r\n")


def form_data(kind, site, field, sent):
    if kind == RequestKind.CALL_BACK:
        return call_back_data(call_back_options(site)[0].value, **{field: sent})
    make = {RequestKind.ADVICE: advice_data, RequestKind.CONSULTATION: consultation_data}.get(kind, case_data)
    return make(**{field: sent})


@pytest.mark.parametrize(
    ("kind", "field", "max_length"),
    [
        (RequestKind.ADVICE, "question", 4000),
        (RequestKind.CALL_BACK, "question", 1000),
        (RequestKind.CONSULTATION, "case_summary", 6000),
        (RequestKind.CASE, "case_summary", 8000),
    ],
)
def test_text_filling_maxlength_with_line_breaks_is_accepted(site_client, lindeveld, kind, field, max_length):
    cache.clear()  # the rate limit
    client = site_client(lindeveld)
    page = client.get(URLS[kind]).content.decode()
    assert f'maxlength="{max_length}"' in page  # what the browser enforces

    text, sent = typed_text(max_length)
    assert len(sent) > max_length
    response = client.post(URLS[kind], form_data(kind, lindeveld, field, sent))
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = Request.objects.latest("pk")
    stored = saved.question if field == "question" else saved.details[field]
    assert stored == text  # LF line breaks, nothing cut

    one_too_many, sent = typed_text(max_length + 1)
    response = client.post(URLS[kind], form_data(kind, lindeveld, field, sent))
    assert response.status_code == 400
    assert f"{max_length + 1}" in response.content.decode()  # Django's 'at most N characters (it has N+1)'
