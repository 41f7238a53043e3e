"""Finds people's names in Dutch (and some English) case descriptions.

A word counts as (part of) a name when

- it follows a word that introduces a person: a title ('mevrouw', 'dhr.'), a relation
  ('moeder', 'zoon', 'oma', 'de advocaat') or a naming word ('heet', 'roepnaam'), and
  is not an ordinary word there ('moeder heeft', 'zoon wil');
- it is written with a capital in the middle of a sentence and is a known first name or
  surname, or no ordinary Dutch word, place, organisation or language at all;
- it opens a sentence and is a known first name that is no common word ('Joep zit...'
  but not 'Wil de poule...'), or is followed by an age or a relation in brackets
  ('Sytske (9)', 'Ramsaran (moeder)');
- it is written in lower case but is a known name and no Dutch word ('met sandra');
- it follows initials ('J. de Vries', 'P.J.M. Hendriks').

Around such a word the whole name is taken: tussenvoegsels, double-barrelled parts,
initials and further names ('Fatima Zahra Amrani', 'Bakker-van Dam'), and names joined
to it by 'en' or a comma ('Jildou en Fokke').
"""

import functools
import re
from dataclasses import dataclass

from advies.pii.lexicon import NAMING_WORDS, PARTICLES, RELATIONS, TITLES, fold, lexicon, word_set

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…:;]\s*$|\n")
NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]+")
AGE_OR_ROLE_AFTER = re.compile(r"\s*\((?:\d{1,2}\b|([^\W\d_]+)[),])")

# Said of a person in plural, so names may follow ('de kinderen Auke en Jelmer').
PLURAL_RELATIONS = word_set(
    "kinderen ouders broers zussen grootouders zonen dochters jongens meisjes children parents"
)
ENGLISH_RELATIONS = word_set(
    "mother father son daughter brother sister grandmother grandfather grandma grandpa aunt uncle "
    "stepfather stepmother boyfriend girlfriend husband wife child"
)
# Months and weekdays (Dutch and English) are names too, but not before a number or after 'in'.
CALENDAR = word_set(
    """
    januari februari maart april mei juni juli augustus september oktober november december
    january february march may june july august october
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lente zomer herfst winter
    """
)
CALENDAR_CONTEXT = word_set(
    "in sinds since on op of van eind begin half medio vanaf tot until de het deze vorige afgelopen komende"
)
# Words after which a place that is also a first name (Axel, Wessel) is the place.
PLACE_PREPOSITIONS = word_set(
    "in uit naar te nabij rond richting omgeving regio gemeente vanuit via bij from to at near"
)
# Nouns that end the name of an institution ('Lorentzhuis', 'Emmaschool', 'Zonnehuizen').
INSTITUTION_HEADS = (
    "huis",
    "huizen",
    "school",
    "college",
    "lyceum",
    "kliniek",
    "centrum",
    "instituut",
    "stichting",
    "groep",
    "zorg",
    "hulp",
    "poli",
    "praktijk",
    "ziekenhuis",
    "team",
    "academie",
    "kerk",
    "moskee",
)
# Endings that mark a surname whatever the list says (Kowalczyk, Lewandowski, Yılmazoğlu).
SURNAME_ENDINGS = re.compile(
    r"(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|szczak|owski|ewski|oğlu|oglu|zade|zadeh)$"
)
# Frequent words that start or continue sentences in case descriptions and are also
# given as names somewhere ('Wil de poule...', 'moeder kan...').
FUNCTION_WORDS = word_set(
    """
    ik je jij u hij zij ze we wij jullie het de een en of maar want dus dan toen nu al ook nog niet
    wel geen is was zijn waren wordt worden werd heeft hebben had hadden kan kon kunnen zal zou zullen
    wil wilde willen mag mocht moet moest ben bent gaat ging komt kwam zegt zei vindt vond krijgt kreeg
    doet deed belt belde blijft bleef woont woonde werkt werkte geeft gaf ziet zag weet wist laat liet
    staat stond zit zat ligt lag loopt liep neemt nam houdt hield zelf alleen samen steeds vaak soms
    altijd nooit graag erg heel zeer veel weinig meer minder daar hier waar wat wie hoe waarom wanneer
    om op in aan bij met van voor na naar over onder tegen tot uit door sinds tijdens zonder volgens
    via per als zoals omdat dat die dit deze hun haar zijn mijn ons onze jouw uw elkaar iemand niemand
    iedereen allebei beide twee drie vier vijf zes zeven acht negen tien er eens even weer net pas
    the a an and or but he she they we it his her their is was has had not with from at by of on for
    hoi hallo hey beste dag goedemorgen goedemiddag goedenavond groet groeten
    """
)


