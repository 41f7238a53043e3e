"""Editors' previews render from unsaved content: relations held in memory, no tree path yet."""

import pytest

from home.choices import Audience
from home.models import OptionPage, RelatedPage, TopicPage
from tests.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def test_preview_of_an_edited_page_shows_unsaved_related_pages(section):
    parent = section(Audience.PARENTS)
    page = TopicPageFactory(parent=parent)
    target = TopicPageFactory(parent=parent, title="Nog niet opgeslagen verwijzing")
    page.related_pages = [RelatedPage(target=target)]  # in memory only, as in the editor
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Nog niet opgeslagen verwijzing" in response.content.decode()


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (TopicPage, {"summary": "Kort.", "body": [{"type": "paragraph", "value": "<h2>Kop</h2><p>x</p>"}]}),
        (OptionPage, {"summary": "Kort.", "why_it_fits": []}),
    ],
)
def test_preview_of_a_page_not_yet_in_the_tree(section, model, fields):
    page = model(
        title="Nieuwe pagina in voorbeeld", slug="nieuw-voorbeeld", locale=section().locale, **fields
    )
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Nieuwe pagina in voorbeeld" in response.content.decode()
