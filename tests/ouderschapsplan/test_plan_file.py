"""The plan file: downloaded to keep, uploaded to go on. Strict on upload (size, type,
format, version, schema, the step forms), never stored, never a server error, never in a
temporary file; every refusal says why, in the parent's language."""

import json
import re

import pytest
from django.core.files import uploadhandler
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ouderschapsplan import plan_file
from ouderschapsplan import topics as t
from tests.conftest import host_of
from tests.factories import MunicipalityFactory
from tests.factories.regions import small_region
from tests.ouderschapsplan.journey import base_url, full_plan, plan_url, step_url, walk

pytestmark = pytest.mark.django_db

UPLOAD = base_url() + "verder/"


@pytest.fixture
def region(db):
    """A small region with the municipality the journey's family lives in (the plan file
    is the same whatever the region shows around it)."""
    site = small_region("Noorderveen")
    MunicipalityFactory(site=site, name="Eikendaal", slug="eikendaal")
    return site


@pytest.fixture
def other_region(db):
    return small_region("Zuiderkust")


@pytest.fixture
def browser(region):
    def new():
        return Client(HTTP_HOST=host_of(region))

    return new


def download(client, language="nl"):
    response = client.post(base_url(language) + "bestand/")
    assert response.status_code == 200, response.status_code
    return response


def upload(client, content, *, name="ouderschapsplan.json", content_type="application/json", language="nl"):
    """Send a file as a browser would, with the content type the browser claims."""
    file = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(base_url(language) + "verder/", {"plan_file": file})


