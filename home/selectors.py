"""Read-side queries for templates, blocks, feeds and the API.

Every function returns what its caller needs in a fixed, small number of queries,
whatever the number of menu items, related items, services or channels. Results that
several parts of one page need (region chrome, the region's contact channels) are
memoised on the request, so a page pays for them once; region data is also kept by the
process between requests (`home.process_cache`) while the region's tokens hold, and what
a page shows (its lists, its chrome) on the page object a warm process keeps for its route
(`page_data`), so a warm process renders an uncached page with few or no queries.

Translatable snippets and pages are linked by synchronised relations that keep pointing
at the Dutch source objects; `localized_in` swaps them for their translations in one
query, falling back to the source object where no translation exists (as Wagtail's
`.localized` does, without its two queries per object).
"""

from dataclasses import dataclass, field

from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.lookups import StartsWith
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from home import cache_tokens, links, page_cache_notes, process_cache
from home.choices import DIRECTORY_FILTERS, MUNICIPALITY_PARAMETER, Audience, Destination, Route
from home.models.settings import CrisisTexts, RegionSettings
from home.models.snippets import ContactChannel, Municipality, OpeningHours, ServiceOffer, Topic

MEMO_ATTRIBUTE = "_home_selectors_memo"


def _memoised(request, key, compute):
    """`compute()` once per request (or every time without a request)."""
    if request is None:
        return compute()
    memo = request.__dict__.setdefault(MEMO_ATTRIBUTE, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _region_data(request, name, compute):
    """`compute()` once per request and, in a warm process, once while the region's
    tokens hold (region data: the same for every page of the region)."""
    site = current_site(request)
    if site is None:
        return _memoised(request, name, compute)
    return _memoised(
        request,
        name,
        lambda: process_cache.remember(
            request, (name, site.pk, active_language()), cache_tokens.for_region(site.pk), compute
        ),
    )


def page_data(request, page, name, compute, *, per_municipality=False):
    """`compute()` once per page object: a page object a warm process keeps for its route
    (`home.routing`) lives only while the page's tokens hold, and keeps what was computed
    for it. The key holds the language and the region, and with `per_municipality` the
    municipality filter (`?gemeente=`), which can differ between requests for one page."""
    if request is None or page is None:
        return compute()
    site = current_site(request)
    key = (name, active_language(), site.pk if site else None)
    if per_municipality:
        key += (request.GET.get(MUNICIPALITY_PARAMETER, "")[:100],)
    memo = page.__dict__.setdefault("_page_data", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def current_site(request):
    """The region (Wagtail Site) of a request; Wagtail caches it on the request."""
    return Site.find_for_request(request) if request is not None else None


def active_language():
    return translation.get_language() or "nl"


# ---- restrictions ---------------------------------------------------------------------------


def restricted_q():
    """Pages below (or at) a page with a view restriction (password, login, groups).

    One correlated subquery instead of Wagtail's `.public()`, which first loads every
    restriction in the database into Python.
    """
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))


def public_pages(queryset):
    return queryset.exclude(restricted_q())


# ---- localisation of relations --------------------------------------------------------------


def _values(manager_or_list, field_name):
    """A subquery of `field_name` for a database relation, or a list for an in-memory one
    (a page preview holds unsaved relations in memory)."""
    objects = manager_or_list.all()
    if isinstance(objects, QuerySet):
        return objects.values_list(field_name, flat=True)
    # modelcluster's in-memory queryset knows model fields only, not "pk"
    return [getattr(obj, field_name) for obj in objects]


def localized_in(model, related, locale_id, *, queryset=None):
    """The objects of a relation (`related`: a related manager) in the locale `locale_id`.

    One query. Each object is replaced by its translation in that locale where one exists
    (and, for pages, is live); otherwise the related object itself is kept.
    """
    ids = _values(related, "pk")
    keys = _values(related, "translation_key")
    base = queryset if queryset is not None else model._default_manager.all()
    translated = Q(locale_id=locale_id, translation_key__in=keys)
    if issubclass(model, Page):
        translated &= Q(live=True)
    candidates = list(base.filter(translated | Q(pk__in=ids)))
    return _prefer_locale(candidates, locale_id)


def _prefer_locale(candidates, locale_id):
    chosen = {}
    for obj in candidates:
        current = chosen.get(obj.translation_key)
        if current is None or (obj.locale_id == locale_id and current.locale_id != locale_id):
            chosen[obj.translation_key] = obj
    return list(chosen.values())


