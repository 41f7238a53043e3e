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
        from django.db.models.signals import post_migrate, pre_save
        from wagtail.models import ModelLogEntry

        from home import content_changes, page_cache, signals, sites
        from home.permission_names import name_default_permissions
        from home.site_history import stamp_region

        content_changes.connect()
        content_changes.content_changed.connect(page_cache.content_changed, dispatch_uid="pagecache")
        content_changes.content_changed.connect(crisis_texts_changed, dispatch_uid="crisis-texts")
        signals.connect()
        sites.use_indexed_root_paths()  # a page's URL without testing every region's root path
        pre_save.connect(stamp_region, sender=ModelLogEntry, dispatch_uid="home-log-entry-region")
        post_migrate.connect(name_default_permissions, dispatch_uid="home-dutch-permission-names")


def crisis_texts_changed(sender, instance, change, **kwargs):
    """The crisis texts are also kept apart from the pages, per region and language
    (`home.selectors.crisis_texts`): forget them now (this transaction's own reads) and once
    committed, as the page cache does (its rule: `home.purge_rules`, the region)."""
    from django.conf import settings
    from django.core.cache import cache
    from django.db import transaction

    from home.content_changes import Change
    from home.models import CrisisTexts
    from home.selectors import crisis_texts_cache_key

    if sender is not CrisisTexts or change not in (Change.SAVED, Change.DELETED):
        return
    keys = [crisis_texts_cache_key(instance.site_id, code) for code, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
