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
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from presslens.coref import MentionLayer
from presslens.keywords.candidates import candidates
from presslens.keywords.features import CandidateFeatures, candidate_features
from presslens.keywords.fit import load_weights
from presslens.keywords.stems import stem
from presslens.lexicon import KIND_NOUNS

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
    doc: Doc, topn: int = 10, *, weights: str | None = None, mentions: MentionLayer | None = None
) -> list[tuple[str, float, tuple[tuple[int, int], ...]]]:
    """presslens's default keyphrases: names and phrases that come early, hold the text's topic words
    and are specific.

    Candidates are the text's concepts (:func:`presslens.keywords.phrases.concepts`):
    noun phrases, whole names and lone words, variants and defined aliases
    merged, shown in the text's own casing. Each gets the probability that an
    annotator would pick it, under a logistic model over general features
    (:data:`presslens.keywords.features.FEATURE_NAMES`: how often its words
    occur in the text, on average and for its most frequent word; the sentence
    of its first occurrence; the general-English frequency of its rarest word;
    being a name)::

        score = 1 / (1 + exp(−(intercept + Σ weightᵢ · featureᵢ)))

    A name followed by the kind of thing it names is one entry with the name
    (:func:`named_kinds_merged`: "the Bloglines website"), and a name follows
    the best phrase built on it (:func:`names_after_phrases`: "Islamic State
    hideouts", then "Islamic State"). A candidate whose words (by stem) all
    belong to a better-ranked one is skipped, so no fragment of a listed name
    or phrase is listed too; so is a term that only adds words to a
    better-ranked name or phrase (:func:`non_redundant`).

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
    mentions : presslens.coref.MentionLayer, optional
        The article's mention layer, whose people join the names of one person; computed
        when not given (:func:`presslens.keywords.phrases.concepts`).

    Returns
    -------
    list of (str, float, tuple of (int, int))
        Shown form, score and the character spans of every occurrence (variants included), best first.
    """
    intercept, w = load_weights(weights)
    scored = []
    for f in candidate_features(doc, mentions):
        z = intercept + sum(wi * xi for wi, xi in zip(w, f.vector(), strict=True))
        scored.append((1.0 / (1.0 + math.exp(-z)), f))
    scored = named_kinds_merged(scored)
    scored.sort(key=lambda x: (-x[0], x[1].concept.spans[0]))
    scored = names_after_phrases(scored)
    names = {f.term for _, f in scored if f.concept.is_name}
    # a name's own occurrences are written with its capital ("the Budget"; not "last year's budget")
    written = {
        f.term: sum(doc[i].text[:1].isupper() for i in f.concept.token_starts)
        for _, f in scored
        if f.concept.is_name
    }
    ranked = [(f.term, s, tuple(f.concept.spans)) for s, f in scored]
    return non_redundant(ranked, topn, names=names, name_counts=written)


def _stems(term: str) -> set[str]:
    """The word stems of a term: how the list steps below compare terms."""
    return {stem(w) for w in term.split()}


#: What a name can name, for :func:`named_kinds_merged`: kinds of organisation and of product.
_KINDS = KIND_NOUNS | frozenset("technology software product brand device format platform".split())


def named_kinds_merged(scored: list[tuple[float, CandidateFeatures]]) -> list[tuple[float, CandidateFeatures]]:
    """A name followed by the kind of thing it names, merged into the name.

    "Bloglines website" and "Taliban government" (a name's words and one of
    :data:`presslens.lexicon.KIND_NOUNS`, or of a product: "RipGuard technology") are Bloglines
    and the Taliban, by any form of the name: the
    phrase is dropped, and the name scores at least the phrase's score. A
    phrase naming something else ("Islamic State hideouts", "House seats")
    stays.

    Parameters
    ----------
    scored : list of (float, CandidateFeatures)
        Score and candidate.

    Returns
    -------
    list of (float, CandidateFeatures)
        The candidates without the merged phrases, the names' scores raised.
    """
    # a name by each of its forms: "RipGuard technology" is RipGuard, shown as "RipGuard DVD"
    names = {
        frozenset(_stems(form)): i
        for i, (_, f) in enumerate(scored)
        if f.concept.is_name
        for form in [*f.concept.forms, f.term]
    }
    best = [s for s, _ in scored]
    keep = [True] * len(scored)
    for i, (s, f) in enumerate(scored):
        *rest, head = f.term.split()
        if f.concept.is_name or not rest or head.lower() not in _KINDS:
            continue
        host = names.get(frozenset(_stems(" ".join(rest))))
        if host is not None:
            keep[i] = False
            best[host] = max(best[host], s)
    return [(best[i], f) for i, (_, f) in enumerate(scored) if keep[i]]


