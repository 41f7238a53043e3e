"""Every back-office URL, tried as anonymous, as an editor and as staff of the other
region: none of them shows or changes a request of this region. The URL list is taken
from the URL configuration, so a new back-office URL without a rule here fails the test."""

import datetime

import pytest
from django.urls import get_resolver

from advies.choices import Status
from advies.models import AgendaItem, AuditEntry, PanelMeeting, Referral, Request
from tests.factories.advies import ChainPartnerFactory, RequestFactory, editor, privacy_officer, staff_of
from tests.factories.regions import small_region

pytestmark = pytest.mark.django_db

NAMESPACES = ("aanvragen", "opvolging", "bewaartermijn", "overleggen", "ketenpartners", "auditlog")
SECRET = "Geheime vraag over het gezin"
# Pages that need a right of their own besides being on the region's team (403 without it).
NEEDS_OWN_RIGHT = {"aanvragen:text_export": "advies.export_request_text"}


@pytest.fixture
def region(db):
    """A small region of its own (the back office's region rule needs no demo content)."""
    return small_region("Noorderveen")


@pytest.fixture
def second_region(db):
    return small_region("Zuiderkust")


@pytest.fixture
def world(region, second_region):
    """A request of the region with everything that hangs on it."""
    request = RequestFactory(site=region, question=SECRET, status=Status.IN_INTAKE)
    partner = ChainPartnerFactory(site=region, name="Partner Lindeveld Geheim")
    referral = Referral.objects.create(
        request=request, partner=partner, follow_up_on=datetime.date.today() - datetime.timedelta(days=1)
    )
    meeting = PanelMeeting.objects.create(
        site=region, panel="hoog-conflict-platform", date=datetime.date.today()
    )
    item = AgendaItem.objects.create(meeting=meeting, request=request, advice="Geheim advies")
    return {
        "pk": request.pk,
        "referral_pk": referral.pk,
        "item_pk": item.pk,
        "meeting_pk": meeting.pk,
        "partner_pk": partner.pk,
        "request": request,
    }


def back_office_urls(world):
    """(name, url) for every URL under the back-office namespaces, with this region's ids."""
    resolver = get_resolver()
    urls = []
    for namespace in NAMESPACES:
        for name in sorted(_names_in(resolver, namespace)):
            urls.append((f"{namespace}:{name}", _url_for(namespace, name, world)))
    return urls


def _names_in(resolver, namespace):
    from django.urls import URLResolver

    found = set()

    def walk(patterns, current):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or current)
            elif current == namespace and pattern.name:
                found.add(pattern.name)

    walk(resolver.url_patterns, None)
    return found


def _url_for(namespace, name, world):
    from django.urls import NoReverseMatch, reverse

    pk = world["meeting_pk"] if namespace == "overleggen" else world["pk"]
    if namespace == "ketenpartners":
        pk = world["partner_pk"]
    candidates = [
        {},
        {"reference": world["request"].reference},
        {"pk": pk},
        {"pk": pk, "referral_pk": world["referral_pk"]},
        {"pk": pk, "item_pk": world["item_pk"]},
    ]
    for kwargs in candidates:
        try:
            return reverse(f"{namespace}:{name}", kwargs=kwargs)
        except NoReverseMatch:
            continue
    raise AssertionError(f"cannot build {namespace}:{name}")


def is_refused(response):
    """403, 404, the login page, or Wagtail's "no permission" redirect to the dashboard.

    Django's LocaleMiddleware answers a 404 under /admin/ with a redirect to /nl/admin/...
    (the Wagtail catch-all makes that path 'valid'), which then 404s; redirects are followed.
    """
    final_path = response.redirect_chain[-1][0] if getattr(response, "redirect_chain", None) else ""
    return response.status_code in (403, 404) or "/admin/login/" in final_path or final_path == "/admin/"


def is_not_found(response):
    return response.status_code == 404


def assert_nothing_leaks(response, world):
    body = response.content.decode(errors="replace") if response.status_code == 200 else ""
    assert world["request"].reference not in body
    assert SECRET not in body
    assert "Partner Lindeveld Geheim" not in body
    assert "Geheim advies" not in body


def assert_unchanged(world):
    request = Request.objects.get(pk=world["pk"])
    assert request.status == Status.IN_INTAKE
    assert request.assigned_to is None
    assert not request.notes.exists()
    assert request.referrals.count() == 1
    assert not request.answers.exists()
    assert AgendaItem.objects.get(pk=world["item_pk"]).advice == "Geheim advies"


POST_DATA = {
    "target": Status.CLOSED,
    "outcome": "ingetrokken",
    "text": "x",
    "joint": "nee",
    "partner": "",
    "follow_up_on": "2030-01-01",
    "result": "afgerond",
    "advice": "overschreven",
    "request": "",
    "name": "x",
    "site": "",
    "panel": "expertisepoule",
    "date": "2030-01-01",
    "kind": "advies",
    "format": "csv",
    "reason": "x",
    "confirm": "on",
}


def test_the_url_list_covers_the_back_office(world):
    names = {name for name, _url in back_office_urls(world)}
    assert {
        "aanvragen:inspect",
        "aanvragen:export",
        "aanvragen:status",
        "overleggen:advice",
        "auditlog:index",
    } <= names
    assert len(names) >= 20


