"""The read-only content API: pages, services and channels per region and language."""

import pytest

from home.models import ContactChannel, ServiceOffer
from tests.conftest import host_of
from tests.factories import ContactChannelFactory, MunicipalityFactory, ServiceOfferFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client, lindeveld):
    def get(path, host=None, **params):
        response = client.get(f"/api/v2/{path}", params, HTTP_HOST=host or host_of(lindeveld))
        return response

    return get


def test_pages_of_the_region_in_one_language(api, lindeveld):
    response = api("pages/", locale="en", type="home.TopicPage", fields="summary")
    assert response.status_code == 200
    items = response.json()["items"]
    assert items
    for item in items:
        assert item["meta"]["locale"] == "en"
        assert item["meta"]["html_url"].startswith(f"http://{host_of(lindeveld)}/en/")
        assert item["summary"]


def test_page_detail_has_layered_fields(api):
    listing = api("pages/", locale="nl", type="home.TopicPage").json()["items"]
    detail = api(f"pages/{listing[0]['id']}/").json()
    assert {"summary", "body", "deepening", "next_steps"} <= set(detail)
    assert detail["meta"]["type"] == "home.TopicPage"


def test_services_per_region_and_language(api, lindeveld, kustmeren_or_other_site):
    ServiceOfferFactory(site=kustmeren_or_other_site, name="Aanbod van elders")
    response = api("services/", locale="nl", fields="*")
    assert response.status_code == 200
    body = response.json()
    expected = ServiceOffer.objects.filter(site=lindeveld, locale__language_code="nl").count()
    assert body["meta"]["total_count"] == expected
    names = {item["name"] for item in body["items"]}
    assert "Aanbod van elders" not in names
    assert {item["meta"]["language_code"] for item in body["items"]} == {"nl"}
    assert {"provider", "cost", "routes", "municipalities", "topics", "channels"} <= set(body["items"][0])

    english = api("services/", locale="en").json()
    assert {item["meta"]["language_code"] for item in english["items"]} == {"en"}


def test_services_filtered_by_topic_and_municipality(api, lindeveld):
    town = MunicipalityFactory(site=lindeveld, slug="api-dorp")
    topic = TopicFactory(slug="api-onderwerp")
    here = ServiceOfferFactory(site=lindeveld, topics=[topic], municipalities=[town], name="Hier")
    ServiceOfferFactory(site=lindeveld, topics=[topic], municipalities=[MunicipalityFactory(site=lindeveld)])
    found = api("services/", topic="api-onderwerp", municipality="api-dorp").json()["items"]
    assert [item["id"] for item in found] == [here.pk]
    assert api("services/", municipality="bestaat-niet").status_code == 400
    assert api("services/", route="onzin").status_code == 400


def test_site_parameter_picks_another_region(api, lindeveld, kustmeren_or_other_site):
    elsewhere = ServiceOfferFactory(site=kustmeren_or_other_site, name="Alleen daar")
    items = api("services/", site=kustmeren_or_other_site.hostname, name="Alleen daar").json()["items"]
    assert elsewhere.pk in {item["id"] for item in items}
    # The detail view never shows another region's object under this region.
    assert api(f"services/{elsewhere.pk}/").status_code == 404
    assert api(f"services/{elsewhere.pk}/", site=kustmeren_or_other_site.hostname).status_code == 200


def test_channels_with_opening_hours_and_open_now(api, lindeveld):
    channel = ContactChannelFactory(site=lindeveld, always_open=True, name="Altijd open")
    detail = api(f"channels/{channel.pk}/").json()
    assert detail["name"] == "Altijd open"
    assert detail["open_now"] is True
    assert detail["opening_hours"] == []
    assert detail["href"].startswith("tel:")
    listing = api("channels/", locale="nl").json()
    assert (
        listing["meta"]["total_count"]
        == ContactChannel.objects.filter(site=lindeveld, locale__language_code="nl").count()
    )


def test_bad_parameters_are_clear_errors_not_server_errors(api):
    assert api("services/", locale="xx").status_code == 400
    assert api("services/", onbekend="1").status_code == 400
    assert api("services/abc/").status_code == 404
    assert api("channels/999999/").status_code == 404


