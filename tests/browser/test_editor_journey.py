"""An editor's day in a real browser, in each region, as the demo's regional editor:
create a topic page, preview it in the panel and in a new tab, publish it, translate it
through a PO file and publish the English page, edit a service and a channel, then
unpublish and delete the page. Along the way: the English side never shows the Dutch
texts, the English page is a draft until translated, the confirmations name the
translation, and the other region is untouched."""

import json
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.choices import Audience
from home.models import AudienceSectionPage, ContactChannel, Municipality, ServiceOffer

pytestmark = [
    pytest.mark.requires_service("browser"),
    # The journey needs a live server that commits on its own connection: the test runs in
    # a test transaction, and wagtail-localize publishes a page translation on commit.
    # In-memory SQLite shares the test's connection with the server, so that commit never
    # comes ("Publiceer in het Engels" leaves the English page a draft); on a SQLite file
    # the test's open read transaction locks the server out ("database is locked").
    pytest.mark.requires_service("postgres"),
]

# Wagtail's unsaved-changes controller takes the form's "before" picture 2 s after the
# editor opens (w-unsaved:watch-edits); what is typed before then is no change, so it is
# never autosaved. A person cannot type that fast, a browser test can: it waits for that.
# (A mark on <html> rather than a page function to poll: the admin's CSP forbids eval.)
WATCH_EDITS = (
    "document.addEventListener('w-unsaved:watch-edits',"
    " () => { document.documentElement.dataset.editsWatched = 'true'; });"
)

PASSWORD = "editor-journey-password-1"  # noqa: S105 (a test user's password)


def texts(region_key):
    """The page's Dutch texts and their English translations; the title (and so the slug)
    is new on every run, because what the live server committed stays in a reused
    PostgreSQL test database when a run fails half-way."""
    run = uuid.uuid4().hex[:6]
    dutch = {
        "title": f"Proefpagina van de redactie {region_key} {run}",
        "summary": "Het korte antwoord op de proefvraag.",
        "body": "Een alinea die alleen in het Nederlands bestaat.",
    }
    english = {
        dutch["title"]: f"The editors' trial page {region_key} {run}",
        dutch["summary"]: "The short answer to the trial question.",
        dutch["body"]: "A paragraph that exists in English too.",
    }
    return dutch, english


OTHER = {"lindeveld": "kustmeren", "kustmeren": "lindeveld"}


@pytest.fixture(scope="module")
def editors(live_site, django_db_blocker):
    """The demo's regional editors with a known password, committed before the tests."""
    with django_db_blocker.unblock():
        for username in ("redactie.lindeveld", "redactie.kustmeren"):
            user = get_user_model().objects.get(username=username)
            user.set_password(PASSWORD)
            user.save()


def region_snapshot(site):
    """What an editor of another region could have changed."""
    return {
        "pages": sorted(
            Page.objects.filter(path__startswith=site.root_page.path[:8]).values_list(
                "pk", "title", "live", "latest_revision_id"
            )
        ),
        "services": sorted(ServiceOffer.objects.filter(site=site).values_list("pk", "name", "waiting_weeks")),
        "channels": sorted(ContactChannel.objects.filter(site=site).values_list("pk", "name", "always_open")),
    }


def submit(page, locator):
    with page.expect_navigation():
        locator.click()


def fetch(page, url):
    """(status, text) of a GET from inside the page: Playwright's own request client
    resolves host names itself and does not know *.localhost."""
    return tuple(
        page.evaluate(
            "async url => { const r = await fetch(url, {redirect: 'manual'});"
            " return [r.status, await r.text()]; }",
            url,
        )
    )