@dataclass
class Token:
    text: str
    start: int
    end: int
    folded: str
    capital: bool
    acronym: bool
    sentence_start: bool
    joined: bool  # written against the previous word with a hyphen ('Bakker-van')


def tokenize(text):
    tokens = []
    previous_end = 0
    for match in WORD.finditer(text):
        word = match.group(0)
        gap = text[previous_end : match.start()]
        tokens.append(
            Token(
                text=word,
                start=match.start(),
                end=match.end(),
                folded=fold(word),
                capital=word[:1].isupper(),
                acronym=len(word) > 1 and word.replace("’", "'").split("'")[0].isupper(),
                sentence_start=not tokens
                or bool(SENTENCE_END.search(gap))
                or gap.lstrip() in ("- ", "• ", "* "),
                joined=bool(tokens) and gap == "-",
            )
        )
        previous_end = match.end()
    return tokens


@functools.lru_cache(maxsize=65536)
def is_ordinary_word(word):
    """`word` (lower case) is a Dutch word, also as a compound of known words with an
    optional linking s/e/en ('meldingsnummer', 'burgerservicenummer')."""
    words = lexicon().words
    if word in words:  # not folded: 'Günden' is no 'gunden'
        return True
    if not 7 <= len(word) <= 40:
        return False
    # Both parts of four letters or more: short words glue onto anything ('Guntram' is
    # no 'gunt' + 'ram', 'Nazimet' no 'nazi' + 'met').
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if head in words and (tail in words or is_ordinary_word(tail)):
            return True
        for link in ("s", "e", "en"):
            if (
                head.endswith(link)
                and len(head) - len(link) >= 4
                and head[: -len(link)] in words
                and (tail in words or is_ordinary_word(tail))
            ):
                return True
    return False


