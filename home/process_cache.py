"""Data a process keeps in its own memory between requests, valid while its tokens hold.

An uncached page still needs its region's data (site, settings, menus, contact channels),
its route and its own lists. Reading them again for every request is most of the time an
uncached page takes. Here they are kept per process, each entry with the values of the
tokens it depends on (`home.cache_tokens`); a request reads those tokens once from the
shared cache (one round trip) and uses an entry only while they are unchanged. A purge in
any process therefore reaches this one on its next request, without shared memory.

Entries are Python objects used as they are by later requests (never changed by them);
the least recently used go first when there are more than `PROCESS_CACHE_ENTRIES`
(0 switches this off, as the tests do except where they test it).
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

from home import cache_tokens

_MISSING = object()


class ProcessCache:
    """A bounded, thread-safe least-recently-used map of key -> (tokens, value)."""

    def __init__(self):
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def set(self, key, tokens, value, limit):
        with self._lock:
            self._entries[key] = (tokens, value)
            self._entries.move_to_end(key)
            while len(self._entries) > limit:
                self._entries.popitem(last=False)

    def discard(self, key):
        with self._lock:
            self._entries.pop(key, None)

    def clear(self):
        with self._lock:
            self._entries.clear()

    def __len__(self):
        return len(self._entries)


STORE = ProcessCache()


def limit():
    return int(getattr(settings, "PROCESS_CACHE_ENTRIES", 0) or 0)


def enabled(request):
    """Only for real requests, never for a preview (its page is not the stored one)."""
    return request is not None and limit() > 0 and not getattr(request, "is_preview", False)


def remember(request, key, token_names, compute):
    """`compute()`, or what it returned for an earlier request while the tokens named
    `token_names` (a sequence, or a function of the computed value) are unchanged."""
    if not enabled(request):
        return compute()
    tokens = cache_tokens.for_request(request)
    entry = STORE.get(key)
    if entry is not None:
        recorded, value = entry
        if tokens.current(recorded):
            return value
    started = time.time()
    if not callable(token_names):
        tokens.get(token_names)  # read before the data, so a purge meanwhile is noticed
    value = compute()
    wanted = token_names(value) if callable(token_names) else token_names
    if wanted is not None and tokens.settled(wanted, started):
        STORE.set(key, tokens.get(wanted), value, limit())
    return value


def clear():
    STORE.clear()
