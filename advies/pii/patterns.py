"""Personal data with a shape: e-mail addresses, phone numbers, BSNs, IBANs, postcodes,
street addresses, dates, licence plates, file numbers and social-media accounts.

Each finder yields (start, end, kind) for the text it is given. They are written for
the ways people actually type these things: spaced and dashed numbers, '(at)' and
'punt' in e-mail addresses, '+32' and '0031' before a phone number, '12bis' and
'45-II' after a street, 'mrt.' and '09 for a month and a year.
"""

import re

from advies.pii.lexicon import fold, lexicon, word_set

# ---- e-mail addresses -------------------------------------------------------------

_AT = r"(?:\s*@\s*|\s*[\[(]\s*(?:at|a|@|apenstaartje)\s*[\])]\s*|\s+(?:at|apenstaartje)\s+)"
_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|punt)\s*[\])]\s*|\s+(?:dot|punt)\s+|\s\.\s)"
_LOCAL_DOT = r"(?:[._+-]|\s+(?:dot|punt)\s+|\s*[\[(]\s*(?:dot|punt)\s*[\])]\s*)"
_TLD = (
    r"(?:nl|com|net|org|eu|be|de|fr|uk|pl|tr|ma|sr|info|nu|biz|me|io|live|online|email|es|it|at|ch|"
    r"dk|se|no|ru|ro|bg|cz|sk|hu|lt|lv|ee|ua|cw|aw|ae|co)"
)
EMAIL = re.compile(
    rf"(?<![\w.@+-])\w+(?:{_LOCAL_DOT}\w+)*{_AT}\w+(?:-\w+)*(?:{_DOT}\w+(?:-\w+)*)*?{_DOT}{_TLD}\b",
    re.IGNORECASE,
)


# ---- phone numbers ----------------------------------------------------------------

# Digit groups joined by one separator each: '06 - 12 34 56 78', '+31(0)6-1234 5678'.
PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+|00|\(\+?0{0,2})?\d[\d]*(?:(?:\s?[-./]\s?|\s|\)\s?|\s?\()\d+)*(?!\w)"
)
SERVICE_PREFIXES = ("800", "900", "906", "909", "88")


def phone_spans(text):
    for match in PHONE_CANDIDATE.finditer(text):
        # The run may go on past the number ('06 1234 5678 20 keer'): take the longest
        # run of its digit groups, from the start, that is a phone number.
        group_ends = []
        digits = 0
        for group in re.finditer(r"\d+\)?", match.group(0)):
            digits += len(group.group(0).rstrip(")"))
            if digits > 16:  # no phone number is longer
                break
            group_ends.append(group.end())
        for end in reversed(group_ends):
            if _looks_like_phone(match.group(0)[:end]):
                yield match.start(), match.start() + end, "phone"
                break


def _looks_like_phone(fragment):
    compact = fragment.replace("(0)", "")
    digits = re.sub(r"\D", "", compact)
    if compact.lstrip("(").startswith("+") or digits.startswith("00"):
        international = digits[2:] if digits.startswith("00") else digits
        if international.startswith("31"):
            return len(international) == 11 and not international[2:].startswith(SERVICE_PREFIXES)
        return 9 <= len(international) <= 14
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    # Dutch and Belgian numbers have nine or ten digits after the 0 (06-12345678,
    # 010-1234567, 0470 12 34 56); 0800/0900 service numbers are shorter or excluded.
    national = digits[1:]
    if national.startswith(SERVICE_PREFIXES):
        return False
    if len(national) == 9:
        # A date written with zeros ('03-05-2016', '01.11.2019') has eight digits; one
        # with ten ('01-02-20161') is no date either way.
        return True
    return len(national) == 10 and not _is_date(compact)


def _is_date(fragment):
    return bool(DATE_NUMERIC.fullmatch(fragment.strip()))


# ---- BSN ----------------------------------------------------------------------------

