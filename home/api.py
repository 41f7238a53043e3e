"""The read-only content API (Wagtail API v2) for apps and partner sites.

    /api/v2/pages/       live public pages of the request's region, both languages
    /api/v2/services/    the services directory (aanbod) of a region
    /api/v2/channels/    contact channels with opening hours and 'open now'
    /api/v2/documents/   documents (knowledge-article attachments)
    /api/v2/images/      images

Every endpoint answers for the region of the host it is called on; `?site=<hostname>`
picks another region, `?locale=nl|en` one language. Services can further be narrowed
with `?topic=<slug>`, `?municipality=<slug>`, `?route=<route>` and `?audience=<audience>`.
See README.md ("Content API") for examples.
"""

from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site

from home.choices import Audience, Route
from home.fields import ChoiceSetField
from home.models import ContactChannel, ServiceOffer, Topic


def requested_site(request):
    """The region asked for with ?site=<hostname>, else the region of the request's host."""
    if "site" in request.GET:
        try:
            site = SiteFilterValidator(site=request.GET["site"], request=request).site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if site is None:
            raise BadRequestError(_("Onbekende regio: %(site)s") % {"site": request.GET["site"]})
        return site
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


class RegionFilter(BaseFilterBackend):
    """?site=<hostname>: one region (default: the region of the request's host)."""

    def filter_queryset(self, request, queryset, view):
        return queryset.filter(site=requested_site(request))


class LocaleCodeFilter(BaseFilterBackend):
    """?locale=<language code>: one language (default: all)."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if not code:
            return queryset
        if not Locale.objects.filter(language_code=code).exists():
            raise BadRequestError(_("Onbekende taal: %(locale)s") % {"locale": code})
        return queryset.filter(locale__language_code=code)


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


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("services", ServiceOffersAPIViewSet)
api_router.register_endpoint("channels", ContactChannelsAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
