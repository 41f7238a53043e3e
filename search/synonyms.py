"""The domain's synonyms, expanded at query time.

The engine we run in CI (Elastic's integration-test distribution) has no synonym filter,
and the database fallback has none either, so synonyms live here, in one table used by
both. A query becomes a list of *concepts*: each recognised term (possibly several words,
"onder toezicht stelling") stands for its whole group, each other word for itself. A result
needs most concepts (`search.results.words_needed`), and a concept is found when any of its
terms is. Each group lists terms that mean the same to our readers, in the words they use:
parents' everyday words next to the professionals' terms.
"""

import itertools

from search.text import STOPWORDS, words

SYNONYM_GROUPS = {
    "nl": [
        ("omgang", "omgangsregeling", "contactregeling", "omgangsrecht", "bezoekregeling"),
        ("zorgregeling", "verdeling van de zorg", "zorgverdeling"),
        ("co ouderschap", "coouderschap", "zorgregeling", "gedeelde zorg"),
        ("wil niet naar", "wil niet meer naar", "weigert", "contactweigering", "omgangsbegeleiding"),
        ("omgang weigeren", "contactweigering", "contact weigeren", "weigert contact", "ouderverstoting"),
        ("contactverlies", "contactbreuk", "contact verbroken", "geen contact", "omgangsbegeleiding"),
        ("begeleide omgang", "omgangsbegeleiding", "omgangshuis"),
        ("ots", "ondertoezichtstelling", "onder toezicht stelling"),
        ("ouderschapsplan", "ouderschapsafspraken"),
        (
            "vechtscheiding",
            "complexe scheiding",
            "conflictscheiding",
            "hoog conflict",
            "vastgelopen scheiding",
        ),
        ("scheiding", "echtscheiding", "uit elkaar gaan", "scheiden"),
        ("mediation", "scheidingsbemiddeling", "bemiddeling", "mediator"),
        ("hcp", "hoog conflict platform"),
        ("gi", "gecertificeerde instelling"),
        ("rvdk", "raad voor de kinderbescherming"),
        ("poh jeugd", "praktijkondersteuner jeugd"),
        ("huiselijk geweld", "partnergeweld", "geweld in het gezin"),
        ("kindermishandeling", "mishandeling van kinderen"),
        ("papa", "vader"),
        ("mama", "moeder"),
        ("ex", "ex partner", "andere ouder"),
        ("stiefvader", "stiefmoeder", "stiefouder", "nieuwe partner"),
        ("vriend", "vriendin", "nieuwe partner"),
        ("slaat", "slaan", "geslagen", "geweld"),
        ("bedreigt", "bedreigd", "dreigt", "dreiging", "bedreiging"),
        ("bang", "angst", "onveilig"),
        ("boos", "boosheid"),
        ("verdrietig", "verdriet"),
        ("ruzie", "conflict", "ruziemaken"),
        ("alimentatie", "kinderalimentatie", "partneralimentatie"),
        ("advocaat", "rechter"),
        ("rechtbank", "rechter"),
        ("koophuis", "huis", "woning"),
        ("kosten", "alimentatie"),
        ("cursus", "training", "groepstraining", "oudercursus"),
        ("whatsapp", "social media", "online"),
        ("gegevens", "privacy"),
        ("gespreksvoering", "in gesprek", "gesprek"),
        ("partijdigheid", "partij kiezen", "beide ouders"),
        ("loyaliteitsconflict", "loyaliteitsconflicten", "loyaliteit"),
        ("veiligheidsplan", "veiligheidsplannen"),
        ("brief", "uitnodiging"),
    ],
    "en": [
        ("contact", "contact arrangement", "visitation", "access arrangement"),
        ("ots", "supervision order", "family supervision order"),
        ("parenting plan", "parenting arrangements", "parenting agreement"),
        ("high conflict divorce", "complex divorce", "contested divorce"),
        ("divorce", "separation", "break up", "splitting up", "separating"),
        ("mediation", "family mediation", "mediator"),
        ("hcp", "high conflict platform"),
        ("child protection board", "raad voor de kinderbescherming", "rvdk"),
        ("domestic violence", "domestic abuse", "family violence"),
        ("dad", "father"),
        ("mum", "mom", "mother"),
        ("kids", "children", "child"),
        ("refuses to see", "contact refusal", "supervised contact"),
        ("refuses", "refusal", "refuse"),
        ("child maintenance", "child support"),
        ("shared parenting", "co parenting", "care arrangements", "contact arrangements"),
        ("fighting", "conflict", "argue", "arguments"),
        ("moving away", "relocation", "moving", "distance"),
        ("fault", "blame"),
        ("loyalty conflict", "loyalty conflicts"),
        ("ex", "other parent", "former partner"),
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
    """The query's words followed by its synonym rewrites, as lists of words (at most
    MAX_ALTERNATIVES); the first is always the query itself. An empty query gives []."""
    segments = _segments(words(query), language)
    if not segments:
        return []
    result = []
    for combination in itertools.islice(itertools.product(*segments), MAX_ALTERNATIVES):
        result.append([word for term in combination for word in term])
    return result


def _segments(tokens, language):
    """The tokens cut into recognised terms (each with its group's other terms) and words."""
    table = _table(language)
    segments = []
    position = 0
    while position < len(tokens):
        for term, group in table.get(tokens[position], []):
            if tuple(tokens[position : position + len(term)]) == term:
                segments.append([term, *(synonym for synonym in group if synonym != term)])
                position += len(term)
                break
        else:
            segments.append([(tokens[position],)])
            position += 1
    return segments


def concepts(query, language):
    """What a result should contain: a list of concepts, each a list of terms (tuples of
    words, stop words left out), any of which counts. The reader's own term comes first.
    Stop words alone are no concept, unless the query is nothing else."""
    stop = STOPWORDS.get(language, frozenset())
    segments = _segments(words(query), language)
    result = []
    for segment in segments:
        terms = []
        for term in segment:
            kept = tuple(word for word in term if word not in stop)
            if kept and kept not in terms:
                terms.append(kept)
        own = tuple(word for word in segment[0] if word not in stop)
        # A recognised phrase of stop words only ("wil niet naar") stands for its synonyms.
        if terms and (own or len(segment) > 1) and terms not in result:
            result.append(terms)
    if not result:
        result = [[term] for term in dict.fromkeys(tuple(segment[0]) for segment in segments)]
    return result
