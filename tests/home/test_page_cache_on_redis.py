"""A page-cache hit on Redis, as production runs it: one Redis command, no new Redis client,
and answered before the session, authentication and messages middleware run."""

import os
import uuid

import pytest
import redis
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache

from portal.settings.test import per_worker_redis

pytestmark = [pytest.mark.django_db, pytest.mark.requires_service("redis")]


@pytest.fixture
def on_redis(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.redis_cache.RedisCache",
            # This worker's Redis database: the clear() below is a FLUSHDB.
            "LOCATION": per_worker_redis(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")),
            "KEY_PREFIX": f"test-hit-{uuid.uuid4().hex[:8]}",
        }
    }
    settings.PAGE_CACHE_SECONDS = 3600
    yield
    cache.clear()


@pytest.fixture
def counted(monkeypatch):
    """Counts Redis commands, new Redis clients and calls of the per-visitor middleware."""
    counts = {"commands": [], "clients": 0, "middleware": []}
    execute = redis.Redis.execute_command
    init = redis.Redis.__init__

    def counting_execute(self, *args, **options):
        counts["commands"].append(args[0])
        return execute(self, *args, **options)

    def counting_init(self, *args, **kwargs):
        counts["clients"] += 1
        init(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", counting_execute)
    monkeypatch.setattr(redis.Redis, "__init__", counting_init)
    for middleware in (SessionMiddleware, AuthenticationMiddleware, MessageMiddleware):
        original = middleware.process_request

        def noting(self, request, _original=original, _name=middleware.__name__):
            counts["middleware"].append(_name)
            return _original(self, request)

        monkeypatch.setattr(middleware, "process_request", noting)
    return counts


def test_a_hit_is_one_redis_command_before_any_per_visitor_middleware(on_redis, get_page, counted):
    assert get_page("/nl/")["X-Page-Cache"] == "miss"
    assert get_page("/nl/")["X-Page-Cache"] == "hit"  # the process learns the entry's tokens
    counted["commands"].clear()
    counted["middleware"].clear()
    counted["clients"] = 0
    hit = get_page("/nl/")
    assert hit["X-Page-Cache"] == "hit"
    assert counted["commands"] == ["MGET"], counted["commands"]
    assert counted["clients"] == 0, "a new Redis client for a hit"
    assert counted["middleware"] == [], counted["middleware"]
    assert "Set-Cookie" not in hit
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    assert b"data-exit-link" in hit.content  # the exit button comes with the stored page
