"""Keyness of article terms against general English (wordfreq's offline frequency lists).

For a term seen ``a`` times among the article's ``n`` tokens, with general-
English frequency ``f`` (a proportion, from ``wordfreq``, which ships its data),
the reference is treated as a corpus of :data:`REFERENCE_SIZE` tokens with
``b = f · REFERENCE_SIZE`` occurrences:

- log-likelihood (Dunning 1993): ``G² = 2 Σ O ln(O / E)`` over the two corpora;
- log ratio (Hardie 2014): ``log2((a / n) / f)``, the binary log of how many
  times more frequent the term is in the article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from spacy.tokens import Doc
from wordfreq import word_frequency

from presslens.keywords.candidates import candidates

REFERENCE_SIZE = 1e9
#: Frequency floor for terms wordfreq has never seen (about once in a billion words).
MIN_FREQUENCY = 1e-9


@dataclass(frozen=True)
class Keyness:
    """Keyness of one term."""

    term: str
    count: int
    log_likelihood: float
    log_ratio: float
    reference_frequency: float


def log_likelihood(a: int, n: int, b: float, m: float) -> float:
    """Dunning's G² for ``a`` of ``n`` tokens in the article vs ``b`` of ``m`` in the reference.

    Signed: negative when the term is *less* frequent in the article.

    Parameters
    ----------
    a : int
        Occurrences in the article.
    n : int
        Tokens of the article.
    b : float
        Occurrences in the reference.
    m : float
        Tokens of the reference.

    Returns
    -------
    float
        G² (0 when the term is not over-used).
    """
    e1 = n * (a + b) / (n + m)
    e2 = m * (a + b) / (n + m)
    g2 = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return g2 if a / n >= b / m else -g2


def keyness(doc: Doc, *, phrases: bool = True) -> list[Keyness]:
    """Keyness of the article's words (nouns, proper nouns, verbs, adjectives) and, optionally,
    its noun phrases and entities, sorted by log-likelihood (highest first).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    phrases : bool
        Score noun phrases too.

    Returns
    -------
    list of Keyness
        Most key first.
    """
    tokens = [t for t in doc if t.is_alpha]
    n = len(tokens) or 1
    counts: dict[str, int] = {}
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not t.is_stop:
            counts[t.lower_] = counts.get(t.lower_, 0) + 1
    if phrases:
        text = doc.text
        for c in candidates(doc):
            if len(c.key) > 1:
                counts[" ".join(t.lower() for t in text[c.spans[0][0] : c.spans[0][1]].split())] = len(c.spans)
    out = []
    for term, a in counts.items():
        f = max(word_frequency(term, "en"), MIN_FREQUENCY)
        out.append(
            Keyness(term, a, log_likelihood(a, n, f * REFERENCE_SIZE, REFERENCE_SIZE), math.log2((a / n) / f), f)
        )
    return sorted(out, key=lambda k: (-k.log_likelihood, k.term))


def keyness_terms(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """The ``topn`` key terms by log-likelihood, as ``(term, G²)``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    topn : int
        Terms to return.

    Returns
    -------
    list of (str, float)
    """
    return [(k.term, k.log_likelihood) for k in keyness(doc)[:topn]]
