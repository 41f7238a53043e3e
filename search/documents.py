"""Elasticsearch DSL documents: knowledge articles, content pages and service offers.

All three live in one index per language (so the site search ranks them together), told
apart by `kind`. The text analyser is referred to by name; each index defines it for its
language and for what the engine offers (see `search.analysis`). `all_text` receives the
title, summary, body and topic names through `copy_to`; queries require their words there
and boost matches in the title and summary.

The DSL lives in the `elasticsearch` package since 8.18 (the `elasticsearch-dsl`
distribution is now a thin alias of `elasticsearch.dsl`).
"""

from elasticsearch.dsl import Date, Document, Index, Integer, Keyword, MetaField, Text

from search.analysis import EXACT_ANALYZER, TEXT_ANALYZER, analysis_settings
from search.models import SearchEntry, SearchEntryKind


def _text(**kwargs):
    """A text field that feeds `all_text` and stores offsets, so highlighting reads them
    from the index instead of analysing the text again (hunspell is slow at that)."""
    return Text(
        analyzer=TEXT_ANALYZER,
        copy_to="all_text",
        index_options="offsets",
        fields={"exact": Text(analyzer=EXACT_ANALYZER)},
        **kwargs,
    )


class SearchDocument(Document):
    """Fields every searchable thing has."""

    kind = Keyword()
    language = Keyword()
    site_id = Keyword()
    title = _text()
    summary = _text()
    body = _text()
    topic_names = _text()
    all_text = Text(analyzer=TEXT_ANALYZER, fields={"exact": Text(analyzer=EXACT_ANALYZER)})
    topics = Keyword()
    audiences = Keyword()
    url_path = Keyword(index=False)
    published_at = Date()
    content_key = Keyword()  # the same for identical content: the knowledge base collapses on it
    entry_version = Integer()  # the SearchEntry's version: the repair compares it

    KIND = None

    class Meta:
        dynamic = MetaField("strict")

    @classmethod
    def from_entry(cls, entry):
        document = cls(meta={"id": entry.document_id})
        for name in ("kind", "language", "title", "summary", "body", "topic_names", "url_path"):
            setattr(document, name, getattr(entry, name))
        document.site_id = str(entry.site_id)
        document.topics = list(entry.topics)
        document.audiences = list(entry.audiences)
        document.published_at = entry.published_at
        document.content_key = entry.content_key or entry.document_id
        document.entry_version = entry.version
        return document


class KnowledgeArticleDocument(SearchDocument):
    article_type = Keyword()
    evidence_level = Keyword()
    last_reviewed = Date()

    KIND = SearchEntryKind.KNOWLEDGE_ARTICLE.value

    @classmethod
    def from_entry(cls, entry):
        document = super().from_entry(entry)
        document.article_type = entry.article_type
        document.evidence_level = entry.evidence_level
        document.last_reviewed = entry.last_reviewed
        return document


class ContentPageDocument(SearchDocument):
    KIND = SearchEntryKind.CONTENT_PAGE.value


class ServiceOfferDocument(SearchDocument):
    municipalities = Keyword()

    KIND = SearchEntryKind.SERVICE_OFFER.value

    @classmethod
    def from_entry(cls, entry):
        document = super().from_entry(entry)
        document.municipalities = list(entry.municipalities)
        return document


DOCUMENT_CLASSES = (KnowledgeArticleDocument, ContentPageDocument, ServiceOfferDocument)
DOCUMENT_BY_KIND = {cls.KIND: cls for cls in DOCUMENT_CLASSES}


def document_for(entry: SearchEntry):
    return DOCUMENT_BY_KIND[entry.kind].from_entry(entry)


def index_body(language, level):
    """The body to create one language's index with: settings, analysis and mappings."""
    index = Index("portal-search")
    for document_class in DOCUMENT_CLASSES:
        index.document(document_class)
    index.settings(
        number_of_shards=1,
        auto_expand_replicas="0-1",
        analysis=analysis_settings(language, level),
    )
    body = index.to_dict()
    body["mappings"]["_meta"] = {"language": language, "analysis": level}
    return body


def mappings():
    """The current mappings (without `_meta`), to add new fields to an existing index."""
    body = index_body("nl", "basic")["mappings"]
    body.pop("_meta", None)
    return body
