"""The yearly effect report for the commissioning municipalities: the figures of a region
(and optionally one municipality) in a period, as tables that may be published, with
the period before it for comparison.

Only aggregates leave this module, and every count passes the small-cell rule
(`advies.report.suppression`) before anyone sees it: all tables of one period are
protected together, because they share totals (requests per kind, closed cases, ...).
"""

import datetime
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from advies.choices import CONTACT_CHANNELS, LegalMeasureOutcome, Outcome, Panel, ReferralResult, RequestKind
from advies.models import ChainPartner
from advies.report import family_voice
from advies.report import figures as figures_module
from advies.report.figures import MILESTONES, OPEN_PLANNED, OVERDUE
from advies.report.suppression import HIDDEN, SHOWN, SMALL, SMALLEST_SHOWN, CountTable, protect
from home.choices import Route
from home.models import Municipality

# A chain partner is signalled when at least this share of its referrals in the period
# ended in "help not started" (and at least SMALLEST_SHOWN did).
QUALITY_SIGNAL_SHARE = 0.25
SECONDS_PER_DAY = 86400

ALL = "*"

# The referral table's first columns: the results a follow-up can record, in this order.
REFERRAL_RESULT_COLUMNS = (
    ReferralResult.STARTED.value,
    ReferralResult.COMPLETED.value,
    ReferralResult.WAITING_LIST.value,
    ReferralResult.NOT_STARTED.value,
)


# ---- published values --------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One published value: a number (count, days, share) or a suppressed count."""

    value: float | int | None
    status: str = SHOWN
    decimals: int = 0
    kind: str = "count"  # count, days, share, change, share-change

    @property
    def is_shown(self):
        return self.status == SHOWN and self.value is not None

    @property
    def display(self):
        if self.status == SMALL:
            return _("< 5")
        if self.status == HIDDEN:
            return "×"
        if self.value is None:
            return "–"
        if self.kind == "share":
            return formats.number_format(round(self.value * 100), 0) + "%"
        if self.kind == "share-change":
            return _signed(formats.number_format(round(self.value * 100), 0), self.value) + "%"
        text = formats.number_format(self.value, self.decimals, use_l10n=True, force_grouping=True)
        if self.kind == "change":
            return _signed(text, self.value)
        return text

    @property
    def export_value(self):
        """The value for a spreadsheet: a number where shown, else the text shown."""
        if self.is_shown:
            if self.kind in ("share", "share-change"):
                return round(self.value, 4)
            return round(self.value, self.decimals) if self.decimals else self.value
        return self.display


def _signed(text, value):
    if value > 0:
        return "+" + text
    if value < 0:
        return "−" + text.lstrip("-")
    return text


@dataclass
class PublishedTable:
    """A table as shown, printed and exported: labelled rows of entries."""

    slug: str
    title: str
    row_header: str
    columns: list
    rows: list  # (label, [Entry])
    description: str = ""
    notes: list = field(default_factory=list)
    total_row: bool = False  # the last row holds totals
    total_column: bool = False  # the last column holds totals

    def column(self, index):
        return [(label, entries[index]) for label, entries in self.body_rows()]

    def body_rows(self):
        return self.rows[:-1] if self.total_row else self.rows

    def totals(self):
        return self.rows[-1][1] if self.total_row else None


@dataclass
class Section:
    slug: str
    title: str
    tables: list
    intro: str = ""


@dataclass
class EffectReport:
    site: object
    period: object
    municipality: object
    today: datetime.date
    generated_at: datetime.datetime
    sections: list
    quantities: dict  # shared key -> Entry (totals the comparison reads)
    lead_times: dict  # milestone -> (count Entry, median Entry, p90 Entry)
    previous: "EffectReport | None" = None
    comparison: PublishedTable | None = None

    @property
    def title(self):
        return _("Effectrapportage %(region)s") % {"region": region_name(self.site)}

    def tables(self):
        found = [table for section in self.sections for table in section.tables]
        if self.comparison is not None:
            found.append(self.comparison)
        return found

    def table(self, slug):
        return next((table for table in self.tables() if table.slug == slug), None)


