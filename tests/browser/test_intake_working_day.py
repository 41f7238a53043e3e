"""One working day of the intake team in a real browser, and the answer back to the person
who asked:

log in, the dashboard, pick up a safety-first request, take it on (assigned to me), put it
on the panel's agenda, record the panel's advice, send the answer; the requester (a phone
320 px wide, no JavaScript) asks for a code by e-mail and reads the answer; close the
request with an outcome; the survey afterwards is answered; the effect report shows it.

axe (WCAG 2.0/2.1 A and AA) checks what our own templates add to the admin (the dashboard
panel, the request page, the action forms) and the requester's pages entirely; Wagtail's
own chrome is Wagtail's. No page asks anything of another origin.
"""

import datetime
import re
import threading

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connections
from django.utils import timezone
from wagtail.models import Site

from advies import services, surveys
from advies.choices import RequesterRole, RequestKind
from advies.models import PanelMeeting, Request, SurveyInvitation, SurveyResponse
from tests.browser.conftest import BrowserSession, commits_when_released

pytestmark = pytest.mark.requires_service("browser")

PASSWORD = "working-day-password-1"  # noqa: S105 (a test user's password)
ADVICE = (
    "Het panel adviseert een vaste, veilige overdracht via de school en een gesprek met beide ouders apart."
)
REQUESTER = "ouder.werkdag@voorbeeld.test"
PHONE = {"width": 320, "height": 640}


@pytest.fixture(scope="module")
def working_day(live_site, django_db_blocker):
    """The demo's intake user for Lindeveld with a known password, a panel meeting next week
    and a parent's request with a safety signal, committed so the live server sees them;
    removed afterwards."""
    with django_db_blocker.unblock():
        site = Site.objects.get(hostname="lindeveld.localhost")
        user = get_user_model().objects.get(username="intake.lindeveld")
        user.set_password(PASSWORD)
        user.save()
        earlier_responses = list(SurveyResponse.objects.values_list("pk", flat=True))
        meeting = PanelMeeting.objects.create(
            site=site, panel="expertisepoule", date=timezone.localdate() + datetime.timedelta(days=6)
        )
        request = services.submit_request(
            site=site,
            kind=RequestKind.ADVICE,
            fields={
                "requester_role": RequesterRole.PARENT,
                "route": "veiligheid",
                "contact_name": "Roepnaam Werkdag",
                "contact_email": REQUESTER,
                "question": "Mijn ex staat soms onaangekondigd voor de deur als de kinderen bij mij zijn.",
            },
            details={},
            language="nl",
            survey_email=REQUESTER,
        )
        # It has waited longest of all, so "safety first" puts it on top of page one.
        oldest = Request.objects.order_by("received_at").values_list("received_at", flat=True).first()
        Request.objects.filter(pk=request.pk).update(received_at=oldest - datetime.timedelta(hours=1))
    yield {
        "site": site,
        "user": user,
        "meeting": meeting,
        "request": request,
        "earlier_responses": earlier_responses,
    }
    with django_db_blocker.unblock():
        Request.objects.filter(pk=request.pk).delete()
        meeting.delete()
        SurveyResponse.objects.exclude(pk__in=earlier_responses).delete()


def committed(live_site, work):
    """`work()` against what the live server has committed, outside this test's transaction:
    on SQLite files a read inside it would hold the lock the server needs to commit, and on
    PostgreSQL what it writes would stay invisible to the server. Runs in a thread with a
    connection of its own, or where the server shares this thread's in-memory SQLite, here,
    with what its atomic blocks queue on commit run when they are released, as a commit of
    their own would (see `commits_when_released`)."""
    if live_site.shared:
        with commits_when_released(live_site.shared.values()):
            return work()
    outcome = {}

    def run():
        try:
            outcome["value"] = work()
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def click(page, role, name, **options):
    with page.expect_navigation():
        page.get_by_role(role, name=name, **options).first.click()


def submit(page, name="Opslaan"):
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name=name).click()


def link_from(message, path):
    return re.search(rf"https?://[^/\s]+({path}[^\s]*)", message.body)[1]


