"""Features of keyphrase candidates: what topic words they hold, how early, how specific.

Candidates are the concepts of :func:`presslens.keywords.phrases.concepts`
(noun phrases, whole names, lone words; variants merged). Each gets the
features of :data:`FEATURE_NAMES`, which name no dataset and no outlet:

- topic words: how often its words occur anywhere in the text, on average and
  for its most frequent word (a phrase holding the text's topic word, as sCAKE
  and TopicRank reward: "moderate earthquakes" in a text about earthquakes);
- position: the sentence of its first occurrence (a headline and a news lede
  name what matters, as PositionRank uses);
- specificity: the general-English frequency of its rarest word (wordfreq's
  Zipf scale);
- form: being a name.

:func:`presslens.keywords.methods.scored_concepts` weighs them with the
weights of :mod:`presslens.keywords.fit`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, IS_SPACE, IS_STOP, ORTH
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from presslens.keywords.phrases import Concept, concepts
from presslens.keywords.stems import stem
from presslens.lexicon import KIND_NOUNS, ROLE_TITLES

#: Feature names, in the order of :meth:`CandidateFeatures.vector`. None measures the number of
#: words or the length of the whole phrase: how long a keyphrase should be is a habit of each gold
#: set's annotators (crowd single words, indexer noun phrases, expert long phrases), not of the text.
#: The concept's own count is left out for the same reason: a lone word recurs more often than any
#: phrase holding it, so counting the concept itself ranks lone words first. Chosen by
#: leave-one-set-out F@10 on four gold sets of different styles (``benchmarks/eval_keywords.py``).
FEATURE_NAMES = (
    "log_word_tf",  # ln of the mean occurrences of its words anywhere in the text (by stem)
    "log_max_word_tf",  # ln of the occurrences of its most frequent word (by stem)
    "first_sentence",  # ln(1 + index of the sentence of its first occurrence): 0 in the first
    "min_zipf",  # general-English frequency of its rarest word (wordfreq's Zipf scale; 0 unknown)
    "is_name",  # 1 when most occurrences are names
)
#: A lone common word at least this frequent in general English (Zipf scale: once in 10,000 words)
#: is too generic to be a keyphrase ("government", "official", "people"); names and phrases are kept.
GENERIC_ZIPF = 5.0
#: A lone word at least this frequent (about once in 30,000 words: "seats", "citizens", "facilities")
#: is generic too unless the text uses it :data:`CENTRAL_TF` times or more (then it is what the text
#: is about).
COMMON_ZIPF = 4.5
CENTRAL_TF = 3
#: A lone word at least this frequent (about once in 100,000 words: "customers", "timing", "goods")
#: is generic unless it is central to the text: used :data:`FAMILIAR_TF` times or more, or in the
#: first sentence (the headline or the lede says what the text is about).
FAMILIAR_ZIPF = 4.0
FAMILIAR_TF = 4
#: A lone word general English knows this well (about once in 300,000 words: "willingness",
#: "improvements") that a whole article (:data:`ARTICLE_TOKENS` tokens or more) uses once is no
#: keyword either.
KNOWN_ZIPF = 3.5
ARTICLE_TOKENS = 150
#: Head nouns of descriptions of a firm or a person ("the Scottish firm", "the US singer"): said once,
#: such a phrase stands for a name the text gives, not for a topic.
_DESCRIPTION_HEADS = KIND_NOUNS | ROLE_TITLES
#: Splits a phrase into words and the parts of hyphenated or slashed words.
_WORD_PARTS = re.compile(r"[\s/-]+")


@dataclass
class CandidateFeatures:
    """A concept with what its features are computed from.

    Attributes
    ----------
    concept : Concept
    word_tf : float
        Mean, over the concept's words, of their occurrences anywhere in the text (by stem).
    max_word_tf : int
        Occurrences anywhere in the text (by stem) of the concept's most frequent word.
    first_sentence : int
        Index of the sentence of the concept's first occurrence (0: the first).
    """

    concept: Concept
    word_tf: float
    max_word_tf: int
    first_sentence: int

    @property
    def term(self) -> str:
        """The concept's shown form."""
        return self.concept.text

    def vector(self) -> list[float]:
        """The features of :data:`FEATURE_NAMES`."""
        return [
            math.log(max(self.word_tf, 1.0)),
            math.log(max(self.max_word_tf, 1)),
            math.log1p(self.first_sentence),
            min(zipf_frequency(w, "en") for w in self.term.lower().split()),
            float(self.concept.is_name),
        ]


