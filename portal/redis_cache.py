"""Django's Redis cache backend, with one Redis client per process instead of one per call.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` object for every cache
operation. redis-py (8.x) fills a case-insensitive table of ~170 response callbacks in
each one: about 0.35 ms of CPU per operation on our machine, more than the round trip to
Redis itself. A page-cache hit is one operation, so that was a third of its cost. A
`redis.Redis` on a connection pool is safe to share between threads (each command takes a
connection from the pool), and the pool notices a fork, so one client per pool is kept.

Same options, serializer and behaviour as Django's backend otherwise; `portal.settings`
swaps it in for `django.core.cache.backends.redis.RedisCache`.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients.setdefault(index, self._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
