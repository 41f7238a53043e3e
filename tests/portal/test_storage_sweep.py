"""The storage sweep: what the portal promises people at risk, checked where data can land.

Unique markers go into every field of every public flow, through the public HTTP
interface: the Scheidingswijzer (its answers, as the statements of its summary, and the
stored form of a half-answered step), the four request forms (a marker in every free-text
and contact field, on top of the prefilled summary), the site search, its suggestions and
the knowledge-base search, and the parenting-plan builder (a marker in every name and
note of a whole plan, which is then downloaded and uploaded in another browser to go on).
Then raw storage is read, never through the models:

- every table of the database (raw SELECT, bytes decoded), the session table included;
- the cache's raw content (LocMemCache's internals, or every Redis key when CACHE_URL is
  Redis), with the entries' expiry;
- everything logged at DEBUG level by any logger (django.request and django.server too);
- the search index: the SearchEntry table, and every Elasticsearch index when
  ELASTICSEARCH_URL is set;
- every mail in the outbox: subject, body, alternatives and headers (not the address it
  is sent to).

Each text is also read the way anyone could without a key: base64 and zlib are undone
(that is how Django's signed session data is stored). The promise allows the markers
nowhere in readable form: what a request needs is stored encrypted (`advies.fields`),
the questionnaire's data encrypted under a key only the browser has (`portal.ephemeral`).
And after the idle timeout the same browser reads nothing back, and no cache entry made
by the flows is left but counters (on Redis, whose clock the test cannot move, every such
entry must expire within the idle timeout).

Every reader is checked with a control value written straight into its store, so a
reader that reads nothing cannot pass unnoticed.
"""

import base64
import binascii
import contextlib
import datetime
import json
import logging
import re
import secrets
import string
import zlib
from dataclasses import dataclass, field

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.db import connection
from django.test import Client

from advies.choices import RequestKind
from advies.selectors import call_back_options
from ouderschapsplan.steps import STEPS_BY_SLUG as PLAN_STEPS
from tests.advies.helpers import URLS, advice_data, call_back_data, case_data, consultation_data
from tests.conftest import host_of
from tests.ouderschapsplan import journey as plan_journey
from tests.vragenlijst.journey import SAFE, answer, finish, parent_steps, professional_steps


def backend():
    """The default cache backend itself (not Django's proxy to it), to read its raw storage."""
    return caches["default"]


pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 4, 7, 10, 0, tzinfo=datetime.UTC)
REFERENCE = re.compile(r"\b[A-Z]-[0-9A-Z]{4}-[0-9A-Z]{4}\b")

# The questionnaire's answers in every form they take: the statements of its summary, the
# answer labels alone (as on the check page), the question codes its data is kept under,
# and the name under which formtools keeps a half-answered step.
QUESTIONNAIRE_MARKERS = (
    "Geweld of dreiging: Ja",
    "Rechtszaken: Ja, er zijn al meerdere zaken geweest",
    "Praten met de andere ouder: Bijna niet: praten loopt vaak uit op ruzie",
    "Toestemming gezin: Nee, het gezin geeft geen toestemming",
    "er zijn al meerdere zaken geweest",
    "praten loopt vaak uit op ruzie",
    "court_cases",
    "talk_with_other_parent",
    "family_consent",
    "veiligheid-child_unsafe",
)


def new_marker(tag):
    """A word that occurs nowhere else: letters only, so no form refuses it and no
    personal-data check mistakes it for a date, a postcode or a number."""
    return "zq" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(12)) + tag


def new_phone():
    return "06" + "".join(secrets.choice(string.digits) for _ in range(8))


# ---- reading raw storage ----------------------------------------------------------------

BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")


def readable_forms(text):
    """The text, and what anyone can read from it without a key: base64 runs decoded,
    and decompressed where they are zlib data (Django's signed session data)."""
    forms = [text]
    for run in BASE64_RUN.findall(text):
        padded = run + "=" * (-len(run) % 4)
        for decode in (base64.urlsafe_b64decode, base64.b64decode):
            try:
                raw = decode(padded)
            except (binascii.Error, ValueError):
                continue
            with contextlib.suppress(zlib.error):
                raw = zlib.decompress(raw)
            forms.append(raw.decode("utf-8", "ignore"))
            break
    return forms


