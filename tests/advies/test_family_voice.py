"""The family's voice: a requester may say yes to a short anonymous survey; some weeks after
closing it is sent; the address is deleted when it is sent; an answer is stored without any
link to the request beyond its region, kind, route and outcome (and the month), once per
link; the effect report shows the answers with its small-cell protection."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from advies import services, surveys
from advies.choices import RequestKind, Status
from advies.models import IntakeSettings, MailDelivery, Request, SurveyInvitation, SurveyResponse
from advies.report.effect_report import build_effect_report
from advies.report.periods import ReportPeriod
from tests.advies.helpers import URLS, advice_data, call_back_data
from tests.factories.advies import staff_of

pytestmark = pytest.mark.django_db

ANSWERS = {"help_fitted": "ja", "conflict": "minder", "children": "beter", "recommend": "ja"}
ADDRESS = "ouder@voorbeeld.test"


@pytest.fixture
def staff(lindeveld):
    return staff_of(lindeveld)


def close(staff, request, outcome="advies-gegeven"):
    request.status = Status.ADVISED
    request.save()
    services.change_status(staff, request, Status.CLOSED, outcome=outcome, origin="t")
    request.refresh_from_db()
    return request


def raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (a fixed table name)
        return [" ".join(str(value) for value in row) for row in cursor.fetchall()]


def test_saying_yes_at_submission_keeps_the_address_encrypted_in_an_invitation(site_client, lindeveld):
    client = site_client(lindeveld)
    assert client.post(URLS[RequestKind.ADVICE], advice_data()).status_code == 302
    assert not SurveyInvitation.objects.exists()  # no yes, no invitation
    client.cookies.clear()
    assert client.post(URLS[RequestKind.ADVICE], advice_data(survey_opt_in="on")).status_code == 302
    invitation = SurveyInvitation.objects.get()
    assert invitation.email == ADDRESS and invitation.request == Request.objects.latest("received_at")
    assert all(ADDRESS not in row for row in raw_rows("advies_surveyinvitation"))


def test_saying_yes_needs_an_address_and_the_call_back_form_asks_for_one(site_client, lindeveld):
    from advies.selectors import call_back_options

    client = site_client(lindeveld)
    refused = client.post(URLS[RequestKind.ADVICE], advice_data(survey_opt_in="on", contact_email=""))
    assert (
        refused.status_code == 400
        and "daar sturen we de vragenlijst achteraf naartoe" in refused.content.decode()
    )
    option = call_back_options(lindeveld)[0].value
    refused = client.post(URLS[RequestKind.CALL_BACK], call_back_data(option, survey_opt_in="on"))
    assert refused.status_code == 400
    ok = client.post(
        URLS[RequestKind.CALL_BACK], call_back_data(option, survey_opt_in="on", survey_email=ADDRESS)
    )
    assert ok.status_code == 302
    assert SurveyInvitation.objects.get().email == ADDRESS
    assert "survey_email" not in Request.objects.get().details  # not among the request's answers


def test_the_survey_goes_out_weeks_after_closing_and_the_address_is_gone_then(
    staff, site_client, lindeveld, django_capture_on_commit_callbacks
):
    IntakeSettings.objects.update_or_create(site=lindeveld, defaults={"survey_after_days": 28})
    site_client(lindeveld).post(URLS[RequestKind.ADVICE], advice_data(survey_opt_in="on"))
    request = close(staff, Request.objects.get())
    invitation = SurveyInvitation.objects.get()
    due = invitation.due_on
    assert due == timezone.localdate(request.closed_at) + datetime.timedelta(days=28)
    mail.outbox.clear()
    assert surveys.send_due(today=due - datetime.timedelta(days=1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert surveys.send_due(today=due) == 1
    [message] = mail.outbox
    assert message.to == [ADDRESS]
    assert request.reference not in message.subject + message.body  # nothing to tie the answers to
    invitation.refresh_from_db()
    assert invitation.request is None and invitation.email == "" and invitation.link_hash
    assert (invitation.kind, invitation.route, invitation.outcome) == (
        request.kind,
        request.route,
        request.outcome,
    )
    delivery = MailDelivery.objects.get(kind="terugblik")
    assert delivery.recipient == "" and delivery.secret == ""
    assert all(
        ADDRESS not in row
        for table in ("advies_surveyinvitation", "advies_maildelivery")
        for row in raw_rows(table)
    )
    assert surveys.send_due(today=due + datetime.timedelta(days=7)) == 0  # once


def test_an_answer_carries_no_link_to_the_request_and_the_link_works_once(
    staff, site_client, lindeveld, django_capture_on_commit_callbacks
):
    client = site_client(lindeveld)
    client.post(URLS[RequestKind.ADVICE], advice_data(survey_opt_in="on"))
    request = close(staff, Request.objects.get(), outcome="doorverwezen")
    with django_capture_on_commit_callbacks(execute=True):
        surveys.send_due(today=SurveyInvitation.objects.get().due_on)
    path = re.search(r"https?://[^/\s]+(/nl/advies/terugblik/[^/\s]+/)", mail.outbox[-1].body)[1]
    page = client.get(path)
    assert page.status_code == 200 and 'class="exit"' in page.content.decode()
    incomplete = client.post(path, {"help_fitted": "ja"})
    assert incomplete.status_code == 400 and "Kies een antwoord" in incomplete.content.decode()
    assert client.post(path, ANSWERS).status_code == 200
    response = SurveyResponse.objects.get()
    assert (response.kind, response.route, response.outcome) == (request.kind, request.route, "doorverwezen")
    assert response.month == timezone.localdate().replace(day=1)
    fields = {field.name for field in SurveyResponse._meta.get_fields()}
    assert fields == {"id", "site", "kind", "route", "outcome", "month", *ANSWERS}
    assert not SurveyInvitation.objects.exists()
    assert client.post(path, ANSWERS).status_code == 404  # once
    assert SurveyResponse.objects.count() == 1


def test_a_request_anonymised_before_the_survey_takes_its_invitation_along(staff, site_client, lindeveld):
    site_client(lindeveld).post(URLS[RequestKind.ADVICE], advice_data(survey_opt_in="on"))
    request = close(staff, Request.objects.get())
    services.anonymise(request)
    assert not SurveyInvitation.objects.exists()


def test_the_effect_report_shows_the_familys_voice_with_small_cell_protection(lindeveld, second_region):
    year = timezone.localdate().year
    month = datetime.date(year, 1, 1)
    for n in range(7):
        SurveyResponse.objects.create(
            site=lindeveld,
            kind=RequestKind.ADVICE,
            month=month,
            help_fitted="ja" if n < 6 else "nee",
            conflict="minder",
            children="beter",
            recommend="ja",
        )
    SurveyResponse.objects.create(site=second_region, kind=RequestKind.ADVICE, month=month, **ANSWERS)
    report = build_effect_report(lindeveld, ReportPeriod.year(year), compare=False)
    section = next(section for section in report.sections if section.slug == "ervaringen")
    fitted = report.table("ervaring-hulp-paste")
    assert fitted in section.tables
    shown = {label: entries[0].display for label, entries in fitted.rows}
    # One "no": shown as "< 5", and the "yes" is hidden too, or 7 - 6 would give it away.
    assert shown == {"Ja": "×", "Een beetje": "0", "Nee": "< 5", "Weet ik niet": "0", "Totaal": "7"}
    conflict = {label: entries[0].display for label, entries in report.table("ervaring-conflict").rows}
    assert conflict["Minder"] == "7" and conflict["Totaal"] == "7"
    one = build_effect_report(second_region, ReportPeriod.year(year), compare=False)
    recommend = {label: entries[0].display for label, entries in one.table("ervaring-aanraden").rows}
    assert recommend["Totaal"] == "< 5" and "1" not in recommend.values()
    per_municipality = build_effect_report(
        lindeveld, ReportPeriod.year(year), municipality=lindeveld.municipalities.first(), compare=False
    )
    assert per_municipality.table("ervaring-hulp-paste") is None
