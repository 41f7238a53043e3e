"""Navigation and findability: menus, breadcrumbs, 'op deze pagina', meta tags, sitemap
with language alternates, robots.txt, the knowledge feed, children's pages."""

import re
import xml.etree.ElementTree as ET

import pytest

from home.choices import Audience
from tests.conftest import host_of
from tests.factories import ChildTopicPageFactory, KnowledgeArticlePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


def home_site(page):
    return page.get_site()


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_sitemap_lists_both_languages_with_alternates(client, lindeveld, english):
    response = client.get("/sitemap.xml", HTTP_HOST=host_of(lindeveld))
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        loc = url.find(f"{SITEMAP}loc").text
        entries[loc] = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
    base = f"http://{host_of(lindeveld)}"
    assert f"{base}/nl/" in entries and f"{base}/en/" in entries
    assert entries[f"{base}/nl/"] == {"nl": f"{base}/nl/", "en": f"{base}/en/", "x-default": f"{base}/nl/"}
    dutch_topic = next(loc for loc in entries if "/nl/ouders/" in loc and loc != f"{base}/nl/ouders/")
    alternates = entries[dutch_topic]
    assert alternates["nl"] == dutch_topic
    assert alternates["en"].startswith(f"{base}/en/") and alternates["en"] in entries
    assert entries[alternates["en"]]["nl"] == dutch_topic
    assert all(loc.startswith(base) for loc in entries), "only this region's pages"


def test_sitemap_leaves_out_unpublished_pages(client, lindeveld, section):
    draft = TopicPageFactory(parent=section(), live=False, slug="nog-niet-af")
    xml = client.get("/sitemap.xml", HTTP_HOST=host_of(lindeveld)).content.decode()
    assert draft.slug not in xml


def test_robots_txt_points_at_the_regions_sitemap(client, lindeveld):
    response = client.get("/robots.txt", HTTP_HOST=host_of(lindeveld))
    assert response["Content-Type"].startswith("text/plain")
    assert f"Sitemap: http://{host_of(lindeveld)}/sitemap.xml" in response.content.decode()


def test_page_meta_open_graph_and_hreflang(get_page, lindeveld):
    html = get_page("/nl/").content.decode()
    base = f"http://{host_of(lindeveld)}"
    assert f'<link rel="canonical" href="{base}/nl/">' in html
    assert f'<link rel="alternate" hreflang="en" href="{base}/en/">' in html
    assert '<meta property="og:title"' in html
    assert '<meta property="og:locale" content="nl_NL">' in html
    assert '<meta name="description"' in html


def test_breadcrumbs_and_section_menu(get_page, section, lindeveld):
    parents = section(Audience.PARENTS)
    pages = [TopicPageFactory(parent=parents, title=f"Menu-item {n}") for n in range(3)]
    html = get_page(pages[0].url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert parents.title in crumbs and 'aria-current="page"' in crumbs
    menu = re.search(r'<nav class="section-menu".*?</nav>', html, re.S).group(0)
    for page in pages:
        assert page.title in menu
    assert f'href="{pages[0].relative_url(lindeveld)}" aria-current="page"' in menu


def test_long_pages_get_a_table_of_contents_with_working_anchors(get_page, section):
    page = TopicPageFactory(
        parent=section(),
        body=[
            {"type": "paragraph", "value": "<h2>Eerste kop</h2><p>a</p><h2>Tweede kop</h2><p>b</p>"},
            {
                "type": "faq",
                "value": {"heading": "Vragen", "items": [{"question": "V?", "answer": "<p>A</p>"}]},
            },
        ],
    )
    html = get_page(page.url).content.decode()
    toc = re.search(r'<nav class="toc".*?</nav>', html, re.S).group(0)
    anchors = re.findall(r'href="#([^"]+)">([^<]+)</a>', toc)
    assert [title for _anchor, title in anchors] == ["In het kort", "Eerste kop", "Tweede kop", "Vragen"]
    for anchor, _title in anchors:
        assert f'id="{anchor}"' in html, anchor


def test_short_pages_have_no_table_of_contents(get_page, section):
    page = TopicPageFactory(parent=section())
    assert 'class="toc"' not in get_page(page.url).content.decode()


def test_childrens_pages_are_simple_and_never_ask_anything(get_page, section):
    for audience in (Audience.CHILDREN, Audience.YOUTH):
        page = ChildTopicPageFactory(parent=section(audience))
        html = get_page(page.url).content.decode()
        assert "<form" not in html, audience
        assert 'class="kindertelefoon"' in html
        assert 'href="tel:08000432"' in html
        # The read-aloud button is hidden until the script finds speech synthesis.
        assert re.search(r"<button[^>]*data-read-aloud[^>]*hidden", html)
        assert "page-young" in html


def test_home_links_to_the_scheidingswijzer_only_when_it_exists(get_page, settings):
    settings.SCHEIDINGSWIJZER_URL_NAME = "bestaat:niet"
    html = get_page("/nl/").content.decode()
    assert 'class="scheidingswijzer-entry"' not in html
    settings.SCHEIDINGSWIJZER_URL_NAME = "knowledge_feed_rss"  # any URL that exists
    html = get_page("/nl/").content.decode()
    assert re.search(r'class="scheidingswijzer-entry".*?href="/nl/feeds/kennisartikelen/"', html, re.S)


def test_home_shows_latest_knowledge_articles_and_quick_help(get_page, section):
    article = KnowledgeArticlePageFactory(parent=section(Audience.PROFESSIONALS), title="Gloednieuw artikel")
    article.save_revision().publish()  # sets first_published_at, as publishing in the admin does
    html = get_page("/nl/").content.decode()
    latest = re.search(r'<section class="latest-articles".*?</section>', html, re.S).group(0)
    assert article.title in latest and article.relative_url(home_site(article)) in latest
    assert 'href="tel:08002000"' in html and 'href="tel:112"' in html


def test_knowledge_feed_per_language(get_page, section):
    article = KnowledgeArticlePageFactory(parent=section(Audience.PROFESSIONALS), title="Nieuw in de feed")
    article.save_revision().publish()
    atom = get_page("/nl/feeds/kennisartikelen/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert article.title in atom.content.decode()
    rss = get_page("/nl/feeds/kennisartikelen/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert article.title in rss.content.decode()
    english = get_page("/en/feeds/kennisartikelen/").content.decode()
    assert article.title not in english


def test_print_styles_hide_navigation_and_the_exit_button(client):
    css = b"".join(client.get("/static/css/portal.css").streaming_content).decode()
    print_rules = css[css.index("@media print") :]
    for selector in (".exit", ".crisis-bar", ".audience-nav", ".site-footer", ".filter-form"):
        assert selector in print_rules
