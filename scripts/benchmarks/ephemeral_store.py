#!/usr/bin/env python
"""Cost of the ephemeral store (portal/ephemeral.py) per operation and data size.

Saves and loads a slot of 1 KB (a questionnaire), 50 KB and 300 KB (a parenting plan) of
JSON through `EphemeralStore`, as a view does: encrypt + cache write, cache read +
decrypt. Uses the cache the settings configure (`CACHE_URL`; local memory by default),
e.g. CACHE_URL=redis://127.0.0.1:6379/1 for a shared cache. Deletes what it wrote.

    .venv/bin/python scripts/benchmarks/ephemeral_store.py [--runs 500]

Prints median and 95th percentile in microseconds and the stored (ciphertext) size.
Figures, not assertions: compare them on the same machine.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from portal.ephemeral import COOKIE_NAME, EphemeralStore, Slot  # noqa: E402

SLOT = Slot("benchmark", idle_timeout=lambda: 600)


def data_of(size):
    """JSON data of about `size` bytes, shaped like answers (short strings in lists)."""
    rows = max(1, size // 60)
    return {"rows": [{"question": f"vraag-{n}", "answers": ["weet-niet", "ja"]} for n in range(rows)]}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def measure(size, runs):
    factory = RequestFactory()
    data = data_of(size)
    request = factory.get("/")
    store = EphemeralStore(request)
    store.save(SLOT, data)
    response = store.update_response(HttpResponse())
    cookie = response.cookies[COOKIE_NAME].value
    saves, loads = [], []
    for _ in range(runs):
        request = factory.get("/")
        request.COOKIES[COOKIE_NAME] = cookie
        store = EphemeralStore(request)
        started = time.perf_counter()
        store.save(SLOT, data)
        saves.append(time.perf_counter() - started)
        request = factory.get("/")
        request.COOKIES[COOKIE_NAME] = cookie
        store = EphemeralStore(request)
        started = time.perf_counter()
        loaded = store.load(SLOT)
        loads.append(time.perf_counter() - started)
        if loaded != data:
            raise SystemExit("the store gave back other data than it was given")
    stored = len(caches["default"].get(store._key(SLOT)))
    store.clear()
    return len(str(data)), stored, saves, loads


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    print(f"cache: {backend}; {args.runs} runs per size; load average {os.getloadavg()[0]:.2f}")
    print(f"{'data':>9} {'stored':>9} {'save p50':>9} {'save p95':>9} {'load p50':>9} {'load p95':>9}  (µs)")
    for size in (1_000, 50_000, 300_000):
        length, stored, saves, loads = measure(size, args.runs)
        print(
            f"{length:>9} {stored:>9} "
            f"{statistics.median(saves) * 1e6:>9.0f} {percentile(saves, 0.95) * 1e6:>9.0f} "
            f"{statistics.median(loads) * 1e6:>9.0f} {percentile(loads, 0.95) * 1e6:>9.0f}"
        )


if __name__ == "__main__":
    main()