def as_text(value):
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return value.decode("utf-8", "ignore")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def database_texts():
    """(where, text) for every value of every table, read with raw SQL."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names from the schema)
            for row in cursor.fetchall():
                text = " | ".join(as_text(value) for value in row)
                if text:
                    yield f"db:{table}", text


def count_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
        return cursor.fetchone()[0]


@dataclass
class CacheEntry:
    key: str
    raw: bytes
    expires_in: float | None  # seconds from now; None = never

    @property
    def is_counter(self):
        return self.raw.strip().isdigit() or _unpickles_to_int(self.raw)


def _unpickles_to_int(raw):
    import pickle

    try:
        return isinstance(pickle.loads(raw), int)  # noqa: S301 (our own test cache)
    except Exception:  # noqa: BLE001 - anything else is not a counter
        return False


def cache_entries():
    """Every live entry of the default cache, read from the backend's own storage."""
    import time

    store = backend()
    kind = type(store).__name__
    if kind == "LocMemCache":
        now = time.time()
        with store._lock:
            items = list(store._cache.items())
            expiry = dict(store._expire_info)
        for key, raw in items:
            expires = expiry.get(key)
            if expires is not None and expires <= now:
                continue  # expired: the backend no longer gives it to anyone
            yield CacheEntry(key, raw, None if expires is None else expires - now)
    elif kind == "RedisCache":
        client = store._cache.get_client(write=False)
        for key in client.scan_iter("*"):
            raw = client.get(key)
            if raw is None:
                continue
            ttl = client.pttl(key)
            yield CacheEntry(key.decode(), raw, None if ttl < 0 else ttl / 1000)
    else:
        pytest.fail(f"the sweep cannot read a {kind} raw; add a reader for it")


def cache_texts():
    for entry in cache_entries():
        yield f"cache:{entry.key}", entry.key + " " + as_text(entry.raw)


