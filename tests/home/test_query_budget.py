"""Query budgets: an uncached page of each type renders in at most BUDGET queries, and
that number does not grow with the number of menu items, links in rich text, related
items or services listed. Each test builds a page with a few of each and one with many,
and compares. These run with nothing kept between requests (the process cache is off in
the tests), i.e. as a cold process would.

A warm process (home/process_cache.py) renders the same pages uncached without any query:
`test_a_warm_process_renders_every_page_type_without_queries` and the topic page with
every kind of chooser block below.
"""

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from home import process_cache
from home.choices import Audience
from home.models import ArticleAttachment, RelatedPage
from tests.factories import (
    ChildTopicPageFactory,
    ContactChannelFactory,
    ExperienceStoryFactory,
    ExpertFactory,
    KnowledgeArticlePageFactory,
    OpeningHoursFactory,
    OptionPageFactory,
    ServiceOfferFactory,
    StandardPageFactory,
    TopicFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db

BUDGET = 12
FEW, MANY = 1, 25


@pytest.fixture
def measure(get_page):
    """measure(url) -> number of queries of an uncached GET (after warming Wagtail's own
    site-root cache with another page)."""
    get_page("/nl/")

    def run(url):
        with CaptureQueriesContext(connection) as queries:
            response = get_page(url)
        assert response.status_code == 200, url
        if __import__("os").environ.get("SHOW_QUERIES"):
            print(url, len(queries))
            for query in queries:
                print("    ", query["sql"][: int(__import__("os").environ.get("SHOW_QUERIES"))])
        return len(queries)

    return run


def menu_items(parent, count):
    """Siblings that show in the section menu."""
    return [TopicPageFactory(parent=parent) for _n in range(count)]


def rich_text_with_links(pages, documents=()):
    links = " ".join(f'<a linktype="page" id="{page.pk}">pagina {n}</a>' for n, page in enumerate(pages))
    links += " ".join(
        f'<a linktype="document" id="{doc.pk}">document {n}</a>' for n, doc in enumerate(documents)
    )
    return [{"type": "paragraph", "value": f"<h2>Links</h2><p>{links}</p>"}]


def documents(count):
    Document = get_document_model()
    made = []
    for n in range(count):
        document = Document(title=f"Bijlage {n}", collection=Collection.get_first_root_node())
        document.file.save(f"bijlage-{n}.txt", ContentFile(b"demo"), save=False)
        document.save()
        made.append(document)
    return made


def services(site, topic, count):
    channel = ContactChannelFactory(site=site)
    OpeningHoursFactory(channel=channel)
    made = []
    for _n in range(count):
        service = ServiceOfferFactory(site=site, topics=[topic])
        service.channels.set([channel])
        service.save()
        made.append(service)
    return made


def related(page, targets):
    page.related_pages = [RelatedPage(target=target) for target in targets]
    page.save_revision().publish()


def assert_budget(measure, small_url, large_url):
    small, large = measure(small_url), measure(large_url)
    assert large <= BUDGET, f"{large} queries for {large_url}"
    assert large == small, f"query count grows with content: {small} -> {large}"
    return large


def test_topic_page(measure, section, lindeveld):
    counts = {}
    for size in (FEW, MANY):
        parent = section(Audience.PARENTS)
        siblings = menu_items(parent, size)
        topic = TopicFactory()
        picked = services(lindeveld, topic, size)
        page = TopicPageFactory(parent=parent, body=rich_text_with_links(siblings))
        page.topics.set([topic])
        page.related_services.set(picked)
        related(page, siblings)
        counts[size] = page.url
    assert_budget(measure, counts[FEW], counts[MANY])


def test_topic_page_falling_back_to_services_on_its_topics(measure, section, lindeveld):
    urls = {}
    for size in (FEW, MANY):
        topic = TopicFactory()
        services(lindeveld, topic, size)
        page = TopicPageFactory(parent=section())
        page.topics.set([topic])
        page.save_revision().publish()
        urls[size] = page.url
    assert_budget(measure, urls[FEW], urls[MANY])


def test_topic_page_with_a_service_list_block(measure, section, lindeveld):
    urls = {}
    for size in (FEW, MANY):
        topic = TopicFactory()
        services(lindeveld, topic, size)
        page = TopicPageFactory(
            parent=section(),
            body=[{"type": "services", "value": {"heading": "Hulp", "topics": [topic.pk], "limit": 30}}],
        )
        urls[size] = page.url
    assert_budget(measure, urls[FEW], urls[MANY])


def test_option_page(measure, section, lindeveld):
    urls = {}
    for size in (FEW, MANY):
        parent = section(Audience.PARENTS)
        siblings = menu_items(parent, size)
        page = OptionPageFactory(parent=parent, why_it_fits=rich_text_with_links(siblings))
        page.services.set(services(lindeveld, TopicFactory(), size))
        page.experts.set([ExpertFactory(site=lindeveld) for _n in range(size)])
        related(page, siblings)
        urls[size] = page.url
    assert_budget(measure, urls[FEW], urls[MANY])


def test_child_topic_page(measure, section):
    urls = {}
    for size in (FEW, MANY):
        parent = section(Audience.CHILDREN)
        siblings = [ChildTopicPageFactory(parent=parent) for _n in range(size)]
        page = ChildTopicPageFactory(parent=parent, body=rich_text_with_links(siblings))
        urls[size] = page.url
    assert_budget(measure, urls[FEW], urls[MANY])


def test_knowledge_article_page(measure, section):
    urls = {}
    for size in (FEW, MANY):
        parent = section(Audience.PROFESSIONALS)
        siblings = [KnowledgeArticlePageFactory(parent=parent) for _n in range(size)]
        docs = documents(size)
        page = KnowledgeArticlePageFactory(parent=parent, body=rich_text_with_links(siblings, docs))
        page.topics.set([TopicFactory() for _n in range(size)])
        page.attachments = [ArticleAttachment(document=doc) for doc in docs]
        page.save_revision().publish()
        urls[size] = page.url
    assert_budget(measure, urls[FEW], urls[MANY])


def test_audience_section_page_with_many_children(measure, home_nl, section):
    # The parents' section with FEW extra children, then the same section with MANY more.
    parent = section(Audience.PARENTS)
    menu_items(parent, FEW)
    small = measure(parent.url)
    menu_items(parent, MANY)
    large = measure(parent.url)
    assert large <= BUDGET and large == small, (small, large)


def test_audience_section_page_with_a_guide(measure, section):
    """A guide's questions each list pages; the pages come with the section's children."""
    parent = section(Audience.PARENTS)

    def guide(pages):
        return [
            {"type": "call_to_action", "value": cta("scheidingswijzer")},
            {
                "type": "question",
                "value": {
                    "question": "We gaan uit elkaar",
                    "text": "",
                    "pages": [p.pk for p in pages],
                    "links": [cta("casus")],
                },
            },
        ]

    pages = menu_items(parent, FEW)
    parent.guide = guide(pages)
    parent.save_revision().publish()
    small = measure(parent.url)
    pages += menu_items(parent, MANY)
    parent.refresh_from_db()
    parent.guide = guide(pages)
    parent.save_revision().publish()
    large = measure(parent.url)
    assert large <= BUDGET and large == small, (small, large)


def cta(destination):
    return {"heading": "Kop", "text": "", "label": "Ga", "link": {"destination": destination, "page": None}}


def page_cta(page):
    return {"heading": "Kop", "text": "", "label": "Lees", "link": {"destination": "", "page": page.pk}}


def test_services_directory(measure, lindeveld, home_nl):
    """The directory, a municipality's page and a filtered view: the same few queries for
    a handful of offers and municipalities as for many."""
    from home.models import ServicesDirectoryPage
    from tests.factories import MunicipalityFactory

    directory = ServicesDirectoryPage.objects.child_of(home_nl).get()
    topic = TopicFactory(slug="budget-onderwerp")
    municipality = MunicipalityFactory(site=lindeveld, slug="budgetdorp")
    for offer in services(lindeveld, topic, FEW):
        offer.municipalities.set([municipality])
        offer.save()
    urls = [
        directory.url,
        f"{directory.url}budgetdorp/",
        f"{directory.url}?onderwerp=budget-onderwerp&route=vrij-aanbod",
    ]
    measure(urls[0])  # Django's content-type cache learns the directory's type once per process
    small = [measure(url) for url in urls]
    for offer in services(lindeveld, topic, MANY):
        offer.municipalities.set([municipality, *(MunicipalityFactory(site=lindeveld) for _n in range(3))])
        offer.save()
    large = [measure(url) for url in urls]
    assert max(large) <= BUDGET, large
    assert large == small, (small, large)


def test_home_page_with_many_articles(measure, section):
    parent = section(Audience.PROFESSIONALS)
    KnowledgeArticlePageFactory(parent=parent)
    small = measure("/nl/")
    for _n in range(MANY):
        KnowledgeArticlePageFactory(parent=parent)
    large = measure("/nl/")
    assert large <= BUDGET and large == small, (small, large)


def test_standard_page(measure, home_nl, section):
    urls = {}
    for size in (FEW, MANY):
        targets = menu_items(section(), size)
        page = StandardPageFactory(parent=home_nl, body=rich_text_with_links(targets, documents(size)))
        urls[size] = page.url
    assert_budget(measure, urls[FEW], urls[MANY])


def test_a_translated_page_costs_the_same_as_its_source(
    measure, section, lindeveld, english, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation, TranslationSource

    parent = section(Audience.PARENTS)
    siblings = menu_items(parent, MANY)
    page = TopicPageFactory(parent=parent, body=rich_text_with_links(siblings))
    picked = services(lindeveld, TopicFactory(), MANY)
    page.related_services.set(picked)
    related(page, siblings)
    for service in picked:
        translated_service = service.copy_for_translation(english)
        translated_service.save()
    for source_page in [parent.get_parent().specific, parent, *siblings, page]:
        if not source_page.get_translations().filter(locale=english).exists():
            source, _created = TranslationSource.get_or_create_from_instance(source_page)
            # wagtail-localize publishes the translated page when the transaction commits.
            with django_capture_on_commit_callbacks(execute=True):
                Translation.objects.create(source=source, target_locale=english).save_target(publish=True)
    translated = page.get_translation(english)
    dutch, english_count = measure(page.url), measure(translated.url)
    assert english_count <= BUDGET
    assert english_count == dutch, (dutch, english_count)


def every_chooser_block(lindeveld, parent):
    """A topic page whose body and next steps use every kind of chosen object: a story, the
    topics of a service list, contact channels (twice), a document (as a download and as a
    link in the text), an image and a page link in rich text, with a related page."""
    topic = TopicFactory()
    services(lindeveld, topic, 3)
    story = ExperienceStoryFactory()
    channel = ContactChannelFactory(site=lindeveld)
    OpeningHoursFactory(channel=channel)
    document = documents(1)[0]
    image = get_image_model().objects.first()
    sibling = TopicPageFactory(parent=parent)
    other = TopicPageFactory(parent=parent)
    links = (
        f'<a linktype="page" id="{sibling.pk}">lees ook</a> '
        f'<a linktype="document" id="{document.pk}">brochure</a>'
    )
    page = TopicPageFactory(
        parent=parent,
        body=[
            {"type": "paragraph", "value": f"<h2>Kop</h2><p>{links}</p>"},
            {"type": "quote", "value": {"story": story.pk}},
            {"type": "services", "value": {"heading": "Hulp", "topics": [topic.pk], "limit": 5}},
            {"type": "channel", "value": {"channel": channel.pk}},
            {"type": "document", "value": {"document": document.pk, "title": "", "description": ""}},
            {"type": "image", "value": {"image": image.pk, "alt_text": "Twee huizen", "caption": ""}},
            {
                "type": "faq",
                "value": {"heading": "Vragen", "items": [{"question": "V", "answer": "<p>A</p>"}]},
            },
            {"type": "callout", "value": {"kind": "info", "heading": "Let op", "text": "<p>Tekst</p>"}},
            {"type": "expandable", "value": {"heading": "Meer", "body": "<p>Tekst</p>"}},
            {"type": "call_to_action", "value": cta("scheidingswijzer")},
            {"type": "call_to_action", "value": page_cta(other)},
            {
                "type": "steps",
                "value": {
                    "heading": "Stappen",
                    "steps": [
                        {"title": "Lees", "text": "", "link": {"destination": "", "page": other.pk}},
                        {"title": "Doe", "text": "", "link": {"destination": "casus", "page": None}},
                    ],
                },
            },
            {
                "type": "table",
                "value": {"caption": "Kosten", "header": ["A", "B"], "rows": [{"cells": ["1", "2"]}]},
            },
        ],
        deepening=[{"type": "expandable", "value": {"heading": "Wet", "body": "<p>Tekst</p>"}}],
        next_steps=[
            {"type": "channel", "value": {"channel": channel.pk}},
            {"type": "call_to_action", "value": page_cta(sibling)},
        ],
    )
    page.topics.set([topic])
    related(page, [sibling])
    return page, image


def test_topic_page_with_every_kind_of_chooser_block(measure, section, lindeveld):
    page, image = every_chooser_block(lindeveld, section(Audience.PARENTS))
    measure(page.url)  # the image's rendition is made on the first view (as in the editor's preview)
    assert image.renditions.exists()
    count = measure(page.url)
    assert count <= BUDGET, f"{count} queries"


def test_topic_page_with_every_kind_of_chooser_block_when_nothing_is_kept(
    measure, get_page, section, lindeveld
):
    """The same page with the shared cache emptied too (a new or flushed Redis): Wagtail's
    renditions cache is gone, and the image's rendition must not cost a query of its own
    (13 before images came with their renditions)."""
    page, image = every_chooser_block(lindeveld, section(Audience.PARENTS))
    cache.clear()  # no rendition an earlier test left in the cache (its row is gone)
    measure(page.url)  # the rendition is made
    assert image.renditions.exists()
    cache.clear()
    measure("/nl/")  # Wagtail's site root paths, kept by every process (home.sites)
    count = measure(page.url)
    assert count <= BUDGET, f"{count} queries"
    rendition = image.renditions.get()
    assert f'src="{rendition.url}" width="{rendition.width}"' in get_page(page.url).content.decode()


@pytest.fixture
def warm_process(settings):
    settings.PROCESS_CACHE_ENTRIES = 2000
    cache.clear()
    process_cache.clear()
    yield
    process_cache.clear()
    cache.clear()


def test_a_warm_process_renders_every_page_type_without_queries(
    warm_process, get_page, lindeveld, section, english
):
    every_chooser_block(lindeveld, section(Audience.PARENTS))
    home = Page.objects.get(pk=lindeveld.root_page_id)
    seen = {}
    for page in Page.objects.live().descendant_of(home, inclusive=True).specific().order_by("-path"):
        seen.setdefault(type(page), page)
    assert len(seen) == 8, seen
    for page_type, page in seen.items():
        pages = [page, page.get_translation_or_none(english)]
        for url in [
            translated.get_url() for translated in pages if translated is not None and translated.live
        ]:
            get_page(url, data={"vers": "1"})  # warms the process
            with CaptureQueriesContext(connection) as queries:
                response = get_page(url, data={"vers": "1"})
            assert response.status_code == 200, url
            assert len(queries) == 0, (page_type.__name__, url, [q["sql"][:120] for q in queries])


def test_a_new_page_in_a_warm_region_needs_no_query_for_region_data(warm_process, get_page, section):
    """Region data (site, settings, header, footer, channels) stays kept when a page is
    published; the new page pays only for itself."""
    parent = section(Audience.PARENTS)
    get_page(parent.url, data={"vers": "1"})
    page = TopicPageFactory(parent=parent)
    page.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        assert get_page(page.url, data={"vers": "1"}).status_code == 200
    region_tables = ("wagtailcore_site", "home_regionsettings", "home_contactchannel", "home_municipality")
    assert not [
        q["sql"][:120] for q in queries if any(f'FROM "{table}"' in q["sql"] for table in region_tables)
    ]
    assert len(queries) <= BUDGET


def test_after_a_flushed_shared_cache_the_regions_cost_one_query_whatever_their_number(
    warm_process, get_page, measure
):
    """A new process after a new or flushed Redis: the Sites (with their region settings)
    and Wagtail's site root paths come from one query on the Site table and one on pages,
    for 2 regions as for 7; Wagtail would read the Site table twice (the request's Site,
    then every Site for the root paths) and the roots once per site."""
    from wagtail.models import Site

    from tests.factories.search import make_region

    def cold_site_queries():
        process_cache.clear()
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert get_page("/nl/", data={"vers": "1"}).status_code == 200
        return [q["sql"] for q in queries if 'FROM "wagtailcore_site"' in q["sql"]], len(queries)

    few, few_total = cold_site_queries()
    for name in ("Noordmeer", "Oosterveld", "Westerduin", "Zuidwaard", "Middenbeek"):
        make_region(name)
    Site.clear_site_root_paths_cache()
    many, many_total = cold_site_queries()
    assert len(few) == 1, few
    assert len(many) == 1, many
    assert many_total == few_total <= BUDGET, (few_total, many_total)
