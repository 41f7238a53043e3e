"""Shared by the benchmark scripts that generate data: set Django up over a database of the
benchmark's own, so generated data never lands in the normal database."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setup_django(name, database_url="", **environment):
    """Set Django up (dev settings unless DJANGO_SETTINGS_MODULE says otherwise) over
    `database_url`, or by default over var/benchmarks/<name>.sqlite3; `environment` sets
    further variables first. Returns the SQLite file it chose (None with a database_url)."""
    sqlite_file = None
    if not database_url:
        sqlite_file = ROOT / "var" / "benchmarks" / f"{name}.sqlite3"
        sqlite_file.parent.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{sqlite_file}"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["TASK_BACKEND"] = "immediate"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    os.environ.update(environment)
    import django

    django.setup()
    return sqlite_file


def remove_sqlite_file(sqlite_file, report=print):
    """Close the connection and delete the benchmark's own SQLite file (if it made one)."""
    if sqlite_file is None:
        return
    from django.db import connection

    connection.close()
    sqlite_file.unlink(missing_ok=True)
    report(f"{sqlite_file} deleted.")
