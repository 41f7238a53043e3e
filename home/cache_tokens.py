"""Tokens in the shared cache that say whether something kept about a page is still current.

Everything the page cache stores, and everything a process keeps in memory between
requests (`home.process_cache`), records the tokens it depends on: one for everything, one
for the list of regions (host names, home pages), one per region, one per page
(translation key, so all languages of a page share it). A purge gives the affected tokens
new values (`purge`), in the shared cache, so every process sees it on its next request;
what was kept with an old value is no longer used and simply expires.

A token's value starts with the moment it was set. Something computed while a token
changed may mix old and new data; `settled` refuses to keep it (see there).
"""

import logging
import secrets
import time

from django.conf import settings
from django.core.cache import caches

PREFIX = "pagecache:token:"
EVERYTHING = PREFIX + "all"
SITES = PREFIX + "sites"
REQUEST_ATTRIBUTE = "_cache_tokens"

logger = logging.getLogger(__name__)


def site(site_id):
    return f"{PREFIX}site:{site_id}"


def page(translation_key):
    return f"{PREFIX}page:{translation_key}"


def for_page(site_id, translation_key):
    """The tokens a page's content depends on."""
    return (EVERYTHING, site(site_id), page(translation_key))


def for_region(site_id):
    return (EVERYTHING, site(site_id))


def shared_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def settle_seconds():
    """How long before a computation began a token must have last changed for the
    result to be kept (covers clocks of several hosts that differ a little)."""
    return float(getattr(settings, "PAGE_CACHE_SETTLE_SECONDS", 1.0))


def new_value(now=None):
    return f"{time.time_ns() if now is None else int(now * 1e9)}-{secrets.token_hex(4)}"


def changed_at(value):
    """When a token got its value (seconds since the epoch); 0 for a token that was
    merely missing and created, which is no change of anything."""
    try:
        return int(value.split("-", 1)[0]) / 1e9
    except (AttributeError, ValueError):
        return 0.0


def names(affected):
    """Token names to renew for an `home.purge_rules.Affected`."""
    if affected.everything:
        return [EVERYTHING]
    found = [site(site_id) for site_id in sorted(affected.site_ids)]
    found += [page(key) for key in sorted(affected.page_keys)]
    if affected.sites:
        found.append(SITES)
    return found


def purge(affected=None):
    """Renew the tokens of what `affected` names (everything when None)."""
    if affected is None:
        wanted = [EVERYTHING]
    elif not affected:
        return
    else:
        wanted = names(affected)
    value = new_value()
    try:
        shared_cache().set_many({name: value for name in wanted}, None)
    except Exception:
        # The change itself is saved; what was kept expires with its timeout.
        logger.exception("Could not purge %s tokens: the shared cache is unreachable", len(wanted))


class Tokens:
    """Token values as read by one request: each read once from the shared cache (all
    missing ones in one round trip) and remembered with the moment it was read."""

    def __init__(self, cache=None):
        self.cache = cache or shared_cache()
        self.values = {}
        self.read_at = {}
        self.unreachable = False

    def _read(self, missing):
        found = self.cache.get_many(missing)
        absent = [name for name in missing if name not in found]
        if absent:
            # Created, not changed: "0-..." so nothing computed meanwhile is refused.
            for name in absent:
                self.cache.add(name, f"0-{secrets.token_hex(8)}", None)
            found.update(self.cache.get_many(absent))
        return found

    def get(self, wanted):
        missing = [name for name in wanted if name not in self.values]
        if missing:
            now = time.time()
            try:
                found = self._read(missing)
            except Exception:
                # Without the shared cache nothing kept can be trusted: values that match
                # nothing, and `settled` keeps nothing new.
                logger.warning("Shared cache unreachable: pages are rendered without it", exc_info=True)
                self.unreachable = True
                found = {name: f"unreachable-{secrets.token_hex(8)}" for name in missing}
            for name in missing:
                self.values[name] = found.get(name)
                self.read_at[name] = now
        return {name: self.values[name] for name in wanted}

    def current(self, recorded):
        """Whether every token in `recorded` (name -> value) still has that value."""
        return self.get(list(recorded)) == recorded

    def settled(self, wanted, started):
        """Whether a result computed from `started` on may be kept with these tokens:
        each was read before the computation began or last changed well before it.

        A token read afterwards might have changed while the data was read; the result
        could then hold old data under the new value and would never be purged."""
        values = self.get(wanted)
        if self.unreachable:
            return False
        margin = settle_seconds()
        return all(
            self.read_at[name] <= started or changed_at(values[name]) < started - margin for name in wanted
        )


def for_request(request):
    """The request's `Tokens` (a fresh set without a request)."""
    if request is None:
        return Tokens()
    tokens = getattr(request, REQUEST_ATTRIBUTE, None)
    if tokens is None:
        tokens = Tokens()
        setattr(request, REQUEST_ATTRIBUTE, tokens)
    return tokens