def english_po(page_id, english):
    translation = Translation.objects.get(
        source__object_id=Page.objects.get(pk=page_id).translation_key, target_locale__language_code="en"
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = english.get(entry.msgid, entry.msgid)
    return str(po)


@pytest.mark.parametrize("region_key", ["lindeveld", "kustmeren"])
def test_an_editors_day(js_session, regions, editors, region_key, tmp_path):
    site = Site.objects.get(hostname=f"{region_key}.localhost")
    other = Site.objects.get(hostname=f"{OTHER[region_key]}.localhost")
    base = getattr(regions, region_key)
    before = region_snapshot(other)
    section = AudienceSectionPage.objects.descendant_of(site.root_page).get(
        audience_choice=Audience.PARENTS, locale__language_code="nl"
    )
    service = ServiceOffer.objects.filter(site=site, locale__language_code="nl").order_by("pk").first()
    channel = (
        ContactChannel.objects.filter(site=site, locale__language_code="nl", always_open=False)
        .exclude(opening_hours=None)
        .order_by("pk")
        .first()
    )
    kept = {"waiting_weeks": service.waiting_weeks, "always_open": channel.always_open}
    page = js_session.page
    DUTCH, ENGLISH = texts(region_key)  # noqa: N806 (constants of this run)
    page.context.add_init_script(WATCH_EDITS)
    add_url = f"/admin/pages/add/home/topicpage/{section.pk}/"
    try:
        js_session.goto(f"{base}/admin/login/?next={add_url}")
        page.fill("#id_username", f"redactie.{region_key}")
        page.fill("#id_password", PASSWORD)
        submit(page, page.locator("button[type=submit]"))

        # Create a topic page: Wagtail 8 autosaves it as a draft once the editor types.
        assert page.url.endswith(add_url)
        page.locator("html[data-edits-watched='true']").wait_for(state="attached")
        page.fill("#id_title", DUTCH["title"])
        page.fill("#id_summary", DUTCH["summary"])
        page.locator("[data-contentpath='body'] .c-sf-add-button").first.click()
        page.get_by_role("option", name="Tekst").first.click()
        page.locator("[data-contentpath='body'] [contenteditable='true']").first.click()
        page.keyboard.type(DUTCH["body"])
        # The autosave's answer turns the add form into the draft's edit form and swaps in
        # the side panels of the edit view, with the draft's preview URL. Until then the
        # preview posts to the add form's URL, whose data no longer validates (the slug is
        # the draft's now): what the editor sees is the address bar turning to /edit/.
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        page.locator("a[data-w-preview-target='newTab'][href*='/edit/preview/']").wait_for(state="attached")

        # Preview in the side panel (framed by the admin) and in a new tab.
        page.locator("[data-side-panel-toggle='preview']").click()
        panel = page.frame_locator("#w-preview-iframe")
        expect(panel.locator("h1").first).to_have_text(DUTCH["title"], timeout=20000)
        # The link first posts the form to the preview URL, then opens the preview.
        with page.context.expect_page() as new_tab:
            page.locator("a[data-w-preview-target='newTab']").click()
        tab = new_tab.value
        tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/preview/"))
        expect(tab.locator("h1").first).to_have_text(DUTCH["title"], timeout=20000)
        assert DUTCH["body"] in tab.locator("main").inner_text()
        tab.close()

        # Publish.
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        submit(page, page.locator("button[name='action-publish']"))
        dutch = Page.objects.get(title=DUTCH["title"]).specific
        assert dutch.live and dutch.url_path.startswith(site.root_page.url_path)
        public = js_session.goto(base + dutch.get_url_parts()[2])
        assert DUTCH["body"] in page.content() and public.status == 200

        # Translate: the English page waits as a draft until the translation is in.
        js_session.goto(f"{base}/admin/localize/submit/page/{dutch.pk}/")
        page.get_by_label("Engels").check()
        submit(page, page.locator("main input[type=submit]"))
        english = dutch.get_translation(english_locale())
        assert not english.live
        assert page.get_by_role("heading", name="Vertaling Nederlands naar Engels").first.is_visible()
        assert fetch(page, base + english.get_url_parts()[2])[0] == 404
        po_file = tmp_path / "translation.po"
        po_file.write_text(english_po(dutch.pk, ENGLISH))
        with page.expect_navigation():
            page.locator("input[type=file][name=file]").first.set_input_files(str(po_file))
        submit(page, page.get_by_role("button", name="Publiceer in het Engels"))
        expect(page.get_by_text("in Engels gepubliceerd")).to_be_visible(timeout=20000)
        english = Page.objects.get(pk=english.pk).specific
        assert english.live and english.title == ENGLISH[DUTCH["title"]]
        js_session.goto(base + english.get_url_parts()[2])
        assert page.evaluate("document.documentElement.lang") == "en"
        text = page.locator("main").inner_text()
        assert ENGLISH[DUTCH["body"]] in text
        assert not [dutch_text for dutch_text in DUTCH.values() if dutch_text in page.content()]

        # Edit a service: only this region's municipalities and channels to choose from.
        js_session.goto(f"{base}/admin/snippets/home/serviceoffer/edit/{service.pk}/")
        assert (
            page.locator("input[name=municipalities]").count()
            == Municipality.objects.filter(site=site).count()
        )
        assert page.locator("input[name=channels]").count() == (
            ContactChannel.objects.filter(site=site, locale__language_code="nl").count()
        )
        page.fill("#id_waiting_weeks", "7")
        submit(page, page.locator("footer button[type=submit]").first)
        english_service = service.get_translation(english_locale())
        assert ServiceOffer.objects.get(pk=english_service.pk).waiting_weeks == 7, "English follows at once"

        # Edit a channel: open day and night now, in English too.
        js_session.goto(f"{base}/admin/snippets/home/contactchannel/edit/{channel.pk}/")
        page.check("#id_always_open")
        submit(page, page.locator("footer button[type=submit]").first)
        _status, api = fetch(page, f"{base}/api/v2/channels/?locale=en&fields=open_now&limit=20")
        open_now = {item["meta"]["translation_key"]: item["open_now"] for item in json.loads(api)["items"]}
        assert open_now[str(channel.translation_key)] is True

        # Put both back as they were, the way they were changed (the test's own writes are
        # rolled back with its transaction; the server's stay).
        js_session.goto(f"{base}/admin/snippets/home/contactchannel/edit/{channel.pk}/")
        page.uncheck("#id_always_open")
        submit(page, page.locator("footer button[type=submit]").first)
        js_session.goto(f"{base}/admin/snippets/home/serviceoffer/edit/{service.pk}/")
        page.fill("#id_waiting_weeks", "" if kept["waiting_weeks"] is None else str(kept["waiting_weeks"]))
        submit(page, page.locator("footer button[type=submit]").first)
        assert channel.get_translation(english_locale()).always_open is False

        # Another region's service is not there for this editor.
        other_service = ServiceOffer.objects.filter(site=other).first()
        assert fetch(page, f"{base}/admin/snippets/home/serviceoffer/edit/{other_service.pk}/")[0] == 404

        # Unpublish, then delete: the confirmations name the translation, which goes along.
        js_session.goto(f"{base}/admin/pages/{dutch.pk}/unpublish/")
        assert re.search(r"één vertaling", page.locator("main").inner_text())
        submit(page, page.get_by_role("button", name="Ja, trek de publicatie in"))
        assert not Page.objects.get(pk=english.pk).live
        assert fetch(page, base + english.get_url_parts()[2])[0] == 404
        js_session.goto(f"{base}/admin/pages/{dutch.pk}/delete/")
        assert "1 vertaling" in page.locator("main").inner_text()
        submit(page, page.locator("main [type=submit]").last)
        assert not Page.objects.filter(pk__in=[dutch.pk, english.pk]).exists()

        assert region_snapshot(other) == before, "the other region changed"
        assert js_session.foreign_requests == []
    finally:
        Page.objects.filter(title__in=[DUTCH["title"], ENGLISH[DUTCH["title"]]]).delete()
        service.refresh_from_db()
        service.waiting_weeks = kept["waiting_weeks"]
        service.save()
        channel.refresh_from_db()
        channel.always_open = kept["always_open"]
        channel.save()


def english_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")
