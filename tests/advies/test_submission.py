"""Submitting the public forms: saved first, a reference, mails with the reference only,
clear errors that keep what was typed, spam defences, no-store."""

import datetime
import re

import pytest
from django.core import mail

from advies.choices import RequestKind
from advies.models import CallBackSlot, IntakeSettings, MailDelivery, Request
from advies.selectors import call_back_options
from tests.advies.helpers import URLS, advice_data, call_back_data, case_data, consultation_data

pytestmark = pytest.mark.django_db


def post(client, kind, data, **extra):
    return client.post(URLS[kind], data, **extra)


def test_advice_request_is_saved_and_confirmed_with_reference_only_mails(
    site_client, lindeveld, django_capture_on_commit_callbacks
):
    client = site_client(lindeveld)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, RequestKind.ADVICE, advice_data())
    assert response.status_code == 302
    assert response["Location"] == "/nl/advies/ontvangen/"
    saved = Request.objects.get()
    assert saved.kind == RequestKind.ADVICE
    assert saved.site == lindeveld
    assert saved.question.startswith("Wij gaan uit elkaar")
    assert saved.details["child_ages"] == [4, 9]
    assert saved.preferred_channel == "telefoon"

    confirmation = client.get(response["Location"])
    assert saved.reference in confirmation.content.decode()
    assert "no-store" in confirmation["Cache-Control"]

    assert sorted(m.to[0] for m in mail.outbox) == ["intake@lindeveld.example", "ouder@voorbeeld.test"]
    for message in mail.outbox:
        assert saved.reference in message.subject + message.body
        assert "Wij gaan uit elkaar" not in message.body
        assert "Roepnaam" not in message.body
        assert "12345678" not in message.body
    staff_mail = next(m for m in mail.outbox if m.to == ["intake@lindeveld.example"])
    assert f"/admin/aanvragen/referentie/{saved.reference}/" in staff_mail.body


def test_english_form_and_confirmation(site_client, lindeveld):
    client = site_client(lindeveld)
    page = client.get("/en/advice/request/")
    assert "Ask for advice" in page.content.decode()
    response = client.post("/en/advice/request/", advice_data())
    assert response["Location"] == "/en/advice/received/"
    saved = Request.objects.get()
    assert saved.language == "en"
    assert "We have received your request" in client.get(response["Location"]).content.decode()


def test_consultation_and_case_are_saved(site_client, lindeveld):
    client = site_client(lindeveld)
    assert post(client, RequestKind.CONSULTATION, consultation_data()).status_code == 302
    assert post(client, RequestKind.CASE, case_data()).status_code == 302
    case = Request.objects.get(kind=RequestKind.CASE)
    assert case.family_consent is False
    assert case.legal_measure == "ondertoezichtstelling"
    assert case.panel == "hoog-conflict-platform"
    assert case.details["domain_gezin"] == "ernstige-zorgen"
    assert case.details["member_3_age"] == 14
    assert Request.objects.get(kind=RequestKind.CONSULTATION).requester_role == "professional"


def test_case_with_consent_records_who_when_how(site_client, lindeveld):
    data = case_data(
        consent="ja",
        consent_given_by="beide ouders",
        consent_date="2026-01-10",
        consent_method="schriftelijk",
        family_details="Moeder Sandra de Vries, Kerkstraat 12, 1234 AB Lindeveld",
    )
    response = post(site_client(lindeveld), RequestKind.CASE, data)
    assert response.status_code == 302
    case = Request.objects.get()
    assert case.family_consent is True
    assert case.details["consent_given_by"] == "beide ouders"
    assert case.details["consent_date"] == "2026-01-10"
    assert case.details["consent_method"] == "schriftelijk"
    assert "Sandra" in case.details["family_details"]


