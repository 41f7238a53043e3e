"""Admin registration of the region's reference data as snippets, grouped in one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import ContactChannel, ExperienceStory, Expert, Municipality, ServiceOffer, Topic
from home.page_cache import note_served_page
from home.rich_text import LocalizedPageLinkHandler, PreparedDocumentLinkHandler


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "site"]
    list_filter = ["site"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class ServiceOfferViewSet(SnippetViewSet):
    model = ServiceOffer
    icon = "list-ul"
    list_display = ["name", "provider", "site", "cost", "waiting_weeks"]
    list_filter = ["site", "cost"]
    search_fields = ["name", "provider"]


class ContactChannelViewSet(SnippetViewSet):
    model = ContactChannel
    icon = "mail"
    list_display = ["name", "kind", "value", "site"]
    list_filter = ["site", "kind"]


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    list_display = ["name", "discipline", "organisation", "site"]
    list_filter = ["site", "discipline"]


class ExperienceStoryViewSet(SnippetViewSet):
    model = ExperienceStory
    icon = "openquote"
    list_display = ["title", "teller", "audience", "consent_recorded"]
    list_filter = ["audience", "consent_recorded"]


class RegionContentGroup(SnippetViewSetGroup):
    menu_label = _("Regio-inhoud")
    menu_icon = "site"
    menu_order = 200
    items = (
        ServiceOfferViewSet,
        ContactChannelViewSet,
        MunicipalityViewSet,
        TopicViewSet,
        ExpertViewSet,
        ExperienceStoryViewSet,
    )


register_snippet(RegionContentGroup)


@hooks.register("register_rich_text_features", order=10)
def localized_page_links(features):
    """Replace Wagtail's page-link handler (registered at order 0) by one that localises
    all links of a text in one query, and its document-link handler by one that takes the
    documents loaded for the whole page (see home/rich_text.py)."""
    features.register_link_type(LocalizedPageLinkHandler)
    features.register_link_type(PreparedDocumentLinkHandler)


# After Wagtail's own view-restriction check (order 0).
hooks.register("before_serve_page", note_served_page, order=10)
