#!/usr/bin/env python
"""Search relevance benchmark: the judgement set against the demo, on both backends.

    .venv/bin/python scripts/benchmarks/relevance.py [--database-url URL] [--keep] [--failures]

Reads search/relevance/judgements.toml (queries in readers' own words with graded pages),
runs every query through the site search or the knowledge base as the search page does,
on Elasticsearch (when ELASTICSEARCH_URL is set) and on the database fallback, and prints
per part (tuning, held-out, all): nDCG@5, success@3 (a page graded 2 or 3 among the first
three) and the zero-result rate. Targets: success@3 >= 0.9 on Elasticsearch, >= 0.8 on the
database; zero results <= 2%. A report, not a test: it never fails on low figures. The
measuring is search.relevance; CI prints the same report from the test session
(tests/search/test_relevance.py).

The demo content lives in a database of its own: by default var/benchmarks/relevance.sqlite3
(deleted afterwards unless --keep, which also lets the next run reuse it), or --database-url
(a PostgreSQL database is created when missing). Elasticsearch indices get the prefix
ELASTICSEARCH_INDEX_PREFIX plus "-relevance" and are deleted afterwards.
"""

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from separate_database import remove_sqlite_file, setup_django

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from search.relevance import HOSTS, JUDGEMENTS, load_judgements, measure, report_lines  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default="", help="default: a separate SQLite file")
    parser.add_argument("--keep", action="store_true", help="keep the database and the indices")
    parser.add_argument("--failures", action="store_true", help="list the queries that miss success@3")
    parser.add_argument("--judgements", default=str(JUDGEMENTS))
    return parser.parse_args()


def ensure_postgres_database(url):
    """Creates the PostgreSQL database of a URL when it does not exist yet."""
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        return
    import psycopg

    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl().replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def main():
    args = parse_args()
    prefix = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal-dev") + "-relevance"
    if args.database_url:
        ensure_postgres_database(args.database_url)
    sqlite_file = setup_django("relevance", args.database_url, ELASTICSEARCH_INDEX_PREFIX=prefix)

    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Site

    from portal.demo import build_all_demo_content
    from search import database_search, engine, engine_search, services

    queries = load_judgements(args.judgements)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if not Site.objects.filter(hostname=HOSTS["lindeveld"]).exists():
        build_all_demo_content(report=lambda line: None)
    services.rebuild_entries()
    backends = {}
    if engine.configured():
        try:
            for code in engine.languages():
                services.rebuild_engine_index(code)
            engine.refresh()
            backends["elasticsearch"] = engine_search.search
        except (engine.EngineUnavailable, *engine.ENGINE_ERRORS) as error:
            print(f"Elasticsearch not measured: {error}")
    backends[f"database ({connection.vendor})"] = database_search.search
    print(
        f"Demo ready in {time.perf_counter() - started:.0f} s; {len(queries)} queries from {args.judgements}"
    )

    figures, failures = measure(queries, backends)
    print("\n".join(report_lines(figures)))
    if args.failures and failures:
        print("Queries without a good page in the first three:")
        print("\n".join(failures))

    if not args.keep:
        if engine.configured():
            for name in engine.indices_with_prefix(prefix):
                engine.drop_index(name)
        remove_sqlite_file(sqlite_file, report=lambda line: None)


if __name__ == "__main__":
    main()
