"""Page-weight budget per page type: at most 100 KB compressed without images, of which
at most 15 KB JavaScript."""

import pytest
from wagtail.models import Page

from tests.conftest import host_of
from tests.pageweight import measure

pytestmark = pytest.mark.django_db

TOTAL_BUDGET = 100 * 1024
JS_BUDGET = 15 * 1024


def one_page_per_type():
    seen = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        seen.setdefault(type(page), page)
    return seen.values()


@pytest.mark.usefixtures("demo")  # reads the demo content
def test_every_page_type_is_within_the_weight_budget(client):
    def fetch(path, host):
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, path
        return b"".join(response.streaming_content) if response.streaming else response.content

    pages = list(one_page_per_type())
    assert len(pages) >= 7
    for page in pages:
        host = host_of(page.get_site())
        weight = measure(lambda path, host=host: fetch(path, host), page.get_url_parts()[2])
        assert weight.js <= JS_BUDGET, (type(page).__name__, weight)
        assert weight.total <= TOTAL_BUDGET, (type(page).__name__, weight)
        assert weight.css > 0 and weight.js > 0  # the assets were found and counted
