"""Demo step for search: makes sure the database entries cover the demo content.

The other apps' demos are built inside `syncs_paused`, which builds the entries once at the
end (the CMS signals otherwise sync them on every save and publish); this catches a database whose
content was made before the search app existed. The Elasticsearch indices are not built
here (that is `manage.py rebuild_search_index`); until then search uses the database.
"""

from search import engine, services
from search.models import SearchEntry
from search.signals import syncs_paused  # the other demos are built inside it

__all__ = ["build_demo", "syncs_paused"]


def build_demo(*, port=8000, report=print):
    if SearchEntry.objects.count() != services.searchable_count():
        count = services.rebuild_entries()
        report(f"Search: {count} entries rebuilt from the content.")
    if engine.configured():
        try:
            missing = [code for code in engine.languages() if engine.live_index(code) is None]
        except (engine.EngineUnavailable, *engine.ENGINE_ERRORS):
            missing = []
            report("Search: Elasticsearch does not answer; search uses the database.")
        if missing:
            report("Search: no Elasticsearch index yet; run `manage.py rebuild_search_index`.")
