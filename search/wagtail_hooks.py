"""The search index's health on the admin dashboard (for administrators)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from search import repair


class SearchIndexHealthPanel(Component):
    name = "search_index_health"
    order = 900
    template_name = "search/admin/index_health_panel.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context.update(repair.status())
        context["title"] = _("Zoekindex")
        return context


@hooks.register("construct_homepage_panels")
def add_search_index_health(request, panels):
    if request.user.is_superuser:
        panels.append(SearchIndexHealthPanel())
