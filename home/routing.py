"""Finding the page for a URL in a fixed number of queries.

Wagtail's routing (`Page.route_for_request`) walks the tree one URL segment at a time:
the site's root page, the active Locale, the root's translation and its specific page,
then two queries per segment, and two more for view restrictions. For our three-level
tree that is ten queries before a page renders anything.

`find_route` asks for the page by its `url_path` under the translated home page of the
request's site in one query, annotated with whether any view restriction or alias is
involved and joined with the tables of the page types (so the specific page comes along).
A routable page (`RoutablePageMixin`, e.g. the services directory with a sub-page per
municipality) is found in the same query one segment up, and routes the last segment
itself. When it finds nothing, or the page is special, it returns None and Wagtail's own
routing answers as usual (falling back to the source language, deeper routable paths, 404s).

A process keeps the page it found for a path (`home.process_cache`) while the page's
tokens are unchanged (any publish, move or unpublish around it renews them), so a warm
process routes without a query. The kept page object is shared by later requests, which
also keeps what it computed about itself (StreamField blocks turned into values).
"""

from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Concat
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from home import cache_tokens, process_cache
from home.selectors import restricted_q


def _page_type_joins():
    """Reverse one-to-one names from Page to the tables of its direct subclasses."""
    from django.apps import apps

    return {
        model: model._meta.parents[Page].remote_field.get_accessor_name()
        for model in apps.get_models()
        if Page in model._meta.parents and not model._meta.proxy
    }


def _aliased_q():
    """The page or one of its ancestors is an alias (restrictions come from elsewhere)."""
    return Exists(Page.objects.filter(alias_of__isnull=False).filter(StartsWith(OuterRef("path"), F("path"))))


def find_route(request, path):
    """A Wagtail route result `(page, args, kwargs)` for `path`, or None to let Wagtail route."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = translation.get_language()
    found = process_cache.remember(
        request,
        ("route", site.pk, language, path),
        lambda found: None if found is None else cache_tokens.for_page(site.pk, found[0].translation_key),
        lambda: _find_page(site, language, path),
    )
    if found is None:
        return None
    page, remaining = found
    try:
        return page.route(request, remaining)
    except Http404:
        return None


def _joined(components):
    return "".join(f"{component}/" for component in components)


def _url_path(home, components):
    return Concat(Subquery(home.values("url_path")[:1]), Value(_joined(components)), output_field=CharField())


def _find_page(site, language, path):
    """(the live, specific page at `path` in `language` under the site's home, the path
    components left for it to route), or None. The page at the full path, or else a
    routable page (`RoutablePageMixin`) one segment up, with that segment left over."""
    components = [component for component in path.split("/") if component]
    home = Page.objects.filter(
        translation_key=Subquery(Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]),
        locale__language_code=language,
    )
    joins = _page_type_joins()
    wanted = Q(url_path=_url_path(home, components))
    routable = [join for model, join in joins.items() if issubclass(model, RoutablePageMixin)]
    if components and routable:
        one_up = Q()
        for join in routable:
            one_up |= Q(**{f"{join}__isnull": False})
        wanted |= Q(url_path=_url_path(home, components[:-1])) & one_up
    page = (
        Page.objects.filter(wanted, locale__language_code=language)
        .select_related(*joins.values())
        .annotate(is_restricted=restricted_q(), is_aliased=_aliased_q())
        .order_by("-depth")
        .first()
    )
    if page is None or not page.live or page.is_aliased:
        return None
    remaining = [] if page.url_path.endswith(_joined(components)) else components[-1:]
    join = joins.get(page.specific_class)
    specific = getattr(page, join) if join else page.specific
    if not page.is_restricted and hasattr(specific, "known_unrestricted"):
        specific.known_unrestricted = True
    return specific, remaining