def region_name(site):
    return site.site_name or site.hostname


# ---- building ------------------------------------------------------------------------


def build_effect_report(site, period, *, municipality=None, today=None, compare=True):
    """The report of `site` for `period` (a ReportPeriod), for one municipality if given,
    with the previous period of equal length side by side when `compare`."""
    today = today or timezone.localdate()
    counted = figures_module.compute(site, period, municipality=municipality, today=today)
    report = _assemble(site, period, municipality, counted, today)
    if compare:
        previous_period = period.previous()
        previous_counted = figures_module.compute(
            site, previous_period, municipality=municipality, today=today
        )
        report.previous = _assemble(site, previous_period, municipality, previous_counted, today)
        report.comparison = comparison_table(report, report.previous)
    return report


@dataclass
class _Draft:
    """A count table before suppression: labels, counts and the keys of shared totals."""

    slug: str
    title: str
    row_header: str
    row_labels: list
    column_labels: list
    counts: CountTable
    description: str = ""
    notes: list = field(default_factory=list)


def _assemble(site, period, municipality, counted, today):
    municipalities = (
        [municipality]
        if municipality is not None
        else list(Municipality.objects.filter(site=site).order_by("name"))
    )
    kinds = list(RequestKind.choices)
    drafts = {}

    # Scheidingswijzer
    routes = list(Route.choices)
    if any(route == "" for _m, route in counted.questionnaires_completed):
        routes.append(("", _("Zonder route")))
    place_rows = [(m.pk, m.name) for m in municipalities]
    if municipality is None:
        place_rows.append((None, _("Buiten de regio of onbekend")))
    drafts["vragenlijst-afgerond"] = _cross(
        "vragenlijst-afgerond",
        _("Afgeronde Scheidingswijzers per gemeente en route"),
        _("Gemeente"),
        place_rows,
        routes,
        counted.questionnaires_completed,
        total_key="questionnaires-completed",
    )
    months = period.months()
    month_rows = [(month, formats.date_format(month, "F Y")) for month in months]
    by_month = counted.questionnaires_by_month
    if municipality is None:
        cells = [[by_month.get(month, (0, 0))[0], by_month.get(month, (0, 0))[1]] for month in months]
        columns = [_("Gestart"), _("Afgerond")]
        links = {
            (len(months), 0): ("questionnaires-started", ALL),
            (len(months), 1): ("questionnaires-completed", ALL),
        }
        notes = []
    else:
        cells = [[by_month.get(month, (0, 0))[1]] for month in months]
        columns = [_("Afgerond")]
        links = {(len(months), 0): ("questionnaires-completed", ALL)}
        notes = [
            _("Een start wordt geteld voordat de gemeente bekend is; per gemeente telt alleen 'afgerond'.")
        ]
    if not period.whole_months:
        notes.append(_("De Scheidingswijzer telt per maand: deze cijfers gelden voor de hele maanden."))
    drafts["vragenlijst-per-maand"] = _Draft(
        "vragenlijst-per-maand",
        _("Scheidingswijzers per maand"),
        _("Maand"),
        [label for _m, label in month_rows],
        columns,
        CountTable(cells, row_totals=False, links=links),
        notes=notes,
    )

    if municipality is None:  # the builder counts per region, not per municipality
        drafts["ouderschapsplan-per-maand"] = _parenting_plan_draft(counted, month_rows)

    # Requests
    for name, title, header, rows, data, description in (
        (
            "aanvragen-per-maand",
            _("Aanvragen per maand en soort"),
            _("Maand"),
            month_rows,
            counted.requests_by_month,
            _("Aanvragen ontvangen in de periode."),
        ),
        (
            "aanvragen-per-gemeente",
            _("Aanvragen per gemeente en soort"),
            _("Gemeente"),
            place_rows,
            counted.requests_by_municipality,
            "",
        ),
        (
            "aanvragen-per-route",
            _("Aanvragen per route en soort"),
            _("Route"),
            [*Route.choices, ("", _("Niet via de Scheidingswijzer"))],
            counted.requests_by_route,
            "",
        ),
        (
            "aanvragen-per-kanaal",
            _("Aanvragen per voorkeurskanaal en soort"),
            _("Voorkeurskanaal"),
            [*CONTACT_CHANNELS, ("", _("Geen voorkeur opgegeven"))],
            counted.requests_by_channel,
            "",
        ),
    ):
        drafts[name] = _cross(
            name, title, header, rows, kinds, data, total_key="requests", description=description
        )

    # Lead times (counts only here; durations are added after suppression)
    lead_counts = [[counted.lead_times[milestone].count] for milestone in MILESTONES]
    drafts["doorlooptijden"] = _Draft(
        "doorlooptijden",
        _("Doorlooptijden"),
        _("Van ontvangst tot"),
        [milestone_label(m) for m in MILESTONES],
        [_("Aantal aanvragen")],
        CountTable(lead_counts, row_totals=False, column_totals=False, links={(2, 0): ("closed", ALL)}),
        description=_("Per mijlpaal de aanvragen die haar in de periode bereikten, gemeten vanaf ontvangst."),
        notes=[_("Bij minder dan vijf aanvragen worden geen doorlooptijden getoond.")],
    )

    # Outcomes
    outcome_rows = list(Outcome.choices)
    if any(outcome == "" for outcome, _k in counted.outcomes):
        outcome_rows.append(("", _("Niet vastgelegd")))
    drafts["uitkomsten"] = _cross(
        "uitkomsten",
        _("Uitkomsten van afgesloten aanvragen"),
        _("Uitkomst"),
        outcome_rows,
        kinds,
        counted.outcomes,
        total_key="closed",
        description=_("Aanvragen afgesloten in de periode."),
    )

    # Panel and pool
    panels = list(Panel.choices)
    if (
        counted.cases_received.get("")
        or counted.cases_discussed.get("")
        or any(panel == "" and n for (panel, _o), n in counted.cases_closed.items())
    ):
        panels.append(("", _("Zonder panel of poule")))
    closed_per_panel = {}
    for (panel, _outcome), n in counted.cases_closed.items():
        closed_per_panel[panel] = closed_per_panel.get(panel, 0) + n
    case_cells = [
        [counted.cases_received.get(p, 0), counted.cases_discussed.get(p, 0), closed_per_panel.get(p, 0)]
        for p, _label in panels
    ]
    case_links = {
        (len(panels), 0): ("requests", RequestKind.CASE.value),
        (len(panels), 1): ("discussed", ALL),
        (len(panels), 2): ("closed", RequestKind.CASE.value),
    }
    for i, (panel, _label) in enumerate(panels):
        case_links[(i, 2)] = ("cases-closed", panel)
    drafts["casussen"] = _Draft(
        "casussen",
        _("Casussen in panel en poule"),
        _("Panel of poule"),
        [label for _p, label in panels],
        [_("Aangemeld"), _("Besproken in een overleg"), _("Afgesloten")],
        CountTable(case_cells, row_totals=False, links=case_links),
        description=_("Een casus die in meer overleggen van hetzelfde panel is besproken, telt één keer."),
    )
    measure_columns = [(value, label) for value, label in LegalMeasureOutcome.choices]
    if any(outcome == "" and n for (_p, outcome), n in counted.cases_closed.items()):
        measure_columns.append(("", _("Niet vastgelegd")))
    measure = _cross(
        "effect-maatregel",
        _("Effect op juridische maatregelen"),
        _("Panel of poule"),
        panels,
        measure_columns,
        counted.cases_closed,
        total_key=None,
        description=_("Casussen afgesloten in de periode."),
    )
    n_rows, n_columns = len(panels), len(measure_columns)
    for i, (panel, _label) in enumerate(panels):
        measure.counts.links[(i, n_columns)] = ("cases-closed", panel)
    for j, (value, _label) in enumerate(measure_columns):
        measure.counts.links[(n_rows, j)] = ("measure", value)
    measure.counts.links[(n_rows, n_columns)] = ("closed", RequestKind.CASE.value)
    drafts["effect-maatregel"] = measure

    # Referrals
    partner_ids = sorted({partner for partner, _c in counted.referrals})
    partners = list(ChainPartner.objects.filter(pk__in=partner_ids).order_by("name"))
    referral_columns = [
        *[(value, ReferralResult(value).label) for value in REFERRAL_RESULT_COLUMNS],
        (OPEN_PLANNED, _("Nog geen resultaat, opvolgen gepland")),
        (OVERDUE, _("Nog geen resultaat, opvolging te laat")),
    ]
    referrals = _cross(
        "verwijzingen",
        _("Verwijzingen per ketenpartner en resultaat"),
        _("Ketenpartner"),
        [(p.pk, p.name) for p in partners],
        referral_columns,
        counted.referrals,
        total_key=None,
        description=_("Verwijzingen gedaan in de periode; stand van opvolging op %(today)s.")
        % {"today": formats.date_format(today, "j F Y")},
    )
    referrals.counts.links[(len(partners), len(referral_columns))] = ("referrals", ALL)
    referrals.counts.links[(len(partners), len(referral_columns) - 1)] = ("referrals-overdue", ALL)
    drafts["verwijzingen"] = referrals

    # The family's voice (the anonymous survey afterwards; not per municipality)
    if municipality is None:
        drafts.update(_family_voice_drafts(site, period))

    # Suppress everything together, then publish.
    order = list(drafts)
    statuses = protect([drafts[name].counts for name in order])
    published = {}
    quantities = {}
    for name, grid in zip(order, statuses, strict=True):
        draft = drafts[name]
        published[name] = _publish(draft, grid)
        values = draft.counts.grid()
        for (i, j), key in draft.counts.links.items():
            if i < len(values) and j < len(values[i]):  # an empty table has no totals
                quantities[key] = _count(values[i][j], grid[i][j])
    lead_times = {}
    for index, milestone in enumerate(MILESTONES):
        count = published["doorlooptijden"].rows[index][1][0]
        figure = counted.lead_times[milestone]
        if count.is_shown and count.value >= SMALLEST_SHOWN:
            median = Entry(figure.median_seconds / SECONDS_PER_DAY, decimals=1, kind="days")
            p90 = Entry(figure.p90_seconds / SECONDS_PER_DAY, decimals=1, kind="days")
        else:
            median = p90 = Entry(None)
        lead_times[milestone] = (count, median, p90)
        published["doorlooptijden"].rows[index] = (
            published["doorlooptijden"].rows[index][0],
            [count, median, p90],
        )
    published["doorlooptijden"].columns = [
        _("Aantal aanvragen"),
        _("Mediaan (dagen)"),
        _("90e percentiel (dagen)"),
    ]

    signals = quality_signals(published["verwijzingen"])

    sections = [
        Section(
            "scheidingswijzer",
            _("Scheidingswijzer"),
            [published["vragenlijst-afgerond"], published["vragenlijst-per-maand"]],
            intro=_("Anonieme tellingen: er wordt niets over de invuller bewaard."),
        ),
        Section(
            "ouderschapsplan",
            _("Ouderschapsplan maken"),
            [published["ouderschapsplan-per-maand"]] if municipality is None else [],
            intro=_("Anonieme tellingen: er wordt niets van een plan of over de ouders bewaard.")
            if municipality is None
            else _("Het ouderschapsplan wordt per regio geteld, niet per gemeente."),
        ),
        Section(
            "aanvragen",
            _("Aanvragen"),
            [
                published["aanvragen-per-maand"],
                published["aanvragen-per-gemeente"],
                published["aanvragen-per-route"],
                published["aanvragen-per-kanaal"],
            ],
        ),
        Section("doorlooptijden", _("Doorlooptijden"), [published["doorlooptijden"]]),
        Section(
            "panel-en-poule",
            _("Panel en poule, uitkomsten"),
            [published["casussen"], published["effect-maatregel"], published["uitkomsten"]],
        ),
        Section("ketenpartners", _("Ketenpartners"), [published["verwijzingen"], signals]),
        _family_voice_section(published, municipality),
    ]
    return EffectReport(
        site=site,
        period=period,
        municipality=municipality,
        today=today,
        generated_at=timezone.now(),
        sections=sections,
        quantities=quantities,
        lead_times=lead_times,
    )


