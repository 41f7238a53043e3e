"""The effect report in the Wagtail admin: choose a region and period, read the report
with its charts and tables, print it, download a table as CSV or XLSX or the whole
report as XLSX. Only people who may see the region's report get anything (403
otherwise); the report holds aggregates only."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from advies import access
from advies.report import exports
from advies.report.charts import charts_for
from advies.report.effect_report import build_effect_report, region_name
from advies.report.forms import ReportForm

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ReportAccessMixin:
    """Refuses anyone who may open no report, and any region the user may not open."""

    def dispatch(self, request, *args, **kwargs):
        if not access.can_view_reports(request.user):
            raise PermissionDenied
        requested = request.GET.get("regio", "")
        if requested.isdigit() and Site.objects.filter(pk=int(requested)).exists():
            access.ensure_may_view_report(request.user, int(requested))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def form(self):
        data = self.request.GET if "regio" in self.request.GET else None
        return ReportForm(data, user=self.request.user)

    @cached_property
    def report(self):
        """The report asked for in the URL, or None while the form is incomplete."""
        if not self.form.is_bound or not self.form.is_valid():
            return None
        data = self.form.cleaned_data
        return build_effect_report(data["regio"], self.form.period(), municipality=data["gemeente"])

    def query(self):
        return urlencode({key: value for key, value in self.request.GET.items() if value})

    def report_context(self):
        return page_context(self.report, self.query())


def page_context(report, query=""):
    """What the report templates need: the report, its charts per section and links."""
    charts = charts_for(report)
    sections = [{"section": section, "charts": charts.get(section.slug, [])} for section in report.sections]
    return {
        "report": report,
        "region_name": region_name(report.site),
        "sections": sections,
        "comparison": report.comparison,
        "legend": exports.symbol_legend(),
        "print_url": reverse("effectrapportage:print") + "?" + query,
        "workbook_url": reverse("effectrapportage:workbook") + "?" + query,
        "export_query": query,
    }


class ReportView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "advies/report/index.html"
    page_title = _("Effectrapportage")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        if self.report is not None:
            context.update(self.report_context())
        return context


class PrintView(ReportAccessMixin, View):
    """The report alone on a page made for printing (and saving as PDF from the browser)."""

    def get(self, request):
        if self.report is None:
            raise Http404
        context = self.report_context()
        context["index_url"] = reverse("effectrapportage:index") + "?" + self.query()
        return render(request, "advies/report/print.html", context)


class WorkbookView(ReportAccessMixin, View):
    """Every table of the report in one XLSX workbook."""

    def get(self, request):
        if self.report is None:
            raise Http404
        return _download(exports.report_workbook(self.report), XLSX_TYPE, _file_name(self.report, "xlsx"))


class TableExportView(ReportAccessMixin, View):
    """One table as CSV or XLSX."""

    def get(self, request, table, extension):
        if self.report is None:
            raise Http404
        found = self.report.table(table)
        if found is None or extension not in ("csv", "xlsx"):
            raise Http404
        if extension == "csv":
            return _download(
                exports.table_csv(found).encode("utf-8"),
                "text/csv; charset=utf-8",
                _file_name(self.report, "csv", found),
            )
        return _download(
            exports.report_workbook(self.report, [found]), XLSX_TYPE, _file_name(self.report, "xlsx", found)
        )


def _file_name(report, extension, table=None):
    stem = exports.file_stem(report.site, report.period, report.municipality)
    return f"effectrapportage-{stem}" + (f"-{table.slug}" if table is not None else "") + f".{extension}"


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
