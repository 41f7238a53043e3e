#!/usr/bin/env python
"""Search benchmark: generate knowledge articles, index them, measure query latency.

    .venv/bin/python scripts/benchmarks/search.py [--articles 10000] [--queries 300]

Prints the indexing rate (database entries and Elasticsearch documents per second) and
p50/p95 latency of the knowledge search on Elasticsearch and on the database fallback
(the selector call: query, facets and the page of hits, as the search page runs it; not
the template rendering). Targets at 10,000 articles: p95 <= 30 ms on Elasticsearch and
<= 60 ms on the database.

Data stays out of the normal database: by default a separate SQLite file under
var/benchmarks/ (deleted afterwards unless --keep), or --database-url (e.g. your own
PostgreSQL database). Elasticsearch indices get the prefix ELASTICSEARCH_INDEX_PREFIX plus
"-bench" and are deleted afterwards. Without ELASTICSEARCH_URL only the database is measured.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

from separate_database import remove_sqlite_file, setup_django

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DOMAIN_WORDS = (
    "omgang omgangsregeling contactregeling ouderschapsplan ouderschapsafspraken scheiding echtscheiding "
    "vechtscheiding conflict loyaliteit kinderen jongeren ouders gezin mediation bemiddeling "
    "ondertoezichtstelling jeugdbescherming veiligheid huiselijk geweld kindermishandeling signalen "
    "gesprek gespreksvoering methode werkkaart richtlijn factsheet onderzoek casus hulpverlening "
    "wijkteam huisarts school leerkracht advocaat rechter rechtbank raad kinderbescherming alimentatie "
    "zorgregeling co-ouderschap hoofdverblijf gezag voogdij stiefouder nieuw samengesteld "
    "rouw verlies stress hechting trauma draagkracht draaglast netwerk grootouders broers zussen "
    "communicatie afspraken escalatie de-escalatie samenwerking regie toestemming privacy "
    "verwijzing intake consultatie expertise platform panel aanpak interventie effectiviteit "
    "training cursus groep ouderavond kindgesprek hoorrecht participatie wachtlijst gemeente regio"
)
DOMAIN_WORDS = DOMAIN_WORDS.split()
FILLER = (
    "de het een en van in op met voor over bij naar door als dat die dit er is zijn wordt worden kan "
    "kunnen moet moeten goed vaak soms altijd samen eerst daarna wanneer waarom hoe wat wie veel "
    "weinig belangrijk duidelijk praktisch concreet stap stappen tips voorbeeld situatie vraag vragen"
)
FILLER = FILLER.split()
QUERIES = [
    "omgang",
    "ouderschapsplan",
    "OTS",
    "loyaliteit kinderen",
    "vechtscheiding signalen",
    "mediation ouders",
    "huiselijk geweld",
    "gespreksvoering jongeren",
    "jeugdbescherming rechter",
    "hechting trauma",
    "omgangsregleing",  # typo
    "loyalitiet",  # typo
    "co-ouderschap hoofdverblijf",
    "wijkteam samenwerking regie",
    "kindgesprek hoorrecht",
    "grootouders netwerk",
]
FILTERS = [
    {},
    {},
    {"soort": ["methode"]},
    {"bewijs": ["goede", "sterke"]},
    {"doelgroep": ["ouders"]},
    {"soort": ["werkkaart"], "doelgroep": ["jongeren"]},
]


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300, help="measured queries per backend")
    parser.add_argument("--database-url", default="", help="default: a separate SQLite file")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite file and the indices")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--reuse-index", action="store_true", help="search the entries and indices a --keep run left"
    )
    return parser.parse_args()


def configure(args):
    prefix = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal-dev") + "-bench"
    return setup_django("search", args.database_url, ELASTICSEARCH_INDEX_PREFIX=prefix)


def sentence(rng, length):
    words = [rng.choice(DOMAIN_WORDS) if rng.random() < 0.45 else rng.choice(FILLER) for _ in range(length)]
    return " ".join(words).capitalize() + "."


def region():
    """A benchmark region with a professionals' section (created once)."""
    from wagtail.models import Locale, Page, Site

    from home.choices import Audience
    from home.models import AudienceSectionPage, HomePage, RegionSettings

    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    Locale.objects.get_or_create(language_code="en")
    site = Site.objects.filter(hostname="benchmark.localhost").first()
    if site is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Benchmark", slug="benchmark", intro="x", locale=dutch))
        site = Site.objects.create(
            hostname="benchmark.localhost", port=8000, root_page=home, site_name="Benchmark"
        )
        RegionSettings.objects.create(site=site, region_name="Benchmark", expertise_point_name="Benchmark")
        home.add_child(
            instance=AudienceSectionPage(
                title="Professionals", slug="professionals", audience_choice=Audience.PROFESSIONALS, intro="x"
            )
        )
    section = AudienceSectionPage.objects.child_of(site.root_page).get(audience_choice=Audience.PROFESSIONALS)
    return site, section