class LogCapture(logging.Handler):
    """Every record that any logger would write out at DEBUG level, formatted as a log file
    would have it: each logger is set to DEBUG, the capture sits on the root logger and on
    every logger that does not propagate but has handlers of its own (django.server). A
    logger that neither propagates nor has a handler writes nothing anywhere (Elastic's
    `elastic_transport.node`, which would log request bodies, is such a logger), so it
    gets none here either."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        self.lines = []
        self._saved = []

    def emit(self, record):
        self.lines.append((record.name, self.format(record)))

    def __enter__(self):
        loggers = [logging.getLogger()] + [
            logger
            for logger in logging.root.manager.loggerDict.values()
            if isinstance(logger, logging.Logger)
        ]
        for name in ("django.request", "django.server", "django.security", "django.db.backends"):
            loggers.append(logging.getLogger(name))
        for logger in loggers:
            self._saved.append((logger, logger.level, logger.disabled))
            logger.setLevel(logging.DEBUG)
            logger.disabled = False
            if logger is logging.getLogger() or (not logger.propagate and logger.handlers):
                logger.addHandler(self)
        return self

    def __exit__(self, *exc):
        for logger, level, disabled in self._saved:
            logger.setLevel(level)
            logger.disabled = disabled
            logger.removeHandler(self)

    def texts(self):
        for name, line in self.lines:
            yield f"log:{name}", line


def mail_texts():
    for index, message in enumerate(mail.outbox):
        parts = [message.subject, message.body]
        parts += [content for content, _mimetype in getattr(message, "alternatives", [])]
        parts += [as_text(attachment) for attachment in message.attachments]
        email = message.message()
        parts += [
            f"{name}: {value}" for name, value in email.items() if name.lower() not in ("to", "cc", "bcc")
        ]
        yield f"mail:{index}", "\n".join(parts)


def elasticsearch_client():
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return None
    from elasticsearch import Elasticsearch

    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=30)


def index_texts(es):
    """Every document of every open index of the engine (not only ours)."""
    if es is None:
        return
    from elasticsearch.helpers import scan

    es.indices.refresh(index="*", allow_no_indices=True, ignore_unavailable=True)
    for hit in scan(es, index="*,-.*", query={"query": {"match_all": {}}}, expand_wildcards="open"):
        yield f"index:{hit['_index']}", json.dumps(hit.get("_source"), ensure_ascii=False)


@dataclass
class Sweep:
    logs: LogCapture
    es: object = None
    found: dict = field(default_factory=dict)

    def read(self):
        """{where: [readable texts]} over every store."""
        texts = {}
        for reader in (
            database_texts(),
            cache_texts(),
            self.logs.texts(),
            mail_texts(),
            index_texts(self.es),
        ):
            for where, text in reader:
                texts.setdefault(where, []).extend(readable_forms(text))
        return texts

    def where(self, markers):
        """{marker: sorted places it can be read}, for the markers found anywhere."""
        texts = self.read()
        found = {}
        for marker in markers:
            places = sorted(where for where, forms in texts.items() if any(marker in form for form in forms))
            if places:
                found[marker] = places
        return found


# ---- the flows --------------------------------------------------------------------------


def browser(site):
    return Client(HTTP_HOST=host_of(site))


def request_forms_with_markers(site, markers):
    """Valid data for the four forms, with a new marker in every free-text and contact field."""

    def mark(data, kind, fields):
        for name in fields:
            if name == "contact_phone":
                value = new_phone()
            elif name == "contact_email":
                value = f"{new_marker('mail')}@voorbeeld.test"
            else:
                value = new_marker(name.replace("_", ""))
            markers[f"{kind}.{name}"] = value
            data[name] = value
        return data

    contact = ["contact_name", "contact_phone", "contact_email"]
    advice = mark(
        advice_data(preferred_channel="telefoon"),
        "advice",
        ["question", "safe_times", "interpreter", "access_needs", *contact],
    )
    option = call_back_options(site)[0].value
    call_back = mark(
        call_back_data(option), "call_back", ["question", "interpreter", "contact_name", "contact_phone"]
    )
    consultation = mark(
        consultation_data(preferred_channel="e-mail"),
        "consultation",
        ["organisation", "professional_role", "question", "case_summary", *contact],
    )
    case = mark(
        case_data(consent="ja", consent_date="2026-03-01", consent_method="schriftelijk"),
        "case",
        [
            "organisation",
            "professional_role",
            "consent_given_by",
            "family_details",
            "case_summary",
            "professionals_involved",
            "question",
            "domain_financien_note",
            "domain_wonen_note",
            "domain_zorg_note",
            "domain_gezin_note",
            "domain_werk_note",
            *contact,
        ],
    )
    return advice, call_back, consultation, case


def summary_from_result(client, result_page, form_path):
    """Follow the result page's link to a form, as a person would, and return the summary
    the form is prefilled with."""
    import html

    links = re.findall(rf'href="({re.escape(form_path)}[^"]*)"', result_page)
    assert links, f"the result page does not link to {form_path}"
    page = client.get(html.unescape(links[0])).content.decode()
    match = re.search(r'<textarea name="questionnaire_summary"[^>]*>(.*?)</textarea>', page, re.S)
    return html.unescape(match.group(1).strip()) if match else ""


def run_public_flows(site, markers):
    """Everything a public visitor can send, with markers; returns the browsers used."""
    parent, professional, halfway, searcher = (browser(site) for _ in range(4))
    advice, call_back, consultation, case = request_forms_with_markers(site, markers)

    # A parent: court cases and hardly talking, on to the advice form and the call back.
    result = finish(parent, parent_steps(talk="bijna-niet", court="meerdere", needs=("omgang",)))
    summary = summary_from_result(parent, result.content.decode(), URLS[RequestKind.ADVICE])
    assert "Rechtszaken: Ja, er zijn al meerdere zaken geweest" in summary
    markers["advice.questionnaire_summary"] = new_marker("summary")
    advice["questionnaire_summary"] = f"{summary}\n{markers['advice.questionnaire_summary']}"
    assert parent.post(URLS[RequestKind.ADVICE], advice).status_code == 302
    assert parent.get("/nl/advies/ontvangen/").status_code == 200
    markers["call_back.questionnaire_summary"] = new_marker("summary")
    call_back["questionnaire_summary"] = markers["call_back.questionnaire_summary"]
    assert parent.post(URLS[RequestKind.CALL_BACK], call_back).status_code == 302

    # A professional: violence at home, no consent of the family; consultation and case.
    result = finish(professional, professional_steps(safety={**SAFE, "violence": "ja"}, consent="nee"))
    summary = summary_from_result(professional, result.content.decode(), URLS[RequestKind.CONSULTATION])
    assert "Geweld of dreiging: Ja" in summary
    consultation["questionnaire_summary"] = summary
    assert professional.post(URLS[RequestKind.CONSULTATION], consultation).status_code == 302
    markers["case.questionnaire_summary"] = new_marker("summary")
    case["questionnaire_summary"] = markers["case.questionnaire_summary"]
    assert professional.post(URLS[RequestKind.CASE], case).status_code == 302

    # Someone who answers the safety questions and then leaves the browser open.
    answer(halfway, "wie", {"role": "ouder"})
    assert answer(halfway, "veiligheid", {**SAFE, "child_unsafe": "weet-niet"}).status_code == 302

    # Searches, in the site search, its suggestions and the knowledge base.
    for name, path in (
        ("site", "/nl/zoeken/"),
        ("suggest", "/nl/zoeken/suggesties/"),
        ("kb", "/nl/kennisbank/"),
    ):
        markers[f"search.{name}"] = new_marker("zoek")
        response = searcher.get(path, {"q": markers[f"search.{name}"]})
        assert response.status_code == 200, (path, response.status_code)
    return parent, professional, halfway


def run_parenting_plan_flow(site, markers):
    """A parent writes a whole plan with a marker in every name and note, downloads it, and
    goes on with the file in another browser; returns both browsers."""
    steps = []
    for step, answers in plan_journey.full_plan():
        answers = dict(answers)
        names = [topic.note_name for topic in PLAN_STEPS[step].topics]
        names += {
            "gezin": ["parent_1", "parent_2", "child_1_name", "child_2_name"],
            "weekrooster": ["note"],
        }.get(step, [])
        names += ["amount"] if step == "kosten" else []
        for name in names:
            markers[f"plan.{step}.{name}"] = answers[name] = new_marker(name.replace("_", "")[:10])
        steps.append((step, answers))
    writer = browser(site)
    plan_journey.walk(writer, steps)
    shown = writer.get(plan_journey.plan_url()).content.decode()
    assert markers["plan.gezin.parent_1"] in shown and markers["plan.kosten.amount"] in shown
    content = writer.post(plan_journey.base_url() + "bestand/").content
    assert markers["plan.vakanties.travel_note"].encode() in content  # the file is the parents' plan

    from django.core.files.uploadedfile import SimpleUploadedFile

    continuer = browser(site)
    file = SimpleUploadedFile("ouderschapsplan.json", content, content_type="application/json")
    response = continuer.post(plan_journey.base_url() + "verder/", {"plan_file": file})
    assert response.status_code == 302 and response["Location"] == plan_journey.plan_url()
    assert markers["plan.waarden.religion_note"] in continuer.get(plan_journey.plan_url()).content.decode()
    return writer, continuer


# ---- the test ---------------------------------------------------------------------------


@pytest.fixture
def logs():
    with LogCapture() as capture:
        yield capture


@pytest.fixture
def engine():
    es = elasticsearch_client()
    control_index = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-sweep-control-{secrets.token_hex(4)}"
    yield es, control_index
    if es is not None:
        es.indices.delete(index=control_index, ignore_unavailable=True)


def write_controls(es, control_index):
    """A value written straight into each store, which the sweep must find there."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.mail import send_mail
    from wagtail.contrib.redirects.models import Redirect

    controls = {
        "db": new_marker("controldb"),
        "session": new_marker("controlsession"),
        "cache": new_marker("controlcache"),
        "log:django.request": new_marker("controlrequest"),
        "log:django.server": new_marker("controlserver"),
        "mail": new_marker("controlmail"),
    }
    Redirect.objects.create(old_path=f"/{controls['db']}", redirect_link="/")
    session = SessionStore()
    session["control"] = controls["session"]
    session.save()
    backend().set("sweep-control", controls["cache"], 3600)
    logging.getLogger("django.request").debug("control %s", controls["log:django.request"])
    logging.getLogger("django.server").debug("control %s", controls["log:django.server"])
    send_mail(f"Control {controls['mail']}", "body", None, ["control@voorbeeld.test"])
    if es is not None:
        controls["index"] = new_marker("controlindex")
        es.index(index=control_index, document={"text": controls["index"]}, refresh=True)
    return controls, session.session_key


