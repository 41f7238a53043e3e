"""Admin: the path map of the Scheidingswijzer, readable by every staff member."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from home.choices import Route
from vragenlijst import decision_table
from vragenlijst.questions import Role
from vragenlijst.steps import STEPS


class PathMapView(WagtailAdminTemplateMixin, TemplateView):
    """Every step, signal and rule of the decision table, as staff read it."""

    page_title = _("Padenkaart Scheidingswijzer")
    header_icon = "list-ol"
    template_name = "vragenlijst/admin/path_map.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        roles = dict(Role.choices)
        signals = decision_table.SIGNALS_BY_CODE
        context.update(
            {
                "table_version": decision_table.TABLE_VERSION,
                "routes": Route.choices,
                "steps": [
                    {
                        "number": number,
                        "slug": step.slug,
                        "title": step.form().get_title() or step.form.title,
                        "asked_when": step.asked_when,
                        "questions": [
                            {
                                "name": name,
                                "label": field.label,
                                "choices": getattr(field, "choices", []),
                            }
                            for name, field in step.form().fields.items()
                        ],
                    }
                    for number, step in enumerate(STEPS, start=1)
                ],
                "signals": decision_table.SIGNALS,
                "rules": [
                    {
                        "number": number,
                        "rule": rule,
                        "roles": [roles[role] for role in rule.roles],
                        "all_of": [signals[code] for code in rule.all_of],
                        "any_of": [signals[code] for code in rule.any_of],
                        "actions": [decision_table.ACTIONS[code] for code in rule.actions],
                    }
                    for number, rule in enumerate(decision_table.RULES, start=1)
                ],
            }
        )
        return context


class PathMapViewSet(ViewSet):
    name = "scheidingswijzer"
    icon = "list-ol"
    menu_label = _("Scheidingswijzer")
    menu_order = 300
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [path("", PathMapView.as_view(), name="path_map")]


@hooks.register("register_admin_viewset")
def register_path_map():
    return PathMapViewSet()
