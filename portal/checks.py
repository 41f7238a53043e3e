"""System checks for the portal's own settings."""

import os

from django.conf import settings
from django.core.checks import Warning, register


@register()
def legacy_client_address_setting(app_configs, **kwargs):
    """RATELIMIT_IP_META_KEY from the environment used to name a header to believe as a whole;
    TRUSTED_PROXY_COUNT replaced it (a forged X-Forwarded-For no longer passes)."""
    legacy = os.environ.get("RATELIMIT_IP_META_KEY")
    if not legacy or "TRUSTED_PROXY_COUNT" in os.environ:
        return []
    return [
        Warning(
            f"RATELIMIT_IP_META_KEY={legacy} is no longer used; "
            f"it is read as TRUSTED_PROXY_COUNT={settings.TRUSTED_PROXY_COUNT}.",
            hint="Set TRUSTED_PROXY_COUNT to the number of reverse proxies in front of the portal "
            "(0 when clients connect directly) and remove RATELIMIT_IP_META_KEY.",
            id="portal.W001",
        )
    ]


PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)


@register()
def login_throttle_cache(app_configs, **kwargs):
    """axes.W001 for our subclass of axes' cache handler: django-axes checks only its own class
    name, so without this a process-local cache (each worker counting on its own) would pass."""
    if settings.AXES_HANDLER != "portal.login_throttle.LoginThrottleHandler":
        return []
    backend = settings.CACHES.get(getattr(settings, "AXES_CACHE", "default"), {}).get("BACKEND", "")
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        Warning(
            "The login throttle counts failed logins in a cache that each process keeps on its own.",
            hint="Set CACHE_URL to a shared cache such as redis://host:6379/1.",
            id="axes.W001",  # the same finding as django-axes' own check, silenced where that is
        )
    ]


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
                id="portal.W002",
            )
        ]
    return []