def test_anonymous_is_sent_to_login_everywhere(client, world):
    for name, url in back_office_urls(world):
        for method in ("get", "post"):
            response = getattr(client, method)(url, POST_DATA if method == "post" else None)
            assert response.status_code == 302 and "/admin/login/" in response["Location"], (name, method)
    assert_unchanged(world)


def test_an_editor_sees_no_request_anywhere(client, world):
    client.force_login(editor())
    for name, url in back_office_urls(world):
        response = client.get(url, follow=True)
        assert is_refused(response), (name, response.status_code)
        assert_nothing_leaks(response, world)
        response = client.post(url, POST_DATA, follow=True)
        assert is_refused(response), (name, "post", response.status_code)
        assert_nothing_leaks(response, world)
    assert_unchanged(world)


def test_staff_of_the_other_region_sees_nothing_of_this_region(client, world, second_region):
    client.force_login(staff_of(second_region))
    object_urls = []
    for name, url in back_office_urls(world):
        response = client.get(url, follow=True)
        if name.startswith("auditlog:") or name in NEEDS_OWN_RIGHT:
            assert is_refused(response), name
            continue
        is_object_url = world["request"].reference in url or (
            any(str(world[key]) in url for key in ("pk", "meeting_pk", "partner_pk")) and url.count("/") > 4
        )
        if is_object_url:
            object_urls.append(name)
            assert is_not_found(response), (name, response.status_code)
        else:
            assert response.status_code == 200, (name, response.status_code)  # their own (empty) lists
        assert_nothing_leaks(response, world)
        post = client.post(url, POST_DATA, follow=True)
        assert post.status_code in (200, 400, 403, 404, 405), (name, post.status_code)
        assert_nothing_leaks(post, world)
    assert {"aanvragen:inspect", "aanvragen:by_reference", "aanvragen:answer", "overleggen:advice"} <= set(
        object_urls
    )
    assert_unchanged(world)
    denied = AuditEntry.objects.filter(result="geweigerd", object_reference=world["request"].reference)
    assert denied.exists()


def test_staff_of_this_region_can_use_every_page(client, world, region):
    """The counterpart: the same URLs work for the region's own staff (so the refusals above
    are about the region, not broken pages)."""
    client.force_login(staff_of(region))
    for name, url in back_office_urls(world):
        response = client.get(url, follow=True)
        if name.startswith("auditlog:") or name in NEEDS_OWN_RIGHT:
            assert is_refused(response), name
        else:
            assert response.status_code == 200, (name, response.status_code)
    detail = client.get(f"/admin/aanvragen/inspect/{world['pk']}/").content.decode()
    assert SECRET in detail
    assert world["request"].reference in client.get("/admin/aanvragen/").content.decode()


def test_only_the_privacy_officer_reads_the_audit_log(client, world, region):
    client.force_login(staff_of(region))
    client.get(f"/admin/aanvragen/inspect/{world['pk']}/")
    assert is_refused(client.get("/admin/auditlog/", follow=True))
    client.force_login(privacy_officer())
    response = client.get("/admin/auditlog/")
    assert response.status_code == 200
    assert world["request"].reference in response.content.decode()
    assert SECRET not in response.content.decode()
    assert is_refused(client.get(f"/admin/aanvragen/inspect/{world['pk']}/", follow=True))


def test_inbox_filters_stay_within_the_region(client, world, region, second_region):
    own = staff_of(region)
    other_request = RequestFactory(site=second_region)
    client.force_login(own)
    own_link = f"/admin/aanvragen/inspect/{world['pk']}/"
    other_link = f"/admin/aanvragen/inspect/{other_request.pk}/"
    page = client.get("/admin/aanvragen/", {"status": Status.IN_INTAKE}).content.decode()
    assert own_link in page and other_link not in page
    page = client.get("/admin/aanvragen/", {"status": Status.NEW}).content.decode()
    assert own_link not in page and other_link not in page
    page = client.get("/admin/aanvragen/", {"q": other_request.reference}).content.decode()
    assert other_link not in page
    page = client.get("/admin/aanvragen/", {"q": world["request"].reference}).content.decode()
    assert own_link in page
    page = client.get("/admin/aanvragen/", {"age": "7"}).content.decode()
    assert own_link not in page  # received just now


def test_with_a_right_of_their_own_staff_still_see_only_their_region(client, world, region, second_region):
    """The pages behind a right of their own (the list export with free text): the
    region's staff with that right see this region's requests, the other region's staff
    with the same right get none of them, not even by posting the export."""
    from django.contrib.auth.models import Permission

    own, other = staff_of(region), staff_of(second_region)
    for user in (own, other):
        for codename in {perm.split(".")[1] for perm in NEEDS_OWN_RIGHT.values()}:
            user.user_permissions.add(Permission.objects.get(codename=codename))
    names = dict(back_office_urls(world))
    for name in NEEDS_OWN_RIGHT:
        client.force_login(other)
        assert client.get(names[name]).status_code == 200, name
        export = client.post(names[name], POST_DATA)
        assert export.status_code == 200, name
        body = b"".join(export.streaming_content if export.streaming else [export.content]).decode()
        assert world["request"].reference not in body and SECRET not in body
        client.force_login(own)
        export = client.post(names[name], POST_DATA)
        body = b"".join(export.streaming_content if export.streaming else [export.content]).decode()
        assert world["request"].reference in body and SECRET in body
    assert_unchanged(world)
