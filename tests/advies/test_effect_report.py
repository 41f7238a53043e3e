"""The effect report against a hand-computed history (tests/factories/report.py): every
figure, the small-cell rule on the published tables, the comparison, and the periods."""

import datetime

import pytest

from advies.report.effect_report import build_effect_report
from advies.report.periods import ReportPeriod
from advies.report.suppression import HIDDEN, SHOWN, SMALL
from tests.factories.report import TODAY, build_history

pytestmark = pytest.mark.django_db

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]  # fmt: skip


@pytest.fixture
def history(lindeveld):
    return build_history(lindeveld)


@pytest.fixture
def report(lindeveld, history):
    return build_effect_report(lindeveld, ReportPeriod.year(2023), today=TODAY)


def grid(table):
    return {label: entries for label, entries in table.rows}


def assert_published(table, expected):
    """Each entry of `table` is the hand-computed count, shown exactly, or "< 5" for 1-4,
    or hidden ("×", only ever a count of 5 or more). Zeros are shown."""
    rows = grid(table)
    assert list(rows) == list(expected), f"{table.slug}: rows"
    for label, counts in expected.items():
        entries = rows[label]
        assert len(entries) == len(counts), f"{table.slug} {label}: columns"
        for column, (entry, count) in enumerate(zip(entries, counts, strict=True)):
            where = f"{table.slug} / {label} / {table.columns[column]}"
            if count == 0:
                assert (entry.status, entry.value, entry.display) == (SHOWN, 0, "0"), where
            elif count < 5:
                assert (entry.status, entry.value, entry.display) == (SMALL, None, "< 5"), where
            elif entry.status == HIDDEN:
                assert (entry.value, entry.display) == (None, "×"), where
            else:
                assert (entry.status, entry.value) == (SHOWN, count), where


def zero(columns):
    return [0] * columns


def test_requests_by_month_kind_municipality_route_and_channel(report):
    by_month = {f"{name} 2023": zero(5) for name in MONTHS}
    by_month.update(
        {
            "maart 2023": [12, 6, 0, 0, 18],
            "mei 2023": [7, 0, 0, 0, 7],
            "juni 2023": [0, 0, 0, 5, 5],
            "juli 2023": [0, 0, 2, 0, 2],
        }
    )
    totals = [19, 6, 2, 5, 32]
    assert report.table("aanvragen-per-maand").columns == [
        "Adviesaanvraag",
        "Terugbelverzoek",
        "Consultatievraag",
        "Casus",
        "Totaal",
    ]
    assert_published(report.table("aanvragen-per-maand"), {**by_month, "Totaal": totals})
    assert_published(
        report.table("aanvragen-per-gemeente"),
        {
            "Eikendaal": [12, 6, 2, 0, 20],
            "Hazelrode": [7, 0, 0, 5, 12],
            "Molenbroek": zero(5),
            "Sterrenwaard": zero(5),
            "Buiten de regio of onbekend": zero(5),
            "Totaal": totals,
        },
    )
    assert_published(
        report.table("aanvragen-per-route"),
        {
            "Veiligheid eerst": zero(5),
            "Expertisepunt": [7, 0, 0, 0, 7],
            "Advies of terugbellen": [12, 0, 0, 0, 12],
            "Vrij toegankelijk aanbod": zero(5),
            "Niet via de Scheidingswijzer": [0, 6, 2, 5, 13],
            "Totaal": totals,
        },
    )
    assert_published(
        report.table("aanvragen-per-kanaal"),
        {
            "Telefoon": [12, 6, 0, 0, 18],
            "E-mail": [7, 0, 2, 0, 9],
            "Videogesprek": zero(5),
            "Inloopspreekuur": zero(5),
            "Geen voorkeur opgegeven": [0, 0, 0, 5, 5],
            "Totaal": totals,
        },
    )
    # The headline figures are not hidden: nothing small depends on them.
    month_totals = grid(report.table("aanvragen-per-maand"))["Totaal"]
    assert month_totals[0].value == 19 and month_totals[-1].value == 32


def test_lead_times_median_and_90th_percentile(report):
    # First contact: 19 requests after 1 day, 6 after 2, 7 after 4 (n=32): the median lies
    # between the 16th and 17th (1 and 1), the 90th percentile at rank 28.9 (4 and 4).
    # Advice or referral: 12 x 3, 7 x 8, 5 x 10 days: median (3 + 8) / 2, p90 10.
    # Closed: 12 x 10, 7 x 20, 5 x 30 days: median 15, p90 30.
    rows = grid(report.table("doorlooptijden"))
    figures = {label: [entry.value for entry in entries] for label, entries in rows.items()}
    assert figures == {
        "Eerste contact": [32, pytest.approx(1.0), pytest.approx(4.0)],
        "Advies of verwijzing": [24, pytest.approx(5.5), pytest.approx(10.0)],
        "Afgesloten": [24, pytest.approx(15.0), pytest.approx(30.0)],
    }
    assert [entry.display for entry in rows["Advies of verwijzing"]] == ["24", "5,5", "10,0"]


