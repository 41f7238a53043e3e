"""The two searches and their facets, shared by the engine and the database fallback.

A facet is a URL parameter (Dutch, like the rest of the URLs) over one field of the index.
Counts follow the usual faceted-search rule: a facet's counts take every *other* selected
filter into account, so choosing one topic still shows how many results the other topics
would add.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from home.choices import ArticleType, Audience, EvidenceLevel
from home.models import Topic
from search.models import SearchEntryKind

MAX_VALUES_PER_FACET = 20
SLUG = re.compile(r"^[-a-z0-9_]{1,100}$")


@dataclass(frozen=True)
class Facet:
    name: str  # URL parameter
    field: str  # SearchEntry field and document field
    label: str
    choices: type | None = None  # TextChoices with the allowed values and their labels

    def clean(self, values):
        """The valid values among those given (unknown ones are ignored), deduplicated."""
        cleaned = []
        for value in values[:MAX_VALUES_PER_FACET]:
            value = str(value).strip()
            if self.choices is not None:
                valid = value in self.choices.values
            elif self.field == "site_id":
                valid = value.isdigit() and len(value) < 10
            else:
                valid = bool(SLUG.match(value))
            if valid and value not in cleaned:
                cleaned.append(value)
        return tuple(cleaned)

    def labels(self, values, language, regions=None):
        """{value: label} for the given values, in display order; `regions` the names of
        all regions when the caller has them already (`region_names()`)."""
        values = list(values)
        if self.choices is not None:
            return {choice.value: choice.label for choice in self.choices if choice.value in values}
        if self.field == "site_id":
            if regions is None:
                return region_names([v for v in values if v.isdigit()])
            return {pk: name for pk, name in regions.items() if pk in values}
        if self.field == "topics":
            return topic_names(values, language)
        return {value: value for value in sorted(values)}


def region_names(site_ids=None):
    """{site id as text: region name} of the given sites (all without), sorted by name."""
    # Plain values, not model instances: a page of hits from 42 regions built 42 Site and
    # RegionSettings objects twice per search (24 ms of a 90 ms search). One query, the
    # settings joined, once per search (`SearchQuery.region_names`, for the facet's labels
    # and the hits): separate queries for the ids, the sites and the settings, for the
    # labels and again for the hits, were five of an engine search's six.
    sites = Site.objects.all() if site_ids is None else Site.objects.filter(pk__in=site_ids)
    names = {
        str(pk): region or site_name or hostname
        for pk, site_name, hostname, region in sites.values_list(
            "pk", "site_name", "hostname", "regionsettings__region_name"
        )
    }
    return dict(sorted(names.items(), key=lambda item: item[1]))


def topic_names(slugs, language):
    """{slug: name in the language (else in any language)}, sorted by name."""
    names = {}
    for topic in Topic.objects.filter(slug__in=slugs).select_related("locale"):
        if topic.slug not in names or topic.locale.language_code == language:
            names[topic.slug] = topic.name
    return dict(sorted(names.items(), key=lambda item: item[1].casefold()))


TOPIC = Facet("onderwerp", "topics", _("Onderwerp"))
ARTICLE_TYPE = Facet("soort", "article_type", _("Soort"), ArticleType)
TARGET_AUDIENCE = Facet("doelgroep", "audiences", _("Doelgroep"), Audience)
EVIDENCE = Facet("bewijs", "evidence_level", _("Mate van bewijs"), EvidenceLevel)
REGION = Facet("regio", "site_id", _("Regio"))
KIND = Facet("wat", "kind", _("Wat"), SearchEntryKind)
AUDIENCE = Facet("voor", "audiences", _("Voor wie"), Audience)


@dataclass(frozen=True)
class Scope:
    """One of the two searches."""

    name: str
    url_name: str
    title: str
    kinds: tuple
    facets: tuple
    within_site: bool  # only the current region (else the region is a facet)
    browse_without_query: bool  # list everything when no words are given


KNOWLEDGE = Scope(
    name="kennisbank",
    url_name="search:knowledge",
    title=_("Kennisbank voor professionals"),
    kinds=(SearchEntryKind.KNOWLEDGE_ARTICLE.value,),
    facets=(TOPIC, ARTICLE_TYPE, TARGET_AUDIENCE, EVIDENCE, REGION),
    within_site=False,
    browse_without_query=True,
)

SITE = Scope(
    name="site",
    url_name="search:site",
    title=_("Zoeken"),
    kinds=tuple(kind.value for kind in SearchEntryKind),
    facets=(KIND, AUDIENCE, TOPIC),
    within_site=True,
    browse_without_query=False,
)

SCOPES = {scope.name: scope for scope in (KNOWLEDGE, SITE)}
