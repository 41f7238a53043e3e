"""The editors' explanations and examples of the builder, as a translatable snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ouderschapsplan.models import StepGuidance


class StepGuidanceViewSet(SnippetViewSet):
    model = StepGuidance
    icon = "doc-full"
    menu_label = _("Ouderschapsplan")
    menu_name = "ouderschapsplan"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["__str__", "explanation"]
    list_filter = ["key"]
    search_fields = ["explanation", "example"]


register_snippet(StepGuidanceViewSet)