def _parenting_plan_draft(counted, month_rows):
    """Plans made with the builder per month (counted per region and month only)."""
    by_month = counted.parenting_plans_by_month
    return _Draft(
        "ouderschapsplan-per-maand",
        _("Ouderschapsplannen per maand"),
        _("Maand"),
        [label for _m, label in month_rows],
        [_("Gestart"), _("Afgerond"), _("Bestand gedownload")],
        CountTable([list(by_month.get(month, (0, 0, 0))) for month, _label in month_rows], row_totals=False),
        description=_("Gestart: de eerste stap ingevuld of een eerder bestand ingelezen."),
        notes=[_("Een plan telt één keer per browser: bij de start, als het af is en bij het downloaden.")],
    )


def _family_voice_drafts(site, period):
    counts = family_voice.survey_counts(site, period)
    drafts = {}
    for name, slug, title, choices in family_voice.QUESTIONS:
        cells = [[counts[name].get(value, 0)] for value in choices.values]
        drafts[slug] = _Draft(
            slug,
            title,
            _("Antwoord"),
            list(choices.labels),
            [_("Antwoorden")],
            CountTable(cells, row_totals=False, links={(len(cells), 0): (family_voice.TOTAL_KEY, ALL)}),
            description=_(
                "Antwoorden op de vragenlijst achteraf die in de maanden van de periode binnenkwamen."
            ),
        )
    return drafts