# What people and programs may send as ?search=: quotes, NUL, backslashes, the search
# backends' operators, wildcards, field syntax, SQL and Lucene, very long text, unicode.
HOSTILE_SEARCHES = [
    '"',
    '""',
    '"omgang',
    "'",
    "\x00",
    "omgang\x00",
    "%00",
    "\\",
    '\\"',
    "omgang\\",
    "AND",
    "OR",
    "NOT",
    "omgang AND",
    "NOT omgang",
    "omgang OR OR ouders",
    "*",
    "omg*",
    "(",
    ")",
    "()",
    "((omgang)",
    "title:omgang",
    ":",
    "-omgang",
    "+omgang",
    "^",
    "~",
    "omgang~2",
    "NEAR(omgang ouders)",
    "{",
    "[",
    "&",
    "|",
    "!",
    "<>",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "omgang' UNION SELECT password FROM auth_user --",
    "title:(omgang OR ouders) AND body:[a TO z]",
    "x" * 10_000,
    "omgang " * 2_000,
    "Coördinatie € 😀 ümlaut",
    "\u200b",
    "\u202eomgang",
    " ",
    "   ",
    "",
    "\t\n",
]


@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_search_answers_200_or_400_for_any_input(client, lindeveld, endpoint):
    """A search is never a server error (it was a 503 'database unavailable' for a quote or
    NUL, a 500 for spaces): words are searched, the rest of the text is left out, and what
    cannot be searched (too long, control characters) is a 400 with a message."""
    client.raise_request_exception = False
    problems = []
    for text in HOSTILE_SEARCHES:
        response = client.get(f"/api/v2/{endpoint}/", {"search": text}, HTTP_HOST=host_of(lindeveld))
        if response.status_code == 400:
            if not response.json().get("message"):
                problems.append((text[:30], "400 without a message"))
        elif response.status_code != 200:
            problems.append((text[:30], response.status_code))
        else:
            assert "items" in response.json()
    for operator in ("and", "or", "xor", "'"):
        response = client.get(
            f"/api/v2/{endpoint}/",
            {"search": "omgang ouders", "search_operator": operator},
            HTTP_HOST=host_of(lindeveld),
        )
        if response.status_code not in (200, 400):
            problems.append((f"operator {operator}", response.status_code))
    assert problems == []


def test_search_still_finds_the_words_around_the_syntax(api):
    plain = api("pages/", search="omgang").json()
    assert plain["meta"]["total_count"] > 0
    for text in ('"omgang', "omgang\\", "(omgang)", "omgang*", "+omgang", "omgang~"):
        found = api("pages/", search=text).json()
        assert found["meta"]["total_count"] == plain["meta"]["total_count"], text
    assert api("pages/", search="x" * 10_000).status_code == 400
    assert api("pages/", search="omgang\x00").status_code == 400
    assert api("pages/", search='""').json()["items"] == []


def test_unknown_language_or_region_is_a_400_on_every_endpoint(api):
    """README: "An unknown parameter, region, language ... is a 400 with a message"
    (pages answered 404 for both, documents and images ignored them)."""
    for endpoint in ("pages", "services", "channels", "documents", "images"):
        for params in ({"locale": "xx"}, {"site": "onbekend.example"}):
            response = api(f"{endpoint}/", **params)
            assert response.status_code == 400, (endpoint, params, response.status_code)
            assert response.json()["message"]


def _publish_with_attachment(article, document):
    from home.models import ArticleAttachment

    article.attachments.add(ArticleAttachment(document=document))
    article.save_revision().publish()


def test_documents_and_images_follow_region_and_language(api, lindeveld, kustmeren_or_other_site):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from home.models import KnowledgeArticlePage

    Document = get_document_model()
    here = Document(title="Alleen in Lindeveld")
    here.file.save("alleen-lindeveld.txt", ContentFile(b"tekst"), save=False)
    here.save()
    unused = Document(title="Door niemand gebruikt")
    unused.file.save("ongebruikt.txt", ContentFile(b"tekst"), save=False)
    unused.save()
    article = (
        KnowledgeArticlePage.objects.live()
        .descendant_of(lindeveld.root_page)
        .filter(locale__language_code="nl")
        .first()
    )
    _publish_with_attachment(article, here)

    def ids(**params):
        body = api("documents/", order="-id", **params).json()
        return {item["id"] for item in body["items"]}

    in_lindeveld = ids()
    assert here.pk in in_lindeveld
    assert unused.pk not in in_lindeveld
    assert here.pk in ids(locale="nl")
    assert here.pk not in ids(locale="en")
    assert here.pk not in ids(site=kustmeren_or_other_site.hostname)
    # The detail view follows the same rule.
    assert api(f"documents/{here.pk}/").status_code == 200
    assert api(f"documents/{here.pk}/", site=kustmeren_or_other_site.hostname).status_code == 404
    assert api(f"documents/{unused.pk}/").status_code == 404
    # Images: only those the region's pages show; one no page shows is in no region.
    from wagtail_factories import ImageFactory

    stray = ImageFactory(title="Door geen pagina getoond")
    listed = {item["id"] for item in api("images/", order="-id").json()["items"]}
    assert stray.pk not in listed
    assert api(f"images/{stray.pk}/").status_code == 404
