"""Finds personal data in free text, for case information given without family consent.

`find_personal_data(text)` returns what it found (kind and the exact fragment), so the
form can say exactly what to remove. It looks for: e-mail addresses, Dutch phone
numbers, BSNs (nine digits that pass the eleven test), postcodes, street addresses,
full dates (day, month and year: a date of birth or any other traceable date), and
names (a word after a title such as 'mevrouw' or 'de heer', after 'heet' or 'genaamd',
or a common first name).

It is tuned not to refuse ordinary case descriptions: ages, years, months with a year,
amounts, service numbers such as 0800-2000, organisation names and capitalised words
at the start of a sentence pass. It cannot catch every name; the form also tells the
professional plainly what is not allowed.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

KIND_LABELS = {
    "email": _("e-mailadres"),
    "phone": _("telefoonnummer"),
    "bsn": _("BSN"),
    "postcode": _("postcode"),
    "address": _("adres"),
    "date": _("datum (bijvoorbeeld een geboortedatum)"),
    "name": _("naam"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    fragment: str

    @property
    def label(self):
        return KIND_LABELS[self.kind]


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# A run that starts like a phone number (+31, 0031 or 0) followed by digits, spaces,
# dashes, dots or brackets; judged by its digit count below.
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+31|0031|\(?0)[\d\s\-.()]{6,18}\d")

# Nine digits, as written in practice: 123456782, 123.456.782, 1234.56.782, 123 45 67 82.
BSN_CANDIDATE = re.compile(
    r"(?<![\d.,-])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{2}[ .]\d{2}[ .]\d{2})"
    r"(?!\d|[.,-]\d)"
)

# 1234 AB or 1234AB; lower-case letters only when written together (1234ab), so
# "in 2019 en 2020" is no postcode. SA, SD and SS are never used in postcodes.
POSTCODE = re.compile(r"\b[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b")

STREET_SUFFIXES = (
    "straat|straatweg|weg|laan|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|markt|baan|wal|"
    "plantsoen|ring|erf|park|burgwal|dam|veld|akker|hoeve|lei|boulevard|allee|oord|veste"
)
# Words ending like a street but not streets ("onderweg 2 uur").
NOT_STREETS = {
    "onderweg",
    "halverweg",
    "terugweg",
    "heenweg",
    "thuisweg",
    "omweg",
    "uitweg",
    "zijweg",
    "voorhof",
}
ADDRESS_NL = re.compile(
    rf"\b([A-Za-zÀ-ÿ'-]*(?:{STREET_SUFFIXES}))\s+(\d{{1,4}})(?:\s?[a-zA-Z](?![a-zA-Z]))?\b",
    re.IGNORECASE,
)
ADDRESS_EN = re.compile(
    r"\b\d{1,4}\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Road|Rd\.|Lane|Avenue|Ave\.|Drive|Square|Close|Crescent)\b"
)

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|"
    "january|february|march|may|june|july|august|october"
)
DATE_NUMERIC = re.compile(
    r"(?<![\d.])(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d])"
)
DATE_WRITTEN = re.compile(
    rf"\b\d{{1,2}}(?:e|ste|de|th|st|nd|rd)?\s+(?:{MONTHS})\.?,?\s+\d{{4}}\b", re.IGNORECASE
)
DATE_WRITTEN_EN = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:th|st|nd|rd)?,?\s+\d{{4}}\b", re.IGNORECASE)

NAME_WORD = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
TITLES = (
    r"mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|heer|familie|fam\.?|"
    r"mr\.?|mrs\.?|ms\.?|miss|dr\.?|juffrouw|juf|meester"
)
INTRODUCED_NAME = re.compile(
    rf"(?:\b(?:{TITLES})\s+|\b(?:heet|heten|genaamd|genoemd|named|called|naam is|name is|naam:|name:)\s+)"
    rf"((?:(?:van|de|der|den|ter|ten|het|'t)\s+)*{NAME_WORD})",
    re.IGNORECASE,
)

# Common first names in the Netherlands and in English. Names that are also ordinary
# words (Ben, Wil, Roos, Mark, Hoop, Will, May, June, Rose, Lot...) are left out on
# purpose: refusing "Ben je..." or "Wil de poule..." would be a false refusal.
_FIRST_NAMES_TEXT = """
    Aaron Abdel Abdul Achmed Adam Adriaan Ahmed Aisha Alexander Ali Amber Amina Amir Amy Anna Anne Annemarie
    Annet Anouk Anton Arjen Arjan Arthur Astrid Ayoub Bart Bas Bastiaan Bayu Benjamin Bianca Bilal Bram Brenda
    Bregje Britt Carla Carmen Caroline Casper Charlotte Chantal Chloe Chris Christiaan Christian Claudia
    Cor Corné Daan Daniel Daniëlle Danny David Dennis Derk Dewi Dick Diederik Dirk Dominique Dylan Edwin Eline
    Elif Elise Elisabeth Ellen Emily Emma Erik Esmee Esther Eva Evi Fatima Femke Finn Floor Floris Freek
    Gerard Gerrit Gijs Hanna Hannah Hans Harm Hasan Hendrik Henk Hugo Ibrahim Ilse Inge Ingrid Isa Isabel
    Ivo Iris
    Jacob Jacqueline James Jan Janneke Jasper Jayden Jeroen Jesse Jessica Joost Johan John Jolanda Jonas
    Joris Jorrit Josephine Julia Julian Karin Kees Kevin Khadija Kim Klaas Koen Laura Lars Lieke Lina Linda
    Lisa Lisanne Liam Lotte Lucas Luuk Maarten Mandy Manon Marco Margriet Maria Marieke Marije Marloes Martijn
    Martin Mats Max Maud Mehmet Melissa Mila Milan Mirjam Mohamed Mohammed Monique Mustafa Naomi Nathalie
    Niels Nienke Noa Noah Nora Nina Olivia Oscar Patrick Paul Peter Petra Pieter Priya Rachid Rik Rob Robin
    Ruben Rutger Saar Sam Sandra Sanne Sara Sarah Sem Sevda Shirley Sietske Simone Sjoerd Sofia Sophie Stefan
    Stijn Suzanne Sven Tamara Tess Teun Thijs Thomas Tijn Tim Tom Tommy Vera Victor Wendy Willem Wouter Yara
    Yasmin Yusuf Zara Zoë Zoe Fenna Jens Lars Olaf Ruud Sjaak Ton Truus Ria Gerda Joke Marja Wim Jeanette
    Michael Sarah Jessica Jennifer Elizabeth Robert William Richard Joseph Charles Thomas Daniel Matthew
    Anthony Steven Andrew Joshua Emily Olivia Sophia Isabella Charlotte Amelia Harry Oliver George Jack