def _family_voice_section(published, municipality):
    intro = _(
        "Gezinnen die dat wilden, kregen enkele weken na het afsluiten vier vragen. De antwoorden "
        "zijn anoniem: ze zijn niet aan een aanvraag gekoppeld."
    )
    if municipality is not None:
        intro = _("Deze antwoorden zijn er alleen voor de hele regio: ze hebben geen gemeente.")
    tables = [published[slug] for _name, slug, _t, _c in family_voice.QUESTIONS if slug in published]
    return Section("ervaringen", _("Ervaringen van gezinnen"), tables, intro=intro)


def milestone_label(milestone):
    return {
        "first_contact_at": _("Eerste contact"),
        "advice_or_referral_at": _("Advies of verwijzing"),
        "closed_at": _("Afgesloten"),
    }[milestone]


def _cross(slug, title, row_header, rows, columns, data, *, total_key, description=""):
    """A two-way count table (rows x columns, with totals) from {(row value, column value): n}."""
    cells = [[data.get((row, column), 0) for column, _c in columns] for row, _r in rows]
    links = {}
    if total_key:
        for j, (column, _label) in enumerate(columns):
            links[(len(rows), j)] = (total_key, column)
        links[(len(rows), len(columns))] = (total_key, ALL)
    return _Draft(
        slug,
        title,
        row_header,
        [label for _r, label in rows],
        [label for _c, label in columns],
        CountTable(cells, links=links),
        description=description,
    )


