"""A change purges the pages it affects, and only those.

Each test warms a few pages, makes one kind of change the way an editor does, and checks
what a visitor then reads: the changed content on every page that shows it, both from the
page cache and uncached (from what the process kept in memory between requests), while
pages that do not show it are still answered from the cache.
"""

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from home import process_cache
from home.choices import Audience
from home.models import RegionSettings, RelatedPage
from tests.conftest import host_of
from tests.factories import (
    ContactChannelFactory,
    ExperienceStoryFactory,
    ExpertFactory,
    KnowledgeArticlePageFactory,
    OptionPageFactory,
    ServiceOfferFactory,
    TopicFactory,
    TopicPageFactory,
)

pytestmark = pytest.mark.django_db

UNCACHED = {"vers": "1"}  # a query string the page cache refuses: rendered by the warm process


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PROCESS_CACHE_ENTRIES = 2000
    cache.clear()
    process_cache.clear()
    yield
    cache.clear()
    process_cache.clear()


@pytest.fixture
def other_region(client, kustmeren_or_other_site):
    """GET on the other region's host."""

    def get(url, **extra):
        return client.get(url, HTTP_HOST=host_of(kustmeren_or_other_site), **extra)

    return get


def status(response):
    return response.get("X-Page-Cache")


def warm(get, *urls):
    """Fill the page cache and the process's memory for these URLs; each is then a hit."""
    for url in urls:
        get(url)
        get(url, data=UNCACHED)
        assert status(get(url)) == "hit", url


def both(get, url):
    """The page as a visitor gets it from the cache and uncached (warm process)."""
    cached, uncached = get(url), get(url, data=UNCACHED)
    assert cached.status_code == uncached.status_code, url
    return cached, uncached


def shows(get, url, text):
    cached, uncached = both(get, url)
    return text in cached.content.decode() and text in uncached.content.decode()


def still_cached(get, *urls):
    return all(status(get(url)) == "hit" for url in urls)


def publish(page):
    page.save_revision().publish()


def test_publish_purges_the_page_its_section_and_siblings_not_the_rest(get_page, section, other_region):
    parents = section(Audience.PARENTS)
    page = TopicPageFactory(parent=parents, title="Oude titel", show_in_menus=True)
    sibling = TopicPageFactory(parent=parents, show_in_menus=True)
    elsewhere = TopicPageFactory(parent=section(Audience.PROFESSIONALS))
    warm(get_page, page.url, sibling.url, parents.url, elsewhere.url, "/nl/kinderen/")
    warm(other_region, "/nl/")

    page.title = "Nieuwe titel"
    publish(page)

    assert shows(get_page, page.url, "Nieuwe titel")
    assert shows(get_page, parents.url, "Nieuwe titel"), "the section lists its pages"
    assert shows(get_page, sibling.url, "Nieuwe titel"), "the section menu of its siblings"
    assert still_cached(get_page, elsewhere.url, "/nl/kinderen/")
    assert still_cached(other_region, "/nl/")


def test_unpublish_removes_the_page_from_its_section_and_menus(get_page, section):
    parents = section(Audience.PARENTS)
    page = TopicPageFactory(parent=parents, title="Bijna weg", show_in_menus=True)
    sibling = TopicPageFactory(parent=parents, show_in_menus=True)
    elsewhere = TopicPageFactory(parent=section(Audience.PROFESSIONALS))
    url = page.url
    warm(get_page, url, sibling.url, parents.url, elsewhere.url)

    page.unpublish()

    assert [response.status_code for response in both(get_page, url)] == [404, 404]
    assert not shows(get_page, parents.url, "Bijna weg")
    assert not shows(get_page, sibling.url, "Bijna weg")
    assert still_cached(get_page, elsewhere.url)


def test_move_purges_the_old_and_the_new_place(get_page, section):
    parents, professionals = section(Audience.PARENTS), section(Audience.PROFESSIONALS)
    page = TopicPageFactory(parent=parents, title="Verhuisde pagina", show_in_menus=True)
    old_sibling = TopicPageFactory(parent=parents, show_in_menus=True)
    new_sibling = TopicPageFactory(parent=professionals, show_in_menus=True)
    old_url = page.url
    warm(get_page, old_url, parents.url, professionals.url, old_sibling.url, new_sibling.url, "/nl/kinderen/")

    page.move(professionals, pos="last-child")
    page.refresh_from_db()

    moved = get_page(old_url)
    assert moved.status_code == 301 and moved["Location"].endswith(page.url)
    assert shows(get_page, page.url, "Verhuisde pagina")
    assert shows(get_page, professionals.url, "Verhuisde pagina")
    assert shows(get_page, new_sibling.url, "Verhuisde pagina")
    assert not shows(get_page, parents.url, "Verhuisde pagina")
    assert not shows(get_page, old_sibling.url, "Verhuisde pagina")
    assert still_cached(get_page, "/nl/kinderen/")


