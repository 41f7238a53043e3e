"""The workflow as the team lives it: only the moves the workflow allows are offered, each
with the fields it needs; a closed request is read-only on every page and in every
service; what the page shows reads as people read it; dates and lengths are checked
(line breaks counted as the browser counts them); references and e-mail links give
nothing away."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from advies import services
from advies.choices import AnswerKind, AuditResult, RequestKind, Status
from advies.models import AuditEntry, PanelMeeting, Referral, Request
from advies.workflow import WorkflowError
from home.models import RegionSettings, Topic
from tests.advies.helpers import URLS, advice_data, call_back_data, case_data, consultation_data
from tests.factories.advies import ChainPartnerFactory, RequestFactory, staff_of

pytestmark = pytest.mark.django_db
ORIGIN = "127.0.0.1"


@pytest.fixture
def staff(lindeveld):
    return staff_of(lindeveld)


def status_links(page):
    return set(re.findall(r'href="/admin/aanvragen/\d+/status/\?naar=([a-z-]+)"', page))


def test_only_the_moves_the_workflow_allows_are_offered(client, staff, lindeveld):
    request = RequestFactory(site=lindeveld)
    client.force_login(staff)
    detail = client.get(f"/admin/aanvragen/inspect/{request.pk}/").content.decode()
    assert status_links(detail) == {Status.IN_INTAKE, Status.CLOSED}
    choice = client.get(f"/admin/aanvragen/{request.pk}/status/").content.decode()
    assert status_links(choice) == {Status.IN_INTAKE, Status.CLOSED}
    assert "Monitoring" not in choice and 'name="outcome"' not in choice
    request.status = Status.ADVISED
    request.save()
    detail = client.get(f"/admin/aanvragen/inspect/{request.pk}/").content.decode()
    assert status_links(detail) == {Status.MONITORING, Status.CLOSED}


def test_each_move_asks_for_the_fields_it_needs(client, staff, lindeveld):
    case = RequestFactory(site=lindeveld, kind=RequestKind.CASE, status=Status.IN_INTAKE)
    client.force_login(staff)
    base = f"/admin/aanvragen/{case.pk}/status/"
    closing = client.get(base, {"naar": Status.CLOSED}).content.decode()
    assert 'name="outcome"' in closing and 'name="legal_measure_outcome"' in closing
    assert 'name="closing_note"' in closing and 'maxlength="5000"' in closing
    to_panel = client.get(base, {"naar": Status.IN_PANEL}).content.decode()
    assert 'name="meeting"' in to_panel and 'name="outcome"' not in to_panel
    advised = client.get(base, {"naar": Status.ADVISED}).content.decode()
    assert 'name="outcome"' not in advised and 'name="meeting"' not in advised
    new = RequestFactory(site=lindeveld)
    pick_up = client.get(f"/admin/aanvragen/{new.pk}/status/", {"naar": Status.IN_INTAKE}).content.decode()
    assert 'name="assignee"' in pick_up and 'name="outcome"' not in pick_up


def test_picking_up_assigns_and_putting_on_the_agenda_moves_to_the_panel(client, staff, lindeveld):
    request = RequestFactory(site=lindeveld, kind=RequestKind.CASE)
    meeting = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=timezone.localdate() + datetime.timedelta(days=7)
    )
    past = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=timezone.localdate() - datetime.timedelta(days=7)
    )
    client.force_login(staff)
    base = f"/admin/aanvragen/{request.pk}/status/"
    assert client.post(base, {"target": Status.IN_INTAKE, "assignee": staff.pk}).status_code == 302
    request.refresh_from_db()
    assert request.status == Status.IN_INTAKE and request.assigned_to == staff
    form = client.get(base, {"naar": Status.IN_PANEL}).content.decode()
    assert f'value="{meeting.pk}"' in form and f'value="{past.pk}"' not in form  # upcoming meetings only
    assert client.post(base, {"target": Status.IN_PANEL, "meeting": meeting.pk}).status_code == 302
    request.refresh_from_db()
    assert request.status == Status.IN_PANEL and request.agenda_items.get().meeting == meeting


# ---- closed is read-only ------------------------------------------------------------------------


@pytest.fixture
def closed(lindeveld, staff):
    request = RequestFactory(site=lindeveld, status=Status.ADVISED)
    referral = Referral.objects.create(
        request=request, partner=ChainPartnerFactory(site=lindeveld), follow_up_on=timezone.localdate()
    )
    services.change_status(staff, request, Status.CLOSED, outcome="advies-gegeven", origin=ORIGIN)
    return request, referral


def test_a_closed_request_offers_no_form_on_any_of_its_pages(client, staff, closed):
    request, referral = closed
    client.force_login(staff)
    detail = client.get(f"/admin/aanvragen/inspect/{request.pk}/").content.decode()
    assert "alleen nog lezen" in detail and status_links(detail) == set()
    for path in (
        "status/",
        "toewijzen/",
        "notitie/",
        "gezamenlijke-intake/",
        "verwijzen/",
        "antwoord/",
        f"verwijzing/{referral.pk}/",
    ):
        page = client.get(f"/admin/aanvragen/{request.pk}/{path}")
        assert page.status_code == 200, path
        body = page.content.decode()
        assert "is afgesloten en kan niet meer veranderen" in body, path
        assert "<textarea" not in body and 'type="submit"' not in body.split('id="main"')[-1], path


def test_every_service_refuses_a_closed_request_and_says_so(staff, closed, lindeveld):
    request, referral = closed
    partner = ChainPartnerFactory(site=lindeveld)
    meeting = PanelMeeting.objects.create(
        site=lindeveld, panel="hoog-conflict-platform", date=timezone.localdate()
    )
    attempts = {
        "status": lambda: services.change_status(staff, request, Status.IN_INTAKE, origin=ORIGIN),
        "close again": lambda: services.change_status(
            staff, request, Status.CLOSED, outcome="advies-gegeven", origin=ORIGIN
        ),
        "assign": lambda: services.assign(staff, request, staff, origin=ORIGIN),
        "note": lambda: services.add_note(staff, request, "Nog iets", origin=ORIGIN),
        "joint": lambda: services.decide_joint_intake(
            staff, request, joint=False, partners=[], origin=ORIGIN
        ),
        "refer": lambda: services.refer(
            staff, request, partner=partner, follow_up_on=timezone.localdate(), origin=ORIGIN
        ),
        "result": lambda: services.record_referral_result(staff, referral, result="gestart", origin=ORIGIN),
        "agenda": lambda: services.put_on_agenda(staff, meeting, request, origin=ORIGIN),
        "answer": lambda: services.send_answer(
            staff, request, kind=AnswerKind.ADVICE, text="Advies", origin=ORIGIN
        ),
    }
    for _name, attempt in attempts.items():
        with pytest.raises(WorkflowError, match="afgesloten"):
            attempt()
    request.refresh_from_db()
    assert request.status == Status.CLOSED and request.assigned_to is None
    assert not request.notes.exists() and not request.answers.exists() and request.referrals.count() == 1
    refused = AuditEntry.objects.filter(object_reference=request.reference, result=AuditResult.REFUSED)
    assert refused.count() == len(attempts)


# ---- what the page shows ------------------------------------------------------------------------


def test_the_detail_page_reads_as_people_read_it(client, staff, site_client, lindeveld):
    topic = Topic.objects.filter(locale__language_code="nl").exclude(slug="").first()
    data = case_data(
        consent="ja",
        consent_given_by="beide ouders",
        consent_date="14-03-2026",
        consent_method="mondeling",
        family_details="Gezin De Vries (fictief)",
    )
    assert site_client(lindeveld).post(URLS[RequestKind.CASE], data).status_code == 302
    request = Request.objects.get()
    request.topics = [topic.slug]
    request.save()
    client.force_login(staff)
    page = client.get(f"/admin/aanvragen/inspect/{request.pk}/").content.decode()
    main = page[page.index('class="advies-detail') :]
    assert "14 maart 2026" in main and "2026-03-14" not in main
    assert ">True<" not in main and ">False<" not in main and ">None<" not in main
    assert "Ik blijf de contactpersoon van het gezin.</dt><dd>ja</dd>" in main
    assert topic.name in main and f">{topic.slug}<" not in main
    family = main[
        main.index('class="advies-family"') : main.index("</ol>", main.index('class="advies-family"'))
    ]
    assert re.findall(r"<li>(.*?)</li>", family) == [
        "Gezinslid 1: Moeder, 41 jaar",
        "Gezinslid 2: Vader, 44 jaar",
        "Gezinslid 3: Kind, 14 jaar",
    ]
    received = timezone.localtime(request.received_at)
    assert f"{received.day} " in main and received.isoformat()[:10] not in main


# ---- validation ---------------------------------------------------------------------------------


def test_a_follow_up_date_in_the_past_is_refused_and_the_form_keeps_what_was_typed(client, staff, lindeveld):
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    partner = ChainPartnerFactory(site=lindeveld)
    client.force_login(staff)
    typed = "Moeder belt zelf de mediator."
    response = client.post(
        f"/admin/aanvragen/{request.pk}/verwijzen/",
        {"partner": partner.pk, "follow_up_on": "2020-01-01", "note": typed},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "vandaag of later" in body and typed in body
    assert not Referral.objects.filter(request=request).exists()
    with pytest.raises(WorkflowError, match="vandaag of later"):
        services.refer(staff, request, partner=partner, follow_up_on=datetime.date(2020, 1, 1), origin=ORIGIN)
    referral = services.refer(
        staff, request, partner=partner, follow_up_on=timezone.localdate(), origin=ORIGIN
    )
    response = client.post(
        f"/admin/aanvragen/{request.pk}/verwijzing/{referral.pk}/",
        {"result": "wachtlijst", "follow_up_on": "2020-01-01"},
    )
    assert response.status_code == 200 and "vandaag of later" in response.content.decode()
    assert not referral.follow_ups.exists()


def test_the_closing_note_has_a_limit_like_notes(client, staff, lindeveld):
    request = RequestFactory(site=lindeveld, status=Status.ADVISED)
    client.force_login(staff)
    huge = "x" * 266_764
    response = client.post(
        f"/admin/aanvragen/{request.pk}/status/",
        {"target": Status.CLOSED, "outcome": "advies-gegeven", "closing_note": huge},
    )
    assert response.status_code == 200 and "5000" in response.content.decode()
    request.refresh_from_db()
    assert request.status == Status.ADVISED and request.closing_note == ""
    with pytest.raises(WorkflowError, match="te lang"):
        services.change_status(
            staff, request, Status.CLOSED, outcome="advies-gegeven", closing_note=huge, origin=ORIGIN
        )
    with pytest.raises(WorkflowError, match="te lang"):
        services.add_note(staff, request, "y" * 5001, origin=ORIGIN)
    ok = client.post(
        f"/admin/aanvragen/{request.pk}/status/",
        {"target": Status.CLOSED, "outcome": "advies-gegeven", "closing_note": "z" * 5000},
    )
    assert ok.status_code == 302
    request.refresh_from_db()
    assert len(request.closing_note) == 5000


def test_staff_text_counts_line_breaks_as_the_browser_does(client, staff, lindeveld):
    """A browser sends each line break as CR LF but counts it once against maxlength: a
    note of 5000 characters as the browser counts them fits, and is stored with LF."""
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    client.force_login(staff)
    lines = ["regel"] * 833  # 833 x 5 characters + 832 line breaks = 4997
    text = "\r\n".join(lines)
    assert len(text.replace("\r\n", "\n")) <= 5000 < len(text)
    response = client.post(f"/admin/aanvragen/{request.pk}/notitie/", {"text": text})
    assert response.status_code == 302
    assert request.notes.get().text == "\n".join(lines)


# ---- references and links -----------------------------------------------------------------------


def test_references_do_not_reveal_the_kind_of_request(site_client, lindeveld):
    from advies.selectors import call_back_options

    client = site_client(lindeveld)
    option = call_back_options(lindeveld)[0]
    for kind, data in (
        (RequestKind.ADVICE, advice_data()),
        (RequestKind.CALL_BACK, call_back_data(option.value)),
        (RequestKind.CONSULTATION, consultation_data()),
        (RequestKind.CASE, case_data()),
    ):
        assert client.post(URLS[kind], data).status_code == 302, kind
        client.cookies.clear()
    references = list(Request.objects.values_list("reference", flat=True))
    assert len(references) == 4
    for reference in references:
        assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", reference), reference


def test_the_staff_e_mail_links_by_reference_not_by_sequential_id(
    client, site_client, lindeveld, second_region, django_capture_on_commit_callbacks
):
    RegionSettings.objects.filter(site=lindeveld).update(intake_email="intake@lindeveld.example")
    with django_capture_on_commit_callbacks(execute=True):
        site_client(lindeveld).post(URLS[RequestKind.ADVICE], advice_data())
    request = Request.objects.get()
    staff_mail = next(message for message in mail.outbox if message.to == ["intake@lindeveld.example"])
    urls = re.findall(r"https?://\S+", staff_mail.body)
    assert urls and all(str(request.pk) not in url.split("/referentie/")[0] for url in urls)
    assert all(f"/{request.pk}/" not in url for url in urls)
    path = "/" + urls[0].split("/", 3)[3]
    client.force_login(staff_of(lindeveld))
    response = client.get(path)
    assert response.status_code == 302 and response["Location"] == f"/admin/aanvragen/inspect/{request.pk}/"
    client.force_login(staff_of(second_region))
    assert client.get(path, follow=True).status_code == 404
    assert AuditEntry.objects.filter(object_reference=request.reference, result=AuditResult.DENIED).exists()
