"""The back office in the Wagtail admin: inbox and request detail with workflow actions,
panel/pool meetings, chain partners, follow-ups due, and the audit log for the privacy
officer, and the effect report for reporting staff. All views are region-scoped (see
`advies.admin_views` and `advies.report.views`)."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from advies import access, admin_views, selectors
from advies.models import AuditEntry, ChainPartner, PanelMeeting, Request


class NoGenericEditingMixin:
    """Only the views a viewset lists exist; the generic add/edit/delete/history do not."""

    disabled_views = ("add", "edit", "delete", "history", "usage", "copy")

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in self.disabled_views:
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs


class RequestViewSet(NoGenericEditingMixin, ModelViewSet):
    model = Request
    name = "aanvragen"
    icon = "mail"
    menu_label = _("Aanvragen")
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = admin_views.InboxView
    inspect_view_class = admin_views.RequestDetailView
    list_per_page = 50
    export_filename = "aanvragen"

    def get_urlpatterns(self):
        from advies.admin_inbox import TextExportView

        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("export-met-tekst/", TextExportView.as_view(), name="text_export"),
            path("referentie/<str:reference>/", admin_views.by_reference_view, name="by_reference"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/status/", admin_views.StatusView.as_view(), name="status"),
            path("<int:pk>/toewijzen/", admin_views.AssignView.as_view(), name="assign"),
            path("<int:pk>/notitie/", admin_views.NoteView.as_view(), name="note"),
            path("<int:pk>/gezamenlijke-intake/", admin_views.JointIntakeView.as_view(), name="joint_intake"),
            path("<int:pk>/verwijzen/", admin_views.ReferView.as_view(), name="refer"),
            path(
                "<int:pk>/verwijzing/<int:referral_pk>/",
                admin_views.ReferralResultView.as_view(),
                name="referral_result",
            ),
            path("<int:pk>/antwoord/", admin_views.AnswerView.as_view(), name="answer"),
            path("<int:pk>/export/", admin_views.export_view, name="export"),
        ]


def menu_item_shown_to(may_see):
    """A menu item class shown only to users for whom `may_see(user)` holds."""
    from wagtail.admin.menu import MenuItem

    class ShownToSome(MenuItem):
        def is_shown(self, request):
            return may_see(request.user)

    return ShownToSome


class FollowUpViewSet(ViewSet):
    name = "opvolging"
    icon = "date"
    menu_label = _("Opvolging verwijzingen")

    def get_urlpatterns(self):
        return [path("", admin_views.FollowUpsView.as_view(), name="index")]

    @property
    def menu_item_class(self):
        return menu_item_shown_to(access.can_view_requests)


class RetentionViewSet(ViewSet):
    name = "bewaartermijn"
    icon = "warning"
    menu_label = _("Bewaartermijn")

    def get_urlpatterns(self):
        return [path("", admin_views.RetentionWarningsView.as_view(), name="index")]

    @property
    def menu_item_class(self):
        return menu_item_shown_to(access.can_view_requests)


class PanelMeetingViewSet(NoGenericEditingMixin, ModelViewSet):
    model = PanelMeeting
    name = "overleggen"
    icon = "group"
    menu_label = _("Overleg panel en poule")
    disabled_views = ("delete", "history", "usage", "copy")
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = admin_views.MeetingIndexView
    add_view_class = admin_views.ScopedCreateView
    edit_view_class = admin_views.ScopedEditView
    inspect_view_class = admin_views.MeetingDetailView
    list_display = ["date", "panel", "site"]
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("panel"),
            FieldPanel("date"),
            FieldPanel("members", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=admin_views.PanelMeetingForm,
    )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/agenda/", admin_views.AgendaView.as_view(), name="agenda"),
            path("<int:pk>/advies/<int:item_pk>/", admin_views.PanelAdviceView.as_view(), name="advice"),
        ]


class ChainPartnerViewSet(NoGenericEditingMixin, ModelViewSet):
    model = ChainPartner
    name = "ketenpartners"
    icon = "link"
    menu_label = _("Ketenpartners")
    disabled_views = ("delete", "history", "usage", "copy")
    copy_view_enabled = False
    index_view_class = admin_views.ScopedIndexView
    add_view_class = admin_views.ScopedCreateView
    edit_view_class = admin_views.ScopedEditView
    list_display = ["name", "kind", "site", "active"]
    edit_handler = ObjectList(ChainPartner.panels, base_form_class=admin_views.ChainPartnerForm)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
        ]


class AuditLogViewSet(NoGenericEditingMixin, ModelViewSet):
    model = AuditEntry
    name = "auditlog"
    icon = "history"
    menu_label = _("Auditlog")
    copy_view_enabled = False
    index_view_class = admin_views.AuditLogView
    list_display = [
        "created_at",
        "actor_name",
        "action",
        "object_reference",
        "site",
        "result",
        "detail",
        "origin",
    ]
    list_per_page = 100

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


class IntakeGroup(ViewSetGroup):
    menu_label = _("Intake")
    menu_icon = "clipboard-list"
    menu_order = 150
    items = (
        RequestViewSet,
        FollowUpViewSet,
        RetentionViewSet,
        PanelMeetingViewSet,
        ChainPartnerViewSet,
        AuditLogViewSet,
    )


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeGroup()


class RetentionPanel(Component):
    """Dashboard panel for intake staff: how many of their region's requests retention
    anonymises or deletes within the warning period, with a link to the list."""

    name = "retention_warnings"
    order = 110
    template_name = "advies/admin/retention_panel.html"

    def __init__(self, outlook):
        self.outlook = outlook

    def get_context_data(self, parent_context):
        return {
            "count": self.outlook.count,
            "first_due_at": self.outlook.first_due_at,
            "url": reverse("bewaartermijn:index"),
        }


@hooks.register("construct_homepage_panels")
def add_team_day_panels(request, panels):
    """The intake team's day (per region), for intake staff only; other roles' panels
    (editors, reporting) are theirs."""
    from advies.dashboard import add_team_panels

    add_team_panels(request, panels)


@hooks.register("insert_global_admin_css")
def intake_admin_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("advies/admin.css"))


@hooks.register("construct_homepage_panels")
def add_retention_panel(request, panels):
    if not access.can_view_requests(request.user):
        return
    outlook = selectors.retention_warnings_outlook(request.user)
    if outlook.count:
        panels.append(RetentionPanel(outlook))


class EffectReportViewSet(ViewSet):
    name = "effectrapportage"
    icon = "table"
    menu_label = _("Effectrapportage")
    menu_order = 160
    add_to_admin_menu = True

    def get_urlpatterns(self):
        from advies.report import views

        return [
            path("", views.ReportView.as_view(), name="index"),
            path("afdrukken/", views.PrintView.as_view(), name="print"),
            path("export/rapport.xlsx", views.WorkbookView.as_view(), name="workbook"),
            path("export/<slug:table>.<str:extension>", views.TableExportView.as_view(), name="table_export"),
        ]

    @property
    def menu_item_class(self):
        return menu_item_shown_to(access.can_view_reports)


@hooks.register("register_admin_viewset")
def register_effect_report_viewset():
    return EffectReportViewSet()
