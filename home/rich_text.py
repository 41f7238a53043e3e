"""Page and document links in rich text, resolved without a query per link or per text.

Wagtail's own handler (wagtail.rich_text.pages.PageLinkHandler) fetches the linked pages
in bulk but then calls `page.localized` for each link, which costs two queries per link
(the active Locale, then the translation). A text with many links would make the query
count of a page grow with its links. This handler fetches the linked pages and their live
translations in the active language together, and keeps Wagtail's behaviour: link to the
translation when it exists and is live, else to the linked page itself.

While a page's StreamFields are prepared (`home.streams.load_chosen`), the targets of all
its texts' links are loaded together beforehand and both handlers take them from there.
`expanded` renders a rich-text value once per value object and language, with its phone
numbers as tel: links (`home.phone_numbers`). The link handlers themselves are in
`home.link_handlers`: Wagtail's handler module loads the Page model when imported, so
the stream loading (imported while the models load) uses only this module.
"""

from django.db.models import Q
from django.utils import translation
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html

from home.chosen_objects import chosen
from home.phone_numbers import link_phone_numbers


def link_ids(attrs_list):
    ids = []
    for attrs in attrs_list:
        try:
            ids.append(int(attrs["id"]))
        except (KeyError, TypeError, ValueError):
            continue
    return ids


def localized_link_targets(ids):
    """{page id: the page to link to}: its live translation in the active language, or
    else the page itself. One query."""
    language = translation.get_language()
    pages = Page.objects.filter(
        Q(pk__in=ids)
        | Q(
            translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key"),
            locale__language_code=language,
            live=True,
        )
    ).select_related("locale")
    by_id = {}
    in_language = {}
    for page in pages:
        by_id[page.pk] = page
        if page.locale.language_code == language and page.live:
            in_language[page.translation_key] = page
    return {pk: in_language.get(page.translation_key, page) for pk, page in by_id.items()}


def prepared(model, ids):
    """Objects loaded beforehand for the page being prepared, if all of `ids` are there."""
    loaded = (chosen() or {}).get(model)
    if loaded is not None and all(pk in loaded for pk in ids):
        return loaded
    return None


def expanded(value):
    """Rich text as Wagtail's `|richtext` renders it (links resolved in the active language,
    phone numbers linked), worked out once per value object and language: a rich-text value
    in a StreamField lives on its page object, which a warm process keeps only while the
    page's tokens hold."""
    if not isinstance(value, RichText):
        return link_phone_numbers(expand_db_html(str(value)))
    done = value.__dict__.setdefault("_expanded_html", {})
    language = translation.get_language()
    if language not in done:
        done[language] = link_phone_numbers(value.__html__())
    return done[language]
