"""Charts of the effect report as SVG rendered on the server: no JavaScript, nothing
fetched, prints sharp. Every chart is an image with an accessible name and description
(role="img", <title>, <desc>) and points at the table that holds its figures; a
suppressed count gets no bar, only its label ("< 5" or "×"), exactly as in the table.

Horizontal bars only: long labels (chain partners, municipalities) stay readable, and a
second series (the previous period, the 90th percentile) is told apart by a hatch
pattern and a legend as well as by colour.
"""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from advies.choices import RequestKind
from advies.report.effect_report import ALL, MILESTONES, Entry, milestone_label

WIDTH = 640
LABEL_WIDTH = 220
VALUE_ROOM = 72
BAR_HEIGHT = 14
BAR_GAP = 3
GROUP_GAP = 10
LEGEND_HEIGHT = 26
MAX_LABEL_CHARACTERS = 34
SERIES_FILLS = ("#1d4f91", "url(#{pattern})")
TEXT_COLOUR = "#1a1a1a"


@dataclass
class Chart:
    slug: str
    title: str
    svg: str
    table_slug: str


def bar_chart(slug, title, groups, *, table_slug, table_title, series=None):
    """An SVG bar chart. `groups` is a list of (label, [Entry per series]); `series` names
    the series when there are several."""
    series = list(series or [])
    per_group = max(1, len(series))
    top = LEGEND_HEIGHT if len(series) > 1 else 6
    group_height = per_group * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    height = top + max(1, len(groups)) * group_height + 6
    plot_width = WIDTH - LABEL_WIDTH - VALUE_ROOM
    shown = [entry.value for _label, entries in groups for entry in entries if entry.is_shown]
    largest = max(shown, default=0) or 1
    pattern = f"{slug}-arcering"
    title_id, desc_id = f"{slug}-titel", f"{slug}-beschrijving"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="report-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{title_id} {desc_id}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(_describe(groups, series, table_title))}</desc>',
        f'<defs><pattern id="{pattern}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
        '<rect width="3" height="6" fill="#a3370f"/></pattern></defs>',
    ]
    fills = [fill.format(pattern=pattern) for fill in SERIES_FILLS]
    if len(series) > 1:
        x = LABEL_WIDTH
        for index, name in enumerate(series):
            parts.append(
                f'<rect x="{x}" y="6" width="14" height="14" fill="{fills[index % 2]}" stroke="#1a1a1a"/>'
                f'<text x="{x + 20}" y="17" font-size="12" fill="{TEXT_COLOUR}">{escape(name)}</text>'
            )
            x += 30 + 7 * len(str(name))
    y = top
    for label, entries in groups:
        short = label if len(label) <= MAX_LABEL_CHARACTERS else label[: MAX_LABEL_CHARACTERS - 1] + "…"
        middle = y + per_group * (BAR_HEIGHT + BAR_GAP) / 2
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{middle + 4:.1f}" font-size="12" text-anchor="end" '
            f'fill="{TEXT_COLOUR}">{escape(short)}</text>'
        )
        for index, entry in enumerate(entries):
            bar_y = y + index * (BAR_HEIGHT + BAR_GAP)
            width = 0.0
            if entry.is_shown and entry.value > 0:
                width = max(1.0, plot_width * entry.value / largest)
                parts.append(
                    f'<rect x="{LABEL_WIDTH}" y="{bar_y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                    f'fill="{fills[index % 2]}" stroke="#1a1a1a" stroke-width="0.5"/>'
                )
            parts.append(
                f'<text x="{LABEL_WIDTH + width + 5:.1f}" y="{bar_y + BAR_HEIGHT - 3}" font-size="11" '
                f'fill="{TEXT_COLOUR}">{escape(entry.display)}</text>'
            )
        y += group_height
    parts.append(
        f'<line x1="{LABEL_WIDTH}" y1="{top - 2}" x2="{LABEL_WIDTH}" y2="{height - 4}" stroke="#1a1a1a"/>'
    )
    parts.append("</svg>")
    return Chart(slug=slug, title=title, svg=mark_safe("".join(parts)), table_slug=table_slug)  # noqa: S308 (every text above is escaped)


