"""An intake worker's session slides with activity, up to an absolute limit, and a note
typed after the session ended is not lost: it is kept (encrypted, bound to the browser,
for an hour), shown again after logging in, and saved from there. Everything through
the admin over HTTP, with CSRF checks on, as a browser does it."""

import datetime
import logging
import re

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client

from advies.choices import AuditAction, Status
from advies.models import AuditEntry, Draft
from tests.factories.advies import RequestFactory, staff_of

pytestmark = pytest.mark.django_db

PASSWORD = "test-password-123"  # the factory's
START = datetime.datetime(2030, 3, 4, 8, 30, tzinfo=datetime.UTC)
NOTE = "Moeder belde om 16:40: vader haalt de kinderen zaterdag niet op. Kenmerk-notitie-7Q."


def csrf_token(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


def log_in(browser, user, *, next_url="", remember=False):
    """Log in through Wagtail's login form; returns the final response (redirects followed)."""
    query = f"?next={next_url}" if next_url else ""
    page = browser.get(f"/admin/login/{query}")
    data = {
        "username": user.username,
        "password": PASSWORD,
        "next": next_url,
        "csrfmiddlewaretoken": csrf_token(page),
    }
    if remember:
        data["remember"] = "on"
    response = browser.post(f"/admin/login/{query}", data, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain, "login did not redirect"
    return response


def is_logged_in(browser):
    response = browser.get("/admin/")
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")
        return False
    assert response.status_code == 200
    return True


def raw_database():
    """Every row of every table, as a database reader would see it."""
    rows = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            rows += [" ".join(str(value) for value in row) for row in cursor.fetchall()]
    return "\n".join(rows)


def decoded_sessions():
    return " ".join(str(session.get_decoded()) for session in Session.objects.all())


@pytest.fixture
def staff(lindeveld):
    return staff_of(lindeveld, username="intake.noor")


@pytest.mark.parametrize("remember", [False, True], ids=["browser-session", "remember-me"])
def test_the_admin_session_slides_with_activity(staff, remember):
    browser = Client(enforce_csrf_checks=True)
    with time_machine.travel(START, tick=False) as clock:
        log_in(browser, staff, remember=remember)
        for _hour in range(5):  # a working day with a page every 90 minutes: 7.5 hours
            clock.shift(datetime.timedelta(minutes=90))
            assert is_logged_in(browser)
        clock.shift(datetime.timedelta(hours=2, minutes=1))  # then two hours away
        assert not is_logged_in(browser)


@pytest.mark.parametrize("remember", [False, True], ids=["browser-session", "remember-me"])
def test_the_session_ends_at_the_absolute_limit_whatever_the_activity(staff, settings, remember):
    settings.STAFF_SESSION_MAX_SECONDS = 4 * 60 * 60
    browser = Client(enforce_csrf_checks=True)
    with time_machine.travel(START, tick=False) as clock:
        log_in(browser, staff, remember=remember)
        for _step in range(3):
            clock.shift(datetime.timedelta(hours=1, minutes=15))
            assert is_logged_in(browser)  # 3 h 45 min after logging in
        clock.shift(datetime.timedelta(minutes=20))
        assert not is_logged_in(browser)
        if not remember:  # (a remembered session's cookie and store end at the limit themselves)
            assert "langst toegestane duur" in browser.get("/admin/login/").content.decode()
        log_in(browser, staff)  # a new login starts a new period
        assert is_logged_in(browser)


def test_a_note_typed_after_the_session_ended_survives_the_login(lindeveld, staff, caplog):
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    note_url = f"/admin/aanvragen/{request.pk}/notitie/"
    browser = Client(enforce_csrf_checks=True)
    caplog.set_level(logging.DEBUG)
    with time_machine.travel(START, tick=False) as clock:
        log_in(browser, staff)
        token = csrf_token(browser.get(note_url))
        clock.shift(datetime.timedelta(hours=2, minutes=10))  # typing, on the phone, a break...
        sent = browser.post(note_url, {"text": NOTE, "csrfmiddlewaretoken": token})
        assert sent.status_code == 302
        assert sent["Location"] == f"/admin/login/?next={note_url}"
        assert not request.notes.exists()

        # Kept, but nowhere readable: encrypted in its table, not in the session store,
        # not in a cookie, not in the log.
        draft = Draft.objects.get()
        assert draft.request == request and draft.author == staff
        assert NOTE not in raw_database() and "Kenmerk-notitie-7Q" not in raw_database()
        assert "Kenmerk-notitie-7Q" not in decoded_sessions()
        assert all("Kenmerk" not in morsel.value for morsel in browser.cookies.values())
        assert "Kenmerk" not in caplog.text
        key = browser.cookies["advies_draft"]
        assert key["httponly"] and key["path"] == "/admin/" and int(key["max-age"]) == 3600
        assert "Wat u typte is bewaard" in browser.get(f"/admin/login/?next={note_url}").content.decode()

        # Another browser, the same person: nothing there (the draft is bound to the browser).
        other_browser = Client(enforce_csrf_checks=True)
        log_in(other_browser, staff)
        assert "Kenmerk-notitie-7Q" not in other_browser.get(note_url).content.decode()
        assert Draft.objects.count() == 1

        clock.shift(datetime.timedelta(minutes=5))
        back = log_in(browser, staff, next_url=note_url)
        assert back.redirect_chain[-1][0] == note_url
        page = back.content.decode()
        assert NOTE in page  # prefilled in the form
        assert "controleer het" in page and "nog niet opgeslagen" in page
        assert not Draft.objects.exists()  # shown once, then gone
        assert NOTE not in browser.get(note_url).content.decode()

        saved = browser.post(note_url, {"text": NOTE, "csrfmiddlewaretoken": csrf_token(back)})
        assert saved["Location"] == f"/admin/aanvragen/inspect/{request.pk}/"
    note = request.notes.get()
    assert (note.text, note.author) == (NOTE, staff)
    details = list(
        AuditEntry.objects.filter(object_reference=request.reference)
        .order_by("pk")
        .values_list("action", "detail")
    )
    assert details[-3:] == [
        (AuditAction.CREATE, "concept bewaard (sessie verlopen)"),
        (AuditAction.VIEW, "concept teruggezet na inloggen"),
        (AuditAction.CHANGE, "notitie toegevoegd"),
    ]
    assert "Kenmerk-notitie-7Q" not in raw_database()


def test_a_kept_draft_expires_after_an_hour(lindeveld, staff):
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    note_url = f"/admin/aanvragen/{request.pk}/notitie/"
    browser = Client(enforce_csrf_checks=True)
    with time_machine.travel(START, tick=False) as clock:
        log_in(browser, staff)
        token = csrf_token(browser.get(note_url))
        clock.shift(datetime.timedelta(hours=3))
        browser.post(note_url, {"text": NOTE, "csrfmiddlewaretoken": token})
        assert Draft.objects.count() == 1
        clock.shift(datetime.timedelta(minutes=61))
        page = log_in(browser, staff, next_url=note_url).content.decode()
        assert NOTE not in page
        assert not Draft.objects.exists()


def test_a_colleague_on_the_same_computer_does_not_get_the_draft(lindeveld, staff):
    request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)
    colleague = staff_of(lindeveld, username="intake.bram")
    note_url = f"/admin/aanvragen/{request.pk}/notitie/"
    browser = Client(enforce_csrf_checks=True)
    with time_machine.travel(START, tick=False) as clock:
        log_in(browser, staff)
        token = csrf_token(browser.get(note_url))
        clock.shift(datetime.timedelta(hours=3))
        browser.post(note_url, {"text": NOTE, "csrfmiddlewaretoken": token})
        page = log_in(browser, colleague, next_url=note_url).content.decode()
    assert NOTE not in page
    assert not Draft.objects.exists()
    assert not request.notes.exists()


def test_retention_removes_drafts_past_their_time(lindeveld, staff):
    from django.core.management import call_command

    browser = Client(enforce_csrf_checks=True)
    with time_machine.travel(START, tick=False) as clock:
        request = RequestFactory(site=lindeveld, status=Status.IN_INTAKE)  # active today
        note_url = f"/admin/aanvragen/{request.pk}/notitie/"
        log_in(browser, staff)
        token = csrf_token(browser.get(note_url))
        clock.shift(datetime.timedelta(hours=3))
        browser.post(note_url, {"text": NOTE, "csrfmiddlewaretoken": token})
        clock.shift(datetime.timedelta(minutes=30))
        call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert Draft.objects.count() == 1  # still within its hour
        clock.shift(datetime.timedelta(minutes=31))
        call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert not Draft.objects.exists()