def test_lead_times_of_fewer_than_five_requests_are_not_shown(lindeveld, history):
    # Lead times count the requests that reached the milestone in the period. July 2023:
    # only the two consultation questions got their first contact (too few to show a
    # median), while the five cases of June were closed, 30 days after receipt.
    july = build_effect_report(
        lindeveld, ReportPeriod(datetime.date(2023, 7, 1), datetime.date(2023, 7, 31)), today=TODAY
    )
    rows = grid(july.table("doorlooptijden"))
    assert [entry.display for entry in rows["Eerste contact"]] == ["< 5", "–", "–"]
    assert [entry.display for entry in rows["Advies of verwijzing"]] == ["0", "–", "–"]
    assert [entry.display for entry in rows["Afgesloten"]] == ["5", "30,0", "30,0"]


def test_outcomes_panel_cases_and_legal_measures(report):
    assert_published(
        report.table("uitkomsten"),
        {
            "Advies gegeven": [12, 0, 0, 0, 12],
            "Doorverwezen naar ketenpartner": [7, 0, 0, 0, 7],
            "Na gezamenlijke intake opgepakt": zero(5),
            "Advies van panel of poule": [0, 0, 0, 5, 5],
            "Ingetrokken door aanvrager": zero(5),
            "Aanvrager niet bereikbaar": zero(5),
            "Past niet bij het expertisepunt": zero(5),
            "Totaal": [19, 0, 0, 5, 24],
        },
    )
    assert_published(
        report.table("casussen"),
        {"Hoog Conflict Platform": [5, 5, 5], "Expertisepoule": [0, 0, 0], "Totaal": [5, 5, 5]},
    )
    assert_published(
        report.table("effect-maatregel"),
        {"Hoog Conflict Platform": [3, 1, 1, 0, 5], "Expertisepoule": zero(5), "Totaal": [3, 1, 1, 0, 5]},
    )


def test_referrals_follow_ups_and_quality_signal(report):
    assert report.table("verwijzingen").columns == [
        "Hulp gestart",
        "Hulp afgerond",
        "Op de wachtlijst",
        "Hulp niet gestart",
        "Nog geen resultaat, opvolgen gepland",
        "Nog geen resultaat, opvolging te laat",
        "Totaal",
    ]
    assert_published(
        report.table("verwijzingen"),
        {
            "Partner Eén (fictief)": [6, 0, 0, 5, 0, 0, 11],
            "Partner Twee (fictief)": [0, 0, 0, 0, 0, 5, 5],
            "Totaal": [6, 0, 0, 5, 0, 5, 16],
        },
    )
    signals = grid(report.table("kwaliteitssignalen"))
    assert list(signals) == ["Partner Eén (fictief)"]  # 5 of 11 did not start: 45%
    assert [entry.display for entry in signals["Partner Eén (fictief)"]] == ["5", "11", "45%"]


def test_overdue_depends_on_the_day_the_report_is_made(lindeveld, history):
    before_follow_up = build_effect_report(
        lindeveld, ReportPeriod.year(2023), today=datetime.date(2023, 4, 1), compare=False
    )
    row = grid(before_follow_up.table("verwijzingen"))["Partner Twee (fictief)"]
    assert [entry.value for entry in row[4:]] == [5, 0, 5]  # planned, not yet overdue


def test_questionnaires_started_and_completed(report):
    assert_published(
        report.table("vragenlijst-afgerond"),
        {
            "Eikendaal": [0, 0, 7, 0, 7],
            "Hazelrode": [0, 3, 0, 0, 3],
            "Molenbroek": zero(5),
            "Sterrenwaard": zero(5),
            "Buiten de regio of onbekend": zero(5),
            "Totaal": [0, 3, 7, 0, 10],
        },
    )
    per_month = {f"{name} 2023": [0, 0] for name in MONTHS}
    per_month.update({"maart 2023": [20, 7], "mei 2023": [9, 3]})
    assert_published(report.table("vragenlijst-per-maand"), {**per_month, "Totaal": [29, 10]})


