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
        from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
        from wagtail.models import ModelLogEntry

        from home import signals, sites
        from home.models import CrisisTexts
        from home.page_cache import connect_purge_signals
        from home.permission_names import name_default_permissions
        from home.site_history import stamp_region

        connect_purge_signals()
        signals.connect()
        sites.use_indexed_root_paths()  # a page's URL without testing every region's root path
        # The crisis texts show on every page (kept apart from page_cache's own list).
        post_save.connect(crisis_texts_changed, sender=CrisisTexts, dispatch_uid="pagecache-save-crisistexts")
        post_delete.connect(
            crisis_texts_changed, sender=CrisisTexts, dispatch_uid="pagecache-delete-crisistexts"
        )
        pre_save.connect(stamp_region, sender=ModelLogEntry, dispatch_uid="home-log-entry-region")
        post_migrate.connect(name_default_permissions, dispatch_uid="home-dutch-permission-names")


def crisis_texts_changed(sender, instance, **kwargs):
    """The crisis texts show on every page of their region: purge that region, the way
    `home.purge_rules` treats the region settings (kept out of its table, which is not ours)."""
    from django.conf import settings
    from django.core.cache import cache
    from django.db import transaction

    from home.page_cache import purge_after_commit
    from home.purge_rules import region_data_changed
    from home.selectors import crisis_texts_cache_key

    purge_after_commit(region_data_changed(instance))
    # Now (this transaction's own reads) and once committed, as purge_after_commit does.
    keys = [crisis_texts_cache_key(instance.site_id, code) for code, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
