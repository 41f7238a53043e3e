"""Write the effect report of a region and year to files: a printable HTML page, an XLSX
workbook with every table, and a CSV file per table."""

import time
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Site

from advies.report import exports
from advies.report.effect_report import build_effect_report
from advies.report.forms import FIRST_YEAR
from advies.report.periods import ReportPeriod
from advies.report.views import page_context
from home.models import Municipality


class Command(BaseCommand):
    help = "Write the yearly effect report of a region (HTML to print, XLSX, CSV per table)."

    def add_arguments(self, parser):
        parser.add_argument("region", help="The region's host name (e.g. lindeveld.localhost) or site id.")
        parser.add_argument("year", type=int, help="The year to report on, e.g. 2025.")
        parser.add_argument("--municipality", default="", help="Only this municipality (its slug).")
        parser.add_argument(
            "--output",
            default="",
            help="Folder to write to (default: var/reports/<region>-<year>[-<municipality>]).",
        )
        parser.add_argument("--language", default="nl", choices=["nl", "en"])

    def handle(self, *args, **options):
        site = self.region(options["region"])
        year = options["year"]
        if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
            raise CommandError(f"No report for the year {year}.")
        municipality = None
        if options["municipality"]:
            municipality = Municipality.objects.filter(site=site, slug=options["municipality"]).first()
            if municipality is None:
                raise CommandError(f"Region {site.hostname} has no municipality '{options['municipality']}'.")
        period = ReportPeriod.year(year)
        name = exports.file_stem(site, period, municipality)
        output = Path(options["output"] or Path(settings.BASE_DIR) / "var" / "reports" / name)
        output.mkdir(parents=True, exist_ok=True)
        with translation.override(options["language"]):
            report = self.step(
                "Computing the figures of both periods and protecting small counts",
                lambda: build_effect_report(site, period, municipality=municipality),
            )
            tables = report.tables()
            self.step(
                "Writing report.html (print it to PDF from a browser)",
                lambda: self.write_html(report, output),
            )
            self.step(
                "Writing report.xlsx",
                lambda: (output / "report.xlsx").write_bytes(exports.report_workbook(report)),
            )
            csv_folder = output / "csv"
            csv_folder.mkdir(exist_ok=True)
            for number, table in enumerate(tables, start=1):
                self.step(
                    f"Writing csv/{table.slug}.csv ({number}/{len(tables)})",
                    lambda table=table: (csv_folder / f"{table.slug}.csv").write_text(
                        exports.table_csv(table), encoding="utf-8"
                    ),
                )
        self.stdout.write(self.style.SUCCESS(f"Effect report {site.hostname} {year} written to {output}"))

    def region(self, value):
        condition = Q(hostname=value)
        if value.isdigit():
            condition |= Q(pk=int(value))
        site = Site.objects.filter(condition).first()
        if site is None:
            known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True))
            raise CommandError(f"Unknown region '{value}'. Known regions: {known}.")
        return site

    def step(self, label, action):
        self.stdout.write(f"{label} ...", ending="")
        self.stdout.flush()
        started = time.perf_counter()
        result = action()
        self.stdout.write(f" done ({time.perf_counter() - started:.2f} s)")
        return result

    def write_html(self, report, output):
        context = page_context(report)
        stylesheet = finders.find("advies/report.css")
        context["inline_css"] = Path(stylesheet).read_text(encoding="utf-8") if stylesheet else ""
        (output / "report.html").write_text(
            render_to_string("advies/report/print.html", context), encoding="utf-8"
        )
