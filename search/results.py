"""What a search is asked and what it answers, the same for the engine and the database."""

import math
from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.choices import ArticleType, Audience, EvidenceLevel
from search import synonyms
from search.facets import Scope, region_names
from search.models import SearchEntryKind

PAGE_SIZE = 10
SNIPPET_SIZE = 200  # characters of a hit's text shown under its title
MAX_PAGE = 100  # the engine pages through at most 10,000 hits; nobody reads further


def words_needed(count):
    """How many of a query's concepts (its significant words, with their synonyms) a result
    must contain: half, rounded up (measured with scripts/benchmarks/relevance.py: stricter
    rules, e.g. two of three, lose more good answers than they remove noise). Ranking puts
    results with more of them first; when nothing is found, one is enough
    (`SearchQuery.relaxed`)."""
    return max(1, (count + 1) // 2)


@dataclass(frozen=True)
class SearchQuery:
    scope: Scope
    text: str
    language: str
    site: Site | None
    filters: dict = field(default_factory=dict)  # facet name -> tuple of selected values
    page: int = 1
    relaxed: bool = False  # one concept is enough (asked when nothing has most of them)

    @cached_property
    def alternatives(self):
        """The query and its synonym rewrites, as lists of words."""
        return synonyms.alternatives(self.text, self.language)

    @cached_property
    def concepts(self):
        """What a result should contain: concepts, each a list of terms (tuples of words)
        any of which counts; most concepts are needed (`words_needed`)."""
        return synonyms.concepts(self.text, self.language)

    @property
    def needed(self):
        return 1 if self.relaxed else words_needed(len(self.concepts))

    @property
    def prefers_parents(self):
        """The site search puts pages for parents first, then other pages for the public,
        then knowledge articles (written for professionals)."""
        return self.scope.within_site

    @property
    def collapses_copies(self):
        """The knowledge base shows an article that several regions publish once."""
        return not self.scope.within_site

    @property
    def highlight_terms(self):
        return sorted(
            {word for terms in self.concepts for term in terms for word in term}, key=len, reverse=True
        )

    @property
    def offset(self):
        return (self.page - 1) * PAGE_SIZE

    @property
    def has_filters(self):
        return any(self.filters.values())

    @property
    def is_empty(self):
        return not self.alternatives and not self.has_filters


@dataclass
class Hit:
    kind: str
    title: str
    title_html: str
    url: str
    snippet_html: str
    details: list  # short labels: type, audience, evidence level, region
    date: object = None

    @property
    def kind_label(self):
        return SearchEntryKind(self.kind).label


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    name: str
    label: str
    values: list

    @property
    def selected(self):
        return [value for value in self.values if value.selected]


@dataclass
class SearchResults:
    query: SearchQuery
    engine: str  # "elasticsearch" or "database"
    total: int = 0
    hits: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    degraded: bool = False  # the engine is configured but could not answer
    suggestion: str = ""  # a query that may find more ("did you mean")
    corrected_from: str = ""  # what was typed, when these are the results of a correction

    @property
    def num_pages(self):
        return min(MAX_PAGE, max(1, math.ceil(self.total / PAGE_SIZE)))

    @property
    def first_number(self):
        return self.query.offset + 1 if self.total else 0

    @property
    def last_number(self):
        return min(self.total, self.query.offset + len(self.hits))


class HitBuilder:
    """Turns index data (an entry or an engine document) into a Hit for the current page,
    with links relative to the current region and absolute to others."""

    def __init__(self, query):
        self.query = query
        self._roots = None
        self._regions = None

    def root_url(self, site_id):
        """The root URL of a region; all regions' are read in one query, the first time one
        is needed (so a page of hits from 20 regions costs one query, not 20)."""
        if self._roots is None:
            self._roots = {site.pk: site.root_url for site in Site.objects.all()}
        return self._roots.get(site_id, "")

    def region_name(self, site_id):
        return self.regions.get(str(site_id), "")

    @property
    def regions(self):
        """{site id as text: region name} of all regions, read once per search (the hits'
        details, and the region facet's labels when `facet_results` is given this builder)."""
        if self._regions is None:
            self._regions = region_names()
        return self._regions

    def url(self, site_id, path):
        if not path:
            return ""
        current = self.query.site
        if current is not None and str(current.pk) == str(site_id):
            return path
        return self.root_url(int(site_id)) + path

    def details(self, data):
        labels = []
        if data.get("article_type") in ArticleType.values:
            labels.append(ArticleType(data["article_type"]).label)
        labels.extend(Audience(a).label for a in data.get("audiences") or [] if a in Audience.values)
        if data.get("evidence_level") in EvidenceLevel.values:
            labels.append(EvidenceLevel(data["evidence_level"]).label)
        if not self.query.scope.within_site:
            labels.append(self.region_name(data.get("site_id")))
        return [label for label in labels if label]

    def build(self, data, *, title_html, snippet_html):
        return Hit(
            kind=data["kind"],
            title=data["title"],
            title_html=mark_safe(title_html),  # noqa: S308 (escaped by the highlighter)
            url=self.url(data.get("site_id"), data.get("url_path")),
            snippet_html=mark_safe(snippet_html),  # noqa: S308 (escaped by the highlighter)
            details=self.details(data),
            date=data.get("last_reviewed") or data.get("published_at"),
        )


def facet_results(query, counts, builder=None):
    """FacetResults in display order from {facet name: {value: count}}; values with no
    results are left out unless selected. With the search's HitBuilder, the region names
    are read once for the labels and the hits."""
    results = []
    for facet in query.scope.facets:
        facet_counts = counts.get(facet.name, {})
        selected = set(query.filters.get(facet.name, ()))
        present = {value for value, count in facet_counts.items() if count} | selected
        regions = builder.regions if builder is not None and facet.field == "site_id" else None
        labels = facet.labels(present, query.language, regions)
        values = [
            FacetValue(value=value, label=label, count=facet_counts.get(value, 0), selected=value in selected)
            for value, label in labels.items()
        ]
        if values:
            results.append(FacetResult(name=facet.name, label=facet.label, values=values))
    return results