BSN_CANDIDATE = re.compile(
    r"(?<![\d.,/-])(?:\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3}|"
    r"\d{3}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|\d{2}[ .-]\d{3}[ .-]\d{2}[ .-]\d{2})(?![\d]|[.,/-]\d)"
)
BSN_LABEL = re.compile(r"\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer|bsn-nummer)\b\W{0,3}", re.I)
LABELLED_NUMBER = re.compile(r"(?:[a-z ]{0,30}?[:\s]\s*)?(\d[\d .-]{6,12}\d)", re.I)


def is_valid_bsn(digits):
    """The eleven test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def bsn_spans(text):
    for match in BSN_CANDIDATE.finditer(text):
        if is_valid_bsn(re.sub(r"\D", "", match.group(0))):
            yield match.start(), match.end(), "bsn"
    # After the word BSN any eight or nine digits are meant as one, check digit or not.
    for label in BSN_LABEL.finditer(text):
        number = LABELLED_NUMBER.match(text, label.end())
        if number and len(re.sub(r"\D", "", number.group(1))) in (8, 9):
            yield number.start(1), number.end(1), "bsn"


# ---- IBAN ---------------------------------------------------------------------------

IBAN_CANDIDATE = re.compile(
    r"(?<![\w])[A-Z]{2}[ -]?\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![\w])", re.IGNORECASE
)
IBAN_NL = re.compile(r"NL\d{2}[A-Z]{4}\d{10}", re.IGNORECASE)
ACCOUNT_LABEL = re.compile(r"\b(?:iban|rekeningnummer|rekening|rek\.?\s?nr\.?|bankrekening)\b", re.I)


def _iban_checks(compact):
    moved = (compact[4:] + compact[:4]).upper()
    try:
        number = int("".join(str(int(char, 36)) for char in moved))
    except ValueError:
        return False
    return number % 97 == 1


def iban_spans(text):
    for match in IBAN_CANDIDATE.finditer(text):
        compact = re.sub(r"[ -]", "", match.group(0))
        if not 15 <= len(compact) <= 34 or not compact[:2].isalpha():
            continue
        if _iban_checks(compact) or IBAN_NL.fullmatch(compact):
            yield match.start(), match.end(), "iban"
    # An old Dutch account number (up to ten digits) after 'rekeningnummer', not an amount.
    for label in ACCOUNT_LABEL.finditer(text):
        number = ACCOUNT_NUMBER.match(text, label.end())
        if number and 6 <= len(re.sub(r"\D", "", number.group(1))) <= 10:
            yield number.start(1), number.end(1), "iban"


ACCOUNT_NUMBER = re.compile(r"[^\d\n€]{0,25}?(\d[\d .]{4,12}\d)(?![\d,])(?!\s*(?:euro|eur)\b)", re.I)


# ---- postcodes ----------------------------------------------------------------------

# 1234 AB or 1234AB; lower-case letters only when written together (1234ab), so
# "in 2019 en 2020" is no postcode. SA, SD and SS are never used in postcodes.
POSTCODE = re.compile(r"\b[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b")
POSTCODE_LABELLED = re.compile(r"\bpostcode\W{0,3}([1-9]\d{3}\s?[a-z]{2})\b", re.IGNORECASE)
# A year followed by a common abbreviation ('in 2022 VT', 'sinds 2023 JB') is no postcode.
NOT_POSTCODE = re.compile(r"(?:19|20)\d\d ?(?:VT|JB|GI|WT|RK|CJ|OT|ZH|NH|GGD|BW|AV|JZ|EN|OF|IN|IS)\b")


def postcode_spans(text):
    for match in POSTCODE.finditer(text):
        if not NOT_POSTCODE.match(match.group(0)):
            yield match.start(), match.end(), "postcode"
    for match in POSTCODE_LABELLED.finditer(text):
        yield match.start(1), match.end(1), "postcode"


# ---- street addresses -------------------------------------------------------------

STREET_SUFFIXES = (
    "straat|straatje|straatweg|dwarsstraat|weg|laan|laantje|plein|gracht|kade|singel|dijk|hof|pad|steeg|"
    "dreef|markt|baan|wal|plantsoen|erf|park|burgwal|dam|veld|akker|hoeve|lei|boulevard|allee|oord|"
    "veste|kant|haven|poort|brink|wijk|zijde|vliet|vaart|wetering|gaarde|weide|hout|bosch|heuvel|zoom|"
    "promenade|passage|waard|tuin|tuinen|hoek|berg|horst|donk|meer|rade|polder|stede|hage|kamp|dal|"
    "haege|beemd|schans|wierde|terp|street|road|lane|avenue|drive|square|close|crescent|way"
)
# Suffixes after a house number: 12a, 12 A, 12-A, 12bis, 14 bis, 12 hs, 45-II, 9 zwart, 263-1.
HOUSE_NUMBER_SUFFIX = (
    r"(?:\s?-?\s?(?:bis|ter|hs|huis|bg|bel|boven|bov|beneden|zwart|rood|[IVX]{1,4}\b|[a-zA-Z](?![a-zA-Z])|"
    r"\d{1,3}(?!\d|[.,:]\d))"
    r"|(?:\s?(?:bis|ter|hs|huis|bg|boven|bov|beneden|zwart|rood|rd|zw)\b))?"
)
# A house number is no year ('Kerstmarkt 2023').
HOUSE_NUMBER = rf"(?:nr\.?\s*|nummer\s+)?(?!(?:19|20)\d\d\b)[1-9]\d{{0,3}}{HOUSE_NUMBER_SUFFIX}"
# Words ending like a street but not streets, and units after a number.
NOT_STREETS = word_set(
    """
    onderweg halverweg halfweg terugweg heenweg thuisweg omweg uitweg zijweg weg voorhof kerkhof
    gerechtshof hof ervaring ring markt arbeidsmarkt park pad baan loopbaan wijk veld speelveld
    sportveld dam erf hoek berg kamp tuin meer dal haven kant zijde wal oord lei waard kade straat laan
    plein dreef dijk gracht singel steeg allee boulevard huis tuinen
    """
)
MONTH_WORD = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
UNITS = (
    r"(?:jaar|jaren|jr|keer|maal|x|uur|uren|min|minuten|dagen|dag|weken|week|maanden|maand|nachten|"
    r"kinderen|kind|euro|eur|procent|%|km|kilometer|meter|m|personen|sessies|gesprekken|meldingen|"
    r"years?|times|hours?|days?|weeks?|months?)\b"
)
STREET_ENDINGS = tuple(STREET_SUFFIXES.split("|"))
# A word followed by a house number; whether the word is a street is decided in code,
# which is much faster than a pattern that tries every street ending at every word.
WORD_AND_NUMBER = re.compile(
    rf"(?<![\w-])([\w'-]{{3,}})\s+({HOUSE_NUMBER})(?!\s*{UNITS})(?!\s*{MONTH_WORD})(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
# Streets named 'Laan van Meerdervoort', 'Plein van de Verenigde Naties', 'Hof van Delft'.
STREET_OF = re.compile(
    r"\b(?:Laan|Plein|Weg|Straat|Kade|Singel|Dreef|Hof|Park|Plantsoen|Boulevard|Poort|Brink)\s+"
    r"(?:(?:van|de|der|den|het|'t|op|in|aan|ter|ten)\s+)+(?:[A-Z][\w'-]+\s+){1,3}"
    rf"{HOUSE_NUMBER}(?!\s*{UNITS})(?![\w-]|[.,]\d)"
)
# The words of a street name before its last word: 'Van Limburg Stirumlaan', 'Jan van Galenstraat'.
STREET_NAME_START = re.compile(r"(?:(?:[A-Z][\w'-]*|van|de|der|den|het|'t|ter|ten)\s+){0,4}$")
ADDRESS_EN = re.compile(
    r"\b\d{1,4}\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Road|Rd\.|Lane|Avenue|Ave\.|Drive|Square|Close|Crescent|Way)\b"
)
# 'op nummer 8 van de Beukenhof', 'woont op Wielewaal 12', ', Wielewaal 12.'
NUMBER_OF_STREET = re.compile(
    r"\b(?:huis)?nummer\s+[1-9]\d{0,3}\s*[a-z]?\s+(?:van|aan|in|op)\s+(?:de|het)\s+[A-Z][\w-]+"
)
# The number ends the clause ('Wielewaal 12.', 'Wielewaal 12, 1234 AB', 'Wielewaal 12 in
# Zeist'), unlike 'op Facebook 3 berichten' or 'op Koningsdag 27 april'.
NAMED_PLACE_NUMBER = re.compile(
    r"(?:\b(?:op|aan|adres|woonadres|woont|wonen|verblijft|ingeschreven)\s+(?:de\s+|het\s+)?"
    r"|\badres\W{1,3}|,\s+)"
    rf"((?:[A-Z][\w'-]+\s+){{0,3}}[A-Z][\w'-]+\s+[1-9]\d{{0,2}}{HOUSE_NUMBER_SUFFIX})"
    r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:in|te|bij|en|met|is|was)\b)(?![.,:]\d)"
)
NOT_PLACE_WORDS = word_set(
    """
    groep klas leerjaar fase stap week artikel bijlage code niveau level versie hoofdstuk pagina
    blz paragraaf punt tabel kamer kamers bus lijn spoor zaal verdieping etage ronde dag jaar
    havo vwo vmbo mbo hbo wo covid corona top ma di wo do vr za zo
    """
)


def address_spans(text):
    for match in WORD_AND_NUMBER.finditer(text):
        if not match.group(1).lower().endswith(STREET_ENDINGS):
            continue
        before = STREET_NAME_START.search(text, max(0, match.start(1) - 80), match.start(1))
        start = before.start() if before else match.start(1)
        street = text[start : match.end(1)]
        words = street.split()
        last_word = words[-1].lower()
        named = len(words) > 1 and words[-2][:1].isupper() and last_word in NOT_STREETS
        if (last_word in NOT_STREETS and not named) or len(last_word) < 4:
            continue
        if len(words) == 1 and fold(street) in lexicon().all_places:  # 'Amsterdam 3'
            continue
        if not street[:1].isupper() and not last_word.endswith(
            ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "steeg")
        ):
            continue
        yield start + _leading_function_words(street), match.end(), "address"
    for match in STREET_OF.finditer(text):
        yield match.start(), match.end(), "address"
    for match in ADDRESS_EN.finditer(text):
        yield match.start(), match.end(), "address"
    for match in NUMBER_OF_STREET.finditer(text):
        yield match.start(), match.end(), "address"
    for match in NAMED_PLACE_NUMBER.finditer(text):
        words = match.group(1).split()
        if words[0].lower() in NOT_PLACE_WORDS or words[-2].lower() in NOT_PLACE_WORDS:
            continue
        if fold(words[0]) in lexicon().not_names:  # 'op Instagram 3.', 'aan Veilig Thuis 2.'
            continue
        yield match.start(1), match.end(1), "address"


def _leading_function_words(street):
    """Characters of the lower-case 'de', 'het'... before the street's own words."""
    match = re.match(r"(?:(?:van|de|der|den|het|'t|ter|ten)\s+)+", street)
    return match.end() if match and match.end() < len(street) else 0