def _count(value, status):
    return Entry(value if status == SHOWN else None, status)


def _publish(draft, statuses):
    table = draft.counts
    values = table.grid()
    columns = [str(label) for label in draft.column_labels] + ([_("Totaal")] if table.row_totals else [])
    labels = [str(label) for label in draft.row_labels]
    if table.column_totals and labels:
        labels.append(_("Totaal"))
    rows = [
        (label, [_count(values[i][j], statuses[i][j]) for j in range(len(values[i]))])
        for i, label in enumerate(labels)
    ]
    return PublishedTable(
        slug=draft.slug,
        title=draft.title,
        row_header=draft.row_header,
        columns=columns,
        rows=rows,
        description=draft.description,
        notes=list(draft.notes),
        total_row=table.column_totals and bool(rows),
        total_column=table.row_totals,
    )


def quality_signals(referrals):
    """Chain partners whose referrals often end without help starting: at least
    QUALITY_SIGNAL_SHARE of their referrals in the period, and at least five. Judged on
    shown figures only (the partner's "help not started" and total), so the share never
    reveals a suppressed count; a partner whose figures are suppressed is not judged."""
    not_started = REFERRAL_RESULT_COLUMNS.index(ReferralResult.NOT_STARTED.value)
    rows = []
    for label, entries in referrals.body_rows():
        failed, total = entries[not_started], entries[-1]
        if not (failed.is_shown and total.is_shown) or failed.value < SMALLEST_SHOWN:
            continue
        if failed.value / total.value >= QUALITY_SIGNAL_SHARE:
            rows.append((label, [failed, total, Entry(failed.value / total.value, kind="share")]))
    return PublishedTable(
        slug="kwaliteitssignalen",
        title=_("Signaal: verwijzingen die vaak zonder hulp eindigen"),
        row_header=_("Ketenpartner"),
        columns=[_("Hulp niet gestart"), _("Verwijzingen"), _("Aandeel niet gestart")],
        rows=rows,
        description=_(
            "Ketenpartners bij wie %(share)s of meer van de verwijzingen in de periode eindigde "
            "zonder dat de hulp startte (ten minste vijf verwijzingen)."
        )
        % {"share": f"{QUALITY_SIGNAL_SHARE:.0%}"},
    )