#: Entity labels of the names a phrase can be built on (see :func:`names_after_phrases`); not
#: nationalities: "British beef imports" is not about Britain.
HOST_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC"})


def _is_host(f: CandidateFeatures) -> bool:
    label = f.concept.labels.most_common(1)[0][0] if f.concept.labels else ""
    # the small model labels some movements NORP ("Islamic State"); one-word NORP are nationalities
    return f.concept.is_name and (label in HOST_LABELS or label == "NORP" and " " in f.term)


def names_after_phrases(ranked: list[tuple[float, CandidateFeatures]]) -> list[tuple[float, CandidateFeatures]]:
    """``ranked`` with each name moved up to just after the best phrase built on it.

    A phrase that holds every word of a name said more often than the phrase
    ("Islamic State hideouts", once; "Islamic State", six times) is about
    something of that name's referent: the reader needs the name too, so it
    follows the phrase (:func:`non_redundant` keeps both) and scores at least
    the phrase's score, so scores fall with rank. Names of people,
    organisations, places and buildings (:data:`HOST_LABELS`) only.

    Parameters
    ----------
    ranked : list of (float, CandidateFeatures)
        Best first.

    Returns
    -------
    list of (float, CandidateFeatures)
        The same candidates, reordered; a moved name's score raised to its phrase's.
    """
    hosts = [(hs, h, _stems(h.term)) for hs, h in ranked if _is_host(h)]
    if not hosts:
        return ranked
    out: list[tuple[float, CandidateFeatures]] = []
    placed: set[int] = set()
    for s, f in ranked:
        if id(f) in placed:
            continue
        out.append((s, f))
        placed.add(id(f))
        if f.concept.is_name or " " not in f.term:
            continue
        words = _stems(f.term)
        for hs, h, host_words in hosts:
            if host_words < words and h.concept.tf > f.concept.tf and id(h) not in placed:
                out.append((max(s, hs), h))  # listed with the phrase, scored at least as it
                placed.add(id(h))
                break
    return out


def non_redundant(
    ranked: list[tuple],
    topn: int,
    *,
    names: AbstractSet[str] = frozenset(),
    name_counts: Mapping[str, int] | None = None,
) -> list[tuple]:
    """The first ``topn`` of ``ranked`` (``(term, score, spans)`` best first) without repeats.

    Skipped: a term whose word stems all belong to one already chosen (a
    fragment, or a repeat by stem), and a term that contains all the words of
    a chosen name or a chosen phrase of two words or more (the same referent
    with words added: "possible total solar eclipses" after "total solar
    eclipse"). A lone word does not hide the phrases holding it ("hurricane
    season" after "hurricanes"), and a name said more often than a chosen
    phrase holding it is its own referent, not a fragment: "Islamic State"
    (six times) after "Islamic State hideouts" (once).

    Parameters
    ----------
    ranked : list of tuple
        ``(term, score, spans)`` best first; a term occurs ``len(spans)`` times.
    topn : int
        Terms to keep.
    names : set of str
        Terms that are names.
    name_counts : mapping of str to int, optional
        How often each name is said as a name (written with its capital), for the comparison
        above; default: all its occurrences.

    Returns
    -------
    list of tuple
    """
    counts = {item[0]: len(item[2]) for item in ranked}
    own = {**counts, **(name_counts or {})}
    chosen: list[tuple] = []
    stem_sets: list[tuple[set[str], str]] = []
    for item in ranked:
        term = item[0]
        words = _stems(term)
        if any(_repeats(term, words, other, ws, names, counts, own) for ws, other in stem_sets):
            continue
        chosen.append(item)
        stem_sets.append((words, term))
        if len(chosen) == topn:
            break
    return chosen


def _repeats(
    term: str,
    words: set[str],
    other: str,
    other_words: set[str],
    names: AbstractSet[str],
    counts: dict,
    own: dict,
) -> bool:
    """Whether ``term`` repeats the chosen ``other``: a fragment or repeat of it (unless a name said
    more often, as a name, than the phrase holding it), or ``other`` (a name or phrase) with words
    added."""
    own_referent = term in names and other not in names and own[term] > counts[other] and words != other_words
    fragment = words <= other_words and not own_referent
    return fragment or (other in names or len(other_words) > 1) and other_words <= words