# ---- dates -----------------------------------------------------------------------

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|febr|mrt|maa|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|"
    "january|february|march|may|june|july|august|october"
)
# A two-digit year only with its apostrophe ('12 sept '09'), so '3 mei 10 uur' is no date.
_YEAR = r"(?:\d{4}|'\d{2}|’\d{2})"
DATE_NUMERIC = re.compile(
    r"(?<![\d.,/-])(?:(?:0?[1-9]|[12]\d|3[01])\s?[-/.]\s?(?:0?[1-9]|1[0-2])\s?[-/.]\s?(?:\d{4}|'?\d{2})|"
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})|"
    r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))(?![\d]|[.,/-]\d)"
)
DATE_WRITTEN = re.compile(
    rf"\b(?:[1-9]|[12]\d|3[01])(?:e|ste|de|th|st|nd|rd)?\s+(?:van\s+|of\s+)?(?:{MONTHS})\b\.?,?\s*{_YEAR}",
    re.IGNORECASE,
)
DATE_WRITTEN_EN = re.compile(
    rf"\b(?:{MONTHS})\.?\s+(?:[1-9]|[12]\d|3[01])(?:th|st|nd|rd)?,?\s+\d{{4}}\b", re.IGNORECASE
)
# A day and month without a year is a birthday when it is said to be one.
DAY_MONTH = re.compile(
    rf"\b(?:[1-9]|[12]\d|3[01])(?:e|ste|de|th|st|nd|rd)?\s+(?:van\s+|of\s+)?(?:{MONTHS})\b\.?"
    r"|(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01])\s?[-/]\s?(?:0?[1-9]|1[0-2])(?![\d]|[-/.]\d)",
    re.IGNORECASE,
)
BIRTH_WORDS = re.compile(
    r"\b(?:geboren|geb\.?|geboortedatum|geboortedag|jarig|verjaardag|verjaart|wordt\s+\d+\s+op|"
    r"born|birthday|date of birth|dob|d\.o\.b\.)",
    re.IGNORECASE,
)


