"""The relevance report (search.relevance) from the test database, which holds the demo.

The figures are a report, not a gate: they go to the end of the session's output
(`FiguresAtTheEnd` in tests/conftest.py), so CI's log shows them without a
demo database of its own. What these tests hold is that the judgement set still fits the
demo (a judged page that is gone would make the figures lie) and that every judged query
runs through both backends."""

import pytest

from search import database_search, engine, engine_search
from search.models import SearchEntry
from search.relevance import HOSTS, load_judgements, measure, report_lines
from tests.conftest import FIGURES

QUERIES = load_judgements()


def remember(request, title, lines):
    request.node.user_properties.append((FIGURES, [title, *lines]))


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.django_db
def test_every_judged_page_is_in_the_search_entries():
    paths = {}
    for site__hostname, url_path in SearchEntry.objects.values_list("site__hostname", "url_path"):
        paths.setdefault(site__hostname, set()).add(url_path)
    everywhere = set().union(*paths.values())
    missing = []
    for judgement in QUERIES:
        known = (
            everywhere if judgement["scope"] == "kennisbank" else paths.get(HOSTS[judgement["region"]], set())
        )
        missing += [f"{judgement['q']!r}: {path}" for path in judgement["relevant"] if path not in known]
    assert missing == []


@pytest.mark.usefixtures("demo")  # reads the demo content
@pytest.mark.django_db
def test_relevance_report_on_the_database(request):
    from django.db import connection

    backend = f"database ({connection.vendor})"
    figures, failures = measure(QUERIES, {backend: database_search.search})
    assert figures[(backend, "all")]["n"] == len(QUERIES)
    assert figures[(backend, "all")]["answered_by"] == {"database"}
    remember(
        request,
        f"Search relevance on the test demo, {backend} (a report, not a gate):",
        report_lines(figures),
    )


@pytest.mark.requires_service("elasticsearch")
@pytest.mark.django_db
def test_relevance_report_on_the_engine(request, engine_indices):
    engine.refresh()
    figures, failures = measure(QUERIES, {"elasticsearch": engine_search.search})
    assert figures[("elasticsearch", "all")]["n"] == len(QUERIES)
    # Every query answered by the engine itself, not by the fallback after an engine error.
    assert figures[("elasticsearch", "all")]["answered_by"] == {"elasticsearch"}
    remember(
        request,
        "Search relevance on the test demo, Elasticsearch (a report, not a gate):",
        report_lines(figures),
    )