def test_delete_removes_the_page_everywhere_it_was_shown(get_page, section):
    parents = section(Audience.PARENTS)
    page = TopicPageFactory(parent=parents, title="Verwijderde pagina", show_in_menus=True)
    sibling = TopicPageFactory(parent=parents, show_in_menus=True)
    url = page.url
    warm(get_page, url, parents.url, sibling.url, "/nl/kinderen/")

    page.delete()

    assert [response.status_code for response in both(get_page, url)] == [404, 404]
    assert not shows(get_page, parents.url, "Verwijderde pagina")
    assert not shows(get_page, sibling.url, "Verwijderde pagina")
    assert still_cached(get_page, "/nl/kinderen/")


def test_publishing_a_translation_updates_the_source_pages_language_links(get_page, section, english):
    page = TopicPageFactory(parent=section(Audience.PARENTS), title="Vertaal mij")
    elsewhere = TopicPageFactory(parent=section(Audience.PROFESSIONALS))
    warm(get_page, page.url, elsewhere.url)
    assert 'href="/en/parents/' not in get_page(page.url).content.decode()

    translated = page.copy_for_translation(english, copy_parents=True)
    translated.title, translated.slug = "Translate me", "translate-me"
    publish(translated)

    assert shows(get_page, page.url, 'href="/en/parents/translate-me/"'), "the language switch"
    assert shows(get_page, "/en/parents/translate-me/", "Translate me")
    assert still_cached(get_page, elsewhere.url)


def test_a_related_page_and_a_rich_text_link_follow_the_page_they_point_at(get_page, section):
    parents = section(Audience.PARENTS)
    target = TopicPageFactory(parent=parents, title="Doelpagina", slug="doel")
    picker = TopicPageFactory(parent=parents)
    picker.related_pages = [RelatedPage(target=target)]
    publish(picker)
    linker = TopicPageFactory(
        parent=section(Audience.PROFESSIONALS),
        body=[{"type": "paragraph", "value": f'<p><a linktype="page" id="{target.pk}">lees verder</a></p>'}],
    )
    elsewhere = TopicPageFactory(parent=section(Audience.PROFESSIONALS))
    warm(get_page, picker.url, linker.url, elsewhere.url)

    target.title, target.slug = "Hernoemde doelpagina", "hernoemd"
    publish(target)

    assert shows(get_page, picker.url, "Hernoemde doelpagina"), "'Zie ook' on the page that picked it"
    assert shows(get_page, linker.url, '/nl/ouders/hernoemd/">lees verder'), "the link in the text"
    assert still_cached(get_page, elsewhere.url)


def test_a_new_page_on_a_topic_appears_on_pages_of_that_topic(get_page, section):
    topic = TopicFactory()
    parents = section(Audience.PARENTS)
    same_topic = TopicPageFactory(parent=section(Audience.PROFESSIONALS))
    same_topic.topics.set([topic])
    publish(same_topic)
    other_topic = TopicPageFactory(parent=section(Audience.PROFESSIONALS))
    warm(get_page, same_topic.url, other_topic.url)

    new = TopicPageFactory(parent=parents, title="Nieuw over dit onderwerp")
    new.topics.set([topic])
    publish(new)

    assert shows(get_page, same_topic.url, "Nieuw over dit onderwerp"), "'Zie ook' by topic"
    assert still_cached(get_page, other_topic.url)


def test_home_and_section_changes_reach_every_page_of_the_region_only(
    get_page, home_nl, section, other_region
):
    page = TopicPageFactory(parent=section(Audience.PARENTS))
    warm(get_page, page.url, "/nl/kinderen/")
    warm(other_region, "/nl/")

    professionals = section(Audience.PROFESSIONALS)
    professionals.title = "Voor vakmensen"
    publish(professionals)

    assert shows(get_page, page.url, "Voor vakmensen"), "the audience menu in the header"
    assert shows(get_page, "/nl/kinderen/", "Voor vakmensen")
    assert still_cached(other_region, "/nl/")

    home_nl.title = "Nieuwe naam van de regio"
    publish(home_nl)
    assert shows(get_page, page.url, "Nieuwe naam van de regio"), "the breadcrumbs"
    assert still_cached(other_region, "/nl/")


def test_a_view_restriction_takes_the_page_out_of_its_section(get_page, section):
    parents = section(Audience.PARENTS)
    page = TopicPageFactory(parent=parents, title="Straks besloten")
    warm(get_page, parents.url, page.url, "/nl/kinderen/")

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert not shows(get_page, parents.url, "Straks besloten")
    assert "Straks besloten" not in get_page(page.url).content.decode()
    assert still_cached(get_page, "/nl/kinderen/")


# ---- snippets and settings ---------------------------------------------------------------------


def test_a_footer_channel_change_reaches_every_page_of_its_region_only(
    get_page, section, lindeveld, other_region
):
    channel = ContactChannelFactory(site=lindeveld, name="Oude lijn")
    page = TopicPageFactory(parent=section(Audience.PARENTS))
    warm(get_page, "/nl/", page.url)
    warm(other_region, "/nl/")

    channel.name = "Nieuwe lijn"
    channel.save()

    for url in ("/nl/", page.url):
        assert shows(get_page, url, "Nieuwe lijn") and not shows(get_page, url, "Oude lijn"), url
    assert still_cached(other_region, "/nl/")


