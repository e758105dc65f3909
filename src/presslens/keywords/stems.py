"""Matching forms of words and phrases: lower-cased Porter stems (the keyphrase evaluations' protocol)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import lru_cache
from pathlib import Path


def _porter_stemmer_class() -> type:
    """NLTK's ``PorterStemmer`` (NLTK_EXTENSIONS mode), without importing the whole of NLTK.

    ``import nltk`` loads scikit-learn, SciPy's statistics and more: about 6 s in every process
    (each notebook kernel, each CLI call), against 0.1 s for the stemmer's own module, which needs
    only ``nltk.redos``, ``nltk.stem.api`` and ``nltk.termsec``. Those are loaded from NLTK's files
    under placeholder parent packages that are removed afterwards, so a later ``import nltk`` is
    the real package.
    """
    if "nltk.stem.porter" in sys.modules:
        return sys.modules["nltk.stem.porter"].PorterStemmer
    spec = importlib.util.find_spec("nltk")
    roots = list(spec.submodule_search_locations or [])
    placeholders = {}
    for name, paths in (("nltk", roots), ("nltk.stem", [str(Path(r) / "stem") for r in roots])):
        if name not in sys.modules:
            package = types.ModuleType(name)
            package.__path__ = paths
            placeholders[name] = sys.modules[name] = package
    try:
        return importlib.import_module("nltk.stem.porter").PorterStemmer
    finally:
        for name, package in placeholders.items():
            if sys.modules.get(name) is package:
                del sys.modules[name]


_STEMMER = _porter_stemmer_class()()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word ("Floods" → "flood")."""
    return _STEMMER.stem(word.lower())


def normalise(phrase: str) -> str:
    """Lower-case and Porter-stem every word of a phrase ("Islamic States" → "islam state")."""
    return " ".join(stem(w) for w in phrase.lower().split())