# ---- region chrome: menus, breadcrumbs, translations --------------------------------------------


@dataclass
class MenuItem:
    page: Page
    url: str
    current: str = ""  # "page" on the page itself, "true" on an ancestor of the page

    @property
    def title(self):
        return self.page.title


@dataclass
class Chrome:
    """Everything the layout needs around a page: the region home in this language, the
    audience menu, the menu of the current audience section, breadcrumbs, the page's
    live translations by language code (with the home pages as fall-back) and the region's
    statement pages ('veilig online', privacy, accessibility) in the page's language."""

    home: Page | None = None
    directory: Page | None = None
    sections: list = field(default_factory=list)
    section_menu: list = field(default_factory=list)
    breadcrumbs: list = field(default_factory=list)
    translations: dict = field(default_factory=dict)
    home_translations: dict = field(default_factory=dict)
    statements: list = field(default_factory=list)


def chrome(request, page=None):
    """The layout data for `page` (a served Wagtail page) or, without one, for the region
    home in the active language. One query for a page, two without; none in a warm
    process (on the kept page object, or for the region)."""
    if page is not None and getattr(page, "path", None):
        build = lambda: _build_chrome(request, page)  # noqa: E731
        return _memoised(request, ("chrome", page.pk), lambda: page_data(request, page, "chrome", build))
    return _region_data(request, "chrome", lambda: _build_chrome(request, page))


def _build_chrome(request, page):
    if page is None or not getattr(page, "path", None) or page.depth < 2:
        page = region_home(request)
        if page is None:
            return Chrome()
        serving_page = None
    else:
        serving_page = page
    steplen = Page.steplen
    home_path = page.path[: 2 * steplen]
    section_path = page.path[: 3 * steplen] if page.depth >= 3 else None
    ancestor_paths = [page.path[: depth * steplen] for depth in range(2, page.depth)]
    home_key = Page.objects.filter(path=home_path).values("translation_key")[:1]

    wanted = (
        Q(path__in=ancestor_paths + [home_path])
        | Q(
            depth=3,
            path__startswith=home_path,
            live=True,
            show_in_menus=True,
            audiencesectionpage__isnull=False,
        )
        | Q(translation_key=page.translation_key, live=True)
        | Q(depth=2, translation_key__in=home_key, live=True)
        | Q(depth=3, path__startswith=home_path, live=True, servicesdirectorypage__isnull=False)
    )
    if section_path:
        wanted |= Q(depth=4, path__startswith=section_path, live=True, show_in_menus=True)
    statement_ids = _statement_page_ids(request)
    if statement_ids:
        wanted |= Q(pk__in=statement_ids) | Q(
            translation_key__in=Page.objects.filter(pk__in=statement_ids).values("translation_key"),
            locale__language_code=active_language(),
            live=True,
        )
    pages = list(
        Page.objects.filter(wanted)
        .exclude(restricted_q())
        .select_related("locale")
        .annotate(
            audience=F("audiencesectionpage__audience_choice"),
            # By the page type's table (`Page.servicesdirectorypage`): the page types sit
            # above the reads, which name them only in queries.
            is_directory=ExpressionWrapper(
                Q(servicesdirectorypage__isnull=False), output_field=BooleanField()
            ),
        )
        .order_by("path")
        .only(
            "id",
            "title",
            "path",
            "depth",
            "url_path",
            "slug",
            "live",
            "locale__language_code",
            "translation_key",
            "show_in_menus",
            "content_type_id",
        )
    )
    by_path = {p.path: p for p in pages}
    result = Chrome(home=by_path.get(home_path))
    current_path = serving_page.path if serving_page is not None else ""

    def item(p):
        current = ""
        if current_path == p.path:
            current = "page"
        elif current_path.startswith(p.path):
            current = "true"
        return MenuItem(page=p, url=p.get_url(request), current=current)

    for p in pages:
        if p.depth == 3 and p.path.startswith(home_path) and p.show_in_menus and p.live and p.audience:
            result.sections.append(item(p))
        if (
            p.depth == 3
            and p.path.startswith(home_path)
            and p.live
            and p.is_directory
            and not result.directory
        ):
            result.directory = p
        if section_path and p.depth == 4 and p.path.startswith(section_path) and p.live and p.show_in_menus:
            result.section_menu.append(item(p))
        if p.translation_key == page.translation_key and p.live:
            result.translations[p.locale.language_code] = p
        if p.depth == 2 and result.home and p.translation_key == result.home.translation_key and p.live:
            result.home_translations[p.locale.language_code] = p
    result.statements = _localized_statements(pages, statement_ids)
    if serving_page is not None:
        result.breadcrumbs = [
            MenuItem(page=by_path[path], url=by_path[path].get_url(request))
            for path in ancestor_paths
            if path in by_path
        ]
    return result


