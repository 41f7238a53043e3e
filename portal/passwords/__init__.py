"""Staff passwords: Django's validators, with a common-password list that knows Dutch.

`GuessablePasswordValidator` is Django's CommonPasswordValidator over
common-passwords-nl.txt.gz (Django's list plus Dutch words, see build_list.py) that also
sees through what people add to a common word to pass a length rule: digits and symbols
before or after it (Welkom2026!!, 2026Welkom), leetspeak (W3lk0m), separators (Welkom-2026)
and the word twice (WelkomWelkom). A password of fewer than four different characters is
refused as well.
"""

import re
from pathlib import Path

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

LIST_PATH = Path(__file__).resolve().parent / "common-passwords-nl.txt.gz"

# What people put around a word: a few symbols or digits before it, a year, a count or a
# few symbols after it. Longer or more random additions add real guessing work and are left.
DECORATION_CHARACTERS = re.compile(r"[\W\d_]*")
MAX_LEADING = 4
MAX_TRAILING = 8
SEPARATORS = re.compile(r"[\s\-_.]+")
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
LEET_L = str.maketrans({"1": "l", "!": "i", "|": "l", "€": "e"})
# A stripped word shorter than this says nothing: "ab" + eight digits is not a common password.
MIN_CORE_LENGTH = 4
# '!!!!!!!!!!!!' or 'abababababab' is long but made of almost nothing.
MIN_DISTINCT_CHARACTERS = 4


def is_predictable_suffix(text):
    """'2026!!', '123', '!!!', '1985!?': at most 6 characters, or 8 with at most 4 digits."""
    digits = sum(character.isdigit() for character in text)
    return len(text) <= 6 or (len(text) <= MAX_TRAILING and digits <= 4)


def stripped_cores(plain):
    """`plain` without each predictable decoration before and after it."""
    leading = len(DECORATION_CHARACTERS.match(plain).group())
    trailing = len(DECORATION_CHARACTERS.match(plain[::-1]).group())
    if leading == len(plain):
        return
    for lead in range(min(leading, MAX_LEADING) + 1):
        for trail in range(min(trailing, MAX_TRAILING) + 1):
            if is_predictable_suffix(plain[len(plain) - trail :]):
                yield plain[lead : len(plain) - trail]


def guessable_forms(password):
    """The password as an attacker's word list would try it: itself, and the common word
    left after taking off decorations, undoing leetspeak and separators."""
    plain = password.lower().strip()
    forms = {plain}
    for core in stripped_cores(plain):
        for candidate in (core, SEPARATORS.sub("", core)):
            for word in (candidate, candidate.translate(LEET), candidate.translate(LEET_L).translate(LEET)):
                forms.add(word)
                half = len(word) // 2
                if len(word) % 2 == 0 and word[:half] == word[half:]:
                    forms.add(word[:half])
    return {form for form in forms if form == plain or len(form) >= MIN_CORE_LENGTH}


class GuessablePasswordValidator(CommonPasswordValidator):
    """Refuses a password that is, or is made from, a common password, Dutch word or name."""

    def __init__(self, password_list_path=LIST_PATH):
        super().__init__(password_list_path)

    def validate(self, password, user=None):
        too_plain = len(set(password.lower())) < MIN_DISTINCT_CHARACTERS
        if too_plain or guessable_forms(password) & self.passwords:
            raise ValidationError(self.get_error_message(), code="password_too_common")

    def get_error_message(self):
        return _(
            "Dit wachtwoord is te makkelijk te raden: het is een veelgebruikt wachtwoord, woord of "
            "naam, ook als er cijfers of tekens omheen staan. Kies bijvoorbeeld een zin van vier of "
            "meer losse woorden."
        )

    def get_help_text(self):
        return _(
            "Je wachtwoord mag geen veelgebruikt wachtwoord, woord of naam zijn, ook niet met "
            "cijfers of tekens ervoor of erachter."
        )
