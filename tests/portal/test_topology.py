"""Production as it runs: two gunicorn processes without shared memory, Redis as the shared
cache (page cache, staff sessions, rate limits, login throttling), the task worker as its
own process (`manage.py db_worker`) delivering mail to a real SMTP server on loopback,
PostgreSQL and Elasticsearch. One journey through all of it, with a mail server outage.

Everything runs with production settings over the session's test database (committed, as
the browser tests' live server sees it). Skipped on a laptop without the services; a
failure in CI (tests/services.py).
"""

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.conf import settings

from portal.settings.test import per_worker_redis

ROOT = Path(__file__).resolve().parents[2]
HOST = "lindeveld.localhost:8000"
OTHER_HOST = "kustmeren.localhost:8000"
RATE = 4  # form submissions per client per hour, counted in Redis over both processes
FAILURES = 3  # failed logins before a lockout, likewise

pytestmark = [
    pytest.mark.requires_service("postgres"),
    pytest.mark.requires_service("redis"),
    pytest.mark.requires_service("elasticsearch"),
    pytest.mark.requires_service("smtp"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, seconds=30, every=0.25, what="condition"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


# ---- a small HTTP client with its own cookies (production cookies are Secure; this is loopback)


class Browser:
    def __init__(self, port, host=HOST):
        self.port, self.host, self.cookies = port, host, {}

    def request(self, method, path, data=None, host=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": host or self.host}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode(errors="replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                cookie_name, _eq, rest = value.partition("=")
                self.cookies[cookie_name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, dict(response.getheaders()), content

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs):
        return self.request("POST", path, data=data, **kwargs)

    def on(self, port):
        """The same visitor (same cookies) talking to another process."""
        other = Browser(port, self.host)
        other.cookies = self.cookies
        return other


def hidden_fields(html):
    fields = {}
    for tag in re.findall(r"<input[^>]+>", html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and 'type="hidden"' in tag:
            fields[name.group(1)] = value.group(1) if value else ""
    return fields


# ---- the topology ----------------------------------------------------------------------------


class MailServer:
    """aiosmtpd on loopback, collecting every message; stop() is the outage."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.port = free_port()
        self.messages = []
        server = self

        class Handler:
            async def handle_DATA(self, smtp, session, envelope):
                server.messages.append(envelope.content.decode(errors="replace"))
                return "250 OK"

        self.controller_class, self.handler = Controller, Handler()
        self.controller = None

    def start(self):
        self.controller = self.controller_class(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def with_text(self, text):
        return [message for message in self.messages if text in message]


class Topology:
    def __init__(self):
        self.prefix = f"topology-{secrets.token_hex(4)}"
        self.mail = MailServer()
        self.processes = []
        database = settings.DATABASES["default"]
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": (
                f"postgres://{database['USER']}:{database.get('PASSWORD') or ''}@{database['HOST']}:"
                f"{database['PORT']}/{database['NAME']}"
            ),
            "SECRET_KEY": secrets.token_urlsafe(64),
            "FIELD_ENCRYPTION_KEYS": ",".join(settings.FIELD_ENCRYPTION_KEYS),
            "ALLOWED_HOSTS": "*",
            "SECURE_SSL_REDIRECT": "False",
            "CACHE_URL": per_worker_redis(os.environ["REDIS_URL"]),
            "CACHE_KEY_PREFIX": self.prefix,
            "EMAIL_URL": f"smtp://127.0.0.1:{self.mail.port}",
            "TASK_BACKEND": "database",
            "ELASTICSEARCH_INDEX_PREFIX": self.prefix,
            "ADVIES_MIN_FILL_SECONDS": "0",
            "ADVIES_SUBMIT_RATE": f"{RATE}/h",
            "ADVIES_MAIL_FIRST_RETRY_SECONDS": "1",
            "AXES_FAILURE_LIMIT": str(FAILURES),
            "LOG_LEVEL": "WARNING",
            "CI": "",
        }

    def manage(self, *args):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True, capture_output=True
        )

    def start_web(self):
        port = free_port()
        process = subprocess.Popen(  # noqa: S603
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "portal.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--access-logfile",
                "/dev/null",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        self.processes.append(process)
        wait_for(lambda: self._answers(port), seconds=60, what=f"gunicorn on {port}")
        return port

    @staticmethod
    def _answers(port):
        try:
            return Browser(port).get("/robots.txt")[0] == 200
        except OSError:
            return False

    def start_worker(self):
        self.processes.append(
            subprocess.Popen(  # noqa: S603
                [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
                cwd=ROOT,
                env=self.env,
            )
        )

    def stop(self):
        for process in self.processes:
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.mail.stop()

    def redis(self):
        import redis

        return redis.Redis.from_url(per_worker_redis(os.environ["REDIS_URL"]))

    def redis_keys(self, pattern):
        return list(self.redis().scan_iter(f"{self.prefix}:*{pattern}*"))


@pytest.fixture(scope="module")
def topology(demo, django_db_blocker):
    with django_db_blocker.unblock():
        world = Topology()
        world.manage("collectstatic", "--noinput", "-v0")
        world.manage("rebuild_search_index")
        world.mail.start()
        world.a, world.b = world.start_web(), world.start_web()
        world.start_worker()
        try:
            yield world
        finally:
            world.stop()
            for key in world.redis().scan_iter(f"{world.prefix}:*"):
                world.redis().delete(key)
            _delete_indices(world.prefix)


def _delete_indices(prefix):
    from elasticsearch import Elasticsearch

    client = Elasticsearch(settings.ELASTICSEARCH_URL).options(ignore_status=404)
    for name in client.indices.get(index=f"{prefix}-*", expand_wildcards="all"):
        client.indices.delete(index=name)


@pytest.fixture
def database(topology, django_db_blocker):
    """The test's own view of the committed database the processes share."""
    with django_db_blocker.unblock():
        yield


def status(headers):
    return headers.get("X-Page-Cache")


# ---- the journey ------------------------------------------------------------------------------------


def test_a_page_stored_by_one_process_is_a_hit_in_the_other(topology, database):
    visitor = Browser(topology.a)
    code, headers, _html = visitor.get("/nl/ouders/")
    assert code == 200 and status(headers) == "miss"
    code, headers, _html = visitor.on(topology.b).get("/nl/ouders/")
    assert code == 200 and status(headers) == "hit", "stored in Redis by the other process"
    assert topology.redis_keys("pagecache:entry:"), "page cache entries live in Redis"


def test_staff_session_lives_in_redis_and_works_in_both_processes(topology, database):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher
    from django.contrib.sessions.models import Session

    editor = get_user_model().objects.create_superuser(f"redactie-{topology.prefix}", "redactie@portal.test")
    # Hashed as production checks it (the tests hash with MD5, which production refuses).
    editor.password = PBKDF2PasswordHasher().encode(
        "lang-genoeg-wachtwoord", "topologiezout", iterations=1000
    )
    editor.save(update_fields=["password"])
    browser = Browser(topology.a)
    _code, _headers, form = browser.get("/admin/login/")
    login = {**hidden_fields(form), "username": editor.username, "password": "lang-genoeg-wachtwoord"}
    code, headers, _html = browser.post("/admin/login/", login)
    assert code == 302, "logged in"
    session_key = browser.cookies["sessionid"]
    assert topology.redis_keys(f"django.contrib.sessions.cache{session_key}"), "the session is in Redis"
    assert not Session.objects.filter(session_key=session_key).exists(), "and not in the database"
    assert browser.on(topology.b).get("/admin/")[0] == 200, "the other process knows the session"
    topology.editor = browser


def test_a_publish_in_one_process_purges_what_the_other_serves(topology, database):
    from home.models import TopicPage

    page = TopicPage.objects.get(url_path="/lindeveld/ouders/ouderschapsplan/")
    unrelated = "/nl/kinderen/twee-huizen/"
    reader = Browser(topology.b)
    for path in ("/nl/ouders/ouderschapsplan/", "/nl/ouders/", unrelated):
        reader.get(path)
        assert status(reader.get(path)[1]) == "hit", path
    reader.get("/nl/", host=OTHER_HOST)
    assert status(reader.get("/nl/", host=OTHER_HOST)[1]) == "hit"

    new_title = f"Het ouderschapsplan, herzien {secrets.token_hex(3)}"
    page.title = new_title
    page.save_revision()  # a draft: nothing visible changes yet
    editor = topology.editor
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}"
    _code, _headers, confirm = editor.get(path)
    code, _headers, _html = editor.post(path, hidden_fields(confirm))
    assert code == 302, "published through process A's admin"

    code, headers, html = reader.get("/nl/ouders/ouderschapsplan/")
    assert new_title in html and status(headers) == "miss"
    assert new_title in reader.get("/nl/ouders/")[2], "the section that lists it"
    assert status(reader.get(unrelated)[1]) == "hit", "a page that does not show it stays cached"
    assert status(reader.get("/nl/", host=OTHER_HOST)[1]) == "hit", "and so does the other region"

    word = new_title.rsplit(" ", 1)[1]
    wait_for(
        lambda: word in reader.get(f"/nl/zoeken/?q=herzien+{word}")[2],
        seconds=60,
        what="the worker to index the published page in Elasticsearch",
    )


def _submit_advice(browser):
    _code, _headers, form = browser.get("/nl/advies/aanvragen/")
    data = {
        **hidden_fields(form),
        "requester_role": "ouder",
        "question": "Hoe vertellen we het de kinderen?",
        "preferred_channel": "e-mail",
        "contact_name": "Roepnaam",
        "contact_email": "ouder@voorbeeld.test",
        "may_say_who_calls": "nee",
        "may_leave_message": "nee",
        "privacy": "on",
    }
    return browser.post("/nl/advies/aanvragen/", data)


def _latest_reference():
    from advies.models import Request

    return Request.objects.order_by("-pk").values_list("reference", flat=True).first()


def test_the_worker_delivers_mail_and_retries_through_an_outage(topology, database):
    from advies.choices import DeliveryStatus
    from advies.models import MailDelivery

    visitor = Browser(topology.b)
    code, _headers, _html = _submit_advice(visitor)
    assert code == 302, "saved and sent on to the confirmation"
    reference = _latest_reference()
    wait_for(lambda: len(topology.mail.with_text(reference)) >= 2, what="both mails")
    assert all("Hoe vertellen we" not in message for message in topology.mail.with_text(reference))

    topology.mail.stop()
    code, _headers, _html = _submit_advice(visitor.on(topology.a))
    assert code == 302, "a submission is saved while the mail server is down"
    reference = _latest_reference()
    failed = wait_for(
        lambda: MailDelivery.objects.filter(
            request__reference=reference, attempts__gte=1, status=DeliveryStatus.PENDING
        ).exists(),
        what="a failed delivery attempt",
    )
    assert failed
    assert not topology.mail.with_text(reference)

    topology.mail.start()
    wait_for(lambda: len(topology.mail.with_text(reference)) >= 2, seconds=60, what="the retried mails")
    assert (
        not MailDelivery.objects.filter(request__reference=reference)
        .exclude(status=DeliveryStatus.SENT)
        .exists()
    )


def test_rate_limits_and_login_throttling_count_over_both_processes(topology, database):
    visitor = Browser(topology.a)
    accepted = 2  # the two submissions above
    codes = []
    while accepted < RATE + 1 and len(codes) < RATE + 2:
        port = topology.b if len(codes) % 2 else topology.a
        code = _submit_advice(visitor.on(port))[0]
        codes.append(code)
        accepted += code == 302
    assert codes[-1] == 429 and accepted == RATE, codes

    intruder = Browser(topology.a)
    for attempt in range(FAILURES):
        browser = intruder.on(topology.b if attempt % 2 else topology.a)
        _code, _headers, form = browser.get("/admin/login/")
        code = browser.post(
            "/admin/login/", {**hidden_fields(form), "username": "niemand", "password": "fout"}
        )[0]
    assert code == 429, "locked out after failures on both processes"
    browser = intruder.on(topology.b)
    _code, _headers, form = browser.get("/admin/login/")
    assert (
        browser.post("/admin/login/", {**hidden_fields(form), "username": "niemand", "password": "x"})[0]
        == 429
    )
