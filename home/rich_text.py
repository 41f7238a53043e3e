"""Page links in rich text, localised in one query per piece of rich text.

Wagtail's own handler (wagtail.rich_text.pages.PageLinkHandler) fetches the linked pages
in bulk but then calls `page.localized` for each link, which costs two queries per link
(the active Locale, then the translation). A text with many links would make the query
count of a page grow with its links. This handler fetches the linked pages and their live
translations in the active language together, and keeps Wagtail's behaviour: link to the
translation when it exists and is live, else to the linked page itself.
"""

from django.db.models import Q
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = []
        for attrs in attrs_list:
            try:
                ids.append(int(attrs["id"]))
            except (KeyError, TypeError, ValueError):
                continue
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
        tags = []
        for attrs in attrs_list:
            try:
                page = by_id.get(int(attrs.get("id")))
            except (TypeError, ValueError):
                page = None
            if page is None:
                tags.append("<a>")
                continue
            target = in_language.get(page.translation_key, page)
            tags.append(f'<a href="{escape(target.url or "")}">')
        return tags
