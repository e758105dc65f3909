"""Matching forms of words and phrases: lower-cased Porter stems (the keyphrase evaluations' protocol)."""

from __future__ import annotations

from functools import lru_cache

from presslens.keywords._porter import PorterStemmer

# NLTK's Porter stemmer in its default NLTK_EXTENSIONS mode (vendored in presslens.keywords._porter): unlike
# the original 1980 algorithm it keeps "news" apart from "new" and "used" apart from "us".
_STEMMER = PorterStemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word ("Floods" → "flood")."""
    return _STEMMER.stem(word.lower())


def normalise(phrase: str) -> str:
    """Lower-case and Porter-stem every word of a phrase ("Islamic States" → "islam state")."""
    return " ".join(stem(w) for w in phrase.lower().split())
