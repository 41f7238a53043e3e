"""Prefill from the Scheidingswijzer: the questionnaire hands over an encrypted token with
its route and a short, non-identifying summary; the forms show both, editable.

The token and its contract belong to `vragenlijst.tokens` (`read_prefill_token(token,
max_age=...) -> dict | None`); anything missing, expired, tampered with or for another
region gives no prefill.
"""

from dataclasses import dataclass, field

from home.choices import Route
from vragenlijst.tokens import read_prefill_token

MAX_AGE_SECONDS = 2 * 60 * 60  # as long as the questionnaire's session lives
MAX_SUMMARY_LINES = 20
MAX_LINE_LENGTH = 300


@dataclass(frozen=True)
class Prefill:
    route: str = ""
    role: str = ""
    municipality_slug: str = ""
    summary: list = field(default_factory=list)
    topics: list = field(default_factory=list)

    @property
    def summary_text(self):
        return "\n".join(f"- {line}" for line in self.summary)


def _read_payload(token):
    try:
        return read_prefill_token(token, max_age=MAX_AGE_SECONDS)
    except Exception:  # noqa: BLE001 - a broken token is simply no prefill
        return None


def _strings(value, limit):
    if not isinstance(value, list):
        return []
    return [
        str(item)[:MAX_LINE_LENGTH] for item in value[:limit] if isinstance(item, str | int) and str(item)
    ]


def read_prefill(token, site):
    """The prefill carried by `token` for `site`, or None."""
    if not token or not isinstance(token, str) or len(token) > 4000:
        return None
    payload = _read_payload(token)
    if not isinstance(payload, dict) or payload.get("v") != 1:
        return None
    if payload.get("site_id") != site.pk:
        return None
    route = payload.get("route")
    return Prefill(
        route=route if route in Route.values else "",
        role=str(payload.get("role") or ""),
        municipality_slug=str(payload.get("municipality") or ""),
        summary=_strings(payload.get("summary"), MAX_SUMMARY_LINES),
        topics=_strings(payload.get("topics"), 50),
    )
