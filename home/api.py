"""The read-only content API (Wagtail API v2) for apps and partner sites.

    /api/v2/pages/       live public pages of the request's region, both languages
    /api/v2/services/    the services directory (aanbod) of a region
    /api/v2/channels/    contact channels with opening hours and 'open now'
    /api/v2/documents/   documents (knowledge-article attachments)
    /api/v2/images/      images

Every endpoint answers for the region of the host it is called on; `?site=<hostname>`
picks another region, `?locale=nl|en` one language (an unknown one is a 400 everywhere).
Documents and images are shared by the regions in the CMS; the API lists those that live,
public pages of the region (in the language) use, after Wagtail's reference index. Services
can further be narrowed with `?topic=<slug>`, `?municipality=<slug>`, `?route=<route>` and
`?audience=<audience>`. `?search=` searches whole words only, whatever is typed (quotes,
operators and control characters never reach the search backend's query syntax). See
README.md ("Content API") for examples.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.search.backends import get_search_backend

from home.choices import Audience, Route
from home.fields import ChoiceSetField
from home.models import ContactChannel, ServiceOffer, Topic
from portal import library_internals

MAX_SEARCH_LENGTH = 200
SEARCH_WORD = re.compile(r"\w+")
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def requested_site(request):
    """The region asked for with ?site=<hostname>, else the region of the request's host."""
    if "site" in request.GET:
        unknown = BadRequestError(_("Onbekende regio: %(site)s") % {"site": request.GET["site"]})
        try:
            site = SiteFilterValidator(site=request.GET["site"], request=request).site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        except Http404 as error:  # Wagtail's validator answers 404 for an unknown hostname
            raise unknown from error
        if site is None:
            raise unknown
        return site
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


class RegionFilter(BaseFilterBackend):
    """?site=<hostname>: one region (default: the region of the request's host)."""

    def filter_queryset(self, request, queryset, view):
        return queryset.filter(site=requested_site(request))


def requested_language(request):
    """The language code asked for with ?locale=, or None for all; unknown is a 400."""
    code = request.GET.get("locale")
    if not code:
        return None
    if not Locale.objects.filter(language_code=code).exists():
        raise BadRequestError(_("Onbekende taal: %(locale)s") % {"locale": code})
    return code


class LocaleCodeFilter(BaseFilterBackend):
    """?locale=<language code>: one language (default: all)."""

    def filter_queryset(self, request, queryset, view):
        code = requested_language(request)
        if code is None:
            return queryset
        # Wagtail's ChildOfFilter marks the queryset (DescendantOfFilter reads the mark): keep it.
        return library_internals.keep_child_of_mark(queryset, queryset.filter(locale__language_code=code))


class WordSearchFilter(SearchFilter):
    """?search=: the whole words of the text, searched with the configured Wagtail search
    backend; anything else typed (quotes, backslashes, brackets, colons, NUL) is left out, so
    no input reaches the backend's query syntax (SQLite FTS5, PostgreSQL tsquery). Too long
    text, a control character or an unknown operator is a 400; no words find nothing."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        text = request.GET["search"]
        if len(text) > MAX_SEARCH_LENGTH:
            raise BadRequestError(
                _("De zoektekst is te lang: gebruik hooguit %(limit)d tekens.") % {"limit": MAX_SEARCH_LENGTH}
            )
        if CONTROL_CHARACTER.search(text):
            raise BadRequestError(_("De zoektekst bevat een stuurteken; gebruik gewone tekst."))
        operator = request.GET.get("search_operator") or None
        if operator not in (None, "and", "or"):
            raise BadRequestError(_("Onbekende zoekoperator: gebruik and of or."))
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        words = SEARCH_WORD.findall(text)
        if not words:
            return queryset.none()
        return get_search_backend().search(
            " ".join(words), queryset, operator=operator, order_by_relevance="order" not in request.GET
        )


def _safe_search(backends):
    return [WordSearchFilter if backend is SearchFilter else backend for backend in backends]


class UsedOnRegionPagesFilter(BaseFilterBackend):
    """Documents and images: those used by the live, public pages of the requested region
    (and language, with ?locale=), after Wagtail's reference index. They are shared in the
    CMS, so one can belong to several regions; one no public page uses belongs to none."""

    def filter_queryset(self, request, queryset, view):
        requested_site(request)  # an unknown ?site= is a 400, as for the other endpoints
        pages = get_public_pages_queryset(request)
        if (code := requested_language(request)) is not None:
            pages = pages.filter(locale__language_code=code)
        page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
        used = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_ids,
            to_content_type=ContentType.objects.get_for_model(queryset.model),
        ).values_list("to_object_id", flat=True)
        return queryset.filter(pk__in=[int(pk) for pk in set(used) if pk.isdigit()])


class ServiceFilter(BaseFilterBackend):
    """?topic=<slug>, ?municipality=<slug>, ?route=<route>, ?audience=<audience>."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        if topic := params.get("topic"):
            queryset = queryset.on_topics(Topic.objects.filter(slug=topic))
        if municipality := params.get("municipality"):
            site = requested_site(request)
            found = site.municipalities.filter(slug=municipality).first()
            if found is None:
                raise BadRequestError(_("Onbekende gemeente: %(slug)s") % {"slug": municipality})
            queryset = queryset.in_municipality(found)
        if route := params.get("route"):
            if route not in Route.values:
                raise BadRequestError(_("Onbekende route: %(route)s") % {"route": route})
            queryset = queryset.filter(routes__contains=ChoiceSetField.lookup(route))
        if audience := params.get("audience"):
            if audience not in Audience.values:
                raise BadRequestError(_("Onbekende doelgroep: %(audience)s") % {"audience": audience})
            queryset = queryset.for_audience(audience)
        return queryset


