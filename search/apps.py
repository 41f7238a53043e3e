from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Knowledge-base and site search.

    Elasticsearch DSL documents, indexing driven by CMS signals through background
    tasks, index rebuilds behind an alias, the search pages with facets, and the
    database fallback used when Elasticsearch is not configured or not reachable.
    It indexes public content only, never anything from `advies`.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from django.db.models.signals import post_migrate

        from search import signals, word_index

        signals.connect()
        post_migrate.connect(word_index.after_migrate, sender=self)
