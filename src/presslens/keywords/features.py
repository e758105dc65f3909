"""Features of keyterm candidates: how often, how early, how specific, what kind of word.

The candidates are the article's content words (nouns, proper nouns, verbs,
adjectives, adverbs and numbers spelled in letters; stopwords and words of
fewer than three letters excluded) keyed by lemma — proper nouns by their
lower-cased form — and its noun phrases and named entities of two or three
words (:func:`presslens.keywords.candidates.candidates`). Each candidate gets
the features of :data:`FEATURE_NAMES`, which carry no knowledge of any
dataset; :func:`presslens.keywords.methods.presslens_method` weighs them
with the weights of :mod:`presslens.keywords.fit`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc
from wordfreq import zipf_frequency

from presslens.keywords.candidates import candidates

#: Parts of speech of single-word candidates.
CANDIDATE_POS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM")
MIN_WORD_LETTERS = 3
MAX_PHRASE_WORDS = 3

#: Feature names, in the order of :meth:`TermFeatures.vector`.
FEATURE_NAMES = (
    "log_tf",          # ln of the occurrences in the text
    "first_position",  # first occurrence, relative (0 = first token, 1 = last)
    "zipf",            # general-English frequency, Zipf scale (wordfreq; 0 when unknown)
    "unknown_word",    # 1 when wordfreq does not know the term
    "log_chars",       # ln of the length of the term in characters
    "in_longer_name",  # share of a word's occurrences inside a name of several words
    "two_words",       # 1 for a two-word phrase or entity
    "three_words",     # 1 for a three-word phrase or entity
    *(f"pos_{p.lower()}" for p in CANDIDATE_POS),  # part of speech of a single word (its most frequent)
)


@dataclass
class TermFeatures:
    """A candidate term, where it first occurs, and what its features are built from.

    Attributes
    ----------
    term : str
        Lower-cased lemmas (proper nouns and entity words: lower-cased forms), space-separated.
    tf : int
        Occurrences.
    first_token : int
        Token index of the first occurrence.
    first_char : int
        Character offset of the first occurrence (ties are broken by it).
    pos : collections.Counter
        Parts of speech of a single word's occurrences (empty for phrases).
    n_in_longer_name : int
        Occurrences of a single word inside a named entity of several words.
    """

    term: str
    tf: int = 0
    first_token: int = 0
    first_char: int = 0
    pos: Counter = field(default_factory=Counter)
    n_in_longer_name: int = 0

    def vector(self, n_tokens: int) -> list[float]:
        """The features of :data:`FEATURE_NAMES` for a text of ``n_tokens`` tokens."""
        n_words = self.term.count(" ") + 1
        zipf = zipf_frequency(self.term, "en")
        main_pos = self.pos.most_common(1)[0][0] if self.pos else None
        return [math.log(self.tf), self.first_token / max(n_tokens, 1), zipf, float(zipf == 0),
                math.log(len(self.term)), self.n_in_longer_name / self.tf,
                float(n_words == 2), float(n_words >= 3),
                *(float(main_pos == p) for p in CANDIDATE_POS)]


def term_features(doc: Doc) -> tuple[list[TermFeatures], int]:
    """The keyterm candidates of ``doc`` in order of first occurrence, and its number of tokens.

    Returns
    -------
    (list of TermFeatures, int)
        Candidates, and the non-space tokens of ``doc`` (for relative positions).
    """
    terms: dict[str, TermFeatures] = {}

    def add(term: str, token: int, char: int) -> TermFeatures:
        tf = terms.get(term)
        if tf is None:
            tf = terms[term] = TermFeatures(term, 0, token, char)
        tf.tf += 1
        return tf

    in_names = {t.i for e in doc.ents if len(e) > 1 for t in e}
    for tok in doc:
        if (tok.pos_ in CANDIDATE_POS and tok.is_alpha and not tok.is_stop
                and len(tok) >= MIN_WORD_LETTERS):
            key = tok.lower_ if tok.pos_ == "PROPN" else tok.lemma_.lower()
            tf = add(key, tok.i, tok.idx)
            tf.pos[tok.pos_] += 1
            tf.n_in_longer_name += tok.i in in_names
    for cand in candidates(doc, max_words=MAX_PHRASE_WORDS, min_words=2):
        if len(cand.key) > 1:
            for token, (start, _) in zip(cand.token_starts, cand.spans, strict=True):
                add(" ".join(cand.key), token, start)
    n_tokens = sum(1 for t in doc if not t.is_space)
    return sorted(terms.values(), key=lambda t: t.first_char), n_tokens