def test_one_working_day_and_the_answer_back(browser, live_site, js_session, regions, working_day):
    site, user, meeting, request = (working_day[key] for key in ("site", "user", "meeting", "request"))
    page = js_session.page
    problems = {}

    def state():
        return committed(
            live_site,
            lambda: Request.objects.values("status", "assigned_to", "outcome").get(pk=request.pk),
        )

    # Log in; the dashboard shows the team's day.
    js_session.goto(regions.lindeveld + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    panel = page.locator(".advies-dashboard")
    assert panel.count() == 1 and "Vandaag bij het intaketeam" in panel.inner_text()
    problems["dashboard panel"] = js_session.axe_violations(".advies-dashboard")

    # Safety first: the signal is on top; open it.
    click(page, "link", re.compile("veiligheid eerst"))
    assert "weergave=veiligheid" in page.url
    rows = page.locator("table.listing tbody tr").all_inner_texts()
    signals = [("Signaal" in row) for row in rows]
    assert signals == sorted(signals, reverse=True)  # every signal before any other request
    assert request.reference in rows[0]
    click(page, "link", request.reference)
    assert page.locator(".advies-safety").is_visible()
    problems["request page"] = js_session.axe_violations(".advies-detail")

    # Take it on: assigned to me by default.
    click(page, "link", "In behandeling nemen")
    problems["take on"] = js_session.axe_violations(".advies-admin")
    submit(page)
    assert state() == {"status": "in-intake", "assigned_to": user.pk, "outcome": ""}

    # Put it on the agenda of the pool's meeting next week.
    click(page, "link", "Op de agenda van panel of poule")
    page.select_option("#id_meeting", str(meeting.pk))
    submit(page)
    assert state()["status"] == "in-panel"

    # The meeting: record the pool's advice.
    js_session.goto(regions.lindeveld + f"/admin/overleggen/inspect/{meeting.pk}/")
    click(page, "link", "Advies vastleggen")
    page.fill("#id_advice", ADVICE)
    submit(page)
    assert state()["status"] == "advies-verwijzing"

    # The answer back: the pool's advice, prefilled, sent.
    js_session.goto(regions.lindeveld + f"/admin/aanvragen/inspect/{request.pk}/")
    mail.outbox.clear()
    click(page, "link", "Antwoord aan de aanvrager")
    assert page.locator("#id_text").input_value() == ADVICE
    problems["answer form"] = js_session.axe_violations(".advies-admin")
    submit(page, "Versturen")
    [announcement] = mail.outbox
    assert announcement.to == [REQUESTER] and ADVICE not in announcement.body
    assert request.reference in announcement.subject

    # The requester, on a small phone without JavaScript, reads it with a code by e-mail.
    # (axe needs JavaScript: each page is checked again in a 320 px context that has it.)
    phone = browser.new_context(java_script_enabled=False, locale="nl-NL", viewport=PHONE)
    checker = browser.new_context(java_script_enabled=True, locale="nl-NL", viewport=PHONE)
    try:
        requester, axe = BrowserSession(phone), BrowserSession(checker)
        reader = requester.page

        def check(name):
            """axe on what the requester sees now, and no sideways scrolling at 320 px."""
            assert reader.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
            assert reader.locator(".exit__button").is_visible(), name
            axe.goto(regions.lindeveld + "/nl/")
            axe.page.set_content(reader.content())
            problems[name] = axe.axe_violations()

        requester.goto(regions.lindeveld + link_from(announcement, "/nl/advies/antwoord/"))
        assert ADVICE not in reader.inner_text("main")
        check("answer page, 320 px")
        mail.outbox.clear()
        submit(reader, "Stuur mij een code")
        [code_mail] = mail.outbox
        assert ADVICE not in code_mail.body
        code = re.search(r"\b([2-9A-Z]{4}-[2-9A-Z]{4})\b", code_mail.body.split("is:", 1)[1])[1]
        reader.fill("#id_code", code)
        submit(reader, "Antwoord lezen")
        assert ADVICE in reader.inner_text("main")
        check("answer read, 320 px")

        # Close with an outcome; the survey afterwards goes out (the daily job) and is answered.
        js_session.goto(regions.lindeveld + f"/admin/aanvragen/inspect/{request.pk}/")
        click(page, "link", "Afsluiten")
        page.select_option("#id_outcome", "panel-advies")
        submit(page)
        assert state() == {"status": "afgesloten", "assigned_to": user.pk, "outcome": "panel-advies"}
        assert "alleen nog lezen" in page.inner_text("main")
        due_on = committed(live_site, lambda: SurveyInvitation.objects.get(request=request).due_on)
        mail.outbox.clear()
        assert committed(live_site, lambda: surveys.send_due(today=due_on)) == 1
        [invitation_mail] = mail.outbox
        requester.goto(regions.lindeveld + link_from(invitation_mail, "/nl/advies/terugblik/"))
        check("survey, 320 px")
        for question in ("help_fitted", "conflict", "children", "recommend"):
            reader.locator(f"input[name='{question}']").first.check()
        submit(reader, "Versturen")
        assert "Dank u wel" in reader.inner_text("main")
        assert requester.foreign_requests == [] and axe.foreign_requests == []
    finally:
        phone.close()
        checker.close()
    new_responses = SurveyResponse.objects.exclude(pk__in=working_day["earlier_responses"])
    assert committed(live_site, lambda: new_responses.filter(site=site, outcome="panel-advies").count()) == 1

    # The effect report of this year shows the family's voice, protected.
    js_session.goto(regions.lindeveld + "/admin/effectrapportage/")
    page.fill("#id_jaar", str(timezone.localdate().year))
    with page.expect_navigation():
        page.get_by_role("button", name="Rapport maken").click()
    voice = page.locator("#sectie-ervaringen")
    assert "Ervaringen van gezinnen" in voice.inner_text()
    assert "< 5" in voice.locator("table").first.inner_text()
    assert {name: found for name, found in problems.items() if found} == {}
    assert js_session.foreign_requests == []
