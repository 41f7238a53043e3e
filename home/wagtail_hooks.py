"""Admin registration of the region's reference data as snippets, grouped in one menu, and
the editors' side of the admin: region-scoped permissions, choosers, translations of
pages taken along on unpublish and delete, and the editors' dashboard.

The permission policies come first: Wagtail 8 wants a model's policy registered before
anything asks for it (a viewset, a chooser, the settings menu)."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home import regions
from home.dashboard import editor_panels
from home.models import (
    ContactChannel,
    CrisisTexts,
    ExperienceStory,
    Expert,
    Municipality,
    ServiceOffer,
    Topic,
)
from home.page_cache import note_served_page
from home.rich_text import LocalizedPageLinkHandler, PreparedDocumentLinkHandler
from home.viewsets import PortalChooserViewSet, RegionalDeleteBulkAction, RegionalSnippetViewSet

for _model in regions.regional_snippet_models():
    register_permission_policy(_model, SitePermissionPolicy(_model))


class MunicipalityViewSet(RegionalSnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "site"]
    list_filter = ["site"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    chooser_viewset_class = PortalChooserViewSet
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class ServiceOfferViewSet(RegionalSnippetViewSet):
    model = ServiceOffer
    icon = "list-ul"
    list_display = ["name", "provider", "site", "cost", "waiting_weeks"]
    list_filter = ["site", "cost"]
    search_fields = ["name", "provider", "summary"]


class ContactChannelViewSet(RegionalSnippetViewSet):
    model = ContactChannel
    icon = "mail"
    list_display = ["name", "kind", "value", "site"]
    list_filter = ["site", "kind"]
    search_fields = ["name", "value", "description"]


class ExpertViewSet(RegionalSnippetViewSet):
    model = Expert
    icon = "user"
    list_display = ["name", "discipline", "organisation", "site"]
    list_filter = ["site", "discipline"]
    search_fields = ["name", "organisation"]


class ExperienceStoryViewSet(SnippetViewSet):
    model = ExperienceStory
    chooser_viewset_class = PortalChooserViewSet
    icon = "openquote"
    list_display = ["title", "teller", "audience", "consent_recorded"]
    list_filter = ["audience", "consent_recorded"]
    search_fields = ["title", "teller", "quote"]


class CrisisTextsViewSet(RegionalSnippetViewSet):
    """The crisis texts per region and language, among the region settings."""

    model = CrisisTexts
    icon = "warning"
    menu_label = _("Crisisteksten")
    add_to_settings_menu = True
    list_display = ["__str__", "emergency_label", "veilig_thuis_label", "kindertelefoon_label"]
    list_filter = ["site"]
    search_fields = ["site__site_name", "site__hostname", "emergency_label", "veilig_thuis_label"]


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
register_snippet(CrisisTextsViewSet)


# After Wagtail's own bulk delete (order 0), which it replaces for the regional snippets.
hooks.register("register_bulk_action", RegionalDeleteBulkAction, order=100)


@hooks.register("register_group_permission_panel")
def regional_snippet_permissions_panel():
    from home.forms import RegionalSnippetPermissionForm

    return RegionalSnippetPermissionForm


@hooks.register("construct_page_chooser_queryset")
def pages_of_own_regions(pages, request):
    """An editor of one region picks pages of that region only (a superuser sees every
    region; the page form still refuses a page of another region, see home/forms.py)."""
    user = request.user
    if user.is_superuser:
        return pages
    return pages.filter(regions.pages_in_sites_q(regions.editable_page_site_ids(user)))


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_follow_their_source(pages, action):
    """Unpublishing a page unpublishes its translations and deleting it deletes them
    (Wagtail's confirmations then say so), so no English page outlives its Dutch source."""
    if action not in ("unpublish", "delete"):
        return None
    cascade = {}
    for page in pages:
        translations = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            translations = translations.filter(alias_of__isnull=True, live=True)
        cascade[page] = translations
    return cascade


hooks.register("construct_homepage_panels", editor_panels)


@hooks.register("insert_global_admin_js")
def translate_localize_editor_words():
    return format_html('<script src="{}" defer></script>', static("home/js/admin-localize-words.js"))


@hooks.register("register_rich_text_features", order=10)
def localized_page_links(features):
    """Replace Wagtail's page-link handler (registered at order 0) by one that localises
    all links of a text in one query, and its document-link handler by one that takes the
    documents loaded for the whole page (see home/rich_text.py)."""
    features.register_link_type(LocalizedPageLinkHandler)
    features.register_link_type(PreparedDocumentLinkHandler)


# After Wagtail's own view-restriction check (order 0).
hooks.register("before_serve_page", note_served_page, order=10)
