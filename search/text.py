"""Small, pure text helpers shared by indexing, the engine queries and the database fallback."""

import functools
import re
import unicodedata

from django.utils.html import escape, strip_tags

WORD = re.compile(r"\w+", re.UNICODE)
WHITESPACE = re.compile(r"\s+")

# Words too common to narrow a search: left out of the words a result must contain (on the
# database and on the engine alike), so "mijn kind wil niet naar papa" asks for "kind" and
# "papa". The engine's analysers drop their own stop lists as well.
NL_STOPWORDS = (
    "de het een en of in op van voor met aan als bij dat die dit er is te tot uit om over naar "
    "door maar ook niet wat hoe wie wij we je jij ik zijn mijn mij me mn hij zij ze hem haar "
    "hun ons onze jullie u uw men wil wilt willen kan kun kunt kunnen moet moeten mag mogen zal "
    "zou zullen heb hebt heeft hebben ben bent was waren wordt worden werd gaat gaan ga doe doet "
    "doen al nog nu dan toen zo hier daar waar welke iets niets meer heel erg zeer nooit altijd "
    "omdat dus want wel even elke ieder sinds na tegen tussen onder toch zelf hoeveel"
)
EN_STOPWORDS = (
    "a an and or the of in on at to for with by from as is are be been was were it its this "
    "that these those what how who whom my me i you your we our us he him his she her they them "
    "their not no do does did doing have has had will would can could should shall may might "
    "must am so if but about into out up when where which there here very just than then "
    "after before"
)
STOPWORDS = {"nl": frozenset(NL_STOPWORDS.split()), "en": frozenset(EN_STOPWORDS.split())}

# How a searched word matches a word of the text (the same on the database and in the
# highlights): short words only as the whole word ("ots" never matches "plotseling", "co"
# never "conflict"), middle ones also at the start of a word ("kind" finds "kinderen"), long
# ones anywhere in a word, for Dutch compounds ("alimentatie" finds "kinderalimentatie").
WHOLE_WORD_BELOW = 4
PREFIX_BELOW = 6


def term_matches(term, word):
    """Whether a folded search term matches a folded word of the text."""
    if len(term) < WHOLE_WORD_BELOW:
        return word == term
    if len(term) < PREFIX_BELOW:
        return word.startswith(term)
    return term in word


def word_pattern(term):
    """What a padded word list (" a b c ", see `word_list`) must contain for the term to
    match one of its words, after `term_matches`."""
    if len(term) < WHOLE_WORD_BELOW:
        return f" {term} "
    if len(term) < PREFIX_BELOW:
        return f" {term}"
    return term


def word_list(text):
    """The distinct folded words of a text, sorted, with a space before and after each, so a
    LIKE finds whole words and word starts (see `word_pattern`)."""
    found = sorted(set(words(text)))
    return f" {' '.join(found)} " if found else ""


# Every combining character (what `unicodedata.combining` is true for), as one class.
COMBINING = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in range(0x110000) if unicodedata.combining(chr(code))) + "]"
)


def fold(text):
    """Lower-case without diacritics ("Coördinatie" -> "coordinatie"), same length as the input
    for everything but a few ligatures; used for the database fallback's matching."""
    text = str(text).casefold()
    if text.isascii():  # the usual case: nothing to decompose
        return text
    return COMBINING.sub("", unicodedata.normalize("NFKD", text))


def words(text):
    """The folded words of a text, in order."""
    return WORD.findall(fold(text))


def plain_text(*parts):
    """Joins text and HTML fragments into one plain-text string with single spaces."""
    text = " ".join(strip_tags(str(part)) for part in parts if part)
    return WHITESPACE.sub(" ", text).strip()


def _folded_with_positions(text):
    """The folded text and, for each folded character, its index in the original text."""
    folded = fold(text)
    if len(folded) == len(text):  # the usual case: one character each (accents dropped)
        return folded, range(len(text))
    folded, positions = [], []
    for index, ch in enumerate(text):
        for folded_ch in fold(ch):
            folded.append(folded_ch)
            positions.append(index)
    return "".join(folded), positions


def _word_span(text, start, end):
    """Widens [start, end) to whole words of the text."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


@functools.lru_cache(maxsize=256)
def _words_matching(terms):
    """A regular expression finding the whole words that one of the (folded) terms matches,
    by `term_matches`: short terms as the word, middle ones at its start, long ones inside."""
    whole = [t for t in terms if len(t) < WHOLE_WORD_BELOW]
    start = [t for t in terms if WHOLE_WORD_BELOW <= len(t) < PREFIX_BELOW]
    inside = [t for t in terms if len(t) >= PREFIX_BELOW]
    either = lambda group: "|".join(re.escape(t) for t in sorted(group, key=len, reverse=True))  # noqa: E731
    patterns = []
    if inside:
        patterns.append(rf"\b\w*(?:{either(inside)})\w*")
    if start:
        patterns.append(rf"\b(?:{either(start)})\w*")
    if whole:
        patterns.append(rf"\b(?:{either(whole)})\b")
    return re.compile("|".join(patterns)) if patterns else None


def matched_spans(text, terms):
    """Sorted (start, end) spans of the whole words in `text` that a term matches
    (`term_matches`)."""
    pattern = _words_matching(tuple(sorted({t for t in terms if t})))
    if pattern is None:
        return []
    folded, positions = _folded_with_positions(text)
    spans = []
    for match in pattern.finditer(folded):
        spans.append(_word_span(text, positions[match.start()], positions[match.end() - 1] + 1))
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight_html(text, terms, *, size=None):
    """Escaped HTML of `text` (or of a fragment of about `size` characters around the first
    match) with matched words wrapped in <mark>. Returns "" when size is given and nothing
    matches."""
    spans = matched_spans(text, terms)
    start, end = 0, len(text)
    if size is not None:
        if not spans:
            return ""
        first = spans[0][0]
        start = max(0, first - size // 3)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(len(text), start + size)
        while end < len(text) and not text[end].isspace():
            end += 1
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    pieces.append("…" if end < len(text) else "")
    return "".join(pieces)


def shorten(text, size):
    """The text cut at a word boundary near `size` characters, with an ellipsis."""
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size].rstrip(" ,.;:") + "…"