def assert_each_store_is_read(sweep, controls):
    found = sweep.where(controls.values())
    expected = {
        "db": "db:wagtailredirects_redirect",
        "session": "db:django_session",
        "cache": "cache:",
        "log:django.request": "log:django.request",
        "log:django.server": "log:django.server",
        "mail": "mail:",
        "index": "index:",
    }
    for store, marker in controls.items():
        places = found.get(marker, [])
        assert any(place.startswith(expected[store]) for place in places), (store, places)


def test_nothing_a_visitor_types_or_answers_is_readable_in_storage_and_nothing_outlives_the_idle_timeout(
    lindeveld, logs, engine, django_capture_on_commit_callbacks
):
    es, control_index = engine
    sweep = Sweep(logs=logs, es=es)
    idle = settings.VRAGENLIJST_IDLE_TIMEOUT
    backend().clear()
    mail.outbox = []

    with time_machine.travel(START, tick=False):
        # Warm up what any first visit puts in the cache (site root paths, page cache token).
        warm_up = browser(lindeveld)
        assert warm_up.get("/nl/").status_code == 200
        assert warm_up.get("/nl/scheidingswijzer/").status_code == 200

        controls, control_session = write_controls(es, control_index)
        assert_each_store_is_read(sweep, controls)
        before = sweep.where(QUESTIONNAIRE_MARKERS)
        assert before == {}, f"the statements must not be in storage before the sweep: {before}"
        baseline_keys = {entry.key for entry in cache_entries()}
        sessions_before = count_rows("django_session")

        markers = {}
        with django_capture_on_commit_callbacks(execute=True):
            parent, professional, halfway = run_public_flows(lindeveld, markers)
            plan_writer, plan_continuer = run_parenting_plan_flow(lindeveld, markers)
        assert len(mail.outbox) >= 5  # the flows really sent requests (staff and requester mails)

        # Nowhere readable, while the visitors are still within the idle timeout.
        everything = [*QUESTIONNAIRE_MARKERS, *markers.values()]
        leaks = sweep.where(everything)
        assert leaks == {}, f"readable in storage: {leaks}"
        assert count_rows("django_session") == sessions_before, "a public visitor got a session"

        new_entries = [e for e in cache_entries() if e.key not in baseline_keys and not e.is_counter]
        assert new_entries, "the flows left nothing in the cache: the sweep did not see their data"
        for entry in new_entries:
            assert entry.expires_in is not None and entry.expires_in <= idle + 1, (
                entry.key,
                entry.expires_in,
            )

        # The questionnaire's outcome is still there for its own browser.
        assert parent.get("/nl/scheidingswijzer/uitkomst/").status_code == 200

    with time_machine.travel(START + datetime.timedelta(seconds=idle + 1), tick=False):
        # The same browsers read nothing back.
        for client in (parent, professional, halfway):
            assert client.get("/nl/scheidingswijzer/uitkomst/").status_code == 302
            form = client.get(URLS[RequestKind.ADVICE]).content.decode()
            assert "Uit de Scheidingswijzer" not in form
            assert "Rechtszaken" not in form and "Geweld of dreiging" not in form
        assert halfway.get("/nl/scheidingswijzer/gemeente/")["Location"] == "/nl/scheidingswijzer/verlopen/"
        for client in (plan_writer, plan_continuer):
            assert client.get(plan_journey.plan_url())["Location"] == plan_journey.base_url() + "verlopen/"
            assert client.post(plan_journey.base_url() + "bestand/").status_code == 302  # no file to take
        assert not REFERENCE.search(parent.get("/nl/advies/ontvangen/").content.decode())

        # Nothing left in the cache but counters (on LocMemCache time moved; Redis was
        # checked above to drop every such entry within the idle timeout).
        if type(backend()).__name__ == "LocMemCache":
            left = [e.key for e in cache_entries() if e.key not in baseline_keys and not e.is_counter]
            assert left == [], f"still in the cache after the idle timeout: {left}"
        leaks = sweep.where(everything)
        assert leaks == {}, f"readable in storage after the idle timeout: {leaks}"

    from django.contrib.sessions.models import Session

    Session.objects.filter(session_key=control_session).delete()
