"""On PostgreSQL, a trigram index (pg_trgm) on the entries' word lists, so the database
fallback's LIKE '%word%' conditions are index lookups instead of a scan of every entry.
SQLite (the embedded default, small sites) keeps scanning. Without the right to create the
extension the index is skipped with a warning: search still works, only slower."""

import logging

from django.db import migrations, transaction

logger = logging.getLogger(__name__)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            schema_editor.execute(
                "CREATE INDEX IF NOT EXISTS search_entry_text_trgm "
                "ON search_searchentry USING gin (folded_text gin_trgm_ops)"
            )
    except Exception as error:  # noqa: BLE001 (a missing privilege must not stop the deploy)
        logger.warning("No trigram index for the search fallback (%s); it scans instead", error)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_text_trgm")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("search", "0002_whole_words_version_health")]

    operations = [migrations.RunPython(create, drop)]
