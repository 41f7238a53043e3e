"""CSV and XLSX exports of the effect report's tables, with exactly what the page shows:
suppressed counts stay "< 5" or "×" (as text), everything else is a number."""

import csv
import io
import re

from django.utils import formats
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from advies.report.effect_report import region_name

SHEET_TITLE_LENGTH = 31  # Excel's limit


def table_rows(table):
    """Header and rows of a table as plain values (numbers where shown)."""
    yield [str(table.row_header), *(str(column) for column in table.columns)]
    for label, entries in table.rows:
        yield [str(label), *(_plain(entry.export_value) for entry in entries)]


def _plain(value):
    return value if isinstance(value, int | float) else str(value)


def table_csv(table):
    """One table as CSV text (comma-separated, UTF-8)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in table_rows(table):
        writer.writerow(row)
    return buffer.getvalue()


def file_stem(site, period, municipality=None):
    """The name files of a report start with: region, period and municipality if any,
    e.g. lindeveld-2025 or lindeveld-2025-k2-eikendaal."""
    parts = [site.hostname.split(".")[0], period.slug]
    if municipality is not None:
        parts.append(municipality.slug)
    return "-".join(parts)


def legend_lines(report):
    period = report.period
    lines = [
        (_("Rapport"), report.title),
        (_("Regio"), region_name(report.site)),
        (_("Periode"), f"{period.label} ({period.start.isoformat()} – {period.end.isoformat()})"),
    ]
    if report.municipality is not None:
        lines.append((_("Gemeente"), report.municipality.name))
    if report.previous is not None:
        lines.append((_("Vergeleken met"), report.previous.period.label))
    lines.append((_("Gemaakt op"), formats.date_format(report.generated_at, "j F Y H:i")))
    return lines + symbol_legend()


def symbol_legend():
    """What the signs in place of a count mean."""
    return [
        ("< 5", _("Een aantal van 1 tot en met 4: niet getoond om personen te beschermen.")),
        ("×", _("Een aantal van 5 of meer, verborgen zodat een klein aantal niet terug te rekenen is.")),
        ("–", _("Niet te berekenen of niet getoond (bijvoorbeeld bij minder dan vijf aanvragen).")),
    ]


def report_workbook(report, tables=None):
    """An XLSX workbook (bytes): a sheet explaining the report, then a sheet per table."""
    workbook = Workbook()
    about = workbook.active
    about.title = _("Over dit rapport")[:SHEET_TITLE_LENGTH]
    for key, value in legend_lines(report):
        about.append([str(key), str(value)])
    for cell in about["A"]:
        cell.font = Font(bold=True)
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 100
    used = {about.title}
    for table in tables if tables is not None else report.tables():
        sheet = workbook.create_sheet(_sheet_title(table.title, used))
        sheet.append([str(table.title)])
        sheet["A1"].font = Font(bold=True, size=13)
        if table.description:
            sheet.append([str(table.description)])
        sheet.append([])
        header_row = sheet.max_row + 1
        for row in table_rows(table):
            sheet.append(row)
        for cell in sheet[header_row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.iter_rows(min_row=header_row + 1, min_col=2):
            for cell in row:
                cell.alignment = Alignment(horizontal="right")
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
        for note in table.notes:
            sheet.append([str(note)])
        sheet.column_dimensions["A"].width = 40
        for index in range(2, len(table.columns) + 2):
            sheet.column_dimensions[get_column_letter(index)].width = 16
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(title, used):
    base = re.sub(r"[\[\]:*?/\\]", "", str(title))[:SHEET_TITLE_LENGTH].strip()
    candidate, number = base, 2
    while candidate in used:
        suffix = f" ({number})"
        candidate = base[: SHEET_TITLE_LENGTH - len(suffix)] + suffix
        number += 1
    used.add(candidate)
    return candidate
