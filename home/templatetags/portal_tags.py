"""Template tags for the shared layout: language switch, menus, breadcrumbs, footer
channels, 'open now', page meta. All data comes from `home.selectors`, once per request."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe
from wagtail.models import Page

from home import page_cache_notes, selectors, toc
from home.models import RegionSettings
from home.phone_numbers import link_phone_numbers
from home.phone_numbers import phone_links as link_phone_numbers_in_text
from home.rich_text import expanded

register = template.Library()

OPEN_GRAPH_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def _page(context):
    """The Wagtail page being served, if any (other views may put their own `page` in)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language that keeps the reader on the same page where a translation exists.

    For CMS pages the live translation is used, else that language's region home page;
    for other views (questionnaire, forms, search) Django's `translate_url`.
    """
    request = context.get("request")
    page = _page(context)
    current = translation.get_language()
    links = []
    chrome = selectors.chrome(request, page) if page is not None else None
    for code, _name in settings.LANGUAGES:
        # Each language is named in itself, so a reader finds their own language.
        name = translation.get_language_info(code)["name_local"]
        if chrome is not None:
            target = chrome.translations.get(code)
            if target is not None:
                # A routable page's sub-page stays the same sub-page in the other language.
                url = target.get_url(request) + context.get("routable_subpath", "")
            else:
                target = chrome.home_translations.get(code)
                url = target.get_url(request) if target is not None else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def region_menu(context):
    """The region home and its audience sections in the active language; each item's
    `current` is "page" on the section itself and "true" on the section a page sits in."""
    request = context.get("request")
    chrome = selectors.chrome(request, _page(context))
    return {"home": chrome.home, "sections": chrome.sections}


@register.simple_tag(takes_context=True)
def page_chrome(context):
    """Breadcrumbs, the current section's menu and the translations of the page."""
    return selectors.chrome(context.get("request"), _page(context))


@register.simple_tag(takes_context=True)
def region_channels(context):
    request = context.get("request")
    return selectors.region_channels(request) if request is not None else []


@register.simple_tag(takes_context=True)
def open_now(context, channel):
    """Whether a channel is open at this moment. The page cache will not keep the page
    past the channel's next opening or closing time."""
    now = timezone.now()
    request = context.get("request")
    if request is not None:
        page_cache_notes.valid_until(request, channel.next_change_after(now))
    return channel.is_open_at(now)


@register.filter
def phone_links(text):
    """Plain text (escaped) with its phone numbers as tel: links (`home.phone_numbers`)."""
    return link_phone_numbers_in_text(text)


@register.filter
def richtext_once(value):
    """Wagtail's `|richtext`, expanded once per value object (`home.rich_text.expanded`)."""
    if value is None:
        return ""
    return mark_safe(expanded(value))  # noqa: S308 (Wagtail's rendered rich text)


@register.filter
def richtext_with_anchors(value, prefix):
    """Render rich text (as `|richtext` does) with ids on its <h2> headings for 'Op deze pagina'."""
    if value is None:
        return ""
    html, _entries = toc.anchored(value, prefix)
    return mark_safe(html)  # noqa: S308 (Wagtail's rendered rich text)


@register.filter(is_safe=True)
def phone_links_in_html(html):
    """Rendered HTML (a whole block) with its phone numbers as tel: links; anything not
    marked safe is escaped first. The base template runs it over the main content."""
    return mark_safe(link_phone_numbers(html if isinstance(html, SafeData) else conditional_escape(html)))  # noqa: S308


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context):
    """Description, canonical URL, language alternates and Open Graph tags of a CMS page."""
    request = context.get("request")
    page = _page(context)
    if page is None or request is None:
        return {"page": None}
    chrome = selectors.chrome(request, page)
    site_name = RegionSettings.for_request(request).expertise_point_name
    language = next(
        (code for code, translated in chrome.translations.items() if translated.pk == page.pk),
        translation.get_language(),
    )
    # A routable page's sub-page (a municipality of the services directory) is a page of
    # its own: its canonical URL and alternates carry its sub-path.
    subpath = context.get("routable_subpath", "")
    alternates = [
        {"code": code, "url": request.build_absolute_uri(translated.get_url(request) + subpath)}
        for code, translated in sorted(chrome.translations.items())
    ]
    description = getattr(page, "search_description", "") or ""
    if not description:
        for name in ("summary", "intro"):
            description = getattr(page, name, "") or ""
            if description:
                break
    return {
        "page": page,
        "title": page.seo_title or page.title,
        "description": description,
        "canonical": request.build_absolute_uri(
            (page.get_url(request) + subpath) if page.get_url(request) else request.path
        ),
        "alternates": alternates,
        "default_alternate": next((a for a in alternates if a["code"] == settings.LANGUAGE_CODE), None),
        "og_locale": OPEN_GRAPH_LOCALES.get(language, language),
        "site_name": site_name,
        "og_type": "article" if (page.depth or 0) > 3 else "website",
    }


@register.simple_tag(takes_context=True)
def with_opening_hours(context, channel):
    """The same channel from the request's region channels, whose opening hours are
    already loaded (a channel from a block would load its hours on its own)."""
    request = context.get("request")
    if request is None:
        return channel
    return selectors.localize_channels(request, [channel])[0]


@register.simple_tag(takes_context=True)
def statement_pages(context):
    """'Veilig online', privacy and accessibility statement of the region, in this language."""
    request = context.get("request")
    return selectors.chrome(request, _page(context)).statements if request is not None else []


@register.simple_tag(takes_context=True)
def link_url(context, link):
    """Where a link block's value (`home.blocks.LinkBlock`) leads, in the reader's language
    and region: a chosen page (as `home.streams` loaded it: its translation where one is
    live) or a destination of the portal; "" when it leads nowhere (an unpublished page,
    an app that is not installed), so the template can leave the call to action out."""
    if not link:
        return ""
    request = context.get("request")
    page = link.get("page")
    if page is not None:
        return (page.get_url(request) or "") if page.live else ""
    destination = link.get("destination")
    return (selectors.destination_url(destination, request, _page(context)) or "") if destination else ""
