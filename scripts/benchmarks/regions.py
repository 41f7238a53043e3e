#!/usr/bin/env python
"""Many regions on one installation: per-request queries and latency of the home page, a
topic page, a knowledge search and the admin inbox, page-cache memory per region and the
size of the search index.

Usage (a database with the demo, e.g. `load_demo_content --regions 42`; Redis for the
page-cache memory, Elasticsearch for the index size, both optional):

    DATABASE_URL=postgres://.../portal_42 REDIS_URL=redis://127.0.0.1:56379/7 \\
        .venv/bin/python scripts/benchmarks/regions.py [--runs 50]

Run it once over a database with 2 regions and once over one with 42: the figures should
be the same (flat). Requests go through Django's test client in this process with the
production middleware and caching (nothing kept between runs except what a warm process
keeps), "cold" after emptying the process's memory and the shared cache, "warm" after that.
Besides wall-clock p50/p95 it prints this process's CPU time per request (p50/p95), which
other work on a shared machine disturbs far less than the wall clock.
Nothing is written except what rendering writes anyway (image renditions on first use)
and page-cache entries (removed afterwards).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ.setdefault("LOG_LEVEL", "ERROR")
if os.environ.get("REDIS_URL") and not os.environ.get("CACHE_URL"):
    os.environ["CACHE_URL"] = os.environ["REDIS_URL"]
os.environ.setdefault("CACHE_KEY_PREFIX", "bench-regions")

HOST = "lindeveld.localhost:8000"
URLS = [
    ("home", "/nl/"),
    ("topic", "/nl/ouders/ouderschapsplan/"),
    ("search", "/nl/kennisbank/?q=omgangsregeling"),
    ("admin inbox", "/admin/aanvragen/"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="warm requests per URL")
    parser.add_argument("--only", default="", help="comma-separated: home, topic, search, admin inbox")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page, Site

    from home import process_cache

    settings.ALLOWED_HOSTS = ["*"]
    settings.PROCESS_CACHE_ENTRIES = 2000
    regions = Site.objects.count()
    load = "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    print(f"{regions} regions, {connection.vendor}, cache {backend}")
    print(f"before: {load}\n")

    visitor, staff = Client(), Client()
    inbox_user = get_user_model().objects.filter(username="intake.lindeveld").first()
    if inbox_user is not None:
        staff.force_login(inbox_user)

    def get(client, path, uncached=True):
        separator = "&" if "?" in path else "?"
        return client.get(path + (f"{separator}meting=1" if uncached else ""), HTTP_HOST=HOST)

    heading = f"{'request':<14} {'cold q':>7} {'warm q':>7} {'p50 ms':>8} {'p95 ms':>8}"
    heading += f" {'cpu p50':>8} {'cpu p95':>8}"
    print(f"{heading}  (uncached, {args.runs} runs)")
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    for name, path in URLS:
        if only and name not in only:
            continue
        client = staff if name == "admin inbox" else visitor
        if client is staff and inbox_user is None:
            print(f"{name:<14} (no intake.lindeveld user in this database)")
            continue
        try:
            get(client, path)  # renditions, content types
        except Exception as error:  # e.g. requests encrypted with other keys than these
            print(f"{name:<14} not measured: {type(error).__name__}: {str(error)[:80]}")
            continue
        cache.clear()
        process_cache.clear()
        with counting() as cold:
            response = get(client, path)
        if response.status_code != 200:
            print(f"{name:<14} answered {response.status_code}")
            continue
        with counting() as warm:
            get(client, path)
        times, cpu = [], []
        for _run in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            get(client, path)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        p95 = statistics.quantiles(times, n=20)[-1]
        cpu_p95 = statistics.quantiles(cpu, n=20)[-1]
        print(
            f"{name:<14} {len(cold):7d} {len(warm):7d} {statistics.median(times):8.2f} {p95:8.2f}"
            f" {statistics.median(cpu):8.2f} {cpu_p95:8.2f}"
        )

    # Page-cache memory for one region: every live page in both languages, stored once.
    settings.PAGE_CACHE_SETTLE_SECONDS = 0
    cache.clear()
    site = Site.objects.get(hostname="lindeveld.localhost")
    home_key = site.root_page.translation_key
    homes = Page.objects.filter(depth=2, translation_key=home_key)
    pages = [page for home in homes for page in Page.objects.live().descendant_of(home, inclusive=True)]
    stored = 0
    for page in pages:
        if get(visitor, page.get_url(), uncached=False).get("X-Page-Cache") in ("miss", "hit"):
            stored += 1
    print(f"\npage cache: {stored} pages of one region stored, {_page_cache_bytes(cache) / 1024:.0f} KiB")
    cache.clear()

    print(_index_size(connection, settings))
    print(f"\nafter: {'load average {:.2f} {:.2f} {:.2f}'.format(*os.getloadavg())}")


class counting:
    """Counts the queries run on the default database inside the block (len())."""

    def __enter__(self):
        from django.db import connections

        self.count = 0
        self.connection = connections["default"]
        self.wrapper = self.connection.execute_wrapper(self._count)
        self.wrapper.__enter__()
        return self

    def _count(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __exit__(self, *exc):
        self.wrapper.__exit__(*exc)

    def __len__(self):
        return self.count


def _page_cache_bytes(cache):
    """Bytes the page cache's entries take in Redis (MEMORY USAGE), or pickled in memory."""
    import pickle

    client = getattr(cache, "_cache", None)
    if client is not None and hasattr(client, "get_client"):
        redis = client.get_client()
        return sum(redis.memory_usage(key) or 0 for key in redis.scan_iter("*pagecache:entry:*"))
    store = getattr(cache, "_cache", {})
    return sum(len(pickle.dumps(value)) for key, value in store.items() if "pagecache:entry:" in key)


def _index_size(connection, settings):
    from search.models import SearchEntry

    lines = [f"search entries in the database: {SearchEntry.objects.count()}"]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size(%s)", [SearchEntry._meta.db_table])
            lines[-1] += f", {cursor.fetchone()[0] / 1024:.0f} KiB with indexes"
    if settings.ELASTICSEARCH_URL:
        try:
            from elasticsearch import Elasticsearch

            stats = Elasticsearch(settings.ELASTICSEARCH_URL).indices.stats(
                index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*", metric="docs,store"
            )
            total = stats["_all"]["primaries"]
            size = total["store"]["size_in_bytes"] / 1024
            lines.append(f"Elasticsearch: {total['docs']['count']} documents, {size:.0f} KiB")
        except Exception as error:  # the engine is optional here
            lines.append(f"Elasticsearch: not measured ({type(error).__name__})")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
