"""The effect report as reporting staff use it: who may open which region's report, the
period form's errors, the page with its charts and tables, the print page, the CSV and
XLSX downloads and the management command, all against the hand-computed history of
tests/factories/report.py (see tests/advies/test_effect_report.py for the figures)."""

import csv
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test.utils import override_settings
from openpyxl import load_workbook

from advies import roles
from tests.factories.advies import UserFactory, editor, staff_of
from tests.factories.report import build_history

pytestmark = pytest.mark.django_db

INDEX = "/admin/effectrapportage/"


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard
    (and a message); anything else gets a plain 403, or a 404 where the object is not
    among those the user may see."""
    if response.status_code == 302:
        return response["Location"] == "/admin/"
    return response.status_code in (403, 404)


def report_part(page):
    """The report itself, without the admin's menu and icons."""
    return page[page.index('<article class="effect-report__body"') : page.index("</article>")]


def reporter_of(site):
    user = UserFactory()
    user.groups.add(roles.ensure_reporting_team(site, f"Rapportage test {site.hostname}"))
    return user


def year_query(site, year=2023, **extra):
    return {"regio": site.pk, "periode": "jaar", "jaar": year, **extra}


@pytest.fixture
def history(lindeveld):
    return build_history(lindeveld)


@pytest.fixture
def reporter(client, lindeveld):
    user = reporter_of(lindeveld)
    client.force_login(user)
    return user


# ---- who may open what --------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client, lindeveld):
    response = client.get(INDEX, year_query(lindeveld))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_gets_no_report_and_no_menu_item(client, lindeveld):
    client.force_login(editor())
    assert refused(client.get(INDEX))
    assert refused(client.get(INDEX + "export/rapport.xlsx", year_query(lindeveld)))
    assert INDEX not in client.get("/admin/").content.decode()  # the menu is JSON in the page


def test_reporting_staff_open_their_own_region_only(client, reporter, lindeveld, second_region, history):
    assert INDEX in client.get("/admin/").content.decode()  # the menu item (JSON in the page)
    own = client.get(INDEX, year_query(lindeveld))
    assert own.status_code == 200
    assert list(client.get(INDEX).context["form"].fields["regio"].queryset) == [lindeveld]
    for url in (INDEX, INDEX + "afdrukken/", INDEX + "export/rapport.xlsx", INDEX + "export/casussen.csv"):
        assert refused(client.get(url, year_query(second_region))), url


def test_reporting_staff_see_no_individual_request(client, reporter, history):
    from advies.models import Request

    request = Request.objects.filter(site=reporter.groups.get().reporting_team.site).first()
    for url in ("/admin/aanvragen/", f"/admin/aanvragen/inspect/{request.pk}/", "/admin/opvolging/"):
        response = client.get(url)
        assert refused(response), url
        assert request.reference not in response.content.decode()


def test_intake_staff_may_open_their_own_regions_report(client, lindeveld, second_region):
    client.force_login(staff_of(lindeveld))
    assert client.get(INDEX, year_query(lindeveld)).status_code == 200
    assert refused(client.get(INDEX, year_query(second_region)))


# ---- the form ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"periode": "jaar", "jaar": ""}, "jaar", "Vul een jaar in"),
        ({"periode": "jaar", "jaar": "1850"}, "jaar", "Kies een jaar van 2000"),
        ({"periode": "jaar", "jaar": "twintig"}, "jaar", "Voer een geheel getal in"),
        ({"periode": "kwartaal", "jaar": "2023"}, "kwartaal", "Kies een kwartaal"),
        ({"periode": "anders", "van": "2023-05-01", "tot": "2023-04-01"}, "tot", "De laatste dag ligt voor"),
        ({"periode": "anders", "van": "31-31-2023", "tot": "2023-04-01"}, "van", "Voer een geldige datum in"),
        ({"periode": "anders", "van": "2010-01-01", "tot": "2023-04-01"}, "tot", "hoogstens vijf jaar"),
        ({"periode": "week", "jaar": "2023"}, "periode", "Selecteer een geldige keuze"),
    ],
)
def test_bad_periods_get_a_message_and_keep_the_input(client, reporter, lindeveld, query, field, message):
    response = client.get(INDEX, {"regio": lindeveld.pk, **query})
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field]), form.errors
    page = response.content.decode()
    for key, value in query.items():
        if value and key != "periode":  # an unknown choice cannot be shown as a chosen radio
            assert f'value="{value}"' in page, value  # what was typed stays in the form
    assert "effect-report__chart" not in page


@pytest.mark.parametrize("regio", ["abc", "999999", "1 OR 1=1", "-1"])
def test_a_malformed_region_is_a_form_error(client, reporter, regio):
    response = client.get(INDEX, {"regio": regio, "periode": "jaar", "jaar": "2023"})
    assert response.status_code == 200
    assert "regio" in response.context["form"].errors


def test_a_municipality_of_another_region_is_refused(client, lindeveld, kustmeren):
    from home.models import Municipality

    user = UserFactory(is_superuser=True)
    client.force_login(user)
    elsewhere = Municipality.objects.filter(site=kustmeren).first()
    response = client.get(INDEX, year_query(lindeveld, gemeente=elsewhere.pk))
    assert "Deze gemeente hoort niet bij de gekozen regio." in response.context["form"].errors["gemeente"]


def test_the_english_admin_shows_the_report_in_english(client, reporter, lindeveld, history):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(reporter)
    profile.preferred_language = "en"
    profile.save()
    page = client.get(INDEX, year_query(lindeveld)).content.decode()
    assert "Requests per municipality and type" in page and "Aanvragen per gemeente" not in page


