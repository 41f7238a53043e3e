"""The crisis bar's words are region settings an editor changes in the CMS, per region and
language, and every page shows the change at once (also from the page cache)."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from home import process_cache
from home.models import CrisisTexts
from tests.conftest import host_of
from tests.factories.advies import editor_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PROCESS_CACHE_ENTRIES = 2000
    cache.clear()
    process_cache.clear()
    yield
    cache.clear()
    process_cache.clear()


def page(client, site, path):
    response = client.get(path, HTTP_HOST=host_of(site))
    assert response.status_code == 200, path
    return response.content.decode()


def test_an_editor_changes_the_crisis_bar_of_their_region_and_language(client, lindeveld, kustmeren):
    dutch_home, english_home = "/nl/", "/en/"
    assert "In danger right now?" in page(client, lindeveld, english_home)
    assert "Acuut gevaar?" in page(client, lindeveld, dutch_home)
    page(client, kustmeren, dutch_home)  # cached too

    texts = CrisisTexts.objects.get(site=lindeveld, locale__language_code="nl")
    editor = client.__class__()
    editor.force_login(editor_of(lindeveld))
    url = reverse("wagtailsnippets_home_crisistexts:edit", args=[texts.pk])
    form = editor.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data["emergency_label"] = "Direct in gevaar?"
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:500]

    assert "Direct in gevaar?" in page(client, lindeveld, dutch_home)
    assert "Direct in gevaar?" not in page(client, kustmeren, dutch_home), "the other region keeps its own"
    english = page(client, lindeveld, english_home)
    assert "Direct in gevaar?" not in english, "no Dutch on the English side"
    assert "In danger right now?" in english, "the English text stays until it is translated"

    other = CrisisTexts.objects.get(site=kustmeren, locale__language_code="nl")
    assert editor.get(reverse("wagtailsnippets_home_crisistexts:edit", args=[other.pk])).status_code == 404
