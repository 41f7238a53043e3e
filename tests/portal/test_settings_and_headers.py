"""Production settings pass `check --deploy`; public responses carry the security headers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]

SAMPLE_PRODUCTION_ENV = {
    "SECRET_KEY": "a" * 20 + "-sample-only-not-a-real-secret-key-for-tests-0123456789",
    "ALLOWED_HOSTS": "portal.example",
    "DATABASE_URL": "sqlite:///:memory:",
    "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def run_manage(*args, env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=SAMPLE_PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_about_a_cache_per_process():
    """The Scheidingswijzer's answers live in the cache: each process its own would lose them."""
    env = {**SAMPLE_PRODUCTION_ENV, "CACHE_URL": "locmemcache://"}
    result = run_manage("check", "--deploy", env_overrides=env)
    assert "portal.W002" in result.stdout + result.stderr


def test_production_refuses_to_start_without_secret_key():
    env = dict(SAMPLE_PRODUCTION_ENV)
    env["SECRET_KEY"] = ""
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


# Run under the production settings: the database is empty and the static files are not
# collected, so the secure request ends in an error page, which must carry HSTS as well.
HEADERS_UNDER_PRODUCTION = """
from django.conf import settings
from django.test import Client, override_settings
storages = {**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
with override_settings(STORAGES=storages):
    client = Client(HTTP_HOST="portal.example", raise_request_exception=False)
    plain = client.get("/nl/")
    print("plain", plain.status_code, plain.get("Location"))
    secure = client.get("/nl/", secure=True)
    print("secure", secure.get("Strict-Transport-Security"))
"""


def test_production_redirects_to_https_and_sends_hsts():
    result = run_manage("shell", "-c", HEADERS_UNDER_PRODUCTION, env_overrides=SAMPLE_PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["plain"] == "301 https://portal.example/nl/"
    assert lines["secure"] == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.django_db
def test_public_page_security_headers(client):
    response = client.get("/nl/", HTTP_HOST="lindeveld.localhost:8000")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_admin_is_never_stored(client):
    response = client.get("/admin/login/")
    assert "no-store" in response["Cache-Control"]


def _test_cache_location(worker):
    """The cache LOCATION the test settings give a pytest-xdist worker when the suite runs on Redis."""
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(CACHE_URL="redis://127.0.0.1:6379/3", PYTEST_XDIST_WORKER=worker)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    script = "from django.conf import settings; print(settings.CACHES['default']['LOCATION'])"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_two_test_workers_on_redis_never_share_a_cache_database():
    # cache.clear() on Redis is FLUSHDB, whatever the key prefix: a shared database let one
    # worker's page-cache test empty the other's cache between its two requests.
    assert _test_cache_location("gw0") == "redis://127.0.0.1:6379/3"
    assert _test_cache_location("gw1") == "redis://127.0.0.1:6379/4"