def test_region_settings_reach_every_page_of_their_region_only(get_page, section, lindeveld, other_region):
    page = TopicPageFactory(parent=section(Audience.PARENTS))
    warm(get_page, "/nl/", page.url)
    warm(other_region, "/nl/")

    region = RegionSettings.for_site(lindeveld)
    region.emergency_number = "0800-1234567"
    region.save()

    assert shows(get_page, page.url, "0800-1234567")
    assert shows(get_page, "/nl/", "0800-1234567")
    assert still_cached(other_region, "/nl/")


def test_a_service_change_reaches_the_pages_that_list_it(get_page, section, lindeveld):
    topic = TopicFactory()
    service = ServiceOfferFactory(site=lindeveld, topics=[topic], name="Cursus Samen Verder")
    parents = section(Audience.PARENTS)
    on_topic = TopicPageFactory(parent=parents)
    on_topic.topics.set([topic])
    publish(on_topic)
    in_block = TopicPageFactory(
        parent=parents,
        body=[{"type": "services", "value": {"heading": "Hulp", "topics": [topic.pk], "limit": 5}}],
    )
    picked_by = OptionPageFactory(parent=parents)
    picked_by.services.set([service])
    publish(picked_by)
    unrelated = TopicPageFactory(parent=parents)
    warm(get_page, on_topic.url, in_block.url, picked_by.url, unrelated.url)

    service.name = "Cursus Samen Sterker"
    service.save()

    for page in (on_topic, in_block, picked_by):
        assert shows(get_page, page.url, "Cursus Samen Sterker"), page.url
    assert still_cached(get_page, unrelated.url)


def test_a_service_moved_to_another_topic_leaves_the_old_topics_pages(get_page, section, lindeveld):
    old_topic, new_topic = TopicFactory(), TopicFactory()
    service = ServiceOfferFactory(site=lindeveld, topics=[old_topic], name="Zwervend aanbod")
    pages = {}
    for name, topic in (("old", old_topic), ("new", new_topic)):
        pages[name] = TopicPageFactory(parent=section(Audience.PARENTS))
        pages[name].topics.set([topic])
        publish(pages[name])
    warm(get_page, pages["old"].url, pages["new"].url)

    service.topics.set([new_topic])
    service.save()

    assert not shows(get_page, pages["old"].url, "Zwervend aanbod")
    assert shows(get_page, pages["new"].url, "Zwervend aanbod")


def test_a_topic_rename_reaches_the_pages_tagged_with_it(get_page, section):
    topic = TopicFactory(name="Oude onderwerpnaam")
    article = KnowledgeArticlePageFactory(parent=section(Audience.PROFESSIONALS))
    article.topics.set([topic])
    publish(article)
    untagged = KnowledgeArticlePageFactory(parent=section(Audience.PROFESSIONALS))
    warm(get_page, article.url, untagged.url)

    topic.name = "Nieuwe onderwerpnaam"
    topic.save()

    assert shows(get_page, article.url, "Nieuwe onderwerpnaam")
    assert still_cached(get_page, untagged.url)


def test_a_story_edit_reaches_the_pages_quoting_it(get_page, section):
    story = ExperienceStoryFactory(quote="Eerst was het moeilijk.")
    quoting = TopicPageFactory(
        parent=section(Audience.PARENTS), body=[{"type": "quote", "value": {"story": story.pk}}]
    )
    other = TopicPageFactory(parent=section(Audience.PARENTS))
    warm(get_page, quoting.url, other.url)

    story.quote = "Nu gaat het beter."
    story.save()

    assert shows(get_page, quoting.url, "Nu gaat het beter.")
    assert still_cached(get_page, other.url)


def test_an_expert_edit_reaches_the_option_pages_showing_them(get_page, section, lindeveld):
    expert = ExpertFactory(site=lindeveld, organisation="Oude organisatie")
    option = OptionPageFactory(parent=section(Audience.PARENTS))
    option.experts.set([expert])
    publish(option)
    other = OptionPageFactory(parent=section(Audience.PARENTS))
    warm(get_page, option.url, other.url)

    expert.organisation = "Nieuwe organisatie"
    expert.save()

    assert shows(get_page, option.url, "Nieuwe organisatie")
    assert still_cached(get_page, other.url)


def test_a_document_edit_reaches_the_pages_offering_it(get_page, section):
    document = get_document_model()(title="Oude brochure", collection=Collection.get_first_root_node())
    document.file.save("brochure.txt", ContentFile(b"tekst"), save=False)
    document.save()
    offering = TopicPageFactory(
        parent=section(Audience.PARENTS),
        body=[{"type": "document", "value": {"document": document.pk, "title": "", "description": ""}}],
    )
    other = TopicPageFactory(parent=section(Audience.PARENTS))
    warm(get_page, offering.url, other.url)

    document.title = "Nieuwe brochure"
    document.save()

    assert shows(get_page, offering.url, "Nieuwe brochure")
    assert still_cached(get_page, other.url)