def _statement_page_ids(request):
    if request is None or current_site(request) is None:
        return []
    region = RegionSettings.for_request(request)
    return [
        page_id
        for page_id in (region.safe_online_page_id, region.privacy_page_id, region.accessibility_page_id)
        if page_id
    ]


def _localized_statements(pages, statement_ids):
    language = active_language()
    by_id = {p.pk: p for p in pages}
    in_language = {p.translation_key: p for p in pages if p.live and p.locale.language_code == language}
    return [
        in_language.get(by_id[page_id].translation_key, by_id[page_id])
        for page_id in statement_ids
        if page_id in by_id
    ]


def region_home(request):
    """The region's home page in the active language (the source home if untranslated)."""

    def compute():
        site = current_site(request)
        if site is None:
            return None
        candidates = list(
            Page.objects.filter(
                Q(pk=site.root_page_id)
                | Q(
                    translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key"),
                    locale__language_code=active_language(),
                    live=True,
                )
            ).select_related("locale")
        )
        for candidate in candidates:
            if candidate.locale.language_code == active_language():
                return candidate
        return candidates[0] if candidates else None

    return _region_data(request, "region_home", compute)


# ---- contact channels ----------------------------------------------------------------------------


CHANNEL_FIELDS = (
    "id",
    "translation_key",
    "locale_id",
    "site_id",
    "name",
    "kind",
    "value",
    "web_form",
    "description",
    "always_open",
)
HOURS_FIELDS = ("id", "sort_order", "weekday", "opens", "closes")


def _hydrated_channels(queryset):
    """Channels with their opening hours from one query.

    One row per opening-hours interval (a LEFT JOIN, so channels without hours come too);
    the hours are attached as the channel's in-memory child objects, so
    `channel.opening_hours.all()` costs no further query. Each channel also gets
    `language_code`.
    """
    rows = queryset.order_by("name", "id", "opening_hours__sort_order", "opening_hours__id").values(
        *CHANNEL_FIELDS, "locale__language_code", *(f"opening_hours__{name}" for name in HOURS_FIELDS)
    )
    channels = {}
    hours = {}
    for row in rows:
        channel_id = row["id"]
        if channel_id not in channels:
            channels[channel_id] = ContactChannel(**{name: row[name] for name in CHANNEL_FIELDS})
            channels[channel_id].language_code = row["locale__language_code"]
            hours[channel_id] = []
        if row["opening_hours__id"] is not None:
            hours[channel_id].append(
                OpeningHours(
                    channel_id=channel_id, **{name: row[f"opening_hours__{name}"] for name in HOURS_FIELDS}
                )
            )
    for channel_id, channel in channels.items():
        channel.opening_hours = hours[channel_id]
    return list(channels.values())


def channels_for_site(site, language_code=None):
    """The region's contact channels in a language with their opening hours, in one query."""
    return _hydrated_channels(
        ContactChannel.objects.filter(site=site, locale__language_code=language_code or active_language())
    )


def all_region_channels(request):
    """Every channel of the request's region in every language, with hours: one query."""

    def compute():
        site = current_site(request)
        return _hydrated_channels(ContactChannel.objects.filter(site=site)) if site is not None else []

    return _region_data(request, "all_region_channels", compute)


def region_channels(request):
    """The request's region channels in the active language, once per request."""
    language = active_language()
    return [channel for channel in all_region_channels(request) if channel.language_code == language]


def localize_channels(request, channels):
    """Replace channels by the request's region channels in the active language, matched by
    translation key, without queries. A channel without a translation is shown in its own
    language (with its hours already loaded); one of another region is kept as it is."""
    everything = all_region_channels(request)
    by_id = {channel.pk: channel for channel in everything}
    language = active_language()
    by_key = {channel.translation_key: channel for channel in everything if channel.language_code == language}
    return [by_key.get(channel.translation_key) or by_id.get(channel.pk, channel) for channel in channels]


