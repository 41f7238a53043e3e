#!/usr/bin/env python
"""Effect report benchmark: generate a request history and time the yearly report.

    .venv/bin/python scripts/benchmarks/report.py [--requests 100000] [--runs 5]
        [--database-url postgres://...]

Generates `--requests` made-up requests (with referrals, panel meetings and Scheidingswijzer
tallies, see advies/report/synthetic.py) spread over three years (2023-2025) in two regions,
then builds the report of one region for 2025 (with the comparison with 2024, the small-cell
protection and the charts) `--runs` times, and prints each time, the median and the time of
the XLSX export. Target: <= 2 s for a region-year on PostgreSQL at 100,000 requests.

Data stays out of the normal database: by default a separate SQLite file under
var/benchmarks/ (deleted afterwards unless --keep), or --database-url, a database of its own
(it is migrated and filled; generated requests are deleted afterwards unless --keep).
"""

import argparse
import datetime
import statistics
import sys
import time
from pathlib import Path

from separate_database import remove_sqlite_file, setup_django

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

REGIONS = (
    ("bench-noord", "Bench Noord", "N", ["Aalveen", "Beekdorp", "Dijkhoven", "Esbroek", "Grasmere"]),
    ("bench-zuid", "Bench Zuid", "Z", ["Heiland", "Kernhout", "Lommerveen", "Marsdijk"]),
)
PARTNERS = ("Gezinshuis Noorderlicht", "Bureau Omgangsbegeleiding", "Jeugdteam Midden", "Mediatorspunt")
YEARS = (2023, 2024, 2025)


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=100_000, help="in all, split over both regions")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", default="", help="default: a separate SQLite file")
    parser.add_argument("--keep", action="store_true", help="keep the generated data")
    return parser.parse_args()


def configure(args):
    return setup_django("report", args.database_url, ELASTICSEARCH_URL="")


def regions():
    """The two benchmark regions with municipalities and chain partners (created once)."""
    from wagtail.models import Locale, Page, Site

    from advies.models import ChainPartner
    from home.models import HomePage, Municipality, RegionSettings

    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    sites = []
    for slug, name, tag, municipalities in REGIONS:
        site = Site.objects.filter(hostname=f"{slug}.localhost").first()
        if site is None:
            home = Page.get_first_root_node().add_child(
                instance=HomePage(title=name, slug=slug, intro="x", locale=dutch)
            )
            site = Site.objects.create(
                hostname=f"{slug}.localhost", port=8000, root_page=home, site_name=name
            )
            RegionSettings.objects.create(site=site, region_name=name, expertise_point_name=name)
            for municipality in municipalities:
                Municipality.objects.create(site=site, name=municipality, slug=municipality.lower())
            for partner in PARTNERS:
                ChainPartner.objects.create(site=site, name=partner)
        sites.append((site, tag))
    return sites


def main():
    args = parse_args()
    sqlite_file = configure(args)
    from django.core.management import call_command
    from django.db import connection

    from advies.models import Referral, Request
    from advies.report import exports, synthetic
    from advies.report.effect_report import build_effect_report
    from advies.report.periods import ReportPeriod

    def report(line):
        print(line, flush=True)

    report(
        f"Database: {connection.vendor} ({'SQLite file ' + str(sqlite_file) if sqlite_file else 'as given'})"
    )
    call_command("migrate", verbosity=0)
    sites = regions()
    try:
        for site, _tag in sites:
            synthetic.delete_generated(site)
        started = time.perf_counter()
        per_region = args.requests // len(sites)
        for site, tag in sites:
            synthetic.generate_history(
                site,
                start=datetime.date(YEARS[0], 1, 1),
                end=datetime.date(YEARS[-1], 12, 31),
                count=per_region,
                tag=tag,
                now=datetime.datetime(YEARS[-1] + 1, 3, 1, tzinfo=datetime.UTC),
                progress=lambda made, site=site: print(
                    f"\r  {site.hostname}: {made} requests", end="", flush=True
                ),
            )
            print()
        seconds = time.perf_counter() - started
        made = Request.objects.count()
        report(
            f"Generated {made} requests ({Referral.objects.count()} referrals) over {YEARS[0]}-{YEARS[-1]} "
            f"in {len(sites)} regions in {seconds:.1f} s"
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        site = sites[0][0]
        period = ReportPeriod.year(YEARS[-1])
        in_year = Request.objects.filter(site=site, received_at__year=YEARS[-1]).count()
        report(
            f"Report: {site.hostname}, {YEARS[-1]} ({in_year} requests received that year), "
            f"compared with {YEARS[-2]}"
        )
        timings = []
        for run in range(1, args.runs + 1):
            started = time.perf_counter()
            built = build_effect_report(site, period)
            timings.append(time.perf_counter() - started)
            report(f"  run {run}: {timings[-1]:.3f} s ({len(built.tables())} tables)")
        report(
            f"Report of a region-year: median {statistics.median(timings):.3f} s, best {min(timings):.3f} s"
        )
        started = time.perf_counter()
        workbook = exports.report_workbook(built)
        report(
            f"XLSX export of every table: {time.perf_counter() - started:.3f} s, {len(workbook) // 1024} KiB"
        )
        report("Target: <= 2 s for a region-year on PostgreSQL at 100,000 requests.")
    finally:
        if not args.keep:
            for site, _tag in sites:
                synthetic.delete_generated(site)
            remove_sqlite_file(sqlite_file, report)


if __name__ == "__main__":
    main()
