"""Prefill from the Scheidingswijzer: the questionnaire hands over its route and a short,
non-identifying summary; the forms show both, editable.

The hand-over and its contract belong to `vragenlijst.handover`: it is read through this
browser's own ephemeral cookie (never from the URL), so another browser gets an empty
form, and it is used once: `prefill_used` is called after the first successful
submission from this browser. Anything missing, malformed or for another region gives
no prefill.
"""

from dataclasses import dataclass, field

from home.choices import Route
from vragenlijst.handover import handover_used, read_handover

MAX_SUMMARY_LINES = 20
MAX_LINE_LENGTH = 300


@dataclass(frozen=True)
class Prefill:
    route: str = ""
    role: str = ""
    municipality_slug: str = ""
    summary: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    family_consent: str = ""  # the professional's answer: "ja", "nee", "nog-niet" or ""

    @property
    def summary_text(self):
        return "\n".join(f"- {line}" for line in self.summary)


def _strings(value, limit):
    if not isinstance(value, list):
        return []
    return [
        str(item)[:MAX_LINE_LENGTH] for item in value[:limit] if isinstance(item, str | int) and str(item)
    ]


def read_prefill(request, site):
    """The prefill this browser's Scheidingswijzer hands over for `site`, or None."""
    payload = read_handover(request)
    if not isinstance(payload, dict) or payload.get("site_id") != site.pk:
        return None
    route = payload.get("route")
    return Prefill(
        route=route if route in Route.values else "",
        role=str(payload.get("role") or ""),
        municipality_slug=str(payload.get("municipality") or ""),
        summary=_strings(payload.get("summary"), MAX_SUMMARY_LINES),
        topics=_strings(payload.get("topics"), 50),
        family_consent=str(payload.get("family_consent") or ""),
    )


def prefill_used(request):
    """A request was sent from this browser: its hand-over is not offered again."""
    handover_used(request)