def attach_channels(request, services):
    """Set `service.channel_list` on each service: its channels in the active language.
    Services from `_offers_with_channels` name their channels by id: those of the region
    come from its channels, any other in one query for all."""
    region = {channel.pk: channel for channel in all_region_channels(request)}
    elsewhere = {
        channel_id
        for service in services
        for channel_id in getattr(service, "channel_ids", ())
        if channel_id not in region
    }
    if elsewhere:
        region.update(ContactChannel.objects.in_bulk(elsewhere))
    for service in services:
        if hasattr(service, "channel_ids"):
            channels = [region[channel_id] for channel_id in service.channel_ids if channel_id in region]
        else:
            channels = list(service.channels.all())
        service.channel_list = localize_channels(request, channels)
    return services


OFFER_FIELDS = (
    "id",
    "translation_key",
    "locale_id",
    "site_id",
    "name",
    "provider",
    "summary",
    "audiences",
    "min_child_age",
    "max_child_age",
    "cost",
    "cost_note",
    "waiting_weeks",
    "routes",
)


def _offers_with_channels(queryset, limit=None, annotations=()):
    """Service offers with the ids of their channels (`channel_ids`) from one query.

    One row per offer and channel (a LEFT JOIN); `queryset` must be ordered, and is cut to
    `limit` offers here rather than in SQL (a limit would count rows, not offers)."""
    rows = queryset.values(*OFFER_FIELDS, *annotations, "channels__id")
    offers = {}
    for row in rows:
        offer = offers.get(row["id"])
        if offer is None:
            if limit and len(offers) >= limit:
                continue
            offer = ServiceOffer(**{name: row[name] for name in OFFER_FIELDS})
            for name in annotations:
                setattr(offer, name, row[name])
            offer.channel_ids = []
            offers[row["id"]] = offer
        if row["channels__id"] is not None and row["channels__id"] not in offer.channel_ids:
            offer.channel_ids.append(row["channels__id"])
    return list(offers.values())


# ---- services directory ----------------------------------------------------------------------------


def municipalities_for_site(site):
    return list(Municipality.objects.filter(site=site))


def region_municipalities(request):
    return _region_data(
        request, "region_municipalities", lambda: municipalities_for_site(current_site(request))
    )


def services_for(
    site,
    *,
    topics=None,
    municipality=None,
    route=None,
    audience=None,
    child_age=None,
    limit=None,
    language_code=None,
    locale=None,
):
    """Service offers of a region in one language, narrowed by the given filters.

    One query (offers with the ids of their channels), whatever the number of offers;
    `attach_channels` then takes the channels from the region's. Topics may be
    given in any language: they are matched by translation key.
    """
    offers = ServiceOffer.objects.filter(site=site)
    if locale is not None:
        offers = offers.filter(locale=locale)
    else:
        offers = offers.filter(locale__language_code=language_code or active_language())
    if topics is not None:
        offers = offers.on_topics(topics)
    if municipality is not None:
        offers = offers.in_municipality(municipality)
    if route:
        offers = offers.serving_route(route)
    if audience:
        offers = offers.for_audience(audience)
    if child_age is not None:
        offers = offers.for_child_age(child_age)
    return _offers_with_channels(offers.order_by("waiting_weeks", "name", "id"), limit)


def selected_municipality(request, site):
    """The municipality chosen with ?gemeente=<slug>, or None. Unknown slugs are ignored."""
    slug = request.GET.get(MUNICIPALITY_PARAMETER, "") if request is not None else ""
    if not slug or len(slug) > 100:
        return None
    for municipality in region_municipalities(request):
        if municipality.slug == slug:
            return municipality
    return None


def service_list_for_block(value, parent_context):
    """Context for the service list block: offers on its topics (or else the page's), in
    the region and language of the request, narrowed to the reader's municipality."""
    request = parent_context.get("request")
    page = parent_context.get("page")
    if request is None:
        return {"services": [], "municipalities": [], "selected_municipality": None}
    if not isinstance(page, Page):
        return _service_list(request, None, value)
    # The block's value object lives as long as the page object that holds it.
    return page_data(
        request,
        page,
        ("service_list", id(value)),
        lambda: _service_list(request, page, value),
        per_municipality=True,
    )


