"""The prefill token: how the result page hands its outcome to the request forms in `advies`.

Contract (version 1), owned by `vragenlijst`:

    make_prefill_token(outcome) -> str
    read_prefill_token(token, max_age=PREFILL_MAX_AGE) -> dict | None

The result page links to the forms with `?token=<token>` (URL names
"advies:adviesaanvraag", "advies:terugbellen", "advies:consultatie", "advies:casus").
`read_prefill_token` returns None for anything that is not a valid, unexpired token of
this site (tampered, expired after `max_age` seconds, made with another secret key,
malformed); otherwise this dict:

    {
        "v": 1,
        "route": "veiligheid" | "expertisepunt" | "advies" | "vrij-aanbod",  # home.choices.Route
        "role": "ouder" | "kind" | "professional" | "familielid",
        "municipality": "<Municipality.slug>" or "",   # "" when unknown or outside the region
        "site_id": <int>,                              # the Wagtail Site (region) of the outcome
        "summary": ["Praten met de andere ouder: Bijna niet: ...", ...],  # Dutch statements
        "topics": ["ouderschapsplan", ...],            # home.Topic slugs (questions.HELP_NEED_TOPICS)
        "child_age_groups": ["4-7", "8-11", ...],      # inclusive year ranges (ChildAgeGroup)
        "family_consent": "ja" | "nee" | "nog-niet" | "",  # professionals only; "" otherwise
    }

Nothing in it identifies a person: no names, dates, contact details or free text, only
answers chosen from fixed lists. The form that reads it must still check `site_id`
against the request's site before using it.

Why encrypted and not only signed: the token sits in a URL, so it ends up in the
browser history. A signed token (django.core.signing) can be read by anyone who copies
it; the summary may say "Geweld of dreiging: Ja", which must not be readable by someone
else looking at that history. So the payload is encrypted *and* authenticated with
Fernet (AES-CBC + HMAC-SHA256, with a timestamp for the expiry), under a key derived
from SECRET_KEY with the salt "vragenlijst.prefill"; keys in SECRET_KEY_FALLBACKS are
accepted for reading, as with Django's signing.
"""

import base64
import json
import zlib

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.utils.crypto import salted_hmac

from home.choices import Route
from vragenlijst.questions import ChildAgeGroup, FamilyConsent, Role

SALT = "vragenlijst.prefill"
TOKEN_VERSION = 1
PREFILL_MAX_AGE = 2 * 60 * 60  # seconds
MAX_TOKEN_LENGTH = 4096
MAX_PAYLOAD_BYTES = 16 * 1024
MAX_LIST_ITEMS = 40
MAX_TEXT_LENGTH = 300


def _fernet(secret):
    key = salted_hmac(SALT, "prefill-token-key", secret=secret, algorithm="sha256").digest()
    return Fernet(base64.urlsafe_b64encode(key))


def prefill_payload(outcome):
    return {
        "v": TOKEN_VERSION,
        "route": str(outcome.route),
        "role": str(outcome.role),
        "municipality": outcome.municipality or "",
        "site_id": int(outcome.site_id),
        "summary": [str(statement) for statement in outcome.summary],
        "topics": [str(topic) for topic in outcome.topics],
        "child_age_groups": [str(group) for group in outcome.child_age_groups],
        "family_consent": outcome.family_consent or "",
    }


def make_prefill_token(outcome) -> str:
    """An encrypted, expiring token with the route and the non-identifying summary."""
    return encode_prefill_payload(prefill_payload(outcome))


def encode_prefill_payload(payload) -> str:
    """Encrypt a payload of the shape above (`read_prefill_token` validates it on reading)."""
    data = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return _fernet(settings.SECRET_KEY).encrypt(zlib.compress(data)).decode("ascii")


def read_prefill_token(token, max_age=PREFILL_MAX_AGE):
    """The payload of a valid token made less than `max_age` seconds ago, else None."""
    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    try:
        raw = token.encode("ascii")
    except UnicodeEncodeError:
        return None
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    for secret in secrets:
        try:
            compressed = _fernet(secret).decrypt(raw, ttl=max_age)
        except InvalidToken:
            continue
        return _validated(_decompress(compressed))
    return None


def _decompress(compressed):
    decompressor = zlib.decompressobj()
    try:
        data = decompressor.decompress(compressed, MAX_PAYLOAD_BYTES)
        if decompressor.unconsumed_tail:
            return None
        return json.loads(data.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        return None


def _string_list(value, allowed=None):
    if not isinstance(value, list) or len(value) > MAX_LIST_ITEMS:
        raise ValueError
    if not all(isinstance(item, str) and len(item) <= MAX_TEXT_LENGTH for item in value):
        raise ValueError
    if allowed is not None and not set(value) <= allowed:
        raise ValueError
    return list(value)


def _validated(payload):
    if not isinstance(payload, dict) or payload.get("v") != TOKEN_VERSION:
        return None
    try:
        route, role = payload["route"], payload["role"]
        municipality, site_id = payload["municipality"], payload["site_id"]
        consent = payload.get("family_consent", "")
        if route not in Route.values or role not in Role.values:
            return None
        if not isinstance(municipality, str) or len(municipality) > 100:
            return None
        if not isinstance(site_id, int) or isinstance(site_id, bool):
            return None
        if consent not in ("", *FamilyConsent.values):
            return None
        return {
            "v": TOKEN_VERSION,
            "route": route,
            "role": role,
            "municipality": municipality,
            "site_id": site_id,
            "summary": _string_list(payload["summary"]),
            "topics": _string_list(payload["topics"]),
            "child_age_groups": _string_list(payload["child_age_groups"], set(ChildAgeGroup.values)),
            "family_consent": consent,
        }
    except (KeyError, ValueError):
        return None
