"""Template tags for the shared layout: language switch, audience menu, footer channels."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from home import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language that keeps the reader on the same page where a translation exists.

    For CMS pages the live translation is used, else that language's region home page;
    for other views (questionnaire, forms, search) Django's `translate_url`.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translated_pages = selectors.page_translations(page, request) if page is not None else {}
    site = selectors.current_site(request) if request else None
    links = []
    for code, _name in settings.LANGUAGES:
        # Each language is named in itself, so a reader finds their own language.
        name = translation.get_language_info(code)["name_local"]
        if page is not None:
            url = translated_pages.get(code)
            if url is None and site is not None:
                with translation.override(code):
                    url = site.root_page.localized.get_url(request)
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def region_menu(context):
    """The region home and its audience sections in the active language; `current` is
    "page" on the section itself and "true" on the section a page sits in."""
    request = context.get("request")
    page = context.get("page")
    site = selectors.current_site(request) if request else None
    home = selectors.region_home(site)
    sections = []
    for section in selectors.audience_sections(home):
        current = ""
        if page is not None and getattr(page, "path", "").startswith(section.path):
            current = "page" if page.pk == section.pk else "true"
        sections.append({"section": section, "current": current})
    return {"home": home, "sections": sections}


@register.simple_tag(takes_context=True)
def region_channels(context):
    request = context.get("request")
    site = selectors.current_site(request) if request else None
    return selectors.channels_for_site(site) if site else []


@register.filter
def localized_page(page):
    """The page in the active language, or the page itself."""
    return page.localized if page is not None else None
