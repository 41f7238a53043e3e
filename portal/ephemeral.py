"""The ephemeral store: short-lived data of one browser that the server itself cannot read.

For what a public visitor's browser needs across a few requests and no longer: the
Scheidingswijzer's answers and outcome, its hand-over to a request form, a confirmation
shown once. It takes the place of the session for those, so a public visitor leaves no
session row at all.

How it keeps its promise:

- The browser holds one random 256-bit secret in a cookie (`COOKIE_NAME`): HttpOnly,
  SameSite=Lax, Secure when `SESSION_COOKIE_SECURE`, and without Max-Age, so the browser
  drops it when it ends its session. The server never stores the secret.
- Two values are derived from it with HMAC-SHA256: the entry id (in the cache key) and a
  Fernet key (AES-128-CBC with HMAC-SHA256). Neither can be worked out from the other.
- Each `Slot` is one cache entry `ephemeral:<entry id>:<slot name>` holding nothing but
  the Fernet ciphertext of the slot's JSON data, with a cache timeout of the slot's idle
  timeout, renewed on every `save` (and `touch`). Reading also refuses ciphertext whose
  Fernet timestamp is older than that timeout, so a cache that keeps an entry longer than
  asked still gives nothing back.
- `clear()` deletes every slot of the browser and the cookie.

So raw server storage never holds readable data, another browser (or anyone with the
cache but not the cookie) has nothing to read, and an entry is gone after its idle
timeout whether or not the browser comes back: Redis and Memcached drop it at its TTL.
Django's LocMemCache (the embedded default) drops an expired entry when it is next read
or when it culls; until then it is unreadable ciphertext in the process's memory, and a
restart loses it. Production needs a cache shared by all processes (see `portal.checks`).

Use it through `request.ephemeral` (set by `EphemeralStoreMiddleware`):

    ANSWERS = Slot("my-app", idle_timeout=lambda: 20 * 60)
    data = request.ephemeral.load(ANSWERS)   # {} when there is nothing (or it expired)
    data["step"] = 3
    request.ephemeral.save(ANSWERS, data)    # encrypts, stores, renews the timeout

`load` returns the same dict for the whole request, so several parts of one request
(a wizard's storage and its view) share it; only `save` keeps a change. Values must be
JSON: dicts, lists, strings, numbers, booleans, None. A slot holds at most `MAX_BYTES`
of JSON (a few hundred KB is fine for Redis and locmem; Memcached's default item limit
is 1 MB, and the ciphertext is a third larger than the JSON).
"""

import base64
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core.cache import caches
from django.utils.cache import patch_vary_headers

COOKIE_NAME = "ephemeral"
KEY_PREFIX = "ephemeral"
CACHE_ALIAS = "default"
MAX_BYTES = 512 * 1024
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)

_slots: dict[str, "Slot"] = {}


class EphemeralDataTooLarge(ValueError):
    """A slot's data is larger than `MAX_BYTES` of JSON."""


@dataclass(frozen=True)
class Slot:
    """A named part of a browser's ephemeral data and how long it lives without activity.

    `idle_timeout` is called on every use (seconds), so it can follow a setting."""

    name: str
    idle_timeout: Callable[[], int]

    def __post_init__(self):
        _slots[self.name] = self


def registered_slots():
    return tuple(_slots.values())


def _derive(secret: str, label: bytes) -> bytes:
    return hmac.new(secret.encode("ascii"), b"portal.ephemeral." + label, hashlib.sha256).digest()


def _cache():
    return caches[CACHE_ALIAS]


class EphemeralStore:
    """One browser's ephemeral data during one request (see the module docstring)."""

    def __init__(self, request):
        presented = request.COOKIES.get(COOKIE_NAME, "")
        self._secret = presented if SECRET_PATTERN.fullmatch(presented) else None
        self.presented_key = self._secret is not None
        self._loaded: dict[str, dict] = {}
        self._found: dict[str, bool] = {}
        self._cookie = None  # "set" or "delete" at the end of the request
        self._accessed = False

    # ---- reading and writing ---------------------------------------------------------

    def load(self, slot: Slot) -> dict:
        """The slot's data, or {} when there is none, it expired or it cannot be read."""
        self._accessed = True
        if slot.name not in self._loaded:
            self._loaded[slot.name] = self._read(slot)
            self._found[slot.name] = bool(self._loaded[slot.name])
        return self._loaded[slot.name]

    def lost(self, slot: Slot) -> bool:
        """Whether this browser presents its key but the slot held nothing when this request
        first read it: expired, deleted, or (rarely) never written. A browser without the
        key is simply new."""
        self.load(slot)
        return self.presented_key and not self._found[slot.name]

    def save(self, slot: Slot, data: dict) -> None:
        """Store `data` encrypted for the slot's idle timeout (empty data deletes the slot)."""
        self._accessed = True
        if not data:
            self.delete(slot)
            return
        plaintext = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        if len(plaintext) > MAX_BYTES:
            raise EphemeralDataTooLarge(f"{slot.name}: {len(plaintext)} bytes, at most {MAX_BYTES}")
        if self._secret is None:
            self._secret = secrets.token_urlsafe(32)
            self._cookie = "set"
        ciphertext = self._fernet().encrypt(plaintext).decode("ascii")
        _cache().set(self._key(slot), ciphertext, timeout=slot.idle_timeout())
        self._loaded[slot.name] = data

    def touch(self, slot: Slot) -> None:
        """Count this request as activity: the slot's idle timeout starts again."""
        data = self.load(slot)
        if data:
            self.save(slot, data)

    def delete(self, slot: Slot) -> None:
        self._accessed = True
        if self._secret is not None:
            _cache().delete(self._key(slot))
        self._loaded[slot.name] = {}

    def clear(self) -> None:
        """Delete every slot of this browser and its cookie."""
        self._accessed = True
        if self._secret is not None:
            _cache().delete_many([self._key(slot) for slot in registered_slots()])
        self._secret = None
        self._loaded = {}
        self._cookie = "delete" if self.presented_key or self._cookie == "set" else None

    # ---- the response ------------------------------------------------------------------

    def update_response(self, response):
        if self._cookie == "set":
            response.set_cookie(
                COOKIE_NAME,
                self._secret,
                max_age=None,
                path="/",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        elif self._cookie == "delete":
            response.delete_cookie(COOKIE_NAME, path="/", samesite="Lax")
        if self._accessed:
            patch_vary_headers(response, ("Cookie",))
        return response

    # ---- internals ---------------------------------------------------------------------

    def _key(self, slot: Slot) -> str:
        entry_id = _derive(self._secret, b"id").hex()
        return f"{KEY_PREFIX}:{entry_id}:{slot.name}"

    def _fernet(self) -> Fernet:
        return Fernet(base64.urlsafe_b64encode(_derive(self._secret, b"key")))

    def _read(self, slot: Slot) -> dict:
        if self._secret is None:
            return {}
        key = self._key(slot)
        ciphertext = _cache().get(key)
        if not isinstance(ciphertext, str):
            return {}
        try:
            plaintext = self._fernet().decrypt(ciphertext.encode("ascii"), ttl=slot.idle_timeout())
            data = json.loads(plaintext)
        except (InvalidToken, UnicodeError, ValueError):
            _cache().delete(key)
            return {}
        return data if isinstance(data, dict) else {}


class EphemeralStoreMiddleware:
    """Gives every request `request.ephemeral` and sets or deletes its cookie afterwards.
    Nothing is read from the cache until a view asks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.ephemeral = EphemeralStore(request)
        response = self.get_response(request)
        return request.ephemeral.update_response(response)