def date_spans(text):
    for pattern in (DATE_NUMERIC, DATE_WRITTEN, DATE_WRITTEN_EN):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "date"
    # A day and month without a year, in a sentence that speaks of a birthday.
    for start, end in sentences(text):
        sentence = text[start:end]
        if BIRTH_WORDS.search(sentence):
            for match in DAY_MONTH.finditer(sentence):
                yield start + match.start(), start + match.end(), "date"


# A sentence ends at a line break, or at . ! ? before a capital ('geb. 3/9' goes on).
SENTENCE_BREAK = re.compile(r"[.!?]+(?=\s+[A-Z\"'‘“(]|\s*$)|\n")


def sentences(text):
    start = 0
    for match in SENTENCE_BREAK.finditer(text):
        yield start, match.end()
        start = match.end()
    if start < len(text):
        yield start, len(text)


# ---- licence plates ---------------------------------------------------------------

# The fourteen Dutch side codes (XX-99-99 ... 999-XX-9); the all-digit 99-99-99 is a date.
PLATE = re.compile(
    r"(?<![\w-])(?:"
    r"[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|"
    r"[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|"
    r"[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|"
    r"\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d"
    r")(?![\w-])"
)
PLATE_LABEL = re.compile(r"\b(?:kenteken|kentekenplaat|nummerbord|nummerplaat|licen[cs]e plate)\b", re.I)
PLATE_AFTER_LABEL = re.compile(
    r"[^\n.]{0,25}?(?<![\w-])([A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){1,2})(?![\w-])", re.I
)


