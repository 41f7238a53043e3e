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
    # Folded (lower-case, no diacritics) copies for the database fallback's matching.
    folded_title = models.TextField(blank=True)
    folded_text = models.TextField(blank=True)
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

    @property
    def document_id(self):
        """The id of this entry's document in the engine."""
        return f"{self.object_type}-{self.object_id}"