def test_case_with_consent_needs_its_record(site_client, lindeveld):
    response = post(site_client(lindeveld), RequestKind.CASE, case_data(consent="ja"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Vul in wie de toestemming gaf." in page
    assert "Vul in wanneer de toestemming is gegeven." in page
    assert "Kies hoe de toestemming is gegeven." in page
    assert not Request.objects.exists()


def test_errors_are_summarised_per_field_and_keep_input(site_client, lindeveld):
    data = advice_data(contact_phone="", contact_email="geen-adres", requester_role="", child_ages="Sanne 4")
    response = post(site_client(lindeveld), RequestKind.ADVICE, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert '<a href="#id_requester_role_0">' in page
    assert '<a href="#id_contact_email">' in page
    assert '<a href="#id_child_ages">' in page
    assert "Vul een geldig e-mailadres in" in page
    assert "Namen zijn niet nodig" in page
    assert 'aria-invalid="true"' in page
    assert "<title>Fout:" in page
    # nothing typed is lost
    assert "Wij gaan uit elkaar en weten niet hoe we het de kinderen vertellen." in page
    assert 'value="Roepnaam Test"' in page
    assert 'value="geen-adres"' in page
    assert not Request.objects.exists()


def test_phone_channel_needs_a_phone_number(site_client, lindeveld):
    response = post(site_client(lindeveld), RequestKind.ADVICE, advice_data(contact_phone=""))
    assert response.status_code == 400
    assert "u kiest voor contact per telefoon" in response.content.decode()


def test_english_errors(site_client, lindeveld):
    response = site_client(lindeveld).post("/en/advice/request/", advice_data(question=""))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Something is not filled in correctly" in page


def test_honeypot_refuses_and_keeps_input(site_client, lindeveld):
    response = post(site_client(lindeveld), RequestKind.ADVICE, advice_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "Dit veld moet leeg blijven" in response.content.decode()
    assert not Request.objects.exists()


@pytest.mark.parametrize("started", ["", "forged", None])
def test_too_fast_or_missing_stamp_is_refused_kindly(site_client, lindeveld, started):
    from advies import spam

    data = advice_data(started=spam.started_token() if started is None else started)
    response = post(site_client(lindeveld), RequestKind.ADVICE, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "te snel of onvolledig verstuurd" in page
    assert "Wij gaan uit elkaar" in page
    assert not Request.objects.exists()


def test_rate_limit_gives_a_kind_429_that_keeps_input(site_client, lindeveld, settings):
    settings.ADVIES_SUBMIT_RATE = "2/h"
    client = site_client(lindeveld)
    for _ in range(2):
        assert post(client, RequestKind.ADVICE, advice_data()).status_code == 302
    response = post(client, RequestKind.ADVICE, advice_data())
    assert response.status_code == 429
    page = response.content.decode()
    assert "Even wachten" in page
    assert "Wij gaan uit elkaar" in page
    assert response["Retry-After"]
    assert "no-store" in response["Cache-Control"]
    assert Request.objects.count() == 2
    # another client is not affected
    other = post(client, RequestKind.ADVICE, advice_data(), REMOTE_ADDR="10.9.8.7")
    assert other.status_code == 302


def test_submissions_with_errors_do_not_count_against_the_limit(site_client, lindeveld, settings):
    """Someone who corrects a form five times still gets their request through."""
    settings.ADVIES_SUBMIT_RATE = "2/h"
    client = site_client(lindeveld)
    for _ in range(5):
        assert post(client, RequestKind.ADVICE, advice_data(question="")).status_code == 400
    assert post(client, RequestKind.ADVICE, advice_data()).status_code == 302
    assert post(client, RequestKind.ADVICE, advice_data()).status_code == 302
    assert post(client, RequestKind.ADVICE, advice_data()).status_code == 429
    assert Request.objects.count() == 2


def test_a_flood_of_invalid_posts_is_refused_too(site_client, lindeveld, settings):
    settings.ADVIES_ATTEMPT_RATE = "3/h"
    client = site_client(lindeveld)
    statuses = [post(client, RequestKind.ADVICE, advice_data(question="")).status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 429]
    assert post(client, RequestKind.ADVICE, advice_data()).status_code == 429
    assert not Request.objects.exists()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0612", "Dit nummer heeft 4 cijfers; een telefoonnummer heeft er 10"),
        ("06-1234", "Dit nummer heeft 6 cijfers"),
        ("06 1234 567 890 123 45", "te veel voor een telefoonnummer"),
        ("06 12ab5678", "alleen cijfers"),
    ],
)
def test_a_wrong_phone_number_gets_a_message_that_says_what_is_wrong(site_client, lindeveld, typed, expected):
    response = post(site_client(lindeveld), RequestKind.ADVICE, advice_data(contact_phone=typed))
    assert response.status_code == 400
    page = response.content.decode()
    assert expected in page
    assert f'value="{typed}"' in page


@pytest.mark.parametrize("typed", ["06 12345678", "010-123 45 67", "+31 6 1234 5678", "(010) 1234567"])
def test_ordinary_phone_numbers_are_accepted(site_client, lindeveld, typed):
    response = post(site_client(lindeveld), RequestKind.ADVICE, advice_data(contact_phone=typed))
    assert response.status_code == 302, response.content.decode()[:2000]


def test_every_message_in_an_error_summary_says_which_question_it_is_about(site_client, lindeveld):
    """Two "Kies ja of nee." links in one summary leave the reader guessing which is which."""
    client = site_client(lindeveld)
    for kind in URLS:
        page = client.post(URLS[kind], {}).content.decode()
        start = page.index('class="error-summary"')
        summary = page[start : page.index("</ul>", start)]
        messages = re.findall(r'<a href="#[^"]+">([^<]+)</a>', summary)
        assert len(messages) >= 3, (kind, messages)
        assert len(messages) == len(set(messages)), (kind, messages)


def test_call_back_offers_only_free_slots(site_client, lindeveld, django_capture_on_commit_callbacks):
    settings_obj = IntakeSettings.for_site(lindeveld)
    settings_obj.call_back_slots.all().delete()
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    slot = CallBackSlot.objects.create(
        settings=settings_obj,
        weekday=tomorrow.weekday(),
        starts=datetime.time(9),
        ends=datetime.time(10),
        capacity=1,
    )
    client = site_client(lindeveld)
    option = f"{slot.pk}:{tomorrow.isoformat()}"
    assert option in [o.value for o in call_back_options(lindeveld)]
    page = client.get(URLS[RequestKind.CALL_BACK]).content.decode()
    assert f'value="{option}"' in page

    response = post(client, RequestKind.CALL_BACK, call_back_data(option))
    assert response.status_code == 302
    saved = Request.objects.get()
    assert saved.call_back_slot == slot and saved.call_back_date == tomorrow

    # the slot is now full: no longer offered, and a late submission is refused kindly
    assert option not in [o.value for o in call_back_options(lindeveld)]
    assert f'value="{option}"' not in client.get(URLS[RequestKind.CALL_BACK]).content.decode()
    late = post(client, RequestKind.CALL_BACK, call_back_data(option, contact_name="Tweede Beller"))
    assert late.status_code == 400
    assert "niet meer vrij" in late.content.decode()
    assert 'value="Tweede Beller"' in late.content.decode()
    assert Request.objects.count() == 1


def test_call_back_page_without_slots_points_elsewhere(site_client, lindeveld):
    IntakeSettings.for_site(lindeveld).call_back_slots.all().delete()
    page = site_client(lindeveld).get(URLS[RequestKind.CALL_BACK]).content.decode()
    assert "geen terugbelmomenten vrij" in page


def test_reference_format_and_no_personal_data_in_redirect(site_client, lindeveld):
    response = post(site_client(lindeveld), RequestKind.ADVICE, advice_data())
    reference = Request.objects.get().reference
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", reference)
    assert reference not in response["Location"]


def test_mail_deliveries_are_saved_with_the_request(site_client, lindeveld):
    post(site_client(lindeveld), RequestKind.ADVICE, advice_data())
    # Without running on-commit callbacks nothing was sent yet, but nothing is lost either.
    assert MailDelivery.objects.filter(status="wachtend").count() == 2
