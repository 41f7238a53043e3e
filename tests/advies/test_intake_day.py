"""The intake team's day: the dashboard panel per region, the inbox (open by default, the
team's columns, saved views, sorting, a constant number of queries) and list exports
(CSV and XLSX by period and filter, audited, free text only when asked for explicitly)."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from advies.choices import AuditAction, Status
from advies.models import AgendaItem, AuditEntry, IntakeSettings, PanelMeeting, Referral, Request
from home.models import Municipality
from tests.factories.advies import ChainPartnerFactory, RequestFactory, editor, staff_of

pytestmark = pytest.mark.django_db

SECRET = "Vader dreigt de kinderen mee te nemen"
CONTACT = "Roepnaam Geheim"


def days_ago(days, hours=0):
    return timezone.now() - datetime.timedelta(days=days, hours=hours)


def link(request):
    return f"/admin/aanvragen/inspect/{request.pk}/"


def rows_of(page):
    """The request links in the inbox table, in order (each row links twice: its reference
    and the 'inspect' item of its menu)."""
    return list(dict.fromkeys(re.findall(r'href="/admin/aanvragen/inspect/(\d+)/"', page)))


@pytest.fixture
def staff(lindeveld):
    return staff_of(lindeveld, first_name="Sanne", last_name="Intake")


@pytest.fixture
def day(lindeveld, second_region, staff):
    """A morning in Lindeveld: a request in from today, a safety signal waiting for a week,
    one of mine with a follow-up due, a closed one, and one of the other region."""
    municipality = Municipality.objects.filter(site=lindeveld).order_by("name").first()
    partner = ChainPartnerFactory(site=lindeveld)
    today = RequestFactory(site=lindeveld, received_at=timezone.now(), municipality=municipality)
    safety = RequestFactory(
        site=lindeveld, kind="casus", route="veiligheid", safety_signal=True, received_at=days_ago(7)
    )
    mine = RequestFactory(
        site=lindeveld,
        status=Status.IN_INTAKE,
        assigned_to=staff,
        received_at=days_ago(20),
        first_contact_at=days_ago(19),
        next_follow_up_on=timezone.localdate() - datetime.timedelta(days=1),
        question=SECRET,
        contact_name=CONTACT,
    )
    Referral.objects.create(request=mine, partner=partner, follow_up_on=mine.next_follow_up_on)
    closed = RequestFactory(
        site=lindeveld,
        status=Status.CLOSED,
        received_at=days_ago(40),
        closed_at=days_ago(3),
        outcome="ingetrokken",
    )
    other = RequestFactory(site=second_region, safety_signal=True, received_at=timezone.now())
    return {"today": today, "safety": safety, "mine": mine, "closed": closed, "other": other}


# ---- inbox ------------------------------------------------------------------------------------


def test_the_inbox_shows_open_requests_by_default_and_closed_ones_when_asked(client, staff, day):
    client.force_login(staff)
    page = client.get("/admin/aanvragen/").content.decode()
    for name in ("today", "safety", "mine"):
        assert link(day[name]) in page, name
    assert link(day["closed"]) not in page
    assert link(day["other"]) not in page
    everything = client.get("/admin/aanvragen/", {"status": "alle"}).content.decode()
    assert link(day["closed"]) in everything and link(day["other"]) not in everything
    only_closed = client.get("/admin/aanvragen/", {"status": Status.CLOSED}).content.decode()
    assert rows_of(only_closed) == [str(day["closed"].pk)]


def test_the_inbox_has_the_columns_the_team_works_with(client, staff, day):
    client.force_login(staff)
    page = client.get("/admin/aanvragen/").content.decode()
    table = page[page.index('<table class="listing') :]
    header = table[: table.index("</thead>")]
    for column in (
        "Referentienummer",
        "Soort",
        "Route",
        "Veiligheid",
        "Gemeente",
        "Wacht op eerste contact",
        "Behandelaar",
        "Volgende opvolging",
    ):
        assert column in header, column
    row = _row(page, day["safety"])
    assert "Casus" in row and "Veiligheid eerst" in row and "Signaal" in row and "7 dagen" in row
    mine = _row(page, day["mine"])
    assert "Sanne Intake" in mine and "(te laat)" in mine
    assert "–" in mine  # contacted: no longer waiting
    assert day["today"].municipality.name in _row(page, day["today"])
    assert SECRET not in page and CONTACT not in page


def _row(page, request):
    start = page.index(link(request))
    return page[page.rindex("<tr", 0, start) : page.index("</tr>", start)]


def test_saved_views_mine_safety_first_and_follow_up_today(client, staff, day, lindeveld):
    client.force_login(staff)

    def view(name, **params):
        return rows_of(client.get("/admin/aanvragen/", {"weergave": name, **params}).content.decode())

    assert view("mijn") == [str(day["mine"].pk)]
    assert view("opvolging") == [str(day["mine"].pk)]
    assert view("nieuw-vandaag") == [str(day["today"].pk)]
    assert view("te-lang") == [str(day["safety"].pk)]  # waiting 7 days, the target is 5
    safety_first = view("veiligheid")
    assert safety_first[0] == str(day["safety"].pk)
    assert set(safety_first) == {str(day[name].pk) for name in ("today", "safety", "mine")}
    IntakeSettings.objects.update_or_create(site=lindeveld, defaults={"first_contact_target_days": 10})
    assert view("te-lang") == []


def test_the_inbox_sorts_by_its_columns(client, staff, day):
    client.force_login(staff)

    def order(key):
        return rows_of(client.get("/admin/aanvragen/", {"ordering": key}).content.decode())

    today, safety, mine = (str(day[name].pk) for name in ("today", "safety", "mine"))
    assert order("-wachtdagen") == [mine, safety, today]  # longest waiting first
    assert order("wachtdagen") == [today, safety, mine]
    assert order("next_follow_up_on")[0] == mine  # the only one with a follow-up; empty ones last
    assert order("-safety_signal")[0] == safety


def test_the_inbox_is_paginated_and_its_queries_do_not_grow_with_the_requests(client, staff, lindeveld):
    client.force_login(staff)
    municipalities = list(Municipality.objects.filter(site=lindeveld)[:3])
    partner = ChainPartnerFactory(site=lindeveld)

    def make(count):
        for n in range(count):
            request = RequestFactory(
                site=lindeveld,
                municipality=municipalities[n % len(municipalities)],
                assigned_to=staff if n % 2 else None,
                next_follow_up_on=timezone.localdate(),
            )
            Referral.objects.create(request=request, partner=partner, follow_up_on=timezone.localdate())

    def queries(**params):
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/admin/aanvragen/", params)
        assert response.status_code == 200
        return len(captured)

    make(3)
    queries()  # the first page of a session reads what is cached afterwards
    few = {view: queries(weergave=view) for view in ("", "mijn", "veiligheid", "opvolging", "te-lang")}
    make(57)
    many = {view: queries(weergave=view) for view in few}
    assert many == few
    page = client.get("/admin/aanvragen/").content.decode()
    assert len(rows_of(page)) == 50  # one page
    assert len(rows_of(client.get("/admin/aanvragen/", {"p": 2}).content.decode())) == 10


# ---- dashboard --------------------------------------------------------------------------------


def test_the_dashboard_shows_the_teams_day_with_links_into_the_inbox(client, staff, day, lindeveld):
    meeting = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=timezone.localdate() + datetime.timedelta(days=3)
    )
    AgendaItem.objects.create(meeting=meeting, request=day["safety"])
    PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=timezone.localdate() - datetime.timedelta(days=3)
    )
    client.force_login(staff)
    page = client.get("/admin/").content.decode()
    assert "Vandaag bij het intaketeam" in page
    panel = page[page.index("advies-dashboard") :]
    figures = dict(
        (label.strip(), (int(count), url.replace("&amp;", "&")))
        for url, count, label in re.findall(
            r'<a href="([^"]+)"><span class="advies-dashboard__count">(\d+)</span> '
            r'<span class="advies-dashboard__label">([^<]+)</span>',
            panel,
        )
    )
    assert figures["Nieuw vandaag"][0] == 1
    assert figures["Open met een veiligheidssignaal (veiligheid eerst)"][0] == 1  # not the other region's
    assert figures["Opvolging vandaag of eerder"][0] == 1
    assert figures["Mijn open aanvragen"][0] == 1
    assert figures["Wacht langer dan 5 dagen op eerste contact"][0] == 1
    for _label, (count, url) in figures.items():
        listed = rows_of(client.get(url).content.decode())
        if "veiligheid" in url:
            listed = listed[:count]  # safety first: the signals on top, the others after them
        assert len(listed) == count, url
    assert f"/admin/overleggen/inspect/{meeting.pk}/" in panel
    assert day["safety"].reference in panel  # on the agenda of the next meeting


def test_the_team_dashboard_is_for_intake_staff_only(client, day):
    client.force_login(editor())
    assert "Vandaag bij het intaketeam" not in client.get("/admin/").content.decode()


def test_the_dashboard_queries_do_not_grow_with_the_requests(client, staff, lindeveld):
    client.force_login(staff)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/").status_code == 200
        return len(captured)

    RequestFactory(site=lindeveld, safety_signal=True)
    queries()  # the first page of a session reads what is cached afterwards
    few = queries()
    for _n in range(30):
        RequestFactory(site=lindeveld, safety_signal=True, assigned_to=staff)
    assert queries() == few


# ---- list exports -----------------------------------------------------------------------------


def csv_rows(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


def test_the_listings_csv_export_holds_one_row_per_request_of_the_filter_and_is_audited(client, staff, day):
    client.force_login(staff)
    rows = csv_rows(client.get("/admin/aanvragen/", {"export": "csv"}))
    header, body = rows[0], rows[1:]
    assert "Referentienummer" in header and "Veiligheidssignaal" in header
    assert sorted(row[0] for row in body) == sorted(
        day[name].reference for name in ("today", "safety", "mine")
    )
    assert all(any(cell.strip() for cell in row) for row in body)  # no blank lines
    flat = "\n".join(",".join(row) for row in rows)
    assert SECRET not in flat and CONTACT not in flat and "ouder@voorbeeld.test" not in flat
    entry = AuditEntry.objects.get(action=AuditAction.EXPORT)
    assert entry.actor == staff and entry.object_type == "lijst"
    assert "3 aanvragen" in entry.detail


def test_list_export_by_period_as_xlsx(client, staff, day):
    client.force_login(staff)
    start = (timezone.localdate() - datetime.timedelta(days=45)).isoformat()
    end = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    response = client.get(
        "/admin/aanvragen/",
        {"export": "xlsx", "status": "alle", "received_at_from": start, "received_at_to": end},
    )
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    references = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(references) == sorted([day["mine"].reference, day["closed"].reference])


def test_free_text_in_an_export_needs_the_right_an_explicit_request_and_is_audited_per_request(
    client, staff, day
):
    client.force_login(staff)
    refused = client.get("/admin/aanvragen/export-met-tekst/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's "no permission"
    assert "met vrije tekst" not in client.get("/admin/aanvragen/").content.decode()
    staff.user_permissions.add(Permission.objects.get(codename="export_request_text"))
    staff = type(staff).objects.get(pk=staff.pk)  # permissions are cached per user object
    client.force_login(staff)
    assert "Exporteren met vrije tekst" in client.get("/admin/aanvragen/").content.decode()
    confirm = client.get("/admin/aanvragen/export-met-tekst/", {"weergave": "mijn"})
    assert confirm.status_code == 200 and "1 aanvraag" in confirm.content.decode()
    refused = client.post(
        "/admin/aanvragen/export-met-tekst/?weergave=mijn", {"format": "csv", "reason": "x"}
    )
    assert refused.status_code == 200 and not refused.streaming  # the confirmation box was not ticked
    assert not AuditEntry.objects.filter(action=AuditAction.EXPORT).exists()
    response = client.post(
        "/admin/aanvragen/export-met-tekst/?weergave=mijn",
        {"format": "csv", "reason": "overdracht aan collega", "confirm": "on"},
    )
    rows = csv_rows(response)
    assert len(rows) == 2 and rows[1][0] == day["mine"].reference
    assert SECRET in rows[1] and CONTACT in rows[1]
    entry = AuditEntry.objects.get(action=AuditAction.EXPORT)
    assert entry.object_reference == day["mine"].reference and entry.actor == staff
    assert "vrije tekst" in entry.detail and "overdracht aan collega" in entry.detail
    assert SECRET not in entry.detail


def test_an_export_of_another_region_is_empty(client, day, second_region):
    client.force_login(staff_of(second_region))
    rows = csv_rows(client.get("/admin/aanvragen/", {"export": "csv", "status": "alle"}))
    assert [row[0] for row in rows[1:]] == [day["other"].reference]
    assert Request.objects.count() == 5
