"""The test suite's uses of private library APIs, in one place, each with the reason
(the application's are in portal/library_internals.py; tests/portal/test_library_internals.py
checks both against the installed libraries, so an upgrade that changes one fails loudly).
"""

# ---- Django's database connection (the browser tests' live server) --------------------------


def queued_on_commit(connection):
    """The `transaction.on_commit` callbacks the connection holds, as
    `[(savepoint ids, callback, robust)]` (`BaseDatabaseWrapper.run_on_commit`).

    Why: the browser tests share the test thread's in-memory SQLite connection with the live
    server, inside the test's transaction, which is never committed; `commits_when_released`
    runs what a released request queued, as its commit would (Django's own
    `TestCase.captureOnCommitCallbacks` reads the same list).
    """
    return connection.run_on_commit


def set_queued_on_commit(connection, entries):
    connection.run_on_commit = entries


def open_savepoints(connection):
    """The ids of the connection's open savepoints (`BaseDatabaseWrapper.savepoint_ids`).

    Why: a callback queued inside a savepoint that is still open is not due yet.
    """
    return connection.savepoint_ids


# ---- Django's cache backends (tests that read what is stored, raw) ---------------------------


def locmem_entries(cache):
    """`(items, expiry)` of a local-memory cache as stored: `{made key: pickled bytes}` and
    `{made key: expiry timestamp}` (`LocMemCache._cache`, `_expire_info`, under `_lock`).

    Why: the privacy tests check what the storage holds, not what the cache API gives back
    (an expired entry the API hides may still be stored).
    """
    with cache._lock:
        return dict(cache._cache), dict(cache._expire_info)


def redis_client(cache):
    """The redis-py client of Django's RedisCache (`RedisCache._cache.get_client`).

    Why: as for the local-memory cache: scan every key the store holds, with its TTL.
    """
    return cache._cache.get_client(write=False)
