"""Keyterm extraction methods, all returning ``[(term, score), …]`` best first.

- ``textrank``, ``yake``, ``scake``, ``sgrank``: textacy's implementations
  (terms lemmatised; YAKE's own scores are lower-is-better, textacy already
  sorts them best first);
- ``first_phrases``: the noun phrases and entities in order of first
  occurrence — the position baseline of news keyphrase extraction;
- ``keyness``: log-likelihood (Dunning's G²) of article terms against general
  English (:mod:`presslens.keywords.keyness`);
- ``presslens``: the default for news (:func:`presslens_method`).
"""

from __future__ import annotations

import math

from spacy.tokens import Doc

from presslens.keywords.candidates import candidates
from presslens.keywords.features import term_features
from presslens.keywords.fit import load_weights

#: SGRank's cost grows with the candidates of the whole text: it sees this many tokens at most.
SGRANK_MAX_TOKENS = 1500


def _textacy(name: str, doc: Doc, topn: int) -> list[tuple[str, float]]:
    # imported here: importing textacy takes seconds, which every worker process would pay
    import textacy.extract.keyterms as kt

    return [(t, float(s)) for t, s in getattr(kt, name)(doc, normalize="lemma", topn=topn)]


def textrank(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's TextRank (Mihalcea & Tarau 2004), lemmatised terms."""
    return _textacy("textrank", doc, topn)


def yake(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's YAKE (Campos et al. 2020); scores are lower-is-better."""
    return _textacy("yake", doc, topn)


def scake(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's sCAKE (Duari & Bhatnagar 2019)."""
    return _textacy("scake", doc, topn)


def sgrank(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's SGRank (Danesh et al. 2015) on the first :data:`SGRANK_MAX_TOKENS` tokens."""
    if len(doc) > SGRANK_MAX_TOKENS:
        doc = doc[:SGRANK_MAX_TOKENS].as_doc()
    return _textacy("sgrank", doc, topn)


def first_phrases(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """Noun phrases and entities in order of first occurrence (score = 1 / rank)."""
    cands = [c for c in candidates(doc) if len(c.key) <= 3]
    return [(" ".join(c.key), 1.0 / (i + 1)) for i, c in enumerate(cands[:topn])]


def presslens_method(doc: Doc, topn: int = 10, *, weights: str | None = None) -> list[tuple[str, float]]:
    """presslens's default keyterms for news: specific words and names that come early and recur.

    Candidates are content words, named entities and short noun phrases
    (:func:`presslens.keywords.features.term_features`), grouped by lemma. Each
    gets the probability that a reader would pick it as a keyphrase under a
    logistic model over a handful of general features — how often it occurs
    (ln tf), how early it first occurs (news puts what matters in the headline
    and lead), how common it is in general English (wordfreq's Zipf
    frequency), its length in characters, its number of words and its part of
    speech::

        score = 1 / (1 + exp(−(intercept + Σ weightᵢ · featureᵢ)))

    A term whose words all belong to a better-ranked term is skipped. Unlike
    TextRank it does not sum word scores (which favours long phrases) and
    builds no graph over stopwords.

    Parameters
    ----------
    weights : str, optional
        A weights file written by :func:`presslens.keywords.fit.save_weights`;
        default: the shipped weights, fitted on the even-numbered half of
        500N-KPCrowd (``benchmarks/fit_keyterm_weights.py``) and measured on the
        other half (``benchmarks/eval_keywords.py``).
    """
    intercept, w = load_weights(weights)
    feats, n_tokens = term_features(doc)
    scored = []
    for f in feats:
        z = intercept + sum(wi * xi for wi, xi in zip(w, f.vector(n_tokens), strict=True))
        scored.append((f.term, 1.0 / (1.0 + math.exp(-z)), f.first_char))
    scored.sort(key=lambda x: (-x[1], x[2]))
    return _non_redundant(scored, topn)


def _non_redundant(scored: list[tuple[str, float, int]], topn: int) -> list[tuple[str, float]]:
    """Best terms first, skipping a term whose words all belong to one already chosen."""
    chosen: list[tuple[str, float]] = []
    word_sets: list[set[str]] = []
    for term, score, _ in scored:
        words = set(term.split())
        if any(words <= ws for ws in word_sets):
            continue
        chosen.append((term, score))
        word_sets.append(words)
        if len(chosen) == topn:
            break
    return chosen
