"""Model fields that keep personal data encrypted at rest.

Values are encrypted with Fernet (AES-128-CBC with HMAC-SHA256) from `cryptography`,
using ``settings.FIELD_ENCRYPTION_KEYS``: the first key encrypts, every key decrypts
(`MultiFernet`). Rotating keys: put a new key in front, deploy, then run
``manage.py reencrypt_requests`` so every row is rewritten with the newest key, and
only then drop the old key.

Encrypted columns cannot be searched or filtered (every encryption of the same text
differs); look requests up by their reference number instead.
"""

import functools
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@functools.lru_cache(maxsize=8)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS must hold at least one Fernet key.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(f"FIELD_ENCRYPTION_KEYS holds an invalid Fernet key: {error}") from error


def fernet():
    """The MultiFernet for the keys in the settings (cached per key list, so tests can
    override the setting)."""
    return _fernet_for(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt_text(text):
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt_text(token):
    return fernet().decrypt(token.encode("ascii")).decode("utf-8")


def rotate_token(token):
    """The same plaintext, encrypted again with the newest key."""
    return fernet().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token. The empty string is stored as is (it reveals only
    that nothing was filled in), so blank checks stay cheap."""

    description = "Encrypted text"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        try:
            return self.decode(decrypt_text(value))
        except InvalidToken as error:
            raise ImproperlyConfigured(
                f"{self.model.__name__}.{self.name} cannot be decrypted with FIELD_ENCRYPTION_KEYS."
            ) from error

    def decode(self, plaintext):
        return plaintext

    def encode(self, value):
        return str(value)

    def get_prep_value(self, value):
        value = models.Field.get_prep_value(self, value)
        if value is None:
            return None
        plaintext = self.encode(value)
        if plaintext == "":
            return ""
        return encrypt_text(plaintext)

    def get_lookup(self, lookup_name):
        # Only null/blank checks make sense on ciphertext.
        if lookup_name not in ("isnull", "exact", "in"):
            return None
        return super().get_lookup(lookup_name)


class EncryptedJSONField(EncryptedTextField):
    """A JSON value (dict or list) stored as one Fernet token."""

    description = "Encrypted JSON"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def decode(self, plaintext):
        return json.loads(plaintext)

    def encode(self, value):
        if value in ({}, [], None, ""):
            return ""
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    def from_db_value(self, value, expression, connection):
        decoded = super().from_db_value(value, expression, connection)
        if decoded in (None, ""):
            return self.get_default()
        return decoded

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value) if value else self.get_default()
        return value

    def value_to_string(self, obj):
        return json.dumps(self.value_from_object(obj), default=str)
