"""Keyterm extraction methods, all returning ``[(term, score), …]`` best first.

- ``textrank``, ``yake``, ``scake``, ``sgrank``: textacy's implementations
  (terms lemmatised; YAKE's own scores are lower-is-better, textacy already
  sorts them best first);
- ``first_phrases``: the noun phrases and entities in order of first
  occurrence — the position baseline of news keyphrase extraction;
- ``keyness``: log-likelihood (Dunning's G²) of article terms against general
  English (:mod:`presslens.keywords.keyness`);
- ``presslens``: the default for news (:func:`scored_concepts`).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from presslens.keywords.candidates import candidates
from presslens.keywords.features import candidate_features
from presslens.keywords.fit import load_weights
from presslens.keywords.stems import stem

#: SGRank's cost grows with the candidates of the whole text: it sees this many tokens at most.
SGRANK_MAX_TOKENS = 1500


def _textacy(name: str, doc: Doc, topn: int) -> list[tuple[str, float]]:
    # imported here: importing textacy takes seconds, which every worker process would pay
    from presslens.errors import require

    kt = require("textacy.extract.keyterms", "textacy")

    return [(t, float(s)) for t, s in getattr(kt, name)(doc, normalize="lemma", topn=topn)]


def textrank(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's TextRank (Mihalcea & Tarau 2004), lemmatised terms.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    topn : int
        Terms to return.

    Returns
    -------
    list of (str, float)
        Term and score, best first.
    """
    return _textacy("textrank", doc, topn)


def yake(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's YAKE (Campos et al. 2020); scores are lower-is-better.

    YAKE's word scores need the spread of word frequencies, which is undefined for a text of
    fewer than two distinct content words ("Floods"): such a text has no YAKE terms.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    topn : int
        Terms to return.

    Returns
    -------
    list of (str, float)
        Term and score, best first.
    """
    try:
        return _textacy("yake", doc, topn)
    except statistics.StatisticsError:
        return []


def scake(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's sCAKE (Duari & Bhatnagar 2019).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    topn : int
        Terms to return.

    Returns
    -------
    list of (str, float)
        Term and score, best first.
    """
    return _textacy("scake", doc, topn)


def sgrank(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's SGRank (Danesh et al. 2015) on the first :data:`SGRANK_MAX_TOKENS` tokens.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    topn : int
        Terms to return.

    Returns
    -------
    list of (str, float)
        Term and score, best first.
    """
    if len(doc) > SGRANK_MAX_TOKENS:
        doc = doc[:SGRANK_MAX_TOKENS].as_doc()
    return _textacy("sgrank", doc, topn)


def first_phrases(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """Noun phrases and entities in order of first occurrence (score = 1 / rank).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    topn : int
        Terms to return.

    Returns
    -------
    list of (str, float)
        Term and score, best first.
    """
    cands = [c for c in candidates(doc) if len(c.key) <= 3]
    return [(" ".join(c.key), 1.0 / (i + 1)) for i, c in enumerate(cands[:topn])]


def scored_concepts(
    doc: Doc, topn: int = 10, *, weights: str | None = None
) -> list[tuple[str, float, tuple[tuple[int, int], ...]]]:
    """presslens's default keyphrases: names and phrases that come early, recur and are specific.

    Candidates are the text's concepts (:func:`presslens.keywords.phrases.concepts`):
    noun phrases, whole names and lone words, variants and defined aliases
    merged, shown in the text's own casing. Each gets the probability that an
    annotator would pick it, under a logistic model over general features
    (:data:`presslens.keywords.features.FEATURE_NAMES`: occurrences, how often
    its words recur, position of the first occurrence, spread, general-English
    frequency of its words, number of words, length, being a name)::

        score = 1 / (1 + exp(−(intercept + Σ weightᵢ · featureᵢ)))

    A candidate whose words (by stem) all belong to a better-ranked one is
    skipped, so no fragment of a listed name or phrase is listed too; so is a
    phrase that only adds words to a better-ranked name ("Islamic State
    hideouts" after "Islamic State").

    Parameters
    ----------
    doc : Doc
        A parsed text.
    topn : int
        How many keyphrases.
    weights : str, optional
        A weights file written by :func:`presslens.keywords.fit.save_weights`;
        default: the shipped weights, fitted on four gold sets of different
        styles at once (``benchmarks/fit_keyterm_weights.py``; each set's
        figure in ``benchmarks/eval_keywords.py`` comes from weights fitted on
        the other three).

    Returns
    -------
    list of (str, float, tuple of (int, int))
        Shown form, score and the character spans of every occurrence (variants included), best first.
    """
    intercept, w = load_weights(weights)
    scored = []
    for f in candidate_features(doc):
        z = intercept + sum(wi * xi for wi, xi in zip(w, f.vector(), strict=True))
        scored.append((1.0 / (1.0 + math.exp(-z)), f))
    scored.sort(key=lambda x: (-x[0], x[1].concept.spans[0]))
    names = {f.term for _, f in scored if f.concept.is_name}
    return non_redundant([(f.term, s, tuple(f.concept.spans)) for s, f in scored], topn, names=names)


def non_redundant(ranked: list[tuple], topn: int, *, names: AbstractSet[str] = frozenset()) -> list[tuple]:
    """The first ``topn`` of ``ranked`` (``(term, …)`` best first) without repeats.

    Skipped: a term whose word stems all belong to one already chosen (a
    fragment, or a repeat by stem), and a term that contains all the words of
    a chosen term in ``names`` (a name with words added).

    Parameters
    ----------
    ranked : list of tuple
        ``(term, …)`` best first.
    topn : int
        Terms to keep.
    names : set of str
        Terms that are names (a name is never dropped for a phrase containing it).

    Returns
    -------
    list of tuple
    """
    chosen: list[tuple] = []
    stem_sets: list[tuple[set[str], bool]] = []
    for item in ranked:
        words = {stem(w) for w in item[0].split()}
        if any(words <= ws or is_name and ws <= words for ws, is_name in stem_sets):
            continue
        chosen.append(item)
        stem_sets.append((words, item[0] in names))
        if len(chosen) == topn:
            break
    return chosen
