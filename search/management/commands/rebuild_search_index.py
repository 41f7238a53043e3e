"""Rebuilds the search index from the content, without downtime.

First the database entries (what the fallback searches and what the engine documents are
made from), in one transaction; then, when Elasticsearch is configured, a new index per
language that replaces the old one atomically through its alias.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import engine, services
from search.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the search index (database entries and Elasticsearch) from the published content."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            choices=engine.languages(),
            help="Only rebuild the Elasticsearch index of this language (repeatable).",
        )
        parser.add_argument(
            "--skip-entries",
            action="store_true",
            help="Reuse the database entries as they are; only rebuild the Elasticsearch indices.",
        )
        parser.add_argument("--no-progress", action="store_true", help="Do not show progress bars.")

    def handle(self, *args, language=None, skip_entries=False, no_progress=False, **options):
        quiet = no_progress or options["verbosity"] == 0
        if not skip_entries:
            total = services.searchable_count()
            with tqdm(total=total, desc="entries", unit="item", disable=quiet, file=self.stderr._out) as bar:
                count = services.rebuild_entries(progress=bar.update)
            self.stdout.write(f"Database entries: {count}")
        if not engine.configured():
            self.stdout.write("ELASTICSEARCH_URL is not set: search answers from the database entries.")
            return
        for code in language or engine.languages():
            total = SearchEntry.objects.in_language(code).count()
            try:
                with tqdm(
                    total=total,
                    desc=engine.alias_name(code),
                    unit="doc",
                    disable=quiet,
                    file=self.stderr._out,
                ) as bar:
                    name, level, count = services.rebuild_engine_index(code, progress=bar.update)
            except (engine.EngineUnavailable, *engine.ENGINE_ERRORS) as error:
                raise CommandError(
                    f"Elasticsearch index {engine.alias_name(code)} not rebuilt: {error}"
                ) from error
            self.stdout.write(f"{engine.alias_name(code)} -> {name}: {count} documents, {level} analysis")
