"""Bilingual demo text and the walk that picks one language out of a data structure."""

from typing import NamedTuple


class T(NamedTuple):
    """A demo text in Dutch (the source) and English (its translation)."""

    nl: str
    en: str


def pick(data, language):
    """Return `data` with every `T` replaced by its text in `language` ("nl" or "en")."""
    if isinstance(data, T):
        return getattr(data, language)
    if isinstance(data, dict):
        return {key: pick(value, language) for key, value in data.items()}
    if isinstance(data, list):
        return [pick(item, language) for item in data]
    if isinstance(data, tuple):
        return tuple(pick(item, language) for item in data)
    return data
