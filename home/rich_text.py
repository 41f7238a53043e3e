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
numbers as tel: links (`home.phone_numbers`).
"""

from django.db.models import Q
from django.utils import translation
from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html
from wagtail.rich_text.pages import PageLinkHandler

from home import streams
from home.phone_numbers import link_phone_numbers


def _ids(attrs_list):
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


def _prepared(model, ids):
    """Objects loaded beforehand for the page being prepared, if all of `ids` are there."""
    loaded = (streams.chosen() or {}).get(model)
    if loaded is not None and all(pk in loaded for pk in ids):
        return loaded
    return None


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = _ids(attrs_list)
        targets = _prepared(streams.PAGE_LINKS, ids)
        if targets is None:
            targets = localized_link_targets(ids)
        tags = []
        for attrs in attrs_list:
            try:
                target = targets.get(int(attrs.get("id")))
            except (TypeError, ValueError):
                target = None
            tags.append("<a>" if target is None else f'<a href="{escape(target.url or "")}">')
        return tags


class PreparedDocumentLinkHandler(DocumentLinkHandler):
    """Wagtail's document links, taking documents loaded beforehand for the page."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = _ids(attrs_list)
        documents = _prepared(cls.get_model(), ids)
        if documents is None or len(ids) != len(attrs_list):
            return super().get_many(attrs_list)
        return [documents.get(pk) for pk in ids]


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
