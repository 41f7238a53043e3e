"""Deployment checks for the cross-cutting plumbing."""

from django.core.checks import Warning, register


@register("caches", deploy=True)
def ephemeral_store_has_a_shared_cache(app_configs, **kwargs):
    """The ephemeral store (portal/ephemeral.py) keeps the Scheidingswijzer's answers in the
    cache: with a cache per process, a visitor's next request may reach a process that has
    none of them."""
    from django.conf import settings

    from portal.ephemeral import CACHE_ALIAS

    backend = settings.CACHES.get(CACHE_ALIAS, {}).get("BACKEND", "")
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Warning(
                "The ephemeral store needs a cache shared by every process.",
                hint="Set CACHE_URL to Redis (redis://host:6379/1) or Memcached.",
                id="portal.W001",
            )
        ]
    return []
