"""What is searchable, and how a page or service offer becomes a `SearchEntry`.

Only live pages without view restrictions are searchable, of the page types below. Nothing
from `advies` is ever read here. Body text is taken from every StreamField and text field a
page type declares itself (so new fields of a page type are picked up without changes here),
using Wagtail's own `get_searchable_content` for StreamFields.
"""

import hashlib

from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from home.models import (
    AudienceSectionPage,
    ChildTopicPage,
    KnowledgeArticlePage,
    OptionPage,
    ServiceOffer,
    StandardPage,
    Topic,
    TopicPage,
)
from home.selectors import public_pages
from search.models import SearchEntry, SearchEntryKind
from search.text import plain_text, word_list

CONTENT_PAGE_TYPES = (TopicPage, OptionPage, ChildTopicPage, StandardPage, AudienceSectionPage)
SEARCHABLE_PAGE_TYPES = (KnowledgeArticlePage, *CONTENT_PAGE_TYPES)
SUMMARY_FIELDS = ("summary", "intro")


def _own_fields(model):
    """Fields a page type declares itself (not those of wagtailcore.Page)."""
    base = {field.name for field in Page._meta.get_fields()}
    return [field for field in model._meta.get_fields() if field.name not in base and field.concrete]


def _page_text(page):
    """Summary and body text of a specific page, as plain text."""
    summary = ""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            summary = plain_text(value)
            break
    summary = summary or plain_text(page.search_description)
    parts = []
    for field in _own_fields(type(page)):
        if field.name in SUMMARY_FIELDS:
            continue
        value = getattr(page, field.name, None)
        if isinstance(field, StreamField):
            parts.extend(field.get_searchable_content(value))
        elif isinstance(field, models.TextField) and value:
            parts.append(value)
    if isinstance(page, KnowledgeArticlePage):
        parts.extend(attachment.document.title for attachment in page.attachments.all())
    return summary, plain_text(*parts)


class Lookups:
    """Reference data an entry needs (sites, languages, topic names), loaded once per batch,
    so building many entries costs a fixed number of queries for these."""

    def __init__(self):
        self.sites = {site.pk: site for site in Site.objects.all()}
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.topic_names = {
            (topic.translation_key, topic.locale_id): topic.name
            for topic in Topic.objects.only("translation_key", "locale_id", "name")
        }


def _topics_in_language(topics, locale_id, lookups):
    """(slugs, names) of the topics, names in the given locale where translated.

    Topic relations keep pointing at the source-language topics after translation, so the
    names are looked up by translation key."""
    topics = list(topics)
    slugs = sorted({topic.slug for topic in topics})
    names = [lookups.topic_names.get((topic.translation_key, locale_id), topic.name) for topic in topics]
    return slugs, " ".join(names)


def _folded(entry):
    """Fills the fallback's matching fields, the distinct folded words of the title and of
    all the text (order and repetition do not matter for matching words, and the shorter
    value keeps the database's scan fast), and the key of identical content."""
    entry.folded_title = word_list(entry.title)
    text = " ".join(
        [entry.title, entry.summary, entry.body, entry.topic_names, " ".join(entry.municipalities)]
    )
    entry.folded_text = word_list(text)
    same = "\x1f".join([entry.kind, entry.language, entry.title, entry.summary, entry.body])
    entry.content_key = hashlib.sha1(same.encode(), usedforsecurity=False).hexdigest()
    return entry


def entry_for_page(page, lookups=None):
    """An unsaved SearchEntry for a searchable specific page (None for a page outside any
    region's site, which no reader can reach)."""
    lookups = lookups or Lookups()
    site_id, _root_url, path = page.get_url_parts() or (None, "", "")
    if site_id not in lookups.sites:
        return None
    summary, body = _page_text(page)
    topics = page.topics.all() if hasattr(page, "topics") else []
    topic_slugs, topic_names = _topics_in_language(topics, page.locale_id, lookups)
    entry = SearchEntry(
        object_type=SearchEntry.PAGE,
        object_id=page.pk,
        language=lookups.languages[page.locale_id],
        site=lookups.sites[site_id],
        title=page.title[:255],
        summary=summary,
        body=body,
        url_path=path or "",
        topics=topic_slugs,
        topic_names=topic_names,
        published_at=page.last_published_at or page.first_published_at,
    )
    if isinstance(page, KnowledgeArticlePage):
        entry.kind = SearchEntryKind.KNOWLEDGE_ARTICLE
        entry.audiences = [page.target_audience] if page.target_audience else []
        entry.article_type = page.article_type
        entry.evidence_level = page.evidence_level
        entry.last_reviewed = page.last_reviewed
    else:
        entry.kind = SearchEntryKind.CONTENT_PAGE
        audience = page.audience
        entry.audiences = [audience] if audience else []
    return _folded(entry)


def page_for_offer(offer):
    """A live option page in the offer's language that lists the offer, or None."""
    return (
        public_pages(OptionPage.objects.live())
        .filter(locale_id=offer.locale_id, services__translation_key=offer.translation_key)
        .order_by("path")
        .first()
    )


def entry_for_service_offer(offer, lookups=None):
    """An unsaved SearchEntry for a service offer."""
    lookups = lookups or Lookups()
    option_page = page_for_offer(offer)
    path = ""
    if option_page is not None:
        _site_id, _root_url, path = option_page.get_url_parts() or (None, "", "")
    municipalities = list(offer.municipalities.all())
    topic_slugs, topic_names = _topics_in_language(offer.topics.all(), offer.locale_id, lookups)
    entry = SearchEntry(
        object_type=SearchEntry.SERVICE_OFFER,
        object_id=offer.pk,
        kind=SearchEntryKind.SERVICE_OFFER,
        language=lookups.languages[offer.locale_id],
        site_id=offer.site_id,
        title=offer.name[:255],
        summary=plain_text(offer.summary),
        body=plain_text(offer.provider, offer.cost_note, *(m.name for m in municipalities)),
        url_path=path or "",
        topics=topic_slugs,
        topic_names=topic_names,
        audiences=list(offer.audiences),
        municipalities=sorted(m.slug for m in municipalities),
    )
    return _folded(entry)


def searchable_pages():
    """Every searchable page in tree order (base pages; see `specific_pages`)."""
    return public_pages(Page.objects.live().type(*SEARCHABLE_PAGE_TYPES)).order_by("path")


def specific_pages(pages):
    """The specific pages of a batch of base pages, with their topics and attachments."""
    by_model = {}
    for page in pages:
        by_model.setdefault(page.specific_class, []).append(page.pk)
    found = {}
    for model, ids in by_model.items():
        queryset = model.objects.filter(pk__in=ids)
        if hasattr(model, "topics"):
            queryset = queryset.prefetch_related("topics")
        if model is KnowledgeArticlePage:
            queryset = queryset.prefetch_related("attachments__document")
        found.update((page.pk, page) for page in queryset)
    return [found[page.pk] for page in pages if page.pk in found]


def service_offers():
    return ServiceOffer.objects.prefetch_related("municipalities", "topics").order_by("pk")
