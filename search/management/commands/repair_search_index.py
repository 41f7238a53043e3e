"""Repairs the engine's search index where it differs from the database entries.

For cron (e.g. every 10 minutes): compares each language's documents (id and version) with
the entries and writes or deletes only what differs; no full rebuild. Exits non-zero when
the engine cannot be reached.
"""

from django.core.management.base import BaseCommand, CommandError

from search import engine, repair


class Command(BaseCommand):
    help = "Repair the Elasticsearch index where it differs from the database entries (no full rebuild)."

    def handle(self, *args, **options):
        if not engine.configured():
            self.stdout.write("ELASTICSEARCH_URL is not set: nothing to repair.")
            return
        engine.reset_failures()
        try:
            changed = repair.repair()
        except engine.EngineUnavailable as error:
            raise CommandError(f"Elasticsearch unavailable: {error}") from error
        health = repair.status()["health"]
        self.stdout.write(f"Search index repaired: {changed} documents written or deleted.")
        if health.last_error:
            self.stdout.write(health.last_error)