def is_generic(concept: Concept, n_tokens: int = 0, in_first_sentence: bool = False) -> bool:
    """Whether a candidate is generic: one lower-case word of :data:`GENERIC_ZIPF` or more in
    general English, of :data:`COMMON_ZIPF` or more used fewer than :data:`CENTRAL_TF` times, of
    :data:`FAMILIAR_ZIPF` or more used fewer than :data:`FAMILIAR_TF` times and not in the first
    sentence, or, in
    a text of :data:`ARTICLE_TOKENS` tokens or more, of :data:`KNOWN_ZIPF` or more used once; or a
    phrase used once, not a name, all of whose words are of :data:`GENERIC_ZIPF` or more ("current
    system", "likely cost", "second place"; not "dry weather", whose "dry" is rarer) or headed by a
    kind of organisation or a person's role (:data:`presslens.lexicon.KIND_NOUNS`,
    :data:`presslens.lexicon.ROLE_TITLES`: "the Scottish firm", "the US singer" describe a firm or
    a person the text names); or one word that starts with a digit (a
    measurement: "0.19secs", "280bn").

    Parameters
    ----------
    concept : Concept
    n_tokens : int
        Tokens of the text (a short text uses every word once).
    in_first_sentence : bool
        Whether it occurs first in the text's first sentence.

    Returns
    -------
    bool
    """
    text = concept.text
    words = text.split()
    if len(words) > 1:
        return (
            concept.tf == 1
            and not concept.is_name
            and (
                min(zipf_frequency(w.lower(), "en") for w in words) >= GENERIC_ZIPF
                or words[-1].lower() in _DESCRIPTION_HEADS  # "the Scottish firm", "the US singer"
            )
        )
    if text[:1].isdigit():
        return True  # a measurement: "0.19secs", "280bn"
    if not text.islower():
        return False
    z = zipf_frequency(text, "en")
    return (
        z >= GENERIC_ZIPF
        or (z >= COMMON_ZIPF and concept.tf < CENTRAL_TF)
        or (z >= FAMILIAR_ZIPF and concept.tf < FAMILIAR_TF and not in_first_sentence)
        or (z >= KNOWN_ZIPF and concept.tf == 1 and n_tokens >= ARTICLE_TOKENS)
    )


def _ranking_description(doc: Doc, concept: Concept) -> bool:
    """A phrase said once that ranks what it names: a superlative or an ordinal before it
    ("biggest slide", "finest stars", "second monthly reverse"), not a name."""
    if concept.tf != 1 or concept.is_name or len(concept.text.split()) < 2:
        return False
    first = doc[concept.token_starts[0]]
    return first.tag_ in ("JJS", "RBS") or first.ent_type_ == "ORDINAL"


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
    # sentences with words: a blanked header or a run of blank lines is no sentence
    sentence_starts = [s.start for s in doc.sents if not all(t.is_space for t in s)] or [0]
    out = []
    for c in concepts(doc):
        first_sentence = bisect.bisect_right(sentence_starts, c.token_starts[0]) - 1
        if is_generic(c, n_tokens, first_sentence == 0) or _ranking_description(doc, c):
            continue
        words = [stem(w) for w in c.text.split() if w.isalpha() or "-" in w]
        # every occurrence of the concept counts for its words, aliases too ("BA" for British Airways)
        word_tf = sum(max(stems.get(w, 0), c.tf) for w in words) / len(words) if words else 0.0
        parts = [stem(w) for w in _WORD_PARTS.split(c.text) if w.isalpha()]  # "record-breaking": both
        max_word_tf = max((stems.get(w, 0) for w in parts), default=0)
        max_word_tf = max(max_word_tf, c.tf)
        out.append(CandidateFeatures(c, word_tf, max_word_tf, first_sentence))
    return out
