"""The translation lifecycle as an editor meets it in the admin: a new translation is a
draft, unpublishing or deleting a Dutch page takes its English page along (and the
confirmation says so), a Dutch snippet edit reaches English at once without putting
Dutch on the English side, and the dashboard lists what is still to translate."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from home.choices import Audience
from home.models import ContactChannel, TopicPage
from home.translations import translation_work
from tests.conftest import host_of
from tests.factories import TopicPageFactory
from tests.factories.advies import editor_of, staff_of

pytestmark = pytest.mark.django_db


def submit_translation(client, page, english):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english.pk]}
    )


def translated_demo_page(lindeveld, english):
    """A live Dutch topic page of Lindeveld with a live English translation."""
    for page in (
        TopicPage.objects.live().filter(locale__language_code="nl").descendant_of(lindeveld.root_page)
    ):
        translation = page.get_translation_or_none(english)
        if translation is not None and translation.live:
            return page, translation
    raise AssertionError("the demo has no translated topic page")


def test_a_new_page_translation_is_a_draft_kept_off_the_english_site(
    admin_client, client, section, english, lindeveld, django_capture_on_commit_callbacks
):
    page = TopicPageFactory(
        parent=section(Audience.PARENTS), title="Nieuwe pagina over omgang", slug="nieuw-omgang"
    )
    page.save_revision().publish()
    # wagtail-localize publishes a translation once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = submit_translation(admin_client, page, english)
    assert response.status_code == 302
    translation = page.get_translation(english)
    assert not translation.live, "the English page must wait for its translation"
    host = {"HTTP_HOST": host_of(lindeveld)}
    assert client.get(translation.url, **host).status_code == 404
    assert translation.url not in client.get("/sitemap.xml", **host).content.decode()
    assert "Nieuwe pagina over omgang" not in client.get("/en/search/?q=omgang", **host).content.decode()


def test_unpublishing_a_dutch_page_unpublishes_its_translation_and_says_so(admin_client, lindeveld, english):
    page, translation = translated_demo_page(lindeveld, english)
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    confirmation = admin_client.get(url)
    assert confirmation.context["translation_count"] == 1
    assert "vertaling" in confirmation.content.decode().lower()
    admin_client.post(url)
    assert not Page.objects.get(pk=page.pk).live
    assert not Page.objects.get(pk=translation.pk).live


def test_deleting_a_dutch_page_deletes_its_translation_and_says_so(admin_client, lindeveld, english):
    page, translation = translated_demo_page(lindeveld, english)
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    confirmation = admin_client.get(url)
    assert confirmation.context["translation_count"] == 1
    assert "vertaling" in confirmation.content.decode().lower()
    admin_client.post(url)
    assert not Page.objects.filter(pk=translation.pk).exists(), "no English orphan"


def demo_channel(lindeveld, english):
    for channel in ContactChannel.objects.filter(
        site=lindeveld, locale__language_code="nl", always_open=False
    ):
        if (
            channel.opening_hours.exists()
            and channel.description
            and channel.get_translation_or_none(english)
        ):
            return channel, channel.get_translation(english)
    raise AssertionError("no translated demo channel with opening hours and a description")


def test_a_dutch_channel_edit_reaches_english_at_once(lindeveld, english):
    channel, translated = demo_channel(lindeveld, english)
    english_description = translated.description
    channel.always_open = True
    channel.opening_hours = []
    channel.save()
    translated.refresh_from_db()
    assert translated.always_open and not translated.opening_hours.exists()
    assert translated.is_open_now() == channel.is_open_now()
    assert translated.description == english_description
    assert [task for task in _work(lindeveld, english) if task.kind == "out_of_date"] == []


def test_a_changed_dutch_text_keeps_the_english_text_and_is_flagged(lindeveld, english):
    channel, translated = demo_channel(lindeveld, english)
    english_description = translated.description
    channel.description = "Een nieuwe Nederlandse toelichting die nog niet vertaald is."
    channel.opening_hours = [*channel.opening_hours.all()][:1]
    channel.save()
    translated.refresh_from_db()
    assert translated.description == english_description, "no Dutch on the English side"
    assert translated.opening_hours.count() == 1, "the synchronised fields followed anyway"
    out_of_date = [task.source for task in _work(lindeveld, english) if task.kind == "out_of_date"]
    assert channel in out_of_date


def _work(site, english):
    nl = Locale.objects.get(language_code="nl")
    pages = Page.objects.none()
    return translation_work(pages, [ContactChannel.objects.filter(site=site, locale=nl)], english)


def test_the_dashboard_lists_translations_to_do_for_editors_only(client, lindeveld, english):
    channel, _translated = demo_channel(lindeveld, english)
    channel.description = "Nog te vertalen toelichting."
    channel.save()
    page = TopicPageFactory(
        parent=Page.objects.get(pk=lindeveld.root_page_id).get_children().first(), title="Nog niet vertaald"
    )
    page.save_revision().publish()
    client.force_login(editor_of(lindeveld))
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Vertalingen te doen" in body
    assert channel.name in body and "Nog niet vertaald" in body
    assert "Recente wijzigingen in mijn regio" in body
    client.force_login(staff_of(lindeveld))
    assert "Vertalingen te doen" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_knowledge_articles_past_their_review_date_are_on_the_dashboard(client, lindeveld, section):
    from tests.factories import KnowledgeArticlePageFactory

    KnowledgeArticlePageFactory(
        parent=section(Audience.PROFESSIONALS),
        title="Verouderde werkkaart",
        last_reviewed=datetime.date.today() - datetime.timedelta(days=800),
    )
    client.force_login(editor_of(lindeveld))
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Kennisartikelen om na te lopen" in body and "Verouderde werkkaart" in body
