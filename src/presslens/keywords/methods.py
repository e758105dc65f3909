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

import textacy.extract.keyterms as kt
from spacy.tokens import Doc
from wordfreq import word_frequency

from presslens.keywords.candidates import candidates

#: SGRank's cost grows with the candidates of the whole text: it sees this many tokens at most.
SGRANK_MAX_TOKENS = 1500


def _textacy(func, doc: Doc, topn: int, **kwargs) -> list[tuple[str, float]]:
    return [(t, float(s)) for t, s in func(doc, normalize="lemma", topn=topn, **kwargs)]


def textrank(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's TextRank (Mihalcea & Tarau 2004), lemmatised terms."""
    return _textacy(kt.textrank, doc, topn)


def yake(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's YAKE (Campos et al. 2020); scores are lower-is-better."""
    return _textacy(kt.yake, doc, topn)


def scake(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's sCAKE (Duari & Bhatnagar 2019)."""
    return _textacy(kt.scake, doc, topn)


def sgrank(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """textacy's SGRank (Danesh et al. 2015) on the first :data:`SGRANK_MAX_TOKENS` tokens."""
    if len(doc) > SGRANK_MAX_TOKENS:
        doc = doc[:SGRANK_MAX_TOKENS].as_doc()
    return _textacy(kt.sgrank, doc, topn)


def first_phrases(doc: Doc, topn: int = 10) -> list[tuple[str, float]]:
    """Noun phrases and entities in order of first occurrence (score = 1 / rank)."""
    cands = [c for c in candidates(doc) if len(c.key) <= 3]
    return [(" ".join(c.key), 1.0 / (i + 1)) for i, c in enumerate(cands[:topn])]


#: Weight of a one-word candidate by part of speech: news keyphrases are mostly names and nouns.
POS_WEIGHTS = {"PROPN": 1.0, "NOUN": 1.0, "ADJ": 0.8, "VERB": 0.8}


def presslens_method(doc: Doc, topn: int = 10, *, position_scale: float = 0.6,
                     phrases: bool = False) -> list[tuple[str, float]]:
    """presslens's default keyterms for news: specific terms that come early and recur.

    Candidates are content words (nouns, proper nouns, adjectives, verbs) and
    named entities (and, with ``phrases=True``, noun phrases of two or three
    words), grouped by lemma. Each is scored as the product of three signals::

        (1 + ln tf) · exp(−p / position_scale) · specificity · weight

    - ``tf``: occurrences in the text;
    - ``p``: relative position of the first occurrence (0 = the first token,
      1 = the last): news puts what matters in the headline and lead;
    - ``specificity``: ``−log10 f / 9`` with ``f`` the term's frequency in
      general English (``wordfreq``, floored at 1e-9), so common words
      ("year", "said") rank below specific ones;
    - ``weight``: :data:`POS_WEIGHTS` for single words, 1 for entities and phrases.

    A term whose words all belong to a better-ranked term is skipped. Unlike
    TextRank it does not sum word scores (which favours long phrases) and
    builds no graph over stopwords. The defaults (single words and entities,
    ``position_scale`` 0.6) were chosen on half of 500N-KPCrowd (the
    even-numbered documents) and checked on the other half
    (``benchmarks/eval_keywords.py``).
    """
    n = sum(1 for t in doc if not t.is_space) or 1
    terms: dict[str, list] = {}  # term -> [tf, first token, weight, first char]

    def add(term: str, first: int, weight: float, char: int) -> None:
        entry = terms.get(term)
        if entry is None:
            terms[term] = [1, first, weight, char]
        else:
            entry[0] += 1
            entry[2] = max(entry[2], weight)

    # "New" of "New York" is no keyterm: the entity is; a person's surname stays a candidate
    inner_entity_tokens = {t.i for e in doc.ents if len(e) > 1
                           for t in (e[:-1] if e.label_ == "PERSON" else e)}
    for tok in doc:
        if tok.i in inner_entity_tokens:
            continue
        if tok.pos_ in POS_WEIGHTS and tok.is_alpha and not tok.is_stop and len(tok) > 2:
            key = tok.lower_ if tok.pos_ == "PROPN" else tok.lemma_.lower()
            add(key, tok.i, POS_WEIGHTS[tok.pos_], tok.idx)
    for c in candidates(doc, max_words=3):
        if len(c.key) > 1 and (phrases or c.is_entity):
            term = " ".join(c.key)
            for first, (start, _) in zip(c.token_starts, c.spans, strict=True):
                add(term, first, 1.0, start)
    scored = []
    for term, (tf, first, weight, char) in terms.items():
        specificity = -math.log10(max(word_frequency(term, "en"), 1e-9)) / 9
        score = (1 + math.log(tf)) * math.exp(-(first / n) / position_scale) * specificity * weight
        scored.append((term, score, char))
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
