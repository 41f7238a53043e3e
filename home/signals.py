"""Redirects from a page's URL with another language's slugs to the page itself.

Each translation has slugs in its own language (/en/parents/parenting-plan/). A reader
who swaps /nl/ for /en/ in a Dutch address, a link written before an English page got
English slugs, or a bookmark from then, asks for /en/ouders/ouderschapsplan/, which no
page has. Wagtail's redirects (`wagtail.contrib.redirects`) answer such a 404 with a
permanent redirect, so each published page keeps one redirect per other language of its
translations: from `/<its language>/<the other version's path>` to itself. Wagtail itself
adds the redirects for a changed slug or a move of the page.
"""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published


def _path(page):
    """(site id, the page's path with its language prefix) or None when it has no URL."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    site_id, _root_url, path = parts
    return site_id, path


def _without_language(path):
    """'/nl/ouders/ouderschapsplan/' -> ('nl', 'ouders/ouderschapsplan/')."""
    language, _slash, rest = path.lstrip("/").partition("/")
    return language, rest


def redirects_for(page):
    """Redirect every other language's slugs of this page's translations to the version in
    that language: create or update the redirects; returns how many were written."""
    versions = [version for version in Page.objects.filter(translation_key=page.translation_key, live=True)]
    paths = {version.pk: _path(version) for version in versions}
    written = 0
    for version in versions:
        own = paths[version.pk]
        if own is None:
            continue
        site_id, own_path = own
        language, own_rest = _without_language(own_path)
        for other in versions:
            theirs = paths[other.pk]
            if other.pk == version.pk or theirs is None or theirs[0] != site_id:
                continue
            _other_language, their_rest = _without_language(theirs[1])
            if their_rest == own_rest:
                continue
            old_path = Redirect.normalise_path(f"/{language}/{their_rest}")
            Redirect.objects.update_or_create(
                site_id=site_id,
                old_path=old_path,
                defaults={
                    "redirect_page": version,
                    "redirect_link": "",
                    "is_permanent": True,
                    "automatically_created": True,
                },
            )
            written += 1
    return written


def redirects_for_all(pages=None, report=None):
    """Redirects for every live page (or the given pages), once per translation set;
    returns how many were written. Site root paths are read afresh: a site whose home got
    its translation in the same process would otherwise give its English pages no URL."""
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()
    pages = Page.objects.filter(live=True, depth__gt=2) if pages is None else pages
    keys = list(pages.values_list("translation_key", flat=True).distinct())
    written = 0
    for number, key in enumerate(keys, start=1):
        page = Page.objects.filter(translation_key=key, live=True).first()
        written += redirects_for(page)
        if report and (number % 100 == 0 or number == len(keys)):
            report(f"{number} of {len(keys)} pages, {written} redirects")
    return written


def page_published_redirects(sender, instance, **kwargs):
    redirects_for(instance)


def connect():
    page_published.connect(page_published_redirects, dispatch_uid="home-language-redirects")


def disconnect():
    page_published.disconnect(dispatch_uid="home-language-redirects")