def _service_list(request, page, value):
    site = current_site(request)
    topics = [topic for topic in value.get("topics") or [] if topic is not None]
    if not topics and page is not None and hasattr(page, "topics"):
        topics = page.topics.all()
    municipality = selected_municipality(request, site)
    services = services_for(
        site,
        topics=topics,
        municipality=municipality,
        route=value.get("route") or None,
        limit=value.get("limit"),
    )
    return {
        "services": attach_channels(request, services),
        "municipalities": region_municipalities(request),
        "selected_municipality": municipality,
    }


def related_services(request, page, limit=6):
    """The services a topic page shows under 'Hulp bij dit onderwerp': the ones the editor
    picked, or else the region's offers on the page's topics. Nothing when the body lists
    services itself (a service list block), so a reader does not get the list twice.
    One query, whatever the number of services."""
    if any(block.block_type == "services" for block in page.body):
        return []
    site = current_site(request)
    picked = Q(translation_key__in=_values(page.related_services, "translation_key"))
    on_topics = Exists(
        ServiceOffer.topics.through.objects.filter(
            serviceoffer_id=OuterRef("pk"),
            topic__translation_key__in=_values(page.topics, "translation_key"),
        )
    )
    services = _offers_with_channels(
        ServiceOffer.objects.filter(picked | Q(on_topics), site=site, locale__language_code=active_language())
        .annotate(is_picked=ExpressionWrapper(picked, output_field=BooleanField()))
        .order_by("-is_picked", "waiting_weeks", "name", "id"),
        limit,
        annotations=("is_picked",),
    )
    if services and services[0].is_picked:
        services = [service for service in services if service.is_picked]
    return attach_channels(request, services)


def picked_services(request, page):
    """Hand-picked services of a page (e.g. 'Wie helpt' on an option page), localised."""
    services = localized_in(
        ServiceOffer,
        page.services,
        page.locale_id,
        queryset=ServiceOffer.objects.prefetch_related("channels").order_by("name"),
    )
    return attach_channels(request, sorted(services, key=lambda s: s.name))


# ---- pages ----------------------------------------------------------------------------------------


def related_pages(request, page, limit=4, *, topic_page_types):
    """The hand-picked related pages of a page in its language, in the editor's order; or
    else (for pages with topics) up to `limit` live pages of the region on the same topics,
    among the page types `topic_page_types` (the page types pass them: they sit above the
    reads). One query either way."""
    items = page.related_pages.all()
    if isinstance(items, QuerySet):
        # The usual case: a saved page. Targets and their translations in the same query.
        targets = Page.objects.filter(pk__in=items.values("target_id"))
        order = Subquery(
            page.related_pages.filter(target__translation_key=OuterRef("translation_key")).values(
                "sort_order"
            )[:1]
        )
    else:
        # A preview: the related items are in memory.
        targets = Page.objects.filter(pk__in=[item.target_id for item in items])
        order = Value(0)
    picked = Q(pk__in=targets.values("pk")) | Q(
        translation_key__in=targets.values("translation_key"), locale_id=page.locale_id
    )
    wanted = picked
    if hasattr(page, "topics"):
        keys = _values(page.topics, "translation_key")
        on_a_topic = Q()
        for model in topic_page_types:
            links = model.topics.through.objects.filter(
                **{f"{model._meta.model_name}_id": OuterRef("pk")}, topic__translation_key__in=keys
            )
            on_a_topic |= Q(Exists(links))
        same_topic = Q(locale_id=page.locale_id, path__startswith=page.path[: 2 * Page.steplen]) & on_a_topic
        wanted = picked | same_topic
    found = list(
        public_pages(Page.objects.filter(wanted, live=True).exclude(pk=page.pk))
        .annotate(
            is_picked=ExpressionWrapper(picked, output_field=BooleanField()),
            related_order=order,
        )
        .order_by("-is_picked", "related_order", "-first_published_at", "path")
        .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "live")
    )
    if found and found[0].is_picked:
        chosen = _prefer_locale([p for p in found if p.is_picked], page.locale_id)
        return sorted(chosen, key=lambda p: (p.related_order if p.related_order is not None else 0, p.path))
    return found[:limit]


def page_topics(page):
    """The topics of a page in the page's language, by name."""
    return sorted(localized_in(Topic, page.topics, page.locale_id), key=lambda t: t.name)