# ---- comparison ----------------------------------------------------------------------


def _headline_rows():
    rows = [
        (_("Scheidingswijzer gestart"), ("questionnaires-started", ALL)),
        (_("Scheidingswijzer afgerond"), ("questionnaires-completed", ALL)),
        (_("Aanvragen"), ("requests", ALL)),
    ]
    rows += [(label, ("requests", value)) for value, label in RequestKind.choices]
    rows += [
        (_("Aanvragen afgesloten"), ("closed", ALL)),
        (_("Casussen besproken in panel of poule"), ("discussed", ALL)),
        (_("Maatregel voorkomen"), ("measure", LegalMeasureOutcome.AVOIDED.value)),
        (_("Maatregel verkort"), ("measure", LegalMeasureOutcome.SHORTENED.value)),
        (_("Maatregel afgebouwd"), ("measure", LegalMeasureOutcome.WOUND_DOWN.value)),
        (_("Verwijzingen naar ketenpartners"), ("referrals", ALL)),
        (_("Verwijzingen met te late opvolging"), ("referrals-overdue", ALL)),
    ]
    return rows


def comparison_table(current, previous):
    """Headline figures of both periods side by side, with the change. A change is shown
    only when both figures are (it would otherwise reveal a suppressed count)."""
    rows = []
    for label, key in _headline_rows():
        now = current.quantities.get(key, Entry(0))
        before = previous.quantities.get(key, Entry(0))
        if key[0] == "questionnaires-started" and current.municipality is not None:
            continue
        rows.append((str(label), [now, before, *_change(now, before)]))
    for milestone in MILESTONES:
        _n, now, _p = current.lead_times[milestone]
        _n, before, _p = previous.lead_times[milestone]
        label = _("Mediane doorlooptijd tot %(milestone)s (dagen)") % {
            "milestone": milestone_label(milestone).lower()
        }
        rows.append((label, [now, before, *_change(now, before, decimals=1)]))
    return PublishedTable(
        slug="vergelijking",
        title=_("Vergelijking met de vorige periode"),
        row_header=_("Kerncijfer"),
        columns=[
            current.period.label,
            previous.period.label,
            _("Verschil"),
            _("Verschil in %"),
        ],
        rows=rows,
        description=_("De vorige periode is even lang en ligt direct voor deze periode."),
    )


def _change(now, before, *, decimals=0):
    if not (now.is_shown and before.is_shown):
        return [Entry(None), Entry(None)]
    difference = now.value - before.value
    share = Entry(difference / before.value, kind="share-change") if before.value else Entry(None)
    return [Entry(difference, decimals=decimals, kind="change"), share]
