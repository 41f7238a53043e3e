"""The search pages: thin views over `search.selectors`."""

from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from home.selectors import current_site
from search import selectors
from search.facets import KNOWLEDGE, SCOPES, SITE
from search.forms import SearchForm

TEMPLATE = "search/search.html"


def _page_number(value):
    """The requested page as a number (query_from keeps it within the pages there are)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


def _page_window(current, last, around=3):
    """Page numbers to link: the first, the last and a few around the current one."""
    numbers = {1, last, *range(max(1, current - around), min(last, current + around) + 1)}
    return sorted(numbers)


def _without(params, name, value):
    """The query string without one facet value (and without the page number)."""
    remaining = params.copy()
    remaining.setlist(name, [v for v in remaining.getlist(name) if v != value])
    remaining.pop("pagina", None)
    encoded = remaining.urlencode()
    return f"?{encoded}" if encoded else "?"


def _active_filters(results, params):
    return [
        {"facet": facet.label, "label": value.label, "remove_url": _without(params, facet.name, value.value)}
        for facet in results.facets
        for value in facet.selected
    ]


def _search_page(request, scope):
    form = SearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    query = selectors.query_from(
        scope,
        text=text,
        params=request.GET,
        language=translation.get_language(),
        site=current_site(request),
        page=_page_number(request.GET.get("pagina")),
    )
    results = selectors.search(query) if form.is_valid() else None
    if results is not None:
        query = results.query  # a page past the last became the last page
    other_scope = SITE if scope is KNOWLEDGE else KNOWLEDGE
    context = {
        "form": form,
        "scope": scope,
        "other_scope": other_scope,
        "query": query,
        "results": results,
        "active_filters": _active_filters(results, request.GET) if results else [],
        "page_numbers": _page_window(query.page, results.num_pages) if results else [],
    }
    return render(request, TEMPLATE, context)


@require_GET
def site_search(request):
    """The site search: everything of the current region, in the current language."""
    return _search_page(request, SITE)


@require_GET
def knowledge_search(request):
    """The professionals' knowledge base, across regions, with facets."""
    return _search_page(request, KNOWLEDGE)


@require_GET
def suggest(request):
    """Titles for suggestions as you type (JSON), from the same selectors as the pages."""
    scope = SCOPES.get(request.GET.get("scope", ""), SITE)
    text = request.GET.get("q", "")[:100]
    if len(text.strip()) < 2:
        return JsonResponse({"suggestions": []})
    query = selectors.query_from(
        scope,
        text=text,
        params=QueryDict(),
        language=translation.get_language(),
        site=current_site(request),
    )
    return JsonResponse({"suggestions": selectors.suggest(query)})