# ---- the report page, the print page and the downloads -------------------------------------


def test_the_report_page_has_charts_with_their_data_tables(client, reporter, lindeveld, history):
    page = report_part(client.get(INDEX, year_query(lindeveld)).content.decode())
    assert page.count("<svg") >= 5
    assert page.count('role="img"') == page.count("<svg")  # every chart is labelled for screen readers
    assert page.count("<table") > page.count("<svg")  # every chart has its table, and more tables
    assert '<th scope="row">Eikendaal</th>' in page
    assert "&lt; 5" in page  # the consultations
    assert "Testnaam" not in page


def test_the_print_page_stands_alone(client, reporter, lindeveld, history):
    response = client.get(INDEX + "afdrukken/", year_query(lindeveld))
    page = response.content.decode()
    assert response.status_code == 200
    assert "@media print" in Path("advies/static/advies/report.css").read_text()
    assert 'class="effect-report-print"' in page and "Opslaan als PDF" in page
    assert "w-sidebar" not in page  # no admin chrome on paper


def test_a_table_as_csv_shows_what_the_page_shows(client, reporter, lindeveld, history):
    response = client.get(INDEX + "export/aanvragen-per-gemeente.csv", year_query(lindeveld))
    assert response["Content-Type"].startswith("text/csv")
    assert (
        'filename="effectrapportage-lindeveld-2023-aanvragen-per-gemeente.csv"'
        in response["Content-Disposition"]
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][1:] == ["Adviesaanvraag", "Terugbelverzoek", "Consultatievraag", "Casus", "Totaal"]
    by_label = {row[0]: row[1:] for row in rows[1:]}
    shown = client.get(INDEX, year_query(lindeveld)).context["report"].table("aanvragen-per-gemeente")
    assert by_label == {str(label): [entry.display for entry in entries] for label, entries in shown.rows}
    assert by_label["Molenbroek"] == ["0", "0", "0", "0", "0"]
    assert by_label["Eikendaal"][2] == "< 5"
    assert list(by_label)[-1] == "Totaal"
    # Nothing small can be recomputed from the export either: the lines with "< 5" hide a second cell.
    for values in [*by_label.values(), *zip(*by_label.values(), strict=True)]:
        assert sum(value in ("< 5", "×") for value in values) != 1, values


def test_the_workbook_holds_every_table_with_numbers_as_numbers(client, reporter, lindeveld, history):
    response = client.get(INDEX + "export/rapport.xlsx", year_query(lindeveld))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    report = client.get(INDEX, year_query(lindeveld)).context["report"]
    assert len(workbook.sheetnames) == 1 + len(report.tables())
    about = {row[0]: row[1] for row in workbook["Over dit rapport"].iter_rows(values_only=True)}
    assert about["Periode"].startswith("2023") and "< 5" in about
    sheets = {sheet["A1"].value: sheet for sheet in workbook.worksheets}
    sheet = sheets["Verwijzingen per ketenpartner en resultaat"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert rows["Partner Eén (fictief)"] == (6, 0, 0, 5, 0, 0, 11)
    assert rows["Partner Twee (fictief)"][-1] == 5


def test_one_table_as_xlsx_and_unknown_tables(client, reporter, lindeveld, history):
    response = client.get(INDEX + "export/casussen.xlsx", year_query(lindeveld))
    workbook = load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) == 2
    for url in ("export/bestaat-niet.csv", "export/casussen.pdf", "afdrukken/"):
        assert client.get(INDEX + url, year_query(lindeveld, jaar="")).status_code == 404, url
    assert client.get(INDEX + "export/bestaat-niet.csv", year_query(lindeveld)).status_code == 404


# ---- the management command ----------------------------------------------------------------


def test_the_command_writes_the_report_with_progress(lindeveld, history, tmp_path):
    out = io.StringIO()
    with override_settings(LANGUAGE_CODE="nl"):
        call_command(
            "write_effect_report", "lindeveld.localhost", "2023", "--output", str(tmp_path), stdout=out
        )
    progress = out.getvalue()
    assert "Computing the figures" in progress and "Writing report.xlsx ... done" in progress
    assert progress.count("Writing csv/") == len(list((tmp_path / "csv").iterdir()))
    html = (tmp_path / "report.html").read_text()
    assert "<svg" in html and "<style>" in html and "/static/" not in html  # opens from disk
    rows = list(csv.reader((tmp_path / "csv" / "verwijzingen.csv").open()))
    assert rows[-1] == ["Totaal", "6", "0", "0", "5", "0", "5", "16"]
    assert load_workbook(tmp_path / "report.xlsx").sheetnames[0] == "Over dit rapport"


def test_the_command_refuses_unknown_regions_years_and_municipalities(lindeveld, tmp_path):
    with pytest.raises(CommandError, match="Known regions: .*lindeveld.localhost"):
        call_command("write_effect_report", "nergens.localhost", "2023", "--output", str(tmp_path))
    with pytest.raises(CommandError, match="No report for the year 1900"):
        call_command("write_effect_report", "lindeveld.localhost", "1900", "--output", str(tmp_path))
    with pytest.raises(CommandError, match="no municipality 'atlantis'"):
        call_command(
            "write_effect_report",
            "lindeveld.localhost",
            "2023",
            "--municipality",
            "atlantis",
            "--output",
            str(tmp_path),
        )
