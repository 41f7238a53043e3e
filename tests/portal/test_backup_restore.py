"""The PostgreSQL backup of docs/deploy.md restores into a working database: `pg_dump` of the
session's test database in custom format, `pg_restore` into a new database, and the
restored copy has every row, the same content, readable encrypted fields and no migration
left to apply."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.services import postgres_client_bin

ROOT = Path(__file__).resolve().parents[2]
TABLES = [
    "wagtailcore_page",
    "wagtailcore_revision",
    "home_serviceoffer",
    "home_contactchannel",
    "home_regionsettings",
    "advies_request",
    "advies_maildelivery",
    "search_searchentry",
]

pytestmark = [
    pytest.mark.requires_service("postgres"),
    pytest.mark.requires_service("pg_dump"),
]


def run(tool, *args, env):
    return subprocess.run(  # noqa: S603
        [str(postgres_client_bin() / tool), *args], env=env, check=True, capture_output=True, text=True
    )


def counts_and_titles(connection):
    with connection.cursor() as cursor:
        counts = {}
        for table in TABLES:
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 (constant table names)
            counts[table] = cursor.fetchone()[0]
        cursor.execute("SELECT string_agg(title, '|' ORDER BY path) FROM wagtailcore_page")
        return counts, cursor.fetchone()[0]


def test_pg_dump_and_pg_restore_round_trip(tmp_path, django_db_setup, django_db_blocker):
    import psycopg
    from django.db import connection

    from tests.factories.advies import RequestFactory

    with django_db_blocker.unblock():
        from wagtail.models import Site

        # An encrypted row, committed (no test transaction here) so the dump holds it.
        saved = RequestFactory(site=Site.objects.get(hostname="lindeveld.localhost"))
        try:
            database = settings.DATABASES["default"]
            env = {
                **os.environ,
                "PGHOST": database["HOST"],
                "PGPORT": str(database["PORT"]),
                "PGUSER": database["USER"],
                "PGPASSWORD": database.get("PASSWORD") or "",
            }
            dump = tmp_path / "portal.dump"
            run("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", database["NAME"], env=env)
            copy = f"{database['NAME']}_restore_{secrets.token_hex(3)}"
            run("createdb", copy, env=env)
            try:
                run("pg_restore", "--no-owner", "--exit-on-error", f"--dbname={copy}", str(dump), env=env)
                with psycopg.connect(dbname=copy, **_connect(database)) as restored:
                    assert counts_and_titles(restored) == counts_and_titles(connection)
                    with restored.cursor() as cursor:
                        cursor.execute("SELECT contact_name FROM advies_request WHERE id = %s", [saved.pk])
                        stored = cursor.fetchone()[0]
                check_env = {
                    **env,
                    "DATABASE_URL": _url(database, copy),
                    "DJANGO_SETTINGS_MODULE": "portal.settings.test",
                }
                subprocess.run(  # noqa: S603
                    [sys.executable, "manage.py", "migrate", "--check", "--noinput"],
                    cwd=ROOT,
                    env=check_env,
                    check=True,
                    capture_output=True,
                )
            finally:
                run("dropdb", "--force", copy, env=env)
            from advies.fields import decrypt_text

            assert stored != saved.contact_name and decrypt_text(stored) == saved.contact_name, (
                "the restored ciphertext opens with the keys"
            )
        finally:
            saved.delete()


def _connect(database):
    return {
        "host": database["HOST"],
        "port": database["PORT"],
        "user": database["USER"],
        "password": database.get("PASSWORD") or "",
    }


def _url(database, name):
    password = database.get("PASSWORD") or ""
    return f"postgres://{database['USER']}:{password}@{database['HOST']}:{database['PORT']}/{name}"