def child_pages(page):
    """Live, public children of a section page with a one-line summary each, in one query
    (the summary is read from whichever page type the child is)."""
    from django.db.models.functions import Coalesce

    return list(
        public_pages(page.get_children().live())
        .annotate(
            listing_summary=Coalesce(
                "topicpage__summary",
                "optionpage__summary",
                "childtopicpage__summary",
                "knowledgearticlepage__summary",
                "standardpage__intro",
            )
        )
        .only("id", "title", "url_path", "path", "depth", "locale_id", "translation_key", "live")
        .order_by("path")
    )


def pages_outside_guide(section, children):
    """The children of a section that none of the questions of its guide lists, so no page
    is lost when an editor groups them (chosen pages are matched in any language)."""
    grouped = {
        page.translation_key
        for block in section.guide
        if block.block_type == "question"
        for page in block.value["pages"]
        if page is not None
    }
    return [child for child in children if child.translation_key not in grouped]


def knowledge_attachments(page):
    return [attachment.document for attachment in page.attachments.all().select_related("document")]


# ---- the services directory ('sociale kaart') ---------------------------------------------------


def services_directory(request, page=None):
    """The region's services directory page in the language of `page` (or the active
    language), or None. Comes with the layout data: no query of its own."""
    if request is None:
        return None
    return chrome(request, page).directory


def destination_url(destination, request=None, page=None):
    """The URL of a destination (`home.choices.Destination`) in the active language, or None
    when it does not resolve: the services directory is the region's page of the request
    (in the language of `page` when given), the others are named URLs (`home.links`)."""
    if destination == Destination.SERVICES_DIRECTORY:
        directory = services_directory(request, page)
        return directory.get_url(request) if directory is not None else None
    return links.named_destination_url(destination)


def municipality_by_slug(request, slug):
    """A municipality of the request's region by its slug, or None (unknown or malformed)."""
    if not slug or len(slug) > 100:
        return None
    return next((m for m in region_municipalities(request) if m.slug == slug), None)


@dataclass(frozen=True)
class DirectoryFilters:
    """What a reader narrowed the directory to; `unknown` names parameters whose value
    was not one of the choices (they are ignored, and the page says so)."""

    topic: object = None
    audience: str = ""
    route: str = ""
    unknown: tuple = ()

    @property
    def key(self):
        return (getattr(self.topic, "slug", ""), self.audience, self.route)

    @property
    def active(self):
        return bool(self.topic or self.audience or self.route)


def directory_filters(request, topics):
    """The directory's filters from the query string (topic by slug, audience, route)."""
    wanted = {name: request.GET.get(name, "")[:100] for name in DIRECTORY_FILTERS}
    topic = next((t for t in topics if t.slug == wanted["onderwerp"]), None) if wanted["onderwerp"] else None
    audience = wanted["doelgroep"] if wanted["doelgroep"] in Audience.values else ""
    route = wanted["route"] if wanted["route"] in Route.values else ""
    unknown = tuple(
        name
        for name, ok in (
            ("onderwerp", topic is not None),
            ("doelgroep", bool(audience)),
            ("route", bool(route)),
        )
        if wanted[name] and not ok
    )
    return DirectoryFilters(topic=topic, audience=audience, route=route, unknown=unknown)


def directory_topics(site, language=None):
    """Topics in a language that at least one offer of the region is on, by name."""
    used = ServiceOffer.topics.through.objects.filter(serviceoffer__site=site).values(
        "topic__translation_key"
    )
    return list(
        Topic.objects.filter(locale__language_code=language or active_language(), translation_key__in=used)
        .order_by("name")
        .only("id", "name", "slug", "translation_key", "locale_id")
    )


def directory(request, page, municipality):
    """Everything the directory page (the region, or one municipality) shows: the filter
    choices, the filters read from the URL, and the offers with their channels and the
    municipalities they serve. A URL with an unknown filter value is not page-cached
    (any value would otherwise make a new cache entry)."""
    site = current_site(request)
    topics = page_data(request, page, "directory_topics", lambda: directory_topics(site))
    filters = directory_filters(request, topics)
    if filters.unknown:
        page_cache_notes.skip(request)
    services = page_data(
        request,
        page,
        ("directory", municipality.slug if municipality else "", filters.key),
        lambda: directory_services(request, site, municipality, filters),
    )
    return {
        "municipality": municipality,
        "municipalities": region_municipalities(request),
        "topics": topics,
        "filters": filters,
        "services": services,
        "audience_choices": Audience.choices,
        "route_choices": Route.choices,
        "routable_subpath": f"{municipality.slug}/" if municipality else "",
    }


