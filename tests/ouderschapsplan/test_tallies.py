"""Anonymous tallies only: per region and month, plans started, completed and downloaded,
each once per plan; and the effect report shows them under the small-cell rule."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client

from advies.report.effect_report import build_effect_report
from advies.report.periods import ReportPeriod
from advies.report.suppression import SHOWN, SMALL
from ouderschapsplan import services
from ouderschapsplan.models import PlanTally
from tests.conftest import host_of
from tests.ouderschapsplan.journey import FAMILY, answer, base_url, full_plan, walk

pytestmark = pytest.mark.django_db

APRIL = datetime.datetime(2026, 4, 7, 10, 0, tzinfo=datetime.UTC)


def tally(site):
    row = PlanTally.objects.filter(site=site, month=datetime.date(2026, 4, 1)).first()
    return (row.started, row.completed, row.downloaded) if row else (0, 0, 0)


def test_each_plan_counts_once_when_started_completed_and_downloaded(lindeveld, kustmeren):
    with time_machine.travel(APRIL, tick=False):
        parent = Client(HTTP_HOST=host_of(lindeveld))
        walk(parent, full_plan()[:1], to=None)
        assert tally(lindeveld) == (1, 0, 0)
        answer(parent, "gezin", {**FAMILY, "parent_1": "Mama"})  # changing the first step again
        walk(parent, full_plan()[1:])
        assert tally(lindeveld) == (1, 1, 0)
        answer(parent, "evaluatie", {"review": "grote-verandering"})  # a change after completing
        parent.post(base_url() + "bestand/")
        content = parent.post(base_url() + "bestand/").content
        assert tally(lindeveld) == (1, 1, 1)

        # Another browser that goes on from the file: a new start, in its own region.
        from django.core.files.uploadedfile import SimpleUploadedFile

        other = Client(HTTP_HOST=host_of(kustmeren))
        file = SimpleUploadedFile("plan.json", content, content_type="application/json")
        assert other.post(base_url() + "verder/", {"plan_file": file}).status_code == 302
        assert tally(kustmeren) == (1, 0, 0)
        assert tally(lindeveld) == (1, 1, 1)


def test_the_tally_holds_counts_and_nothing_else():
    columns = {
        column.name
        for column in connection.introspection.get_table_description(
            connection.cursor(), "ouderschapsplan_plantally"
        )
    }
    assert columns == {"id", "site_id", "month", "started", "completed", "downloaded"}


def test_the_effect_report_shows_the_plans_per_month(lindeveld):
    for _ in range(7):
        services.record("started", site=lindeveld, day=datetime.date(2025, 3, 5))
    for _ in range(5):
        services.record("completed", site=lindeveld, day=datetime.date(2025, 3, 20))
    services.record("downloaded", site=lindeveld, day=datetime.date(2025, 3, 21))
    report = build_effect_report(lindeveld, ReportPeriod.year(2025), compare=False)
    table = report.table("ouderschapsplan-per-maand")
    rows = dict(table.rows)
    started, completed, downloaded = rows["maart 2025"]
    assert (started.status, started.value) == (SHOWN, 7)
    assert (completed.status, completed.value) == (SHOWN, 5)
    assert downloaded.status == SMALL and downloaded.display == "< 5"
    assert [entry.value for entry in rows["april 2025"]] == [0, 0, 0]
    assert table.columns == ["Gestart", "Afgerond", "Bestand gedownload"]
    section = next(section for section in report.sections if section.slug == "ouderschapsplan")
    assert section.tables == [table]


def test_a_report_for_one_municipality_says_plans_are_counted_per_region(lindeveld):
    from home.models import Municipality

    services.record("started", site=lindeveld, day=datetime.date(2025, 3, 5))
    municipality = Municipality.objects.filter(site=lindeveld).first()
    report = build_effect_report(lindeveld, ReportPeriod.year(2025), municipality=municipality, compare=False)
    section = next(section for section in report.sections if section.slug == "ouderschapsplan")
    assert section.tables == []
    assert "per regio geteld" in section.intro