class RegionSnippetAPIViewSet(BaseAPIViewSet):
    """A translatable snippet that belongs to a region, read per region and language."""

    filter_backends = [FieldsFilter, RegionFilter, LocaleCodeFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["site", "locale"])
    meta_fields = BaseAPIViewSet.meta_fields + ["language_code", "translation_key"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "language_code",
        "translation_key",
        "name",
    ]

    def get_queryset(self):
        return self.model.objects.select_related("locale").order_by("id")

    def get_object(self):
        # The detail view honours ?site= and ?locale= too, so one region never reads another's.
        if not hasattr(self, "_cached_object"):
            queryset = self.filter_queryset(self.get_queryset())
            try:
                self._cached_object = queryset.get(pk=self.kwargs["pk"])
            except (self.model.DoesNotExist, ValueError) as error:
                raise Http404 from error
        return self._cached_object


class ServiceOffersAPIViewSet(RegionSnippetAPIViewSet):
    name = "services"
    model = ServiceOffer
    filter_backends = RegionSnippetAPIViewSet.filter_backends + [ServiceFilter]
    known_query_parameters = RegionSnippetAPIViewSet.known_query_parameters.union(
        ["topic", "municipality", "route", "audience"]
    )
    listing_default_fields = RegionSnippetAPIViewSet.listing_default_fields + ["provider", "cost", "routes"]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("municipalities", "topics", "channels")


class ContactChannelsAPIViewSet(RegionSnippetAPIViewSet):
    name = "channels"
    model = ContactChannel
    listing_default_fields = RegionSnippetAPIViewSet.listing_default_fields + ["kind", "value", "open_now"]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("opening_hours")


class RegionPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with the portal's answers: an unknown ?site= or ?locale= is a
    400 (Wagtail says 404), and ?search= takes any text."""

    filter_backends = _safe_search(
        [
            LocaleCodeFilter if backend is LocaleFilter else backend
            for backend in PagesAPIViewSet.filter_backends
        ]
    )

    def get_base_queryset(self):
        requested_site(self.request)
        return super().get_base_queryset()


class RegionDocumentsAPIViewSet(DocumentsAPIViewSet):
    filter_backends = [UsedOnRegionPagesFilter, *_safe_search(DocumentsAPIViewSet.filter_backends)]
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(["site", "locale"])


class RegionImagesAPIViewSet(ImagesAPIViewSet):
    filter_backends = [UsedOnRegionPagesFilter, *_safe_search(ImagesAPIViewSet.filter_backends)]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union(["site", "locale"])


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", RegionPagesAPIViewSet)
api_router.register_endpoint("services", ServiceOffersAPIViewSet)
api_router.register_endpoint("channels", ContactChannelsAPIViewSet)
api_router.register_endpoint("documents", RegionDocumentsAPIViewSet)
api_router.register_endpoint("images", RegionImagesAPIViewSet)
