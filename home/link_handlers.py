"""The rich-text link handlers registered in `home.wagtail_hooks`: page links to the live
translation in the active language, documents from the objects loaded for the page, each
without a query per link (see `home.rich_text`).

Apart from `home.rich_text` because Wagtail's PageLinkHandler module loads the Page model
when it is imported: this module is imported once the apps are ready (by the hooks), the
stream loading that runs while the models load needs only `home.rich_text`.
"""

from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.rich_text.pages import PageLinkHandler

from home.chosen_objects import PAGE_LINKS
from home.rich_text import link_ids, localized_link_targets, prepared


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = link_ids(attrs_list)
        targets = prepared(PAGE_LINKS, ids)
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
        ids = link_ids(attrs_list)
        documents = prepared(cls.get_model(), ids)
        if documents is None or len(ids) != len(attrs_list):
            return super().get_many(attrs_list)
        return [documents.get(pk) for pk in ids]