def _describe(groups, series, table_title):
    """A sentence for screen readers: what the bars are and where the figures are."""
    first_series = [(label, entries[0]) for label, entries in groups if entries]
    shown = [(label, entry) for label, entry in first_series if entry.is_shown]
    text = _("Staafdiagram met %(count)s staven.") % {"count": len(groups) * max(1, len(series))}
    if shown:
        label, entry = max(shown, key=lambda item: item[1].value)
        text += " " + _("Hoogste waarde: %(label)s (%(value)s).") % {"label": label, "value": entry.display}
    return text + " " + _("De cijfers staan in de tabel '%(table)s'.") % {"table": table_title}


def _without_total(entries, table):
    return entries[:-1] if table.total_column else entries


def _column_totals(table):
    """(column, [its total]) for every column but the total: one bar per column."""
    return list(
        zip(
            _without_total(table.columns, table),
            ([entry] for entry in _without_total(table.totals(), table)),
            strict=True,
        )
    )


def charts_for(report):
    """The charts of each section of `report`, by section slug."""
    charts = {}
    completed = report.table("vragenlijst-afgerond")
    charts["scheidingswijzer"] = [
        bar_chart(
            "grafiek-vragenlijst-routes",
            _("Afgeronde Scheidingswijzers per route"),
            _column_totals(completed),
            table_slug=completed.slug,
            table_title=completed.title,
        )
    ]
    per_month = report.table("aanvragen-per-maand")
    aanvragen = [
        bar_chart(
            "grafiek-aanvragen-maand",
            _("Aanvragen per maand"),
            [(label, [entries[-1]]) for label, entries in per_month.body_rows()],
            table_slug=per_month.slug,
            table_title=per_month.title,
        )
    ]
    if report.previous is not None:
        groups = [
            (
                str(label),
                [
                    report.quantities.get(("requests", value), Entry(0)),
                    report.previous.quantities.get(("requests", value), Entry(0)),
                ],
            )
            for value, label in RequestKind.choices
        ]
        groups.append(
            (
                _("Alle aanvragen"),
                [
                    report.quantities.get(("requests", ALL), Entry(0)),
                    report.previous.quantities.get(("requests", ALL), Entry(0)),
                ],
            )
        )
        aanvragen.append(
            bar_chart(
                "grafiek-aanvragen-vergelijking",
                _("Aanvragen per soort, deze en vorige periode"),
                groups,
                series=[report.period.label, report.previous.period.label],
                table_slug=report.comparison.slug,
                table_title=report.comparison.title,
            )
        )
    charts["aanvragen"] = aanvragen
    lead = report.table("doorlooptijden")
    charts["doorlooptijden"] = [
        bar_chart(
            "grafiek-doorlooptijden",
            _("Doorlooptijden in dagen"),
            [
                (
                    milestone_label(milestone),
                    [report.lead_times[milestone][1], report.lead_times[milestone][2]],
                )
                for milestone in MILESTONES
            ],
            series=[_("Mediaan"), _("90e percentiel")],
            table_slug=lead.slug,
            table_title=lead.title,
        )
    ]
    measure = report.table("effect-maatregel")
    charts["panel-en-poule"] = [
        bar_chart(
            "grafiek-effect-maatregel",
            _("Effect op juridische maatregelen"),
            _column_totals(measure),
            table_slug=measure.slug,
            table_title=measure.title,
        )
    ]
    referrals = report.table("verwijzingen")
    charts["ketenpartners"] = (
        [
            bar_chart(
                "grafiek-verwijzingen",
                _("Verwijzingen per ketenpartner"),
                [(label, [entries[-1]]) for label, entries in referrals.body_rows()],
                table_slug=referrals.slug,
                table_title=referrals.title,
            )
        ]
        if referrals.body_rows()
        else []
    )
    return charts
