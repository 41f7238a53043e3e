#!/usr/bin/env python
"""Per-step timings of the Scheidingswijzer, measured with Django's test client.

Walks a whole journey N times against the configured database (which must hold the demo
content: `make migrate demo`), timing the GET of every step, the POST that answers it and
the result page, and counting their queries. Everything runs inside one transaction that
is rolled back, so no session or statistics row is left behind.

    .venv/bin/python scripts/benchmarks/vragenlijst_steps.py --runs 50
    DATABASE_URL=postgres://... .venv/bin/python scripts/benchmarks/vragenlijst_steps.py

Prints median and 95th percentile in milliseconds per request. Figures, not assertions:
compare them between changes on the same machine.
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

from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Site  # noqa: E402

SAFE = {"acute_danger": "nee", "violence": "nee", "child_unsafe": "nee"}

JOURNEYS = {
    "parent": [
        ("wie", {"role": "ouder"}),
        ("veiligheid", SAFE),
        ("gemeente", {"municipality": None}),
        ("situatie", {"stage": "uit-elkaar", "child_ages": ["4-7", "8-11"]}),
        (
            "contact",
            {"talk_with_other_parent": "bijna-niet", "agreements": "werkt-niet", "children_caught": "soms"},
        ),
        (
            "betrokken",
            {"court_cases": "nee", "child_protection": "nee", "mediation": "nee", "professionals": ["geen"]},
        ),
        ("hulpvraag", {"help_needs": ["ouderschapsplan", "omgang"], "help_form": "vraag"}),
        ("controleren", {}),
    ],
    "professional": [
        ("wie", {"role": "professional"}),
        ("veiligheid", SAFE),
        ("gemeente", {"municipality": None}),
        ("vraag", {"work_field": "wijkteam", "question_kind": "casus", "family_consent": "ja"}),
        ("gezin", {"family_signals": ["procedures", "klem"], "child_ages": ["8-11"], "help_needs": []}),
        ("controleren", {}),
    ],
    "child": [
        ("wie", {"role": "kind"}),
        ("veiligheid", SAFE),
        ("voor-jou", {"child_age": "jonger-dan-12", "wishes": ["praten", "anderen"]}),
    ],
}


def post_data(step, answers):
    data = {"scheidingswijzer-current_step": step}
    data.update({f"{step}-{field}": value for field, value in answers.items()})
    return data


def expect(response, status, what):
    if response.status_code != status:
        sys.exit(f"{what}: expected HTTP {status}, got {response.status_code}")


def timed(samples, queries, label, call):
    reset_queries()  # the query log is capped; an overflowing log would count nothing
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = call()
        samples.setdefault(label, []).append((time.perf_counter() - started) * 1000)
    queries[label] = len(captured)
    return response


def walk(client, journey, language, samples, queries):
    for step, answers in journey:
        url = f"/{language}/scheidingswijzer/{step}/"
        response = timed(samples, queries, f"GET  {step}", lambda url=url: client.get(url))
        expect(response, 200, f"GET {step}")
        response = timed(
            samples,
            queries,
            f"POST {step}",
            lambda url=url, s=step, a=answers: client.post(url, post_data(s, a)),
        )
        expect(response, 302, f"POST {step}")
    done = response["Location"]
    response = timed(samples, queries, "GET  klaar (done)", lambda: client.get(done))
    expect(response, 302, "GET klaar")
    response = timed(samples, queries, "GET  uitkomst", lambda: client.get(response["Location"]))
    expect(response, 200, "GET uitkomst")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="journeys to time (default 30)")
    parser.add_argument("--journey", choices=sorted(JOURNEYS), default="parent")
    parser.add_argument("--language", choices=["nl", "en"], default="nl")
    args = parser.parse_args()

    site = Site.objects.filter(is_default_site=True).first()
    municipality = site.municipalities.order_by("name").first() if site else None
    if site is None or municipality is None:
        sys.exit("No default site with municipalities: load the demo first (make migrate demo).")
    journey = [
        (step, {**answers, "municipality": municipality.slug} if "municipality" in answers else answers)
        for step, answers in JOURNEYS[args.journey]
    ]
    host = f"{site.hostname}:{site.port}"
    print(
        f"Scheidingswijzer step timings: {args.journey} journey, {args.runs} runs,", connection.vendor, host
    )

    samples, queries = {}, {}
    with transaction.atomic():
        warm_up = Client(HTTP_HOST=host)
        walk(warm_up, journey, args.language, {}, {})
        for run in range(args.runs):
            walk(Client(HTTP_HOST=host), journey, args.language, samples, queries)
            print(f"\r  run {run + 1}/{args.runs}", end="", flush=True)
        transaction.set_rollback(True)
    print()

    width = max(len(label) for label in samples)
    print(f"{'request':<{width}}  {'median ms':>9}  {'p95 ms':>7}  {'queries':>7}")
    for label, values in samples.items():
        median, p95 = statistics.median(values), percentile(values, 0.95)
        print(f"{label:<{width}}  {median:>9.1f}  {p95:>7.1f}  {queries[label]:>7}")
    all_values = [v for values in samples.values() for v in values]
    median, p95 = statistics.median(all_values), percentile(all_values, 0.95)
    print(f"{'all requests':<{width}}  {median:>9.1f}  {p95:>7.1f}")


if __name__ == "__main__":
    main()
