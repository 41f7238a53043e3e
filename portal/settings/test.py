"""Test settings: fast hashing, local cache, plain static storage, immediate tasks.

DATABASE_URL and ELASTICSEARCH_URL still come from the environment, so CI runs the
same suite against PostgreSQL and Elasticsearch.
"""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "django-insecure-test-only"  # noqa: S105
FIELD_ENCRYPTION_KEYS = ["dGVzdC1vbmx5LWluc2VjdXJlLWtleS0zMi1ieXRlcyE="]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# One set of indices per pytest-xdist worker ("gw0", "gw1"): two workers share the engine
# but never each other's documents. Each worker also has its own test database (pytest-django
# suffixes its name) and its own cache (local memory in a process of its own, or a Redis
# database of its own, below).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="portal-test") + (
    f"-{_WORKER}" if _WORKER else ""
)


def per_worker_redis(url):
    """The same Redis server, its database number plus the worker's number ("gw1" -> +1).
    Django's `cache.clear()` on Redis is FLUSHDB, which ignores KEY_PREFIX: on one shared
    database, one worker's clear emptied the other's page cache and cache tokens mid-test."""
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0) + int(_WORKER.removeprefix("gw") or 0)
    return urlunsplit(parts._replace(path=f"/{database}"))


# Local memory unless CACHE_URL says otherwise (CI runs the suite on Redis): then a Redis
# database per worker, as each worker has its own test database and indices.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "portal.redis_cache.RedisCache"  # as in base.py
    CACHES["default"]["LOCATION"] = per_worker_redis(CACHES["default"]["LOCATION"])
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Throttling is switched on in the tests that check it (client.login has no request).
AXES_ENABLED = False

# One process, so a local-memory cache is a correct store for login throttling here;
# production needs a shared cache (CACHE_URL=redis://...), which axes checks for.
SILENCED_SYSTEM_CHECKS = ["axes.W001"]

# The page cache and the process cache are tested on purpose (tests/home/test_page_cache.py,
# test_purge.py, test_query_budget.py); elsewhere what one test kept must not answer another
# test (its data was rolled back). One clock, so no margin is needed.
PAGE_CACHE_SECONDS = 0
PROCESS_CACHE_ENTRIES = 0
PAGE_CACHE_SETTLE_SECONDS = 0
