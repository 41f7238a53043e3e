"""Admin: the path map of the Scheidingswijzer, readable by every staff member, and the
editable texts (a translatable snippet per region and language)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.choices import Route
from vragenlijst import decision_table
from vragenlijst.models import ScheidingswijzerTexts
from vragenlijst.personas import personas_by_rule
from vragenlijst.questions import QUESTION_SHORT_LABELS, Role
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
        personas = personas_by_rule()
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
                        "depends_on": [QUESTION_SHORT_LABELS.get(name, name) for name in step.depends_on],
                        "child_form": step.form(role=Role.CHILD) if step.slug == "veiligheid" else None,
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
                        "none_of": [signals[code] for code in rule.none_of],
                        "mentions": [signals[code] for code in rule.mentions if code not in rule.any_of],
                        "actions": [decision_table.ACTIONS[code] for code in rule.actions],
                        "personas": personas.get(rule.code, []),
                    }
                    for number, rule in enumerate(decision_table.RULES, start=1)
                ],
                "offers": [
                    {
                        "action": decision_table.ACTIONS[offer.action],
                        "roles": [roles[role] for role in offer.roles or decision_table.ALL_BUT_CHILDREN],
                        "routes": [Route(route).label for route in offer.routes],
                        "all_of": [signals[code] for code in offer.all_of],
                        "any_of": [signals[code] for code in offer.any_of],
                        "none_of": [signals[code] for code in offer.none_of],
                    }
                    for offer in decision_table.OFFERS
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


class ScheidingswijzerTextsViewSet(SnippetViewSet):
    model = ScheidingswijzerTexts
    icon = "list-ol"
    menu_label = _("Teksten Scheidingswijzer")
    list_display = ["__str__"]
    list_filter = ["site", "locale"]


register_snippet(ScheidingswijzerTextsViewSet)
