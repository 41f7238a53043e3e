from django.apps import AppConfig


class HomeConfig(AppConfig):
    """All CMS content that editors manage and the public reads.

    Page types (region home, audience sections, layered topic pages, option pages,
    children's and youth pages, knowledge articles, plain pages), StreamField blocks,
    snippets (municipalities, topics, service offers, contact channels, experts,
    experience stories), per-site region settings, navigation, sitemap and API exposure.
    Nothing here holds personal data.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = "Inhoud"

    def ready(self):
        from home import signals
        from home.page_cache import connect_purge_signals

        connect_purge_signals()
        signals.connect()
