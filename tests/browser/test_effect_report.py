"""The effect report in a real browser: reporting staff log in, choose a year and read the
report; its charts, tables and print page have no WCAG 2.0/2.1 A or AA violations and ask
nothing of another origin. (The admin around it is Wagtail's and not checked here.)"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from advies.report import synthetic

pytestmark = pytest.mark.requires_service("browser")

PASSWORD = "report-test-password-1"  # noqa: S105 (a test user's password)
YEAR = 2025


@pytest.fixture(scope="module")
def reporter(live_site, django_db_blocker):
    """The demo's reporting user for Lindeveld with a known password, and a made-up year of
    requests, committed so the live server sees them, and removed afterwards."""
    with django_db_blocker.unblock():
        site = Site.objects.get(hostname="lindeveld.localhost")
        synthetic.generate_history(
            site,
            start=datetime.date(YEAR, 1, 1),
            end=datetime.date(YEAR, 12, 31),
            count=400,
            tag="B",
            now=datetime.datetime(YEAR + 1, 3, 1, tzinfo=datetime.UTC),
        )
        user = get_user_model().objects.get(username="rapportage.lindeveld")
        user.set_password(PASSWORD)
        user.save()
    yield user, site
    with django_db_blocker.unblock():
        synthetic.delete_generated(site)


def test_reporting_staff_read_an_accessible_report(js_session, regions, reporter):
    user, site = reporter
    page = js_session.page
    js_session.goto(regions.lindeveld + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    js_session.goto(regions.lindeveld + "/admin/effectrapportage/")
    page.fill("#id_jaar", str(YEAR))
    with page.expect_navigation():
        page.get_by_role("button", name="Rapport maken").click()
    assert f"regio={site.pk}" in page.url and f"jaar={YEAR}" in page.url
    charts = page.locator(".effect-report__body svg[role='img']")
    assert charts.count() >= 5
    assert page.locator(".effect-report__body table").count() > charts.count()
    problems = {"report": js_session.axe_violations(".effect-report__body")}

    with page.expect_navigation():
        page.get_by_role("link", name="Afdrukversie (ook voor PDF)").click()
    problems["print page"] = js_session.axe_violations()
    page.emulate_media(media="print")
    assert not page.is_visible(".effect-report__toc")  # no navigation on paper
    assert page.is_visible(".effect-report__chart svg")
    assert {name: found for name, found in problems.items() if found} == {}
    assert js_session.foreign_requests == []
