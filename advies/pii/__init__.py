"""Finds personal data in free text, for case information given without family consent.

`find_personal_data(text)` returns what it found (kind and the exact fragment), so the
form can say exactly what to remove. It looks for names (`names.py`) and for personal
data with a shape (`patterns.py`): e-mail addresses, phone numbers (Dutch and
international), BSNs, IBANs, postcodes, street addresses, dates (full dates, and a
birthday without the year), licence plates, file, client and case numbers, and
social-media accounts.

It is tuned not to refuse ordinary case descriptions: ages, years, months with a year,
amounts, times, service numbers such as 0800-2000, organisations, places, legal measures
and capitalised words at the start of a sentence pass. The corpus in
tests/data/pii_corpus/ is the yardstick (scripts/benchmarks/pii_recall.py prints how it
does); it cannot catch every name, so the form also tells the professional plainly what
is not allowed.

The word lists are loaded once per process, on first use (about a second; call
`warm_up()` to do it at start-up).
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from advies.pii.lexicon import lexicon
from advies.pii.names import find_names
from advies.pii.patterns import EMAIL, FINDERS, is_valid_bsn

__all__ = ["KIND_LABELS", "Finding", "find_personal_data", "is_valid_bsn", "warm_up"]

KIND_LABELS = {
    "email": _("e-mailadres"),
    "phone": _("telefoonnummer"),
    "bsn": _("BSN"),
    "iban": _("rekeningnummer"),
    "postcode": _("postcode"),
    "address": _("adres"),
    "date": _("datum (bijvoorbeeld een geboortedatum)"),
    "name": _("naam"),
    "licence_plate": _("kenteken"),
    "file_number": _("dossier-, cliënt- of zaaknummer"),
    "handle": _("account op sociale media"),
}

# When two findings overlap, the more specific kind names the fragment.
PRIORITY = [
    "email",
    "iban",
    "bsn",
    "phone",
    "file_number",
    "licence_plate",
    "handle",
    "postcode",
    "date",
    "address",
]


@dataclass(frozen=True)
class Finding:
    kind: str
    fragment: str

    @property
    def label(self):
        return KIND_LABELS[self.kind]


def warm_up():
    """Load the word lists now rather than on the first form that needs them."""
    lexicon()


def find_personal_data(text, known_names=()):
    """All personal data found in `text`, in order of appearance, without duplicates.

    `known_names` are proper names that identify no person and that the word lists
    cannot know: the region's own municipalities and the providers of its services
    (e.g. "Hazelrode", "Jeugdpraktijk Hazelrode"). They are never taken for a person's
    name; a street or e-mail address that contains one is still found."""
    if not text or not text.strip():
        return []
    spans = [(m.start(), m.end(), "email") for m in EMAIL.finditer(text)]
    for finder in FINDERS:
        spans.extend(finder(text))
    spans = _without_overlaps(spans, len(text))
    taken = bytearray(len(text))
    for start, end, _kind in spans:
        taken[start:end] = b"\x01" * (end - start)
    known = bytearray(len(text))
    for start, end in _known_name_spans(text, known_names):
        known[start:end] = b"\x01" * (end - start)

    def masked(start, end):
        return any(taken[start:end]) or any(known[start:end])

    spans.extend((start, end, "name") for start, end in find_names(text, masked))
    findings = []
    seen = set()
    for start, end, kind in sorted(spans):
        finding = Finding(kind, text[start:end].strip(" ,.;:"))
        if finding.fragment and (kind, finding.fragment) not in seen:
            seen.add((kind, finding.fragment))
            findings.append(finding)
    return findings


def _known_name_spans(text, known_names):
    """(start, end) of each whole-word occurrence of a known name, in any letter case."""
    names = sorted({name.strip() for name in known_names if name and name.strip()}, key=len, reverse=True)
    if not names:
        return []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)", re.IGNORECASE
    )
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _without_overlaps(spans, length):
    """Keep the more specific of overlapping findings (an IBAN is no phone number), and
    the longer of two of the same kind."""
    ranked = sorted(spans, key=lambda s: (PRIORITY.index(s[2]), -(s[1] - s[0])))
    taken = bytearray(length)
    kept = []
    for start, end, kind in ranked:
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, kind))
    return kept
