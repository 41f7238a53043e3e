"""The word lists behind the name check, loaded once per process on first use.

- First names and surnames: deduce's lookup lists (Dutch population registers, with
  Moroccan, Turkish, Surinamese and other names common in the Netherlands), read through
  deduce's own list loader. Only the lists are loaded, not the deduce pipeline: that one
  builds tries of every Dutch street and institution and costs about 1 GB of memory and
  20 seconds to start (see docs/README.md, "Anonymised cases").
- Dutch places: deduce's place list (municipalities, towns, villages, provinces, regions).
- Ordinary Dutch words: `data/dutch_words.txt.gz`, the lower-case words of OpenTaal's
  word list (scripts/pii_vocabulary.py rebuilds it).
- Words and phrases that are no person's name: `data/not_names.txt` (organisations,
  countries, languages, holidays, platforms), kept by hand.
"""

import functools
import gzip
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def word_set(text):
    """The whitespace-separated words of `text`, for lists written as a block of words."""
    return frozenset(text.split())


# Words that introduce a person and are never a name themselves.
TITLES = word_set(
    """
    mevrouw mevr mw mwr meneer mijnheer dhr heer familie fam mr mrs ms miss dr drs ir ing prof
    juffrouw juf meester mejuffrouw
    """
)
RELATIONS = word_set(
    """
    moeder vader zoon dochter broer zus zuster broertje zusje zoontje dochtertje oma opa tante oom neef
    nicht kleinzoon kleindochter kleinkind grootmoeder grootvader stiefvader stiefmoeder stiefzoon
    stiefdochter stiefbroer stiefzus halfbroer halfzus pleegmoeder pleegvader pleegzoon pleegdochter
    pleegkind pleegouder schoonmoeder schoonvader zwager schoonzus partner vriend vriendin ex expartner
    echtgenoot echtgenote man vrouw buurman buurvrouw mama papa mam pap moeders vaders kind baby jongen
    meisje jongste oudste middelste tweeling cliënt client cliënte jongere minderjarige mentor
    leerkracht advocaat advocate voogd jeugdbeschermer collega
    leraar lerares docent directeur directrice intern begeleider ib'er zorgcoördinator gezinsvoogd
    casusregisseur regisseur gezinscoach coach hulpverlener behandelaar psycholoog psychiater therapeut
    orthopedagoog pedagoog maatschappelijk werker wijkagent agent officier rechter kinderrechter notaris
    deurwaarder bewindvoerder mediator tolk huisarts jeugdarts kinderarts verpleegkundige verloskundige
    consulent klantmanager trajectbegeleider toezichthouder raadsonderzoeker onderzoeker burgemeester
    wethouder buurtcoach jongerenwerker ambulant ambulante begeleider begeleidster woonbegeleider
    schoolmaatschappelijk werker leerplichtambtenaar contactpersoon vertrouwenspersoon
    puber peuter kleuter tiener leerling scholier student patiënt patient jeugdige jongvolwassene
    zuigeling pasgeborene dreumes adolescent
    mother father son daughter brother sister grandmother grandfather grandma grandpa aunt uncle
    stepfather stepmother boyfriend girlfriend husband wife child
    """
)
NAMING_WORDS = word_set(
    """
    heet heten heette genaamd genoemd noemt noemen noemde roepnaam roepnamen bijnaam alias naam namen
    voornaam achternaam named called name nickname
    """
)
# Tussenvoegsels and the particles of Arabic, Turkish, Portuguese and other surnames.
PARTICLES = word_set(
    """
    van de der den te ter ten het 't op in d' da das do dos du des del della la le el al ben bin ibn
    abu ould von zu zur vd v.d.
    """
)


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset
    surnames: frozenset
    plain_surnames: frozenset
    interfix_surnames: frozenset  # what follows 'de', 'van', 'van der' ('Jong', 'Vries', 'Wit')
    places: frozenset
    all_places: frozenset
    words: frozenset
    not_names: frozenset
    # Multi-word phrases that are no name (places, organisations) by their first word:
    # [(length, {tuple of folded words: is a place})], longest first.
    phrases: dict


@functools.lru_cache(maxsize=65536)
def fold(word):
    """Lower case without accents, the form every list is looked up in."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("ł", "l")


def _deduce_lists():
    import deduce
    from deduce.lookup_structs import load_raw_itemsets

    base = Path(deduce.__file__).resolve().parent / "data" / "lookup"
    return load_raw_itemsets(
        base,
        [
            "names/lst_first_name",
            "names/lst_surname",
            "names/lst_interfix_surname",
            "locations/lst_placename",
            "whitelist/lst_eponymous_disease",
            "whitelist/lst_medical_term",
        ],
    )


def _read_lines(path):
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _phrase_index(places, others):
    """{first word: [(length, {phrase: is a place}), ...] longest first}."""
    index = {}
    for phrases, is_place in ((places, True), (others, False)):
        for phrase in phrases:
            words = tuple(fold(part) for part in _split_phrase(phrase))
            if words:
                by_length = index.setdefault(words[0], {}).setdefault(len(words), {})
                # A phrase on the hand-kept list is never part of a name, even if it is a place.
                by_length[words] = by_length.setdefault(words, is_place) and is_place
    return {first: sorted(lengths.items(), reverse=True) for first, lengths in index.items()}


def _split_phrase(phrase):
    from advies.pii.names import WORD

    return [match.group(0) for match in WORD.finditer(phrase)]


@functools.cache
def lexicon():
    raw = _deduce_lists()
    words = frozenset(gzip.decompress((DATA / "dutch_words.txt.gz").read_bytes()).decode("utf-8").split("\n"))
    words |= {term.lower() for term in raw["medical_term"] if term.isalpha()}
    not_names = _read_lines(DATA / "not_names.txt")
    first_names = frozenset(fold(name) for name in raw["first_name"] if " " not in name)
    surnames = frozenset(
        fold(name) for name in raw["surname"] | raw["interfix_surname"] if " " not in name and len(name) > 1
    )
    places = [place for place in raw["placename"] if "(" not in place]
    # A place that is also a first name (Axel, Wessel, Lisse...) is no safe word: the
    # check treats it as a place only after 'in', 'uit', 'naar' and the like.
    single_places = frozenset(fold(p) for p in places if " " not in p and "-" not in p) - first_names
    phrases = _phrase_index(
        [p for p in places if " " in p or "-" in p or "'" in p], not_names + sorted(raw["eponymous_disease"])
    )
    return Lexicon(
        first_names=first_names - TITLES - RELATIONS,
        surnames=surnames - TITLES - RELATIONS,
        plain_surnames=frozenset(fold(n) for n in raw["surname"] if " " not in n) - TITLES - RELATIONS,
        interfix_surnames=frozenset(fold(n) for n in raw["interfix_surname"] if " " not in n),
        places=single_places,
        all_places=frozenset(fold(p) for p in places if " " not in p),
        words=words,
        not_names=frozenset(fold(w) for w in not_names if len(_split_phrase(w)) == 1),
        phrases=phrases,
    )
