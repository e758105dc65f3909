"""Keyterms of an article: several methods with one output shape.

- ``methods.py``: textacy's TextRank, YAKE, sCAKE, SGRank, a position
  baseline, and presslens's default method for news;
- ``keyness.py``: keyness against general English;
- ``candidates.py``: noun-phrase and entity candidates (baselines, keyness);
- ``phrases.py``: the default method's candidates: phrases and names, one per concept;
- ``features.py``: their features;
- ``fit.py``: fitting (and loading) the default method's weights;
- ``spans.py``: where a term occurs in the text;
- ``gold.py``: gold keyphrase folders and the stemmed matching protocol;
- ``evaluate.py``: scoring against gold keyphrases (500N-KPCrowd / Inspec / SemEval-2017 layout).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from presslens.keywords import methods
from presslens.keywords.keyness import keyness_terms
from presslens.keywords.spans import find_term_spans, token_index

METHODS: dict[str, Callable[..., list]] = {
    "presslens": methods.scored_concepts,
    "textrank": methods.textrank,
    "yake": methods.yake,
    "scake": methods.scake,
    "sgrank": methods.sgrank,
    "keyness": keyness_terms,
    "first_phrases": methods.first_phrases,
}
DEFAULT_METHOD = "presslens"
#: The methods that need the ``textacy`` extra (``pip install 'presslens[textacy]'``).
TEXTACY_METHODS = ("textrank", "yake", "scake", "sgrank")


def available_methods() -> tuple[str, ...]:
    """The names of :data:`METHODS` that can run here (textacy's only when it is installed)."""
    from importlib.util import find_spec

    has_textacy = find_spec("textacy") is not None
    return tuple(m for m in METHODS if has_textacy or m not in TEXTACY_METHODS)


@dataclass(frozen=True)
class Keyterm:
    """One extracted term.

    Attributes
    ----------
    method : str
    rank : int
        1 for the best term.
    term : str
        The term as the method returns it: the default method gives the text's
        own surface form and casing; textacy's methods lemmas.
    score : float
        The method's own score (YAKE: lower is better; all others: higher is better).
    spans : tuple of (int, int)
        Character offsets of each occurrence in the parsed text (file offsets
        for an article's ``parse_text``); for the default method, of every
        variant of the concept ("US", "U.S.", "United States").
    """

    method: str
    rank: int
    term: str
    score: float
    spans: tuple[tuple[int, int], ...]


def extract_keyterms(
    doc: Doc, method: str = DEFAULT_METHOD, topn: int = 10, *, mentions=None, **options
) -> list[Keyterm]:
    """The ``topn`` keyterms of ``doc`` by ``method`` (see :data:`METHODS`).

    Texts with no words give an empty list; the same input always gives the
    same ranking.

    Parameters
    ----------
    doc : Doc
        A parsed text.
    method : str
        A name in :data:`METHODS`.
    topn : int
        How many terms.
    mentions : presslens.coref.MentionLayer, optional
        The article's mention layer, read by the default method (names of one person are one
        term); computed by it when not given. Other methods ignore it.
    **options
        Passed to the method (e.g. ``weights=`` for the default one).

    Returns
    -------
    list of Keyterm
        Best first, each with the character spans where it occurs.

    Raises
    ------
    ValueError
        For an unknown method.
    """
    if method not in METHODS:
        raise ValueError(f"unknown keyterm method {method!r}; choose from {', '.join(METHODS)}")
    if not any(t.is_alpha for t in doc):
        return []
    if method == DEFAULT_METHOD:
        options["mentions"] = mentions
    terms = METHODS[method](doc, topn=topn, **options)
    # the default method returns its own spans (variants included); the others a term to look up
    index = token_index(doc) if any(len(item) <= 2 for item in terms) else None
    return [
        Keyterm(
            method,
            i,
            item[0],
            float(item[1]),
            tuple(item[2]) if len(item) > 2 else tuple(find_term_spans(doc, item[0], index)),
        )
        for i, item in enumerate(terms, 1)
    ]


__all__ = ["DEFAULT_METHOD", "METHODS", "Keyterm", "extract_keyterms"]