def plate_spans(text):
    for match in PLATE.finditer(text):
        yield match.start(), match.end(), "licence_plate"
    for label in PLATE_LABEL.finditer(text):
        match = PLATE_AFTER_LABEL.match(text, label.end())
        if match and re.search(r"\d", match.group(1)) and re.search(r"[A-Za-z]", match.group(1)):
            yield match.start(1), match.end(1), "licence_plate"


# ---- file, client and case numbers ---------------------------------------------------

FILE_LABEL = re.compile(
    r"\b(?:dossier(?:nummer|nr)|cli[eë]nt(?:nummer|nr|-?id)|zaak(?:nummer|nr)|zaaknummers|"
    r"kenmerk|referentie(?:nummer)?|registratie(?:nummer|nr)|melding(?:s)?(?:nummer|nr)|meldnummer|"
    r"pati[eë]nt(?:nummer|nr)|polis(?:nummer|nr)|studentnummer|leerlingnummer|parketnummer|rolnummer|"
    r"bvh-?nummer|v-nummer|vreemdelingennummer|documentnummer|paspoortnummer|identificatienummer|"
    r"id-?nummer|lidnummer|klantnummer|verzekerdennummer|aanvraagnummer|vt-melding|vt-nummer|"
    r"case number|file number|reference)\b\.?",
    re.IGNORECASE,
)
# Words that name a file only when the number follows at once ('dossier 88-4412', 'ons kenmerk 23.0441').
FILE_WORD = re.compile(
    r"\b(?:dossier|cli[eë]nt|zaak|kenmerk|ref|polis|nummer|nr)\b\.?:?\s?(?=\d|[A-Z]{1,5}[-/]\d)", re.I
)
FILE_CODE = re.compile(r"(?:[A-Z]{1,5}[-/. ]?)?\d[\dA-Z]*(?:\s?[-/.]\s?[\dA-Z]+)*", re.IGNORECASE)
# Numbers with a shape of their own: 'C/13/712345 / FA RK 22-4455', 'JB-2023-7781', '200.123.456/01'.
COURT_NUMBER = re.compile(
    r"\b[A-Z]/\d{2}/\d{5,}(?:\s*/\s*[A-Z]{2}\s[A-Z]{2}\s\d{2}-\d{3,})?|\b[A-Z]{2}\s?RK\s\d{2}-\d{3,}\b"
)
REFERENCE_CODE = re.compile(r"\b[A-Z]{2,5}-(?:19|20)\d{2}[-/]\d{3,}\b")


