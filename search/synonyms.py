"""The domain's synonyms, expanded at query time.

The engine we run in CI (Elastic's integration-test distribution) has no synonym filter,
and the database fallback has none either, so synonyms live here, in one table used by
both: a query is rewritten into a few alternative phrasings, and a document matches when
it matches any of them. Each group lists terms that mean the same to our readers; a term
may be several words ("onder toezicht stelling").
"""

import itertools

from search.text import words

SYNONYM_GROUPS = {
    "nl": [
        ("omgang", "omgangsregeling", "contactregeling", "omgangsrecht"),
        ("ots", "ondertoezichtstelling", "onder toezicht stelling"),
        ("ouderschapsplan", "ouderschapsafspraken"),
        ("vechtscheiding", "complexe scheiding", "conflictscheiding", "hoog conflict scheiding"),
        ("scheiding", "echtscheiding", "uit elkaar gaan"),
        ("mediation", "scheidingsbemiddeling", "bemiddeling"),
        ("hcp", "hoog conflict platform"),
        ("gi", "gecertificeerde instelling"),
        ("rvdk", "raad voor de kinderbescherming"),
        ("poh jeugd", "praktijkondersteuner jeugd"),
        ("huiselijk geweld", "partnergeweld", "geweld in het gezin"),
        ("kindermishandeling", "mishandeling van kinderen"),
    ],
    "en": [
        ("contact", "contact arrangement", "visitation", "access arrangement"),
        ("ots", "supervision order", "family supervision order"),
        ("parenting plan", "parenting arrangements", "parenting agreement"),
        ("high conflict divorce", "complex divorce", "contested divorce"),
        ("divorce", "separation", "break up"),
        ("mediation", "family mediation"),
        ("hcp", "high conflict platform"),
        ("child protection board", "raad voor de kinderbescherming", "rvdk"),
        ("domestic violence", "domestic abuse", "family violence"),
    ],
}

MAX_ALTERNATIVES = 8


def _terms_by_first_word(language):
    """{first word: [(term words, group), ...]} with longer terms first."""
    table = {}
    for group in SYNONYM_GROUPS.get(language, []):
        tokenised = [tuple(words(term)) for term in group]
        for term in tokenised:
            table.setdefault(term[0], []).append((term, tokenised))
    for candidates in table.values():
        candidates.sort(key=lambda candidate: -len(candidate[0]))
    return table


_TABLES = {}


def _table(language):
    if language not in _TABLES:
        _TABLES[language] = _terms_by_first_word(language)
    return _TABLES[language]


def alternatives(query, language):
    """The query's words followed by its synonym rewrites, as lists of words.

    The first alternative is always the query itself (lower-cased, split into words);
    each further one replaces recognised terms by a synonym. At most MAX_ALTERNATIVES.
    An empty query gives an empty list.
    """
    tokens = words(query)
    if not tokens:
        return []
    table = _table(language)
    segments = []
    position = 0
    while position < len(tokens):
        for term, group in table.get(tokens[position], []):
            if tuple(tokens[position : position + len(term)]) == term:
                others = [synonym for synonym in group if synonym != term]
                segments.append([term, *others])
                position += len(term)
                break
        else:
            segments.append([(tokens[position],)])
            position += 1
    result = []
    for combination in itertools.islice(itertools.product(*segments), MAX_ALTERNATIVES):
        result.append([word for term in combination for word in term])
    return result
