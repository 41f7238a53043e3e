"""Read-side queries for templates and blocks. Each returns what a template needs in a
fixed, small number of queries, whatever the number of items."""

from django.db.models import Prefetch
from wagtail.models import Locale, Page, Site

from home.models import AudienceSectionPage, ContactChannel, Municipality, OpeningHours, ServiceOffer


def current_site(request):
    site = getattr(request, "_portal_site", None)
    if site is None:
        site = Site.find_for_request(request)
        request._portal_site = site
    return site


def audience_sections(home_page):
    """The live audience sections under a (localized) region home page, in tree order."""
    if home_page is None:
        return []
    return list(
        AudienceSectionPage.objects.child_of(home_page)
        .live()
        .public()
        .filter(show_in_menus=True)
        .order_by("path")
        .only("id", "title", "url_path", "path", "depth", "locale_id", "audience_choice")
    )


def region_home(site):
    """The region's home page in the active language (falls back to the source language)."""
    if site is None:
        return None
    return site.root_page.localized


def channels_for_site(site, locale=None):
    locale = locale or Locale.get_active()
    return list(
        ContactChannel.objects.filter(site=site, locale=locale).prefetch_related(
            Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("sort_order"))
        )
    )


def municipalities_for_site(site):
    return list(Municipality.objects.filter(site=site))


def services_for(
    site,
    *,
    topics=None,
    municipality=None,
    route=None,
    audience=None,
    child_age=None,
    limit=None,
    locale=None,
):
    """Service offers of a region in the active language, narrowed by the given filters."""
    locale = locale or Locale.get_active()
    offers = ServiceOffer.objects.filter(site=site, locale=locale)
    if topics:
        offers = offers.on_topics(topics)
    if municipality is not None:
        offers = offers.in_municipality(municipality)
    if route:
        offers = offers.serving_route(route)
    if audience:
        offers = offers.for_audience(audience)
    if child_age is not None:
        offers = offers.for_child_age(child_age)
    offers = offers.order_by("waiting_weeks", "name").prefetch_related(
        "municipalities",
        Prefetch("channels", queryset=ContactChannel.objects.prefetch_related("opening_hours")),
    )
    return list(offers[:limit] if limit else offers)


def selected_municipality(request, site):
    """The municipality chosen with ?gemeente=<slug>, or None. Unknown slugs are ignored."""
    slug = request.GET.get("gemeente", "") if request else ""
    if not slug or len(slug) > 100:
        return None
    return Municipality.objects.filter(site=site, slug=slug).first()


def service_list_for_block(value, parent_context):
    """Context for the service list block: offers on its topics (or the page's), in the
    region of the request, optionally narrowed to the reader's municipality."""
    request = parent_context.get("request")
    page = parent_context.get("page")
    if request is None:
        return {"services": [], "municipalities": [], "selected_municipality": None}
    site = current_site(request)
    topics = list(value.get("topics") or [])
    if not topics and page is not None and hasattr(page, "topics"):
        topics = list(page.topics.all())
    municipality = selected_municipality(request, site)
    services = services_for(
        site,
        topics=topics,
        municipality=municipality,
        route=value.get("route") or None,
        limit=value.get("limit"),
    )
    return {
        "services": services,
        "municipalities": municipalities_for_site(site),
        "selected_municipality": municipality,
    }


def page_translations(page, request=None):
    """{language_code: url} for the live translations of a page, this page included
    (relative URLs when the translation is on the request's site)."""
    if page is None or not isinstance(page, Page):
        return {}
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {p.locale.language_code: p.get_url(request) for p in translations}
