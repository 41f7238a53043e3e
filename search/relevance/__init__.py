"""Search relevance: the judgement set (judgements.toml: queries in readers' own words with
graded pages) run against the demo, and the figures per backend and part: nDCG@5,
success@3 (a page graded 2 or 3 among the first three) and the zero-result rate.

Used by scripts/benchmarks/relevance.py (a demo database of its own) and by the test
session (tests/search/test_relevance.py prints the report from the test database, which
holds the demo already). A report, never a gate on the figures."""

import math
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

JUDGEMENTS = Path(__file__).resolve().parent / "judgements.toml"
HOSTS = {"lindeveld": "lindeveld.localhost", "kustmeren": "kustmeren.localhost"}
PARTS = ("tuning", "heldout", "all")
GOOD = 2  # the grade a page needs to count for success@3
TARGETS = "Targets: success@3 >= 0.9 (Elasticsearch), >= 0.8 (database); zero results <= 2%."


def load_judgements(path=JUDGEMENTS):
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    queries = []
    for raw in data["query"]:
        query = {**defaults, **raw}
        if max(query["relevant"].values()) < GOOD:
            raise ValueError(f"{path}: {query['q']!r} has no page graded {GOOD} or more")
        queries.append(query)
    return queries


def dcg(gains):
    return sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains))


def key_of(url):
    """The URL path of a hit (links to another region are absolute)."""
    return urlsplit(url).path if url else ""


def evaluate(judged, keys):
    """(nDCG@5, success@3) of a ranked list of keys; each page counts once."""
    seen, gains = set(), []
    for key in keys:
        gains.append(judged.get(key, 0) if key not in seen else 0)
        seen.add(key)
    ideal = dcg(sorted(judged.values(), reverse=True)[:5])
    ndcg = dcg(gains[:5]) / ideal if ideal else 0.0
    success = any(gain >= GOOD for gain in gains[:3])
    return ndcg, success


def measure(queries, backends):
    """({(backend, part): {"n", "ndcg", "success", "zero", "answered_by"}}, [failure lines]) of the
    queries on each backend ({name: search function}), run as the search page runs them."""
    from django.http import QueryDict
    from django.utils import translation
    from wagtail.models import Site

    from search import selectors
    from search.facets import SCOPES

    sites = {name: Site.objects.get(hostname=host) for name, host in HOSTS.items()}
    scopes = {"site": SCOPES["site"], "kennisbank": SCOPES["kennisbank"]}
    figures, failures = {}, []
    for backend, run in backends.items():
        for judgement in queries:
            with translation.override(judgement["lang"]):
                query = selectors.query_from(
                    scopes[judgement["scope"]],
                    text=judgement["q"],
                    params=QueryDict(),
                    language=judgement["lang"],
                    site=sites[judgement["region"]],
                )
                results = selectors.search(query, backend=run)
            keys = [key_of(hit.url) for hit in results.hits]
            ndcg, success = evaluate(judgement["relevant"], keys)
            for part in (judgement["part"], "all"):
                bucket = figures.setdefault(
                    (backend, part), {"n": 0, "ndcg": 0.0, "success": 0, "zero": 0, "answered_by": set()}
                )
                bucket["n"] += 1
                bucket["ndcg"] += ndcg
                bucket["success"] += success
                bucket["zero"] += results.total == 0
                bucket["answered_by"].add(results.engine)
            if not success:
                titles = " | ".join(hit.title for hit in results.hits[:3]) or "(no results)"
                failures.append(f"  {backend:<22} {judgement['part']:<8} {judgement['q']!r}: {titles}")
    return figures, failures


def report_lines(figures):
    """The figures as a table, one line per backend and part, and the targets."""
    lines = [f"{'backend':<24}{'part':<10}{'queries':>8}{'nDCG@5':>9}{'success@3':>11}{'zero results':>14}"]
    ordered = sorted(figures.items(), key=lambda item: (item[0][0], PARTS.index(item[0][1])))
    for (backend, part), bucket in ordered:
        n = bucket["n"]
        lines.append(
            f"{backend:<24}{part:<10}{n:>8}{bucket['ndcg'] / n:>9.3f}{bucket['success'] / n:>11.3f}"
            f"{bucket['zero'] / n:>13.1%}"
        )
    lines.append(TARGETS)
    return lines
