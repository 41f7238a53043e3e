import pytest

pytestmark = pytest.mark.django_db

FORM_URLS = [
    "/nl/advies/aanvragen/",
    "/nl/advies/terugbellen/",
    "/nl/advies/consultatie/",
    "/nl/advies/casus/",
]
ENGLISH_FORM_URLS = [
    "/en/advice/request/",
    "/en/advice/call-back/",
    "/en/advice/consultation/",
    "/en/advice/case/",
]


@pytest.mark.parametrize("url", FORM_URLS + ENGLISH_FORM_URLS)
def test_form_pages_render_private(site_client, lindeveld, url):
    response = site_client(lindeveld).get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert b'name="csrfmiddlewaretoken"' in response.content
