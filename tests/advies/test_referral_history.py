"""Referrals keep their history: the note written when referring and every result recorded
later, each with who and when, none overwritten; shown on the request's page, encrypted at
rest, and counted once (by its latest result) in the effect report."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.utils import timezone

from advies.choices import AuditResult, Status
from advies.models import AuditEntry, Referral
from advies.report.figures import compute
from advies.report.periods import ReportPeriod
from tests.factories.advies import ChainPartnerFactory, RequestFactory, staff_of

pytestmark = pytest.mark.django_db

REFERRAL_NOTE = "Verwezen voor mediation; beide ouders willen het proberen."
FIRST_RESULT_NOTE = "Mediator meldt een wachtlijst van zes weken."
SECOND_RESULT_NOTE = "Eerste gesprek heeft plaatsgevonden, vervolg gepland."
START = datetime.datetime(2030, 1, 7, 10, 0, tzinfo=datetime.UTC)


def raw_advies_storage():
    """Every row of every advies table as one string: what a database reader would see."""
    rows = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if table.startswith("advies_"):
                cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
                rows += [" ".join(str(value) for value in row) for row in cursor.fetchall()]
    return "\n".join(rows)


def row_with(page, text):
    """The cells of the table row of `page` that contains `text`."""
    at = page.index(text)
    row = page[page.rindex("<tr>", 0, at) : page.index("</tr>", at)]
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


def test_every_recorded_result_and_note_is_kept_with_who_and_when(client, lindeveld):
    with time_machine.travel(START, tick=False) as clock:
        referrer = staff_of(lindeveld, username="verwijzer")
        colleague = staff_of(lindeveld, username="collega")
        request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
        partner = ChainPartnerFactory(site=lindeveld, name="Mediationpraktijk De Berk (fictief)")
        client.force_login(referrer)
        refer = client.post(
            f"/admin/aanvragen/{request.pk}/verwijzen/",
            {"partner": partner.pk, "follow_up_on": "2030-01-21", "note": REFERRAL_NOTE},
        )
        assert refer.status_code == 302
        referral = Referral.objects.get(request=request)
        result_url = f"/admin/aanvragen/{request.pk}/verwijzing/{referral.pk}/"

        clock.shift(datetime.timedelta(days=14))
        client.force_login(referrer)  # a new working day, a new session
        first = client.post(
            result_url, {"result": "wachtlijst", "follow_up_on": "2030-03-04", "note": FIRST_RESULT_NOTE}
        )
        assert first["Location"] == f"/admin/aanvragen/inspect/{request.pk}/"
        clock.shift(datetime.timedelta(days=42))
        client.force_login(colleague)
        second = client.post(result_url, {"result": "gestart", "note": SECOND_RESULT_NOTE})
        assert second["Location"] == f"/admin/aanvragen/inspect/{request.pk}/"

        page = client.get(f"/admin/aanvragen/inspect/{request.pk}/").content.decode()

    for text in (REFERRAL_NOTE, FIRST_RESULT_NOTE, SECOND_RESULT_NOTE):
        assert text in page, text
    assert "Op de wachtlijst" in page and "Hulp gestart" in page
    assert "verwijzer" in page and "collega" in page  # who recorded what
    # each result's row keeps its own date, author, result and new follow-up date
    assert row_with(page, FIRST_RESULT_NOTE) == [
        "21 januari 2030 11:00",
        "verwijzer",
        "Op de wachtlijst",
        "4 maart 2030",
        FIRST_RESULT_NOTE,
    ]
    assert row_with(page, SECOND_RESULT_NOTE) == [
        "4 maart 2030 11:00",
        "collega",
        "Hulp gestart",
        "-",
        SECOND_RESULT_NOTE,
    ]

    # Encrypted at rest: no note is readable in any advies table.
    storage = raw_advies_storage()
    for text in (REFERRAL_NOTE, FIRST_RESULT_NOTE, SECOND_RESULT_NOTE, "wachtlijst van zes"):
        assert text not in storage

    # The referral itself holds the latest result and follow-up date (what the lists and
    # the effect report read) and the note written when referring.
    referral.refresh_from_db()
    assert referral.note == REFERRAL_NOTE
    assert referral.result == "gestart"
    assert referral.follow_up_on == datetime.date(2030, 3, 4)
    assert referral.result_recorded_at == START + datetime.timedelta(days=56)


def test_the_effect_report_counts_a_referral_once_by_its_latest_result(client, lindeveld):
    with time_machine.travel(START, tick=False):
        staff = staff_of(lindeveld)
        partner = ChainPartnerFactory(site=lindeveld)
        client.force_login(staff)
        for result_sequence in (["wachtlijst", "gestart"], ["wachtlijst", "niet-gestart"], []):
            request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
            client.post(
                f"/admin/aanvragen/{request.pk}/verwijzen/",
                {"partner": partner.pk, "follow_up_on": "2030-01-08"},
            )
            referral = Referral.objects.get(request=request)
            for result in result_sequence:
                response = client.post(
                    f"/admin/aanvragen/{request.pk}/verwijzing/{referral.pk}/",
                    {"result": result, "note": "x"},
                )
                assert response.status_code == 302
        figures = compute(lindeveld, ReportPeriod.year(2030), today=datetime.date(2030, 1, 10))
    assert figures.referrals == {
        (partner.pk, "gestart"): 1,
        (partner.pk, "niet-gestart"): 1,
        (partner.pk, "overdue"): 1,
    }


def test_a_closed_request_takes_no_more_results_and_the_refusal_is_audited(client, lindeveld):
    staff = staff_of(lindeveld)
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    partner = ChainPartnerFactory(site=lindeveld)
    client.force_login(staff)
    client.post(
        f"/admin/aanvragen/{request.pk}/verwijzen/", {"partner": partner.pk, "follow_up_on": "2030-01-08"}
    )
    referral = Referral.objects.get(request=request)
    request.status, request.closed_at, request.outcome = Status.CLOSED, timezone.now(), "doorverwezen"
    request.save()

    typed = "Alsnog gehoord dat de hulp is gestart."
    response = client.post(
        f"/admin/aanvragen/{request.pk}/verwijzing/{referral.pk}/", {"result": "gestart", "note": typed}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "afgesloten" in body
    assert typed in body  # what was typed is still in the form
    referral.refresh_from_db()
    assert referral.result == "open" and referral.result_recorded_at is None
    assert not referral.follow_ups.exists()
    assert AuditEntry.objects.filter(
        object_reference=request.reference, result=AuditResult.REFUSED, detail="resultaat verwijzing"
    ).exists()
