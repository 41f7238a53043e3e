"""The database fallback's word index (see `search.word_index`): the vocabulary table, then
FTS5 tables with their triggers and a covering index on SQLite, or a tsvector GIN index and
a pg_trgm index on the vocabulary on PostgreSQL. The trigram index on the whole word lists
(0003) is dropped: nothing reads the texts with LIKE any more."""

from django.db import migrations, models


def fill_vocabulary(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchWord = apps.get_model("search", "SearchWord")
    words = set()
    for text in SearchEntry.objects.values_list("folded_text", flat=True).iterator(chunk_size=500):
        words.update(word for word in text.split() if len(word) <= 100)
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in sorted(words)], batch_size=1000, ignore_conflicts=True
    )


def install(apps, schema_editor):
    from search import word_index

    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_text_trgm")
    word_index.install(schema_editor.connection.alias)


def uninstall(apps, schema_editor):
    from search import word_index

    word_index.uninstall(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_trigram_index_postgresql"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                ),
                ("word", models.CharField(max_length=100, unique=True)),
            ],
            options={
                "verbose_name": "zoekwoord",
                "verbose_name_plural": "zoekwoorden",
            },
        ),
        migrations.RunPython(fill_vocabulary, migrations.RunPython.noop),
        migrations.RunPython(install, uninstall),
    ]
