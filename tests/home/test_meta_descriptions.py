"""The questionnaire, the request forms and the search and knowledge-base pages are no CMS
pages, yet a search engine or a shared link shows their description: each carries one
non-empty meta description, in the page's language."""

import html
import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.conftest import host_of

pytestmark = pytest.mark.django_db

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')
PAGES = [
    ("vragenlijst:start", ""),
    ("vragenlijst:expired", ""),
    ("advies:adviesaanvraag", ""),
    ("advies:terugbellen", ""),
    ("advies:consultatie", ""),
    ("advies:casus", ""),
    ("search:site", ""),
    ("search:site", "?q=omgangsregeling"),
    ("search:knowledge", ""),
    ("search:knowledge", "?q=loyaliteit"),
]


def descriptions(client, site, language):
    found = {}
    for name, query in PAGES:
        with translation.override(language):
            path = reverse(name) + query
        response = client.get(path, HTTP_HOST=host_of(site))
        assert response.status_code == 200, path
        page = response.content.decode()
        assert f'<html lang="{language}">' in page, path
        metas = DESCRIPTION.findall(page)
        assert len(metas) == 1, (path, metas)
        found[(name, query)] = html.unescape(metas[0]).strip()
        assert len(found[(name, query)]) > 40, (path, found[(name, query)])
    return found


def test_non_cms_pages_carry_a_description_in_both_languages(client, lindeveld, kustmeren):
    for site in (lindeveld, kustmeren):
        dutch = descriptions(client, site, "nl")
        english = descriptions(client, site, "en")
        for key in dutch:
            assert english[key] != dutch[key], f"{key} has no English description: {dutch[key]}"
        # Each kind of request form says what it is for.
        forms = [dutch[(name, "")] for name, _ in PAGES if name.startswith("advies:")]
        assert len(set(forms)) == len(forms), forms