def without_tokens(response):
    """A page without its CSRF tokens (masked anew on every page)."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


def plan_file_bytes(browser):
    parent = browser()
    walk(parent, full_plan())
    return download(parent).content


def test_the_downloaded_file_is_the_plan_in_a_versioned_format(browser):
    parent = browser()
    walk(parent, full_plan())
    response = download(parent)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="ouderschapsplan-')
    assert "no-store" in response["Cache-Control"]
    document = json.loads(response.content)
    assert document["format"] == "expertisepunt-ouderschapsplan"
    assert document["version"] == 1
    assert document["language"] == "nl"
    assert "niets van bewaard" in document["note"]
    answers = document["answers"]
    assert answers["gezin"]["parent_1"] == "Sanne"
    assert answers["gezin"]["child_1_birth_date"] == "2017-05-04"
    assert answers["weekrooster"]["week_1_wed"] == "ouder-2"
    assert answers["onderdelen"]["parts"] == [code for code, _label in t.PARTS]
    assert "csrfmiddlewaretoken" not in json.dumps(answers)


def test_the_file_can_be_downloaded_halfway_and_uploaded_to_go_on_in_another_browser(browser):
    parent = browser()
    walk(parent, full_plan()[:5], to=None)
    halfway = download(parent).content
    assert set(json.loads(halfway)["answers"]) == {
        "gezin",
        "kinderen",
        "zorgregeling",
        "weekrooster",
        "vakanties",
    }

    other = browser()
    response = upload(other, halfway)
    assert response.status_code == 302
    assert response["Location"] == step_url("wisselen")  # the first step without answers
    page = other.get(step_url("wisselen"))
    assert "Je bestand is ingelezen." in page.content.decode()
    walk(other, full_plan()[5:])
    assert "Mila wil haar zwemles houden." in other.get(plan_url()).content.decode()


def test_an_uploaded_complete_plan_is_the_same_plan(browser):
    parent = browser()
    walk(parent, full_plan())
    original = parent.get(plan_url()).content.decode()
    content = download(parent).content

    other = browser()
    response = upload(other, content)
    assert response["Location"] == plan_url()
    again = other.get(plan_url()).content.decode()

    def plan_part(page):
        return page[page.index("<article") : page.index("</article>")]

    assert plan_part(again) == plan_part(original)
    # And the file made from the uploaded plan has the same answers.
    assert json.loads(download(other).content)["answers"] == json.loads(content)["answers"]


def test_a_plan_from_another_region_keeps_everything_but_the_municipality(browser, other_region):
    content = plan_file_bytes(browser)
    other = Client(HTTP_HOST=host_of(other_region))
    response = upload(other, content)
    assert response.status_code == 302
    answers = json.loads(download(other).content)["answers"]
    assert "municipality" not in answers["gezin"]
    assert answers["gezin"]["parent_2"] == "Dirk"


def test_the_committed_schema_is_the_schema_of_the_forms():
    committed = json.loads(plan_file.committed_schema_path().read_text(encoding="utf-8"))
    assert committed == plan_file.json_schema(), (
        "The plan file's fields changed: run `manage.py write_plan_schema` and check the diff. "
        "A removed or renamed code needs a new file version."
    )


def _tampered(document_change):
    def make(valid):
        document = json.loads(valid)
        document_change(document)
        return json.dumps(document).encode()

    return make


def _set(path, value):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


BAD_UPLOADS = {
    "a picture": (lambda valid: b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "foto.png", "image/png", "type"),
    "a pdf named .json": (lambda valid: b"%PDF-1.7\n", "plan.json", "application/pdf", "type"),
    "ten megabytes": (
        lambda valid: b"{" + b" " * (10 * 1024 * 1024) + b"}",
        "plan.json",
        "application/json",
        "too_large",
    ),
    "not json": (
        lambda valid: b"Ons plan: de kinderen zijn om het weekend bij Dirk.",
        "plan.json",
        "application/json",
        "not_a_plan",
    ),
    "not utf-8": (
        lambda valid: valid.decode().encode("utf-16"),
        "plan.json",
        "application/json",
        "not_a_plan",
    ),
    "a json list": (lambda valid: b"[1, 2, 3]", "plan.json", "application/json", "not_a_plan"),
    "deeply nested": (
        lambda valid: b"[" * 50000 + b"]" * 50000,
        "plan.json",
        "application/json",
        "not_a_plan",
    ),
    "another format": (
        _tampered(_set(["format"], "iets-anders")),
        "plan.json",
        "application/json",
        "not_a_plan",
    ),
    "a newer version": (_tampered(_set(["version"], 2)), "plan.json", "application/json", "newer_version"),
    "version zero": (_tampered(_set(["version"], 0)), "plan.json", "application/json", "unknown_version"),
    "version as text": (
        _tampered(_set(["version"], "1")),
        "plan.json",
        "application/json",
        "unknown_version",
    ),
    "version true": (_tampered(_set(["version"], True)), "plan.json", "application/json", "unknown_version"),
    "an unknown field": (
        _tampered(_set(["answers", "gezin", "bsn"], "123456782")),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "an unknown step": (
        _tampered(_set(["answers", "hack"], {})),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "an unknown code": (
        _tampered(_set(["answers", "vakanties", "summer"], "<script>alert(1)</script>")),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "a number for a text": (
        _tampered(_set(["answers", "gezin", "parent_1"], 42)),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "null for a text": (
        _tampered(_set(["answers", "gezin", "parent_1"], None)),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "too long a note": (
        _tampered(_set(["answers", "kinderen", "involvement_note"], "x" * 1001)),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "an impossible date": (
        _tampered(_set(["answers", "gezin", "child_1_birth_date"], "2017-02-30")),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "a birth date in 1900": (
        _tampered(_set(["answers", "gezin", "child_1_birth_date"], "1900-01-01")),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "an agreement without the note it needs": (
        _tampered(_set(["answers", "vakanties", "special_days_note"], "")),
        "plan.json",
        "application/json",
        "tampered",
    ),
    "NaN": (
        lambda valid: valid.replace(b'"version": 1', b'"version": NaN'),
        "plan.json",
        "application/json",
        "not_a_plan",
    ),
    "empty": (lambda valid: b"", "plan.json", "application/json", "not_a_plan"),
}


@pytest.mark.parametrize("case", list(BAD_UPLOADS))
def test_a_bad_upload_gets_a_clear_message_and_changes_nothing(browser, case):
    make, name, content_type, error = BAD_UPLOADS[case]
    valid = plan_file_bytes(browser)
    parent = browser()
    walk(parent, full_plan()[:2], to=None)
    before = without_tokens(parent.get(step_url("kinderen")))

    response = upload(parent, make(valid), name=name, content_type=content_type)
    assert response.status_code == 400
    page = response.content.decode()
    assert str(plan_file.ERRORS[error]).replace("'", "&#x27;") in page, (case, page[:3000])
    assert "We hebben niets van het bestand bewaard." in page
    assert "Fout:" in page.split("</title>")[0]
    # What the parent had is untouched.
    assert without_tokens(parent.get(step_url("kinderen"))) == before
    assert parent.get(step_url("zorgregeling")).status_code == 200


def test_the_messages_are_in_the_language_of_the_page(browser):
    parent = browser()
    response = upload(parent, b"not a plan", language="en")
    assert response.status_code == 400
    page = response.content.decode()
    assert "This file is not a parenting plan from this website." in page
    assert "We have kept nothing of the file." in page


def test_no_file_and_a_missing_csrf_token(browser):
    parent = browser()
    response = parent.post(UPLOAD, {})
    assert response.status_code == 400
    assert str(plan_file.ERRORS["missing"]) in response.content.decode()

    strict = Client(HTTP_HOST=parent.defaults["HTTP_HOST"], enforce_csrf_checks=True)
    strict.get(base_url())
    response = upload(strict, b"{}")
    assert response.status_code == 403
    assert "Snel weg" in response.content.decode()  # the friendly CSRF page


def test_a_malformed_request_body_is_refused_calmly(browser):
    parent = browser()
    response = parent.post(UPLOAD, data=b"--x\r\nbroken", content_type="multipart/form-data; boundary=x")
    assert response.status_code in (400, 403)
    response = parent.post(
        UPLOAD, data=b"a=" + b"b" * (3 * 1024 * 1024), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert str(plan_file.ERRORS["too_large"]) in response.content.decode().replace("&#x27;", "'")


def test_uploads_never_touch_a_temporary_file(browser, monkeypatch):
    """Django writes an upload over 2.5 MB to a temporary file; the builder's upload never
    does, whatever its size."""

    def refuse(*args, **kwargs):
        raise AssertionError("an uploaded plan must not be written to a temporary file")

    monkeypatch.setattr(uploadhandler, "TemporaryUploadedFile", refuse)
    big = SimpleUploadedFile(
        "plan.json", b"{" + b" " * (5 * 1024 * 1024) + b"}", content_type="application/json"
    )
    # The check can fail: with Django's own handlers this request reaches a temporary file.
    plain = RequestFactory().post("/", {"plan_file": big})
    with pytest.raises(AssertionError, match="temporary file"):
        plain.FILES  # noqa: B018
    big.seek(0)
    valid = plan_file_bytes(browser)
    parent = browser()
    assert upload(parent, valid).status_code == 302
    assert upload(parent, big.read()).status_code == 400


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.one_of(
        st.binary(max_size=2000),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
            lambda children: (
                st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
            ),
            max_leaves=30,
        ).map(
            lambda value: json.dumps({"format": plan_file.FORMAT, "version": 1, "answers": value}).encode()
        ),
    ),
    content_type=st.sampled_from(["application/json", "text/plain", "application/octet-stream", "text/html"]),
)
def test_any_file_gets_a_page_never_a_server_error(region, content, content_type):
    parent = Client(HTTP_HOST=host_of(region))
    response = upload(parent, content, content_type=content_type)
    assert response.status_code in (302, 400), response.status_code
