"""Text analysis per language: the best the running engine offers.

Three levels, tried in this order when an index is created (`SEARCH_TEXT_ANALYSIS=auto`):

- ``language``: Elasticsearch's built-in ``dutch`` / ``english`` analysers (stop words,
  stemming with exceptions). Needs the ``analysis-common`` module of a full distribution.
- ``hunspell``: standard tokenizer, lowercase, the language's stop words and the built-in
  ``hunspell`` stemmer with the ``nl_NL`` / ``en_US`` dictionaries in the engine's
  ``config/hunspell`` folder. This is what CI's integration-test distribution offers.
- ``basic``: standard tokenizer, lowercase and stop words; no stemming. Used when neither
  is available (no dictionaries installed), so indexing never fails on a bare engine.

Each index records its level in its mapping's ``_meta``. Synonyms are not done here (the
integration-test distribution has no synonym filter): see `search.synonyms`.
"""

import logging

from elasticsearch import ApiError

logger = logging.getLogger(__name__)

TEXT_ANALYZER = "portal_text"
EXACT_ANALYZER = "standard"
LEVELS = ("language", "hunspell", "basic")

LANGUAGES = {
    "nl": {"builtin": "dutch", "stopwords": "_dutch_", "hunspell": "nl_NL"},
    "en": {"builtin": "english", "stopwords": "_english_", "hunspell": "en_US"},
}


def _config(language):
    return LANGUAGES.get(language, {"builtin": "", "stopwords": "_none_", "hunspell": ""})


def _works(client, **analyze):
    try:
        client.indices.analyze(text="ouders kinderen", **analyze)
    except ApiError:
        return False
    return True


def _offers(client, language, level):
    config = _config(language)
    if level == "language":
        return bool(config["builtin"]) and _works(client, analyzer=config["builtin"])
    if level == "hunspell":
        hunspell = {"type": "hunspell", "locale": config["hunspell"]}
        return bool(config["hunspell"]) and _works(
            client, tokenizer="standard", filter=["lowercase", hunspell]
        )
    return True


def available_level(client, language, wanted="auto"):
    """The analysis level to use for a language on this engine.

    `wanted` forces a level ("language", "hunspell", "basic"); a forced level the engine
    cannot do falls back to the next one, with a warning."""
    start = LEVELS.index(wanted) if wanted in LEVELS else 0
    level = next(level for level in LEVELS[start:] if _offers(client, language, level))
    if wanted in LEVELS and level != wanted:
        logger.warning("Search: the engine offers no %s analysis for %s; using %s", wanted, language, level)
    return level


def analysis_settings(language, level):
    """The index `analysis` settings defining TEXT_ANALYZER for a language at a level."""
    config = _config(language)
    if level == "language":
        return {"analyzer": {TEXT_ANALYZER: {"type": config["builtin"]}}}
    filters = {"portal_stop": {"type": "stop", "stopwords": config["stopwords"]}}
    chain = ["lowercase", "portal_stop"]
    if level == "hunspell":
        filters["portal_stem"] = {"type": "hunspell", "locale": config["hunspell"], "dedup": True}
        chain.append("portal_stem")
    return {
        "filter": filters,
        "analyzer": {TEXT_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": chain}},
    }