"""
FIRST_NAMES = frozenset(_FIRST_NAMES_TEXT.split())
FIRST_NAME = re.compile(r"\b(" + "|".join(sorted(FIRST_NAMES, key=len, reverse=True)) + r")\b")


def is_valid_bsn(digits):
    """The eleven test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def _phone_findings(text):
    for match in PHONE_CANDIDATE.finditer(text):
        fragment = match.group(0).strip()
        digits = re.sub(r"\D", "", fragment)
        if digits.startswith("0031"):
            national = digits[4:]
        elif fragment.startswith("+31"):
            national = digits[2:]
        else:
            national = digits[1:] if digits.startswith("0") else ""
        # A Dutch subscriber number has nine digits after the 0 (06-12345678,
        # 010-1234567). 0800/0900 service numbers are shorter and pass.
        if len(national) == 9 and not national.startswith(("800", "900", "906", "909")):
            yield Finding("phone", fragment)


def _bsn_findings(text):
    for match in BSN_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if is_valid_bsn(digits):
            yield Finding("bsn", match.group(0))


def _address_findings(text):
    for match in ADDRESS_NL.finditer(text):
        word = match.group(1)
        if word.lower() in NOT_STREETS or len(word) < 4:
            continue
        yield Finding("address", match.group(0))
    for match in ADDRESS_EN.finditer(text):
        yield Finding("address", match.group(0))


def _postcode_findings(text):
    for match in POSTCODE.finditer(text):
        yield Finding("postcode", match.group(0))


def _date_findings(text):
    for pattern in (DATE_NUMERIC, DATE_WRITTEN, DATE_WRITTEN_EN):
        for match in pattern.finditer(text):
            yield Finding("date", match.group(0))


def _name_findings(text):
    for match in INTRODUCED_NAME.finditer(text):
        name = match.group(1)
        # After a title the next word must look like a name (capitalised).
        last = name.split()[-1]
        if last[:1].isupper():
            yield Finding("name", match.group(0))
    for match in FIRST_NAME.finditer(text):
        yield Finding("name", match.group(0))


def find_personal_data(text):
    """All personal data found in `text`, in order of appearance, without duplicates."""
    if not text:
        return []
    findings = []
    emails = list(EMAIL.finditer(text))
    findings.extend((m.start(), Finding("email", m.group(0))) for m in emails)
    # Look for the rest in the text without e-mail addresses, so 'jan@...' is one finding.
    masked = EMAIL.sub(lambda m: " " * len(m.group(0)), text)
    for finder in (
        _phone_findings,
        _bsn_findings,
        _postcode_findings,
        _address_findings,
        _date_findings,
        _name_findings,
    ):
        for finding in finder(masked):
            findings.append((masked.find(finding.fragment), finding))
    if any(f.kind == "phone" for _, f in findings):
        # A phone number's digits are not also a BSN or a date.
        phones = [f.fragment for _, f in findings if f.kind == "phone"]
        findings = [
            (pos, f)
            for pos, f in findings
            if f.kind not in ("bsn", "date") or not any(f.fragment in phone for phone in phones)
        ]
    seen = set()
    unique = []
    for _pos, finding in sorted(findings, key=lambda item: item[0]):
        key = (finding.kind, finding.fragment)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