def test_one_municipality(lindeveld, history):
    report = build_effect_report(
        lindeveld, ReportPeriod.year(2023), municipality=history["eikendaal"], today=TODAY, compare=False
    )
    totals = grid(report.table("aanvragen-per-gemeente"))
    assert list(totals) == ["Eikendaal", "Totaal"]
    assert_published(
        report.table("aanvragen-per-gemeente"), {"Eikendaal": [12, 6, 2, 0, 20], "Totaal": [12, 6, 2, 0, 20]}
    )
    assert report.table("vragenlijst-per-maand").columns == ["Afgerond"]  # starts have no municipality
    assert grid(report.table("vragenlijst-per-maand"))["Totaal"][0].value == 7
    assert_published(
        report.table("verwijzingen"),
        {"Partner Twee (fictief)": [0, 0, 0, 0, 0, 5, 5], "Totaal": [0, 0, 0, 0, 0, 5, 5]},
    )


def test_comparison_with_the_previous_period(report):
    assert report.previous.period == ReportPeriod.year(2022)
    rows = grid(report.comparison)
    assert report.comparison.columns == ["2023", "2022", "Verschil", "Verschil in %"]
    assert [entry.display for entry in rows["Aanvragen"]] == ["32", "10", "+22", "+220%"]
    assert [entry.display for entry in rows["Adviesaanvraag"]] == ["19", "10", "+9", "+90%"]
    # The call-back total (6) is the second cell hidden to protect the consultations' small
    # total (see the suppression test below); the comparison follows the published table.
    assert grid(report.table("aanvragen-per-maand"))["Totaal"][1].display == "×"
    assert [entry.display for entry in rows["Terugbelverzoek"]] == ["×", "0", "–", "–"]
    # A change next to a suppressed count would give the count away: not shown.
    consultation = rows["Consultatievraag"]
    assert consultation[0].display in ("< 5", "×") and consultation[2].display == "–"
    assert [entry.display for entry in rows["Mediane doorlooptijd tot afgesloten (dagen)"]] == [
        "15,0",
        "–",
        "–",
        "–",
    ]


def test_no_suppressed_count_can_be_recomputed_from_a_line_of_a_table(report):
    """In every row and column with its total (and the row of totals), either nothing or
    at least two entries are suppressed: a single one would be the total minus the rest."""
    checked = 0
    for table in report.tables():
        if not (table.total_row or table.total_column):
            continue
        values = [entries for _label, entries in table.rows]
        lines = []
        if table.total_column:
            lines += values
        if table.total_row:
            lines += [list(column) for column in zip(*values, strict=True)]
        for line in lines:
            suppressed = sum(1 for entry in line if entry.status != SHOWN)
            assert suppressed != 1, f"{table.slug}: {[entry.display for entry in line]}"
            checked += 1
    assert checked > 50
    # Concretely: consultations total 2 (small); with the other kind totals and the grand
    # total shown, 32 - 19 - 6 - 5 would give it away, so another total is hidden too.
    totals = grid(report.table("aanvragen-per-maand"))["Totaal"]
    assert [entry.status for entry in totals].count(SHOWN) <= 3


def test_periods():
    assert ReportPeriod.quarter(2024, 1).previous() == ReportPeriod.quarter(2023, 4)
    assert ReportPeriod.quarter(2024, 3).previous() == ReportPeriod.quarter(2024, 2)
    assert ReportPeriod.quarter(2024, 1).end == datetime.date(2024, 3, 31)
    custom = ReportPeriod(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
    assert custom.previous() == ReportPeriod(datetime.date(2024, 1, 30), datetime.date(2024, 2, 29))
    assert ReportPeriod(datetime.date(2024, 1, 15), datetime.date(2024, 3, 14)).months() == [
        datetime.date(2024, 1, 1),
        datetime.date(2024, 2, 1),
        datetime.date(2024, 3, 1),
    ]


def test_quarter_report_compares_with_the_quarter_before(lindeveld, history):
    report = build_effect_report(lindeveld, ReportPeriod.quarter(2023, 2), today=TODAY)
    rows = grid(report.comparison)
    assert [entry.display for entry in rows["Aanvragen"]] == ["12", "18", "−6", "−33%"]


def test_report_holds_nothing_of_an_individual_request(report, history):
    from advies.models import Request

    texts = " ".join(
        str(value)
        for table in report.tables()
        for label, entries in table.rows
        for value in [label, *(entry.display for entry in entries)]
    )
    for request in Request.objects.filter(site=report.site):
        assert request.reference not in texts
    assert "Testnaam" not in texts and "ouder@voorbeeld.test" not in texts
