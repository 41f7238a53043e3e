"""Content for search tests, published the way an editor publishes (through a revision),
so the CMS signals fire and the search index follows."""

import datetime
import itertools

from wagtail.models import Locale, Page, Site

from home.choices import ArticleType, Audience
from home.models import AudienceSectionPage, HomePage, RegionSettings
from tests.factories.content import KnowledgeArticlePageFactory, TopicPageFactory

_numbers = itertools.count(1)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def section_of(site, audience, language="nl"):
    """The audience section of a region in a language."""
    home = site.root_page.get_translation(Locale.objects.get(language_code=language))
    return AudienceSectionPage.objects.child_of(home).get(audience_choice=audience)


def make_region(name):
    """A new region: a Dutch home page with parents' and professionals' sections, and its site."""
    number = next(_numbers)
    slug = f"{name.lower()}-{number}"
    dutch = Locale.objects.get(language_code="nl")
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title=f"Regio {name}", slug=slug, intro="Welkom.", locale=dutch)
    )
    site = Site.objects.create(
        hostname=f"{slug}.localhost", port=8000, root_page=home, site_name=f"Regio {name}"
    )
    RegionSettings.objects.create(
        site=site, region_name=f"Regio {name}", expertise_point_name=f"Expertisepunt {name}"
    )
    for audience in (Audience.PARENTS, Audience.PROFESSIONALS):
        home.add_child(
            instance=AudienceSectionPage(
                title=audience.label,
                slug=audience.value,
                audience_choice=audience,
                intro="Intro.",
                locale=dutch,
            )
        )
    return site


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def knowledge_article(section, *, title, summary="Samenvatting.", body="Tekst.", topics=(), **fields):
    """A published knowledge article under a professionals' section."""
    fields.setdefault("article_type", ArticleType.FACTSHEET)
    fields.setdefault("last_reviewed", datetime.date(2026, 1, 15))
    page = KnowledgeArticlePageFactory(
        parent=section, live=False, title=title, summary=summary, body=paragraph(body), **fields
    )
    if topics:
        page.topics.set(topics)
        page.save()
    return publish(page)


def topic_page(section, *, title, summary="Het korte antwoord.", body="Tekst."):
    page = TopicPageFactory(parent=section, live=False, title=title, summary=summary, body=paragraph(body))
    return publish(page)


def translation(page, language, **fields):
    """A published translation of a page (its parent must be translated already)."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return publish(translated)
