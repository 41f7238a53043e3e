"""Faults: with the database unreachable, pages answer with a plain 503, not a crash."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import django
django.setup()
from django.test import Client
response = Client(raise_request_exception=False).get("/nl/", HTTP_HOST="lindeveld.localhost:8000")
print(response.status_code)
print(response.get("Retry-After"))
print(response.content.decode())
"""


def test_database_down_gives_plain_503_page():
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    # Port 1 on loopback: nothing listens, as when PostgreSQL is stopped.
    env["DATABASE_URL"] = "postgres://portal@127.0.0.1:1/portal"
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert lines and lines[0] == "503", result.stdout + result.stderr
    assert lines[1] == "60"
    html = "\n".join(lines[2:])
    assert "De website is even niet beschikbaar" in html
    assert "Snel weg" in html and "0800-2000" in html
    assert "Traceback" not in html and "OperationalError" not in html
