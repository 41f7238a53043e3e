"""The answer back to the person who asked: written by staff, announced by an e-mail with
the reference and a link only, read on the portal after a code (mailed to the same
address, or the reading code of the confirmation page), each code once, with limits on
wrong codes and on clients; expiring with the region's retention; every send and read
audited; the referring professional of a case confirms receipt."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.utils import formats, timezone

from advies import answers, services
from advies.choices import AnswerKind, AuditAction, AuditResult, RequesterRole, RequestKind, Status
from advies.models import Answer, AuditEntry, IntakeSettings, MailDelivery, MailedCode, Request
from tests.advies.helpers import URLS, advice_data
from tests.factories.advies import staff_of

pytestmark = pytest.mark.django_db

ADVICE = "Spreek een vaste overdrachtsplek af, buiten het zicht van de kinderen."
EMAIL = "ouder@voorbeeld.test"


@pytest.fixture
def staff(lindeveld):
    return staff_of(lindeveld)


@pytest.fixture
def asked(lindeveld):
    """A request from a parent with an e-mail address, and its reading code."""
    return services.submit_request(
        site=lindeveld,
        kind=RequestKind.ADVICE,
        fields={
            "requester_role": RequesterRole.PARENT,
            "contact_name": "Roepnaam Test",
            "contact_email": EMAIL,
            "question": "Hoe regelen we de overdracht?",
        },
        details={},
        language="nl",
    )


@pytest.fixture
def public(site_client, lindeveld):
    return site_client(lindeveld)


def send(client, staff, request, django_capture_on_commit_callbacks, **data):
    client.force_login(staff)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/aanvragen/{request.pk}/antwoord/", {"kind": AnswerKind.ADVICE, **data}
        )
    client.logout()
    return response


def link_in(message):
    return re.search(r"https?://[^/\s]+(/nl/advies/antwoord/[^/\s]+/)", message.body)[1]


def code_in(message):
    return re.search(r"\b([2-9A-Z]{4}-[2-9A-Z]{4})\b", message.body.split("is:", 1)[1])[1]


def body(response):
    return response.content.decode()


def test_the_e_mail_says_an_answer_is_ready_with_the_reference_and_a_link_never_the_answer(
    client, staff, asked, django_capture_on_commit_callbacks
):
    response = send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [EMAIL]
    assert asked.reference in message.subject
    assert ADVICE not in message.subject + message.body and "overdracht" not in message.body
    assert link_in(message)
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM advies_answer")
        [(stored,)] = cursor.fetchall()
    assert ADVICE not in stored and "overdracht" not in stored  # encrypted at rest
    delivery = MailDelivery.objects.get(kind="antwoord")
    assert delivery.secret == "" and delivery.recipient == ""  # the link lives in the e-mail only
    entry = AuditEntry.objects.get(object_reference=asked.reference, detail__startswith="antwoord verstuurd")
    assert entry.actor == staff and ADVICE not in entry.detail


def test_the_requester_reads_it_with_a_code_mailed_to_the_same_address_and_only_once(
    client, staff, asked, public, django_capture_on_commit_callbacks
):
    send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    link = link_in(mail.outbox[0])
    page = public.get(link)
    assert page.status_code == 200 and ADVICE not in body(page)  # the link alone opens nothing
    assert "Stuur mij een code" in body(page) and 'class="exit"' in body(page)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sent = public.post(link, {"send_code": "1"})
    assert "We hebben een code gestuurd" in body(sent)
    [message] = mail.outbox
    assert message.to == [EMAIL] and ADVICE not in message.body and asked.reference in message.subject
    code = code_in(message)
    assert MailDelivery.objects.get(kind="leescode").secret == ""

    read = public.post(link, {"code": code.lower().replace("-", " ")})  # as people type it
    assert read.status_code == 200 and ADVICE in body(read)
    assert "no-store" in read["Cache-Control"] and 'class="exit"' in body(read)
    again = public.post(link, {"code": code})
    assert again.status_code == 400 and ADVICE not in body(again)
    assert "klopt niet, is al gebruikt of is verlopen" in body(again)
    answer = Answer.objects.get()
    assert answer.read_count == 1 and answer.first_read_at is not None
    details = list(
        AuditEntry.objects.filter(object_reference=asked.reference)
        .order_by("pk")
        .values_list("detail", "result")
    )
    assert ("leescode per e-mail verstuurd", AuditResult.OK) in details
    assert ("antwoord gelezen (code per e-mail, 1)", AuditResult.OK) in details
    assert ("leescode onjuist", AuditResult.DENIED) in details
    assert all(code not in detail for detail, _result in details)


def test_the_reading_code_of_the_confirmation_page_works_once_and_gives_the_next_one(
    client, staff, public, lindeveld, django_capture_on_commit_callbacks
):
    response = public.post(URLS[RequestKind.ADVICE], advice_data(contact_email=""))
    assert response.status_code == 302
    confirmation = body(public.get(response["Location"]))
    code = re.search(r'reading-code__code"><strong>([2-9A-Z-]+)</strong>', confirmation)[1]
    assert code not in body(public.get(response["Location"]))  # shown once
    request = Request.objects.get()
    call_on = timezone.localdate() + datetime.timedelta(days=2)
    sent = send(
        client,
        staff,
        request,
        django_capture_on_commit_callbacks,
        kind=AnswerKind.PICKED_UP,
        call_on=call_on.isoformat(),
    )
    assert sent.status_code == 302 and mail.outbox == []  # no address: nothing mailed

    read = public.post("/nl/advies/antwoord/", {"reference": request.reference.lower(), "code": code})
    assert read.status_code == 200
    assert f"We bellen u op {formats.date_format(call_on, 'l j F Y')}." in body(read)
    new_code = re.search(r'reading-code__code"><strong>([2-9A-Z-]+)</strong>', body(read))[1]
    assert new_code != code
    replay = public.post("/nl/advies/antwoord/", {"reference": request.reference, "code": code})
    assert replay.status_code == 400 and "We bellen u op" not in body(replay)
    assert (
        public.post("/nl/advies/antwoord/", {"reference": request.reference, "code": new_code}).status_code
        == 200
    )


def test_wrong_codes_lock_reading_and_void_the_mailed_codes(
    client, staff, asked, public, django_capture_on_commit_callbacks
):
    send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    link = link_in(mail.outbox[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        public.post(link, {"send_code": "1"})
    code = code_in(mail.outbox[0])
    for attempt in range(answers.MAX_FAILURES):
        response = public.post(link, {"code": "2222-2222"})
        assert response.status_code == 400 and ADVICE not in body(response), attempt
    assert "te vaak een verkeerde code" in body(response)
    locked = public.post(link, {"code": code})
    assert locked.status_code == 400 and ADVICE not in body(locked) and "te vaak" in body(locked)
    by_reference = public.post(
        "/nl/advies/antwoord/", {"reference": asked.reference, "code": asked.reading_code}
    )
    assert by_reference.status_code == 400 and ADVICE not in body(by_reference)
    assert not MailedCode.objects.filter(used_at__isnull=True).exists()  # voided
    denied = AuditEntry.objects.filter(object_reference=asked.reference, result=AuditResult.DENIED)
    assert denied.filter(detail__startswith="leescode onjuist").count() == answers.MAX_FAILURES
    assert denied.filter(detail="leescode: geblokkeerd").count() == 2
    asked.reading_key.locked_until = timezone.now() - datetime.timedelta(seconds=1)  # an hour later
    asked.reading_key.save()
    reopened = public.post("/nl/advies/antwoord/", {"reference": asked.reference, "code": asked.reading_code})
    assert reopened.status_code == 200 and ADVICE in body(reopened)


@override_settings(ADVIES_ANSWER_RATE="3/h")
def test_a_client_trying_many_codes_is_turned_away_with_a_clear_message(public, asked):
    for _attempt in range(3):
        public.post("/nl/advies/antwoord/", {"reference": "2222-2222", "code": "2222-2222"})
    response = public.post("/nl/advies/antwoord/", {"reference": asked.reference, "code": asked.reading_code})
    assert response.status_code == 429 and response["Retry-After"]
    assert "Even wachten" in body(response) and asked.reference in body(response)  # what was typed stays
    assert not Answer.objects.filter(read_count__gt=0).exists()


def test_hostile_input_gets_a_clear_answer_never_an_error(public, asked, lindeveld):
    overlong = public.post("/nl/advies/antwoord/", {"reference": "X" * 5000, "code": "Y" * 5000})
    assert overlong.status_code == 400 and "Er is iets niet goed ingevuld" in body(overlong)
    for forged in ("a" * 300, "%00", "..%2F..%2Fadmin", "' OR 1=1 --"):
        response = public.get(f"/nl/advies/antwoord/{forged}/")
        assert response.status_code in (404,), forged
    receipt = public.post("/nl/advies/antwoord/ontvangst/", {"bewijs": "vervalst"})
    assert receipt.status_code == 400 and "Ontvangst niet bevestigd" in body(receipt)
    assert public.get("/nl/advies/antwoord/ontvangst/").status_code == 405


def test_the_referring_professional_of_a_case_confirms_receipt(
    client, staff, public, lindeveld, django_capture_on_commit_callbacks
):
    case = services.submit_request(
        site=lindeveld,
        kind=RequestKind.CASE,
        fields={
            "requester_role": RequesterRole.PROFESSIONAL,
            "contact_email": "verwijzer@wijkteam.test",
            "panel": "hoog-conflict-platform",
            "legal_measure": "geen",
            "family_consent": False,
        },
        details={},
        language="nl",
    )
    send(client, staff, case, django_capture_on_commit_callbacks, kind=AnswerKind.PANEL_ADVICE, text=ADVICE)
    read = public.post("/nl/advies/antwoord/", {"reference": case.reference, "code": case.reading_code})
    proof = re.search(r'name="bewijs" value="([^"]+)"', body(read))[1]
    confirmed = public.post("/nl/advies/antwoord/ontvangst/", {"bewijs": proof})
    assert confirmed.status_code == 200 and "Ontvangst bevestigd" in body(confirmed)
    answer = Answer.objects.get()
    assert answer.receipt_confirmed_at is not None
    assert AuditEntry.objects.filter(
        object_reference=case.reference, detail="ontvangst antwoord bevestigd"
    ).exists()
    client.force_login(staff)
    detail = body(client.get(f"/admin/aanvragen/inspect/{case.pk}/"))
    assert (
        f"{timezone.localtime(answer.receipt_confirmed_at).year}" in detail.split("Ontvangst bevestigd")[-1]
    )


def test_a_parent_gets_no_receipt_button(client, staff, asked, public, django_capture_on_commit_callbacks):
    send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    read = public.post("/nl/advies/antwoord/", {"reference": asked.reference, "code": asked.reading_code})
    assert ADVICE in body(read) and 'name="bewijs"' not in body(read)


def test_the_answer_expires_with_the_regions_retention(
    client, staff, asked, public, lindeveld, django_capture_on_commit_callbacks
):
    IntakeSettings.objects.update_or_create(site=lindeveld, defaults={"retention_days_after_closing": 30})
    send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    answer = Answer.objects.get()
    assert answer.expires_at - answer.sent_at == datetime.timedelta(days=30)
    link = link_in(mail.outbox[0])
    later = timezone.now() + datetime.timedelta(days=31)
    services.apply_retention(now=later)
    answer.refresh_from_db()
    assert answer.text == ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM advies_answer WHERE id = %s", [answer.pk])
        assert cursor.fetchone() == ("",)
    Answer.objects.filter(pk=answer.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    gone = public.get(link)
    assert gone.status_code == 404 and "Geen antwoord om te tonen" in body(gone)


def test_anonymising_a_request_wipes_its_answers_and_codes(
    client, staff, asked, django_capture_on_commit_callbacks
):
    send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    answers.send_mailed_code(asked)
    services.anonymise(asked)
    assert Answer.objects.get().text == ""
    assert not MailedCode.objects.exists() and not hasattr(
        Request.objects.get(pk=asked.pk), "reading_key_cache"
    )
    assert not type(asked.reading_key).objects.filter(request=asked).exists()


def test_an_answer_link_opens_nothing_on_another_regions_site(
    client, staff, asked, site_client, second_region, django_capture_on_commit_callbacks
):
    send(client, staff, asked, django_capture_on_commit_callbacks, text=ADVICE)
    link = link_in(mail.outbox[0])
    assert site_client(second_region).get(link).status_code == 404


def test_picked_up_needs_the_day_of_the_call_and_not_a_day_gone_by(client, staff, asked):
    client.force_login(staff)
    url = f"/admin/aanvragen/{asked.pk}/antwoord/"
    missing = client.post(url, {"kind": AnswerKind.PICKED_UP})
    assert missing.status_code == 200 and "Kies de dag waarop u de aanvrager belt" in body(missing)
    past = client.post(url, {"kind": AnswerKind.PICKED_UP, "call_on": "2020-01-01"})
    assert past.status_code == 200 and "vandaag of later" in body(past)
    empty = client.post(url, {"kind": AnswerKind.ADVICE, "text": "   "})
    assert empty.status_code == 200 and "Schrijf het antwoord" in body(empty)
    assert not Answer.objects.exists()
    refused = AuditEntry.objects.filter(object_reference=asked.reference, result=AuditResult.REFUSED)
    assert refused.count() == 2  # the service refused (the past date stopped at the form)
    assert AuditEntry.objects.filter(action=AuditAction.CHANGE, result=AuditResult.OK).count() == 0
    assert Request.objects.get(pk=asked.pk).status == Status.NEW
