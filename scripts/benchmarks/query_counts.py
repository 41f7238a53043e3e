#!/usr/bin/env python
"""Report the database queries per page type: uncached cold and warm, and cached (hit).

Usage: .venv/bin/python scripts/benchmarks/query_counts.py
Renders every live page of the demo through Django's test client against the configured
database (DJANGO_SETTINGS_MODULE, default dev; run `make migrate demo` first) and prints,
per page type, the number of pages and the minimum, median and maximum query count:

- uncached, cold: the page cache bypassed and the process's memory (`home.process_cache`)
  emptied before each request, as the first request of a new process or after a purge of
  everything (the shared cache keeps only what Wagtail keeps there: the site root paths);
- uncached, nothing kept: the same with the shared cache emptied too (a new or flushed
  Redis: site root paths, renditions, tokens all gone);
- uncached, warm: the page cache bypassed, the process keeping what it keeps between requests;
- cached: a page-cache hit for a visitor without cookies.

SHOW_QUERIES=<path> prints the queries of that path.
Nothing is written except what rendering writes anyway (image renditions on first use).
"""

import os
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from home import process_cache

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    pages = [
        (type(page).__name__, page.get_site(), page.get_url_parts()[2])
        for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    ]

    def count(site, path):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST=f"{site.hostname}:{site.port}")
        if os.environ.get("SHOW_QUERIES") == path:
            print(path, *(query["sql"][:160] for query in queries), sep="\n    ")
        return response, len(queries)

    def report(title, counts):
        print(title)
        print(f"  {'page type':<24} {'pages':>5} {'min':>5} {'median':>7} {'max':>5}  most at")
        for name, values in sorted(counts.items()):
            counted = [number for number, _path in values]
            median = statistics.median(counted)
            most = max(values)
            print(f"  {name:<24} {len(values):5d} {min(counted):5d} {median:7.1f} {most[0]:5d}  {most[1]}")

    # Warm Wagtail's own caches (site root paths) and create image renditions once.
    settings.PAGE_CACHE_SECONDS = 0
    for _name, site, path in pages:
        count(site, path)
    cold = defaultdict(list)
    for name, site, path in pages:
        process_cache.clear()
        cold[name].append((count(site, path)[1], path))
    report(f"Uncached, cold process (PROCESS_CACHE_ENTRIES={process_cache.limit()}), queries per page:", cold)
    nothing_kept = defaultdict(list)
    for name, site, path in pages:
        process_cache.clear()
        cache.clear()
        nothing_kept[name].append((count(site, path)[1], path))
    report("Uncached, nothing kept (process memory and shared cache empty), queries per page:", nothing_kept)
    for _name, site, path in pages:
        count(site, path)
    warm = defaultdict(list)
    for name, site, path in pages:
        warm[name].append((count(site, path)[1], path))
    report("Uncached, warm process, queries per page:", warm)

    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    cached = defaultdict(list)
    for name, site, path in pages:
        count(site, path)  # fills the cache
        response, queries = count(site, path)
        if response.get("X-Page-Cache") != "hit":
            print(f"  not a cache hit: {path} ({response.get('X-Page-Cache')})")
        cached[name].append((queries, path))
    report("Cached (anonymous visitor without cookies), queries per page:", cached)


if __name__ == "__main__":
    main()
