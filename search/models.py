"""The search index as the database knows it.

One `SearchEntry` per searchable thing (a live, public page or a service offer), built
from the content by `search.content`. It is what the database fallback searches, and the
source of the Elasticsearch documents, so both answer from the same extracted text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import Audience
from home.fields import ChoiceSetField


class SearchEntryKind(models.TextChoices):
    KNOWLEDGE_ARTICLE = "kennisartikel", _("Kennisartikel")
    CONTENT_PAGE = "informatie", _("Informatie")
    SERVICE_OFFER = "aanbod", _("Aanbod")


class SearchEntryQuerySet(models.QuerySet):
    def in_language(self, language):
        return self.filter(language=language)

    def of_kinds(self, kinds):
        return self.filter(kind__in=list(kinds))


class SearchEntry(models.Model):
    PAGE = "page"
    SERVICE_OFFER = "serviceoffer"
    OBJECT_TYPES = [(PAGE, "page"), (SERVICE_OFFER, "service offer")]

    object_type = models.CharField(max_length=20, choices=OBJECT_TYPES)
    object_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=20, choices=SearchEntryKind.choices)
    language = models.CharField(max_length=10)
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url_path = models.CharField(max_length=500, blank=True)
    # Sets of slugs stored as ",a,b," so the database fallback counts and filters them in SQL.
    topics = ChoiceSetField(max_length=2000)
    topic_names = models.TextField(blank=True)
    audiences = ChoiceSetField(choices=Audience.choices)
    municipalities = ChoiceSetField(max_length=2000)
    article_type = models.CharField(max_length=20, blank=True)
    evidence_level = models.CharField(max_length=20, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    last_reviewed = models.DateField(null=True, blank=True)
    # The fallback's matching fields: the distinct folded (lower-case, no diacritics) words
    # of the title and of all the text, as " a b c " (see `search.text.word_list`).
    folded_title = models.TextField(blank=True)
    folded_text = models.TextField(blank=True)
    # The same for identical content (e.g. a knowledge article every region publishes), so
    # the knowledge base shows it once.
    content_key = models.CharField(max_length=40, blank=True, db_index=True)
    # Goes up whenever what the entry says changes; the engine's document carries it, so the
    # repair (`search.repair`) sees a stale document without comparing texts.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("zoekindex-item")
        verbose_name_plural = _("zoekindex")
        constraints = [
            models.UniqueConstraint(fields=["object_type", "object_id"], name="unique_search_entry"),
        ]
        indexes = [models.Index(fields=["language", "kind", "site"], name="search_entry_scope")]

    def __str__(self):
        return self.title

    CONTENT_FIELDS = (
        "kind",
        "language",
        "site_id",
        "title",
        "summary",
        "body",
        "url_path",
        "topics",
        "topic_names",
        "audiences",
        "municipalities",
        "article_type",
        "evidence_level",
        "published_at",
        "last_reviewed",
        "content_key",
    )

    def says_the_same_as(self, other):
        return all(getattr(self, name) == getattr(other, name) for name in self.CONTENT_FIELDS)

    @property
    def document_id(self):
        """The id of this entry's document in the engine."""
        return f"{self.object_type}-{self.object_id}"


class SearchWordQuerySet(models.QuerySet):
    def add_words_of(self, entries):
        """Adds the words of these entries' texts (the words already known stay)."""
        found = set()
        for entry in entries:
            found.update(entry.folded_text.split())
        known = [SearchWord(word=word) for word in sorted(found) if len(word) <= SearchWord.MAX_LENGTH]
        self.bulk_create(known, batch_size=1000, ignore_conflicts=True)


class SearchWord(models.Model):
    """Every word of the entries' texts, folded: the vocabulary in which the database
    fallback finds the words a long search term occurs in ("alimentatie" in
    "kinderalimentatie"), to look those up in its word index (`search.word_index`).

    Words are added whenever entries are saved and replaced on a full rebuild; a word no
    entry has any more only costs a lookup that finds nothing."""

    MAX_LENGTH = 100

    word = models.CharField(max_length=MAX_LENGTH, unique=True)

    objects = SearchWordQuerySet.as_manager()

    class Meta:
        verbose_name = _("zoekwoord")
        verbose_name_plural = _("zoekwoorden")

    def __str__(self):
        return self.word


class IndexHealth(models.Model):
    """How the engine's index stands against the database entries: one row.

    `dirty_since` is set when a write to the engine failed, or a search could not reach it;
    until a repair has run, searches answer from the database (which is always right), and
    the first search (or the scheduled task) starts the repair."""

    dirty_since = models.DateTimeField(null=True, blank=True)
    repair_requested_at = models.DateTimeField(null=True, blank=True)
    last_sync = models.DateTimeField(null=True, blank=True)
    last_drift = models.PositiveIntegerField(default=0)  # documents repaired by the last sync
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("zoekindex-status")
        verbose_name_plural = _("zoekindex-status")

    def __str__(self):
        return f"search index health (last sync {self.last_sync})"

    @classmethod
    def current(cls):
        return cls.objects.get_or_create(pk=1)[0]
