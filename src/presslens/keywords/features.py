"""Features of keyphrase candidates: how often, how early, how specific, what kind of phrase.

Candidates are the concepts of :func:`presslens.keywords.phrases.concepts`
(noun phrases, whole names, lone words; variants merged). Each gets the
features of :data:`FEATURE_NAMES`, which name no dataset and no outlet:

- frequency: occurrences of the concept, and how often its words occur in the
  text at all (a topic's words recur across its phrases, as TopicRank uses);
- position: where it first occurs (news and abstracts put what matters first,
  as PositionRank uses) and how far its occurrences spread;
- specificity: the general-English frequency of its rarest word (wordfreq's
  Zipf scale), and whether wordfreq knows any of its words;
- centrality: how central its words are in the text's word co-occurrence
  graph (TextRank's PageRank, :mod:`presslens.keywords.centrality`);
- form: the length of its words, and being a name.

:func:`presslens.keywords.methods.scored_concepts` weighs them with the
weights of :mod:`presslens.keywords.fit`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, IS_SPACE, IS_STOP, ORTH
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from presslens.keywords.centrality import word_centrality
from presslens.keywords.phrases import Concept, concepts
from presslens.keywords.stems import stem

#: Feature names, in the order of :meth:`CandidateFeatures.vector`. None measures the number of
#: words or the length of the whole phrase: how long a keyphrase should be is a habit of each gold
#: set's annotators (crowd single words, indexer noun phrases, expert long phrases), not of the text.
FEATURE_NAMES = (
    "log_tf",  # ln of the concept's occurrences
    "log_word_tf",  # ln of the mean occurrences of its words anywhere in the text (by stem)
    "first_position",  # first occurrence, relative (0 = first token, 1 = last)
    "spread",  # last minus first occurrence, relative
    "min_zipf",  # general-English frequency of its rarest word (wordfreq's Zipf scale; 0 unknown)
    "unknown_word",  # 1 when wordfreq knows none of its words
    "log_word_chars",  # ln of the mean length of its words in characters
    "is_name",  # 1 when most occurrences are names
    "log_centrality",  # ln of its words' mean PageRank in the word graph (TextRank's; mean word = 1)
)
#: A lone common word at least this frequent in general English (Zipf scale: once in 10,000 words)
#: is too generic to be a keyphrase ("government", "official", "people"); names and phrases are kept.
GENERIC_ZIPF = 5.0
#: A lone word at least this frequent (about once in 30,000 words: "seats", "citizens", "facilities")
#: is generic too unless the text uses it :data:`CENTRAL_TF` times or more (then it is what the text
#: is about).
COMMON_ZIPF = 4.5
CENTRAL_TF = 3
#: A lone word general English knows this well (about once in 300,000 words: "willingness",
#: "improvements") that a whole article (:data:`ARTICLE_TOKENS` tokens or more) uses once is no
#: keyword either.
KNOWN_ZIPF = 3.5
ARTICLE_TOKENS = 150
#: Added to the centrality before the logarithm (a word outside the graph scores 0).
CENTRALITY_FLOOR = 1e-3


@dataclass
class CandidateFeatures:
    """A concept with what its features are computed from.

    Attributes
    ----------
    concept : Concept
    n_tokens : int
        Non-space tokens of the text.
    word_tf : float
        Mean, over the concept's words, of their occurrences anywhere in the text (by stem).
    centrality : float
        Mean, over the concept's words, of their :func:`~presslens.keywords.centrality.word_centrality`.
    """

    concept: Concept
    n_tokens: int
    word_tf: float
    centrality: float

    @property
    def term(self) -> str:
        """The concept's shown form."""
        return self.concept.text

    def vector(self) -> list[float]:
        """The features of :data:`FEATURE_NAMES`."""
        c = self.concept
        n = max(self.n_tokens, 1)
        words = self.term.lower().split()
        known = [zipf_frequency(w, "en") for w in words if any(ch.isalpha() for ch in w)] or [0.0]
        return [
            math.log(c.tf),
            math.log(max(self.word_tf, 1.0)),
            c.token_starts[0] / n,
            (c.token_starts[-1] - c.token_starts[0]) / n,
            min(zipf_frequency(w, "en") for w in words),
            float(max(known) == 0),
            math.log(len(self.term) / len(words)),
            float(c.is_name),
            math.log(CENTRALITY_FLOOR + self.centrality),
        ]


def is_generic(concept: Concept, n_tokens: int = 0) -> bool:
    """Whether a candidate is a generic word: one lower-case word of :data:`GENERIC_ZIPF` or more in
    general English, of :data:`COMMON_ZIPF` or more used fewer than :data:`CENTRAL_TF` times, or, in
    a text of :data:`ARTICLE_TOKENS` tokens or more, of :data:`KNOWN_ZIPF` or more used once.

    Parameters
    ----------
    concept : Concept
    n_tokens : int
        Tokens of the text (a short text uses every word once).

    Returns
    -------
    bool
    """
    text = concept.text
    if " " in text or not text.islower():
        return False
    z = zipf_frequency(text, "en")
    return (
        z >= GENERIC_ZIPF
        or (z >= COMMON_ZIPF and concept.tf < CENTRAL_TF)
        or (z >= KNOWN_ZIPF and concept.tf == 1 and n_tokens >= ARTICLE_TOKENS)
    )


def candidate_features(doc: Doc) -> list[CandidateFeatures]:
    """The keyphrase candidates of ``doc`` with their features, in order of first occurrence.

    Parameters
    ----------
    doc : Doc
        A parsed text.

    Returns
    -------
    list of CandidateFeatures
    """
    # token attributes read as one array: iterating spaCy tokens costs more than the rest of this loop
    rows = doc.to_array([ORTH, IS_ALPHA, IS_STOP, IS_SPACE]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    stems = Counter(stem(strings[orth]) for orth, alpha, stop, _ in rows if alpha and not stop)
    n_tokens = sum(1 for *_, space in rows if not space)
    central = word_centrality(doc)
    out = []
    for c in concepts(doc):
        if is_generic(c, n_tokens):
            continue
        words = [stem(w) for w in c.text.split() if w.isalpha() or "-" in w]
        word_tf = sum(stems.get(w, 0) for w in words) / len(words) if words else 0.0
        all_words = [stem(w) for w in c.text.split()]
        centrality = sum(central.get(w, 0.0) for w in all_words) / len(all_words)
        out.append(CandidateFeatures(c, n_tokens, word_tf, centrality))
    return out