def generate(section, count, rng, report):
    """Adds knowledge articles under the section until it has `count` of them."""
    from django.db import transaction

    from home.choices import ArticleType, Audience, EvidenceLevel
    from home.models import KnowledgeArticlePage, Topic

    topics = []
    for slug in ("omgang", "veiligheid", "ouderschapsplan", "loyaliteit", "hulpverlening", "rechtspraak"):
        topic, _ = Topic.objects.get_or_create(
            slug=slug, locale=section.locale, defaults={"name": slug.capitalize()}
        )
        topics.append(topic)
    existing = KnowledgeArticlePage.objects.child_of(section).count()
    through = KnowledgeArticlePage.topics.through
    started = time.perf_counter()
    batch = 500
    for start in range(existing, count, batch):
        with transaction.atomic():
            links = []
            for number in range(start, min(count, start + batch)):
                page = KnowledgeArticlePage(
                    title=sentence(rng, rng.randint(3, 6)).rstrip("."),
                    slug=f"artikel-{number}",
                    article_type=rng.choice(ArticleType.values),
                    target_audience=rng.choice(Audience.values),
                    evidence_level=rng.choice([*EvidenceLevel.values, ""]),
                    summary=" ".join(sentence(rng, rng.randint(8, 14)) for _ in range(2)),
                    body=[
                        {"type": "paragraph", "value": f"<p>{sentence(rng, rng.randint(12, 24))}</p>"}
                        for _ in range(rng.randint(6, 12))
                    ],
                    last_reviewed=datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 500)),
                    live=True,
                    first_published_at=datetime.datetime.now(datetime.UTC),
                )
                section.add_child(instance=page)
                for topic in rng.sample(topics, rng.randint(1, 2)):
                    links.append(through(knowledgearticlepage_id=page.pk, topic_id=topic.pk))
            through.objects.bulk_create(links)
        report(f"  generated {min(count, start + batch)} / {count} articles")
    return time.perf_counter() - started


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    return statistics.median(ordered), p95, ordered[-1]


def measure(run, queries, warmup=20):
    for query in queries[:warmup]:
        run(query)
    samples = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def main():
    args = parse_args()
    sqlite_file = configure(args)
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict

    from search import database_search, engine, engine_search, selectors, services
    from search.facets import KNOWLEDGE
    from search.models import SearchEntry

    def report(line):
        print(line, flush=True)

    rng = random.Random(args.seed)  # noqa: S311 (test data, not secrets)
    report(f"Database: {os.environ['DATABASE_URL']}")
    call_command("migrate", verbosity=0)
    site, section = region()
    generation = generate(section, args.articles, rng, report)
    report(f"Articles in the benchmark region: {args.articles} (generated in {generation:.0f} s)")

    reuse = args.reuse_index and SearchEntry.objects.filter(site=site).count() >= args.articles
    if reuse:
        report("Indexing skipped (--reuse-index): the kept entries and indices are searched")
    else:
        started = time.perf_counter()
        entries = services.rebuild_entries()
        seconds = time.perf_counter() - started
        rate = entries / seconds
        report(f"Indexing, database entries: {entries} in {seconds:.1f} s = {rate:.0f} entries/s")

    if engine.configured() and not reuse:
        started = time.perf_counter()
        _name, level, documents = services.rebuild_engine_index("nl", chunk_size=1000)
        seconds = time.perf_counter() - started
        report(
            f"Indexing, Elasticsearch ({level} analysis): {documents} documents in {seconds:.1f} s "
            f"= {documents / seconds:.0f} documents/s"
        )

    queries = []
    for number in range(args.queries):
        params = QueryDict(mutable=True)
        for name, values in FILTERS[number % len(FILTERS)].items():
            params.setlist(name, values)
        text = QUERIES[number % len(QUERIES)] if number % 10 else ""  # one in ten browses without words
        page = 1 + (number % 3 == 0)
        queries.append(
            selectors.query_from(KNOWLEDGE, text=text, params=params, language="nl", site=site, page=page)
        )

    totals = [database_search.search(query).total for query in queries[:20]]
    report(f"Queries: {len(queries)} per backend; e.g. hits per query {totals[:8]}")
    if engine.configured():
        try:
            p50, p95, worst = measure(engine_search.search, queries)
        except (engine.EngineUnavailable, *engine.ENGINE_ERRORS) as error:
            report(f"Elasticsearch not measured: {error!r}")
        else:
            report(
                f"Elasticsearch  p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {worst:6.1f} ms"
                "   (target p95 <= 30)"
            )
    p50, p95, worst = measure(database_search.search, queries)
    vendor = connection.vendor
    report(
        f"Database ({vendor})  p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {worst:6.1f} ms"
        "   (target p95 <= 60)"
    )

    if not args.keep:
        if engine.configured():
            for name in engine.indices_with_prefix(os.environ["ELASTICSEARCH_INDEX_PREFIX"]):
                engine.drop_index(name)
            report("Benchmark indices deleted.")
        remove_sqlite_file(sqlite_file, report)


if __name__ == "__main__":
    main()
