#!/usr/bin/env python
"""Report the compressed weight (HTML + CSS + JS, no images) of one page per page type.

Usage: .venv/bin/python scripts/benchmarks/page_weight.py [--base http://127.0.0.1:8000]
Reads the page list from the database (DJANGO_SETTINGS_MODULE, default dev) and fetches
the pages over HTTP from a running server (`make run`).
"""

import argparse
import os
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    args = parser.parse_args()

    import django

    django.setup()
    from wagtail.models import Page

    from tests.pageweight import measure

    def fetch(path):
        url = path if path.startswith("http") else args.base.rstrip("/") + path
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own server)
            return response.read()

    seen = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        seen.setdefault(type(page).__name__, page)
    print(f"{'page type':<24} {'HTML':>8} {'CSS':>8} {'JS':>8} {'total':>8}  (KB, gzip -6)")
    for name, page in seen.items():
        weight = measure(fetch, page.get_url_parts()[2])
        print(
            f"{name:<24} {weight.html / 1024:8.1f} {weight.css / 1024:8.1f} "
            f"{weight.js / 1024:8.1f} {weight.total / 1024:8.1f}"
        )


if __name__ == "__main__":
    main()