class NameFinder:
    def __init__(self, text, masked):
        self.text = text
        self.lex = lexicon()
        self.tokens = [t for t in tokenize(text) if not masked(t.start, t.end)]
        self.covered = self._phrase_cover()

    # ---- facts about one word ----------------------------------------------------

    def listed(self, token):
        folded = token.folded
        if folded.endswith(("'s", "’s")):  # 'Sanne's vader'
            folded = folded[:-2]
        return folded in self.lex.first_names or folded in self.lex.surnames

    def possessive_before_relation(self, i):
        """'Mehmets moeder', 'Sannes vader': a first name with a genitive s."""
        token = self.tokens[i]
        following = self.tokens[i + 1].folded if i + 1 < len(self.tokens) else ""
        return (
            token.capital
            and token.folded.endswith("s")
            and token.folded[:-1] in self.lex.first_names
            and not self.ordinary(token)  # 'Huis ouders' is no 'Hui's ouders'
            and (following in RELATIONS or following in PLURAL_RELATIONS)
        )

    def first_name(self, token):
        return token.folded in self.lex.first_names

    def ordinary(self, token):
        return is_ordinary_word(token.text.lower())

    def never_a_name(self, i):
        token = self.tokens[i]
        folded = token.folded
        if i in self.covered or token.acronym or len(folded) < 2:
            return True
        if folded in TITLES or folded in RELATIONS or folded in PLURAL_RELATIONS or folded in NAMING_WORDS:
            return True
        if folded in PARTICLES or folded in FUNCTION_WORDS:
            return True
        if self.compound_with_hyphen(i) or self.institution_compound(token):
            return True
        previous = self.tokens[i - 1].folded if i > 0 else ""
        if folded in CALENDAR and (
            previous in CALENDAR_CONTEXT or re.match(r"\s*'?\d", self.text[token.end :])
        ):
            return True
        # After 'moeder', 'mevrouw' or 'heet' a known name is the name, even if it is also
        # an island or a village ('moeder Saba', 'het gezin Boer').
        if self.listed(token) and self.introduced(i):
            return False
        if folded in self.lex.not_names:
            return True
        if folded in self.lex.all_places:
            # A place, unless it is also a surname or first name and not said as a place
            # ('in Middelkoop' is the village, 'volgens Middelkoop' the person).
            return previous in PLACE_PREPOSITIONS or not self.listed_plainly(token)
        return False

    def listed_plainly(self, token):
        """A first name or a surname on its own; the parts after 'van' ('Houten', 'Dijk')
        are too often places to count here."""
        return token.folded in self.lex.first_names or token.folded in self.lex.plain_surnames

    def compound_with_hyphen(self, i):
        """'Gordon-training', 'Leger des Heils-opvang': the name of a thing, not a person."""
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return bool(
            following is not None
            and following.joined
            and not following.capital
            and following.folded not in PARTICLES
            and self.ordinary(following)
        )

    def institution_compound(self, token):
        """'Lorentzhuis', 'Emmaschool': an unknown word ending in an institution's noun."""
        word = token.folded
        return (
            token.capital
            and not self.listed(token)
            and any(word.endswith(head) and len(word) > len(head) + 2 for head in INSTITUTION_HEADS)
        )

    def gap_before(self, i):
        start = self.tokens[i - 1].end if i > 0 else 0
        return self.text[start : self.tokens[i].start]

    # ---- the rules -------------------------------------------------------------

    def _phrase_cover(self):
        """Indexes of words inside a phrase that is no name (longest phrase first)."""
        covered = set()
        folded = [t.folded for t in self.tokens]
        for i, word in enumerate(folded):
            for length, phrases in self.lex.phrases.get(word, ()):
                end = i + length
                is_place = phrases.get(tuple(folded[i:end]))
                if is_place is not None and not (is_place and self._part_of_name(i, end)):
                    covered.update(range(i, end))
                    break
        return covered

    def _part_of_name(self, start, end):
        """A place such as 'Den Berg' or 'Ter Horst' inside 'van den Berg-Smit' is a surname."""
        before = self.tokens[start - 1].folded if start > 0 else ""
        joined_after = end < len(self.tokens) and self.tokens[end].joined
        return before in ("van", "von") or before in TITLES or joined_after

    def introduced(self, i):
        """What introduces the word: a title, relation or naming word before it, across
        ',', '(', ':', a quote, the period of 'mw.' and tussenvoegsels ('mw. Van den Berg')."""
        j = i - 1
        while j >= 0 and self.tokens[j].folded in PARTICLES and self.gap_before(j + 1) in (" ", " '"):
            j -= 1
        if j < 0:
            return None
        gap = self.text[self.tokens[j].end : self.tokens[j + 1].start]
        word = self.tokens[j].folded
        if gap.strip(" ,(:'‘’\"“”") not in ("", ".") or "\n" in gap:
            return None
        if "." in gap and word not in TITLES:
            return None
        if word in TITLES:
            return "title"
        if word in NAMING_WORDS:
            return "naming"
        if word == "volgens":
            return "source"
        if word in RELATIONS or word in PLURAL_RELATIONS or word in ("gezin", "familie"):
            return "plural" if word in PLURAL_RELATIONS or word in ENGLISH_RELATIONS else "relation"
        return None

    def seeds(self):
        for i, token in enumerate(self.tokens):
            if self.never_a_name(i):
                continue
            if self.is_name(i, token):
                yield i

    def is_name(self, i, token):
        if NON_LATIN.fullmatch(token.text):  # a name in Arabic, Cyrillic... script
            return True
        introduced = self.introduced(i)
        if introduced == "title":
            # 'mevrouw de wit': after a title and a tussenvoegsel any word is the surname.
            return token.capital or not self.ordinary(token) or self.tokens[i - 1].folded in PARTICLES
        if introduced == "naming":
            return token.capital or self.listed(token) or not self.ordinary(token)
        if introduced == "source":  # 'volgens Butler', 'volgens Anders': who said it
            return token.capital or self.first_name(token)
        if introduced in ("relation", "plural"):
            if token.capital:
                # 'moeder Knut', 'het gezin Dennenberg'; after a colon a label may follow
                # ('Vader: Werkloos'), so there only a known name or an unknown word.
                after_colon = ":" in self.gap_before(i)
                return not after_colon or self.listed(token) or not self.ordinary(token)
            if len(token.folded) < 3:
                return False
            # 'zoon soufiane', and in Dutch any unknown word: 'dochter kübra'.
            return self.first_name(token) or (introduced == "relation" and not self.ordinary(token))
        if token.capital:
            if SURNAME_ENDINGS.search(token.folded) and not self.ordinary(token):
                return True
            if self.possessive_before_relation(i):
                return True
            if self.age_or_role_after(token):  # 'Gazel (9)', 'Ramsaran (moeder)'
                return True
            if token.sentence_start:
                if self.abbreviation(token):
                    return False
                if token.folded.endswith(("'s", "’s")) and self.listed(token):
                    return True
                if self.first_name(token):
                    # 'Joep zit...', but not 'Jonge kinderen...' or 'Wees open...'.
                    return not self.ordinary(token) or self.acts(i)
                return self.unknown_subject(i)
            if self.ordinary(token) and not self.may_follow_article(i):
                return False
            return self.listed(token) or not self.ordinary(token)
        return self.listed(token) and not self.ordinary(token) and len(token.folded) > 2

    def acts(self, i):
        """The word is followed by a verb or another function word, a comma or brackets,
        as a name opening a sentence is ('Bram adviseert' is not told by this; 'Bram is',
        'Bram, 12,' and 'Bram (12)' are)."""
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        gap = self.gap_before(i + 1) if following is not None else ""
        return bool(following is not None and (gap in (", ", " (") or following.folded in FUNCTION_WORDS))

    def may_follow_article(self, i):
        """A capitalised ordinary word after 'het' or 'een' is a thing ('het Hoog Conflict
        Platform'); after 'de' only a surname that takes 'de' ('de Jong', not 'de Rechter')."""
        previous = self.tokens[i - 1] if i > 0 else None
        if previous is None or previous.capital or self.gap_before(i) != " ":
            return True
        if previous.folded in ("het", "een", "dit", "deze", "die", "dat", "elk", "elke", "ons", "onze"):
            return False
        return previous.folded != "de" or self.tokens[i].folded in self.lex.interfix_surnames

    def unknown_subject(self, i):
        """'Xiomara zegt...': a sentence opened by a word in no list and no dictionary,
        followed by an ordinary lower-case word, is most likely opened by a name."""
        token = self.tokens[i]
        following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return bool(
            len(token.folded) > 2
            and not self.ordinary(token)
            and not self.listed(token)
            and following is not None
            and self.gap_before(i + 1) == " "
            and (following.capital or following.folded in FUNCTION_WORDS or self.ordinary(following))
        )

    def age_or_role_after(self, token):
        """'Sytske (9)', 'Sanne (moeder, 34)', 'Jagessar (vader)' but not 'Team (ZAT)'."""
        match = AGE_OR_ROLE_AFTER.match(self.text, token.end)
        return bool(match) and (match.group(1) is None or fold(match.group(1)) in RELATIONS)

    def abbreviation(self, token):
        return len(token.text) <= 4 and self.text[token.end : token.end + 1] == "."

    def name_like(self, i):
        """May continue a name already found (next to it, or joined by 'en' or a comma)."""
        token = self.tokens[i]
        if self.never_a_name(i):
            return False
        if token.capital:
            return self.listed(token) or not self.ordinary(token)
        return self.listed(token) and not self.ordinary(token)

    def grow(self, i):
        """The first and last index of the whole name around seed `i`."""
        seed_capital = self.tokens[i].capital
        first = last = i
        j = i + 1
        while j < len(self.tokens) and self.gap_before(j) in (" ", "-"):
            token = self.tokens[j]
            if token.folded in PARTICLES:  # 'van der Linden', 'el Khatib', 'Bakker-van Dam'
                j = self._name_after_particles(j)
                if j is None:
                    break
            elif not (token.joined and token.capital) and not (
                self.name_like(j) and (token.capital or not seed_capital)
            ):
                break
            last = j
            j += 1
        j = i - 1
        while j >= 0 and self.gap_before(j + 1) in (" ", "-", " '"):
            token = self.tokens[j]
            particle = token.folded in PARTICLES and self.tokens[first].capital
            earlier_name = token.capital and self.name_like(j) and not self.tokens[j + 1].sentence_start
            if not (particle or earlier_name):
                break
            first = j
            j -= 1
        # A lower-case particle before the name is the sentence's own word ('in de Bilt').
        while first < last and self.tokens[first].folded in PARTICLES and not self.tokens[first].capital:
            if first == 0 or self.introduced(first) or self.tokens[last].folded in self.lex.interfix_surnames:
                break  # 'met de Jong': the 'de' belongs to the name
            first += 1
        return first, last

    def _name_after_particles(self, j):
        """The index of the capitalised name word after the particles starting at `j`."""
        while j < len(self.tokens) and self.tokens[j].folded in PARTICLES:
            if self.gap_before(j) not in (" ", " '", "-"):
                return None
            j += 1
        found = (
            j < len(self.tokens)
            and self.gap_before(j) in (" ", " '", "-")
            and self.tokens[j].capital
            and self.name_like(j)
        )
        return j if found else None

    def spans(self):
        found = {}
        reached = -1
        for i in self.seeds():
            if i <= reached:  # already inside the name grown from an earlier seed
                continue
            first, last = self.grow(i)
            found[first] = max(found.get(first, last), last)
            reached = last
        self._join_lists(found)
        return [(self.tokens[a].start, self.tokens[b].end) for a, b in sorted(found.items())]

    def _join_lists(self, found):
        """'Jildou en Fokke', 'Roshni en Sunil', 'Sytske (9) en Hylke': a name-like word
        joined to a name by 'en' or a comma is a name too."""
        changed = True
        while changed:
            changed = False
            for first, last in list(found.items()):
                for k in self._list_neighbours(first, last):
                    if any(a <= k <= b for a, b in found.items()) or not self.name_like(k):
                        continue
                    if self.tokens[first].capital and not self.tokens[k].capital:
                        continue
                    a, b = self.grow(k)
                    found[a] = max(found.get(a, b), b)
                    changed = True

    def _list_neighbours(self, first, last):
        after, before = last + 1, first - 1
        if after < len(self.tokens):
            gap = re.sub(r"\(\d{1,2}\)", "", self.gap_before(after))
            if gap == ", ":
                yield after
            elif (
                self.tokens[after].folded in ("en", "and")
                and gap.strip() == ""
                and after + 1 < len(self.tokens)
                and self.gap_before(after + 1) == " "
            ):
                yield after + 1
        if before >= 0:
            if self.gap_before(first) == ", ":
                yield before
            elif (
                self.tokens[before].folded in ("en", "and")
                and before > 0
                and self.gap_before(before).strip() == ""
            ):
                yield before - 1


INITIALS_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,4}"
    r"(?:(?i:van|de|der|den|te|ter|ten|het|'t|el|al|op|in|la|le|da|dos|du)\s+)*"
    r"([A-Z][^\W\d_]+(?:-[^\W\d_]+)*)"
)


def initials_spans(text):
    """'J. de Vries', 'P.J.M. Hendriks', 'A.M. van Leeuwen': initials, particles and a name
    that is a known name or no ordinary word ('A. Daarna' is no name)."""
    spans = []
    lex = lexicon()
    for match in INITIALS_NAME.finditer(text):
        last = match.group(1)
        had_particle = not match.group(0)[: match.start(1) - match.start()].rstrip().endswith(".")
        known = fold(last) in lex.first_names or fold(last) in lex.surnames
        if (had_particle or known or not is_ordinary_word(last.lower())) and fold(last) not in lex.not_names:
            spans.append((match.start(), match.end()))
    return spans


def find_names(text, masked=lambda start, end: False):
    """(start, end) of every name in `text`; `masked(start, end)` tells which words are
    already taken by another finding (an e-mail address, a street)."""
    finder = NameFinder(text, masked)
    spans = finder.spans() + [s for s in initials_spans(text) if not masked(*s)]
    return merge(spans)


def merge(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