def file_number_spans(text):
    starts = []
    for label in FILE_LABEL.finditer(text):
        # The number may follow after a few words: 'Dossiernummer bij Veilig Thuis: 2023-04417'.
        window = re.compile(r"[^\n.\d]{0,40}?(?=\d|[A-Z]{1,5}[-/]\d)").match(text, label.end())
        if window:
            starts.append(window.end())
    for match in FILE_WORD.finditer(text):
        # After a bare 'nummer' a number with a leading 0 is a phone or service number.
        if not (
            match.group(0).lower().startswith(("nummer", "nr")) and text[match.end() : match.end() + 1] == "0"
        ):
            starts.append(match.end())
    for start in starts:
        code = FILE_CODE.match(text, start)
        if code and _is_identifier(code.group(0)) and not re.match(rf"\s*{UNITS}", text[code.end() :]):
            yield code.start(), code.end(), "file_number"
    for pattern in (COURT_NUMBER, REFERENCE_CODE):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "file_number"


def _is_identifier(code):
    """Four or more digits that are not just a year."""
    digits = re.sub(r"\D", "", code)
    return len(digits) >= 4 and not re.fullmatch(r"(?:19|20)\d\d", code.strip())


# ---- social media -----------------------------------------------------------------

HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)")
PROFILE_URL = re.compile(
    r"\b(?:https?://)?(?:www\.)?(?:facebook|fb|instagram|tiktok|twitter|x|youtube|snapchat|linkedin|threads)"
    r"\.com/[@\w.\-/]+",
    re.IGNORECASE,
)
PLATFORM = re.compile(
    r"\b(?:instagram|insta|tiktok|snapchat|snap|facebook|fb|twitter|telegram|youtube|twitch|discord|"
    r"threads|bluesky|roblox|fortnite|account|profiel|gebruikersnaam|username|accountnaam)"
    r"(?:-?(?:account|naam|profiel|pagina))?\b",
    re.IGNORECASE,
)
# A user name has digits, dots or underscores, which ordinary words do not.
USER_NAME = re.compile(
    r"(?<![\w@.])@?[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+\b|(?<![\w@.])@?[A-Za-z]+\d+[A-Za-z0-9]*\b"
)


def handle_spans(text):
    for pattern in (HANDLE, PROFILE_URL):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "handle"
    for platform in PLATFORM.finditer(text):
        window_end = min(len(text), platform.end() + 40)
        for match in USER_NAME.finditer(text, platform.end(), window_end):
            if re.search(r"[.!?]\s", text[platform.end() : match.start()]):
                break
            if not ABBREVIATION.fullmatch(match.group(0)):
                yield match.start(), match.end(), "handle"
                break


# 'o.a', 'i.v.m', 'm.b.t': short parts joined by dots are an abbreviation, not a user name.
ABBREVIATION = re.compile(r"[A-Za-z]{1,3}(?:\.[A-Za-z]{1,3})+")


FINDERS = (
    phone_spans,
    bsn_spans,
    iban_spans,
    postcode_spans,
    address_spans,
    date_spans,
    plate_spans,
    file_number_spans,
    handle_spans,
)