def directory_services(request, site, municipality, filters):
    """The region's offers for the directory, by name, with `channel_list` and
    `municipality_names` (empty: the whole region). Two queries."""
    services = services_for(
        site,
        topics=[filters.topic] if filters.topic else None,
        municipality=municipality,
        route=filters.route or None,
        audience=filters.audience or None,
    )
    services.sort(key=lambda service: (service.name.casefold(), service.pk))
    names = {m.pk: m.name for m in region_municipalities(request)}
    served = {}
    links = ServiceOffer.municipalities.through.objects.filter(serviceoffer_id__in=[s.pk for s in services])
    for offer_id, municipality_id in links.values_list("serviceoffer_id", "municipality_id"):
        if municipality_id in names:
            served.setdefault(offer_id, []).append(names[municipality_id])
    for service in services:
        service.municipality_names = sorted(served.get(service.pk, []))
    return attach_channels(request, services)


# ---- crisis numbers and their texts ----------------------------------------------------------

CRISIS_NUMBER_DEFAULTS = {"emergency": "112", "veilig_thuis": "0800-2000", "kindertelefoon": "0800-0432"}


@dataclass
class CrisisLine:
    label: str  # the question before the number ("Acuut gevaar?")
    name: str  # what the reader calls ("Bel", "Veilig Thuis")
    number: str
    note: str = ""

    @property
    def href(self):
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")


@dataclass
class Crisis:
    """What every page says about help in an emergency, for the request's region and
    language: the numbers from the region settings, the words from the region's crisis
    texts in this language (or the code's defaults, translated, where it has none)."""

    emergency: CrisisLine
    veilig_thuis: CrisisLine
    kindertelefoon: CrisisLine
    children_heading: str
    children_text: str


def crisis_lines(request):
    """The crisis numbers and texts of the request's region in the active language. Memoised
    per request; the numbers are region settings, the texts come from the shared cache
    (`crisis_texts`)."""
    return _memoised(request, "crisis", lambda: _build_crisis(request))


CRISIS_TEXTS_CACHE_SECONDS = 24 * 3600


def crisis_texts_cache_key(site_id, language):
    return f"portal:crisis-texts:{site_id}:{language}"


def crisis_texts(site, language):
    """The region's crisis texts in `language` (None: the defaults), from the shared cache:
    they are on every page, so no page pays a database query for them. A change deletes
    the entries (`home.apps.crisis_texts_changed`)."""
    from django.conf import settings
    from django.core.cache import cache

    found = cache.get(crisis_texts_cache_key(site.pk, language))
    if found is None:
        # Every language of the region in one query: the other language is asked for next.
        by_language = {code: (None,) for code, _name in settings.LANGUAGES}
        for texts in CrisisTexts.objects.filter(site=site).select_related("locale"):
            by_language[texts.locale.language_code] = (texts,)
        cache.set_many(
            {crisis_texts_cache_key(site.pk, code): value for code, value in by_language.items()},
            CRISIS_TEXTS_CACHE_SECONDS,
        )
        found = by_language.get(language, (None,))
    return found[0]


def _build_crisis(request):
    site = current_site(request)
    numbers = dict(CRISIS_NUMBER_DEFAULTS)
    texts = None
    if site is not None:
        region = RegionSettings.for_request(request)
        numbers = {
            "emergency": region.emergency_number or numbers["emergency"],
            "veilig_thuis": region.veilig_thuis_number or numbers["veilig_thuis"],
            "kindertelefoon": region.kindertelefoon_number or numbers["kindertelefoon"],
        }
        texts = crisis_texts(site, active_language())
    if texts is None:
        texts = CrisisTexts.defaults()
    return Crisis(
        emergency=CrisisLine(texts.emergency_label, texts.emergency_action, numbers["emergency"]),
        veilig_thuis=CrisisLine(
            texts.veilig_thuis_label,
            texts.veilig_thuis_name,
            numbers["veilig_thuis"],
            texts.veilig_thuis_note,
        ),
        kindertelefoon=CrisisLine(
            texts.kindertelefoon_label, texts.kindertelefoon_name, numbers["kindertelefoon"]
        ),
        children_heading=texts.children_heading,
        children_text=texts.children_text,
    )
