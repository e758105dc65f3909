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

from spacy.attrs import IS_ALPHA, IS_SPACE, IS_STOP, LEMMA, ORTH
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from presslens.coref import MentionLayer
from presslens.keywords.phrases import PLURAL_ACRONYM, Concept, concepts
from presslens.keywords.stems import stem
from presslens.lexicon import HONORIFICS, KIND_NOUNS, PARTY_STATE, ROLE_TITLES, TITLE_ABBREVIATIONS
from presslens.names import common_first_name

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
#: A lone word at least this frequent (about once in 100,000 words: "seats", "customers", "buyer",
#: "goods") is generic too unless the text uses it :data:`FAMILIAR_TF` times or more (then it is
#: what the text is about). Being in the lede is no
#: exemption: a lede is full of words that set the scene ("sold to a little-known buyer", "lured
#: into buying goods"); without it, leave-one-set-out F@10 rose on three of the four gold sets.
FAMILIAR_ZIPF = 4.0
FAMILIAR_TF = 4
#: In a whole article (this many tokens or more), a lone word the text uses only once, alone or in
#: a phrase, is no keyword however rare ("slump", "unveiling", "occupants", "italics"), and neither
#: is a phrase said once none of whose words the text uses again ("leadership quality", "record
#: levels", "tidal waves"): a word the text is about recurs. (It costs science abstracts, which name
#: each term once: leave-one-set-out F@10 on Inspec fell 0.6 and rose 0.1 on DUC-2001 dev.)
ARTICLE_TOKENS = 150
#: A word this frequent (about once in 3,000 words: "great", "big", "home") before a familiar
#: noun (:data:`FAMILIAR_ZIPF`) in a phrase said once makes a turn of phrase, not a term ("great
#: honour", "big drop"); a rarer modifier makes one ("hasty withdrawal", "net loss").
COMMON_MODIFIER_ZIPF = 5.5
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


def is_generic(concept: Concept, n_tokens: int = 0, word_uses: int = 0) -> bool:
    """Whether a candidate is generic: one lower-case word (or a plural acronym: "MPs") of
    :data:`GENERIC_ZIPF` or more in general English, of :data:`FAMILIAR_ZIPF` or more used
    fewer than :data:`FAMILIAR_TF` times, or, in a text of :data:`ARTICLE_TOKENS` tokens or more, one the
    text uses only once, alone or inside a phrase; or a
    phrase used once, not a name, all of whose words are of :data:`GENERIC_ZIPF` or more ("current
    system", "likely cost", "second place"; not "dry weather", whose "dry" is rarer), of two words
    the first of :data:`COMMON_MODIFIER_ZIPF` or more and the second of :data:`FAMILIAR_ZIPF` or
    more ("great honour", "big drop"), in a text of :data:`ARTICLE_TOKENS` tokens or more none of
    whose words recurs (``word_uses`` of 1: "leadership quality"), or headed by a
    kind of organisation or a person's role (:data:`presslens.lexicon.KIND_NOUNS`,
    :data:`presslens.lexicon.ROLE_TITLES`: "the Scottish firm", "the US singer" describe a firm or
    a person the text names); or one word that starts with a digit (a
    measurement: "0.19secs", "280bn"); a title abbreviation or a party and state of US wire
    copy (:data:`presslens.lexicon.TITLE_ABBREVIATIONS`: "Sens", "Brig";
    :data:`presslens.lexicon.PARTY_STATE`: "R-Ala.");
    or a nationality or group (a name labelled ``NORP``) said
    once ("Swede Joachim Johansson", "an Israeli": it describes someone).

    Parameters
    ----------
    concept : Concept
    n_tokens : int
        Tokens of the text (a short text uses every word once).
    word_uses : int
        For a lone word: its occurrences anywhere in the text, inside phrases too (by stem); for a
        phrase, those of its most frequent word.

    Returns
    -------
    bool
    """
    text = concept.text
    words = text.split()
    if concept.is_name and concept.tf == 1 and concept.labels and concept.labels.most_common(1)[0][0] == "NORP":
        # a nationality or group said once describes someone ("Swede Joachim Johansson", "an
        # Israeli", "the Middle Eastern sheikhdom"): no topic of the text
        return True
    if len(words) > 1:
        return (
            concept.tf == 1
            and not concept.is_name
            and (
                n_tokens >= ARTICLE_TOKENS and word_uses <= 1  # no word of it recurs: a passing phrase
                or min(zipf_frequency(w.lower(), "en") for w in words) >= GENERIC_ZIPF
                or (  # "great honour", "big drop", "home soil"
                    len(words) == 2
                    and zipf_frequency(words[0].lower(), "en") >= COMMON_MODIFIER_ZIPF
                    and zipf_frequency(words[1].lower(), "en") >= FAMILIAR_ZIPF
                )
                or words[-1].lower() in _DESCRIPTION_HEADS  # "the Scottish firm", "the US singer"
            )
        )
    if text[:1].isdigit():
        return True  # a measurement: "0.19secs", "280bn"
    if (
        concept.is_name
        and concept.tf == 1
        and " " not in text
        and common_first_name(text)
        and not concept.labels.keys() - {"PERSON"}  # "Adelaide", a city
    ):
        return True  # a first name alone, said once: nobody a reader can tell ("an average American Joe")
    if text.rstrip(".").lower() in TITLE_ABBREVIATIONS or PARTY_STATE.fullmatch(text):
        return True  # a title or a party and state of US wire copy: "Sens.", "R-Ala.", "D-N.Y."
    if not (text.islower() or PLURAL_ACRONYM.fullmatch(text)):  # "MPs" is a kind of person
        return False
    z = zipf_frequency(text.lower(), "en")
    return (
        z >= GENERIC_ZIPF
        or (z >= FAMILIAR_ZIPF and concept.tf < FAMILIAR_TF)
        or (concept.tf == 1 and word_uses < FAMILIAR_TF and n_tokens >= ARTICLE_TOKENS)
    )


def _ranking_description(doc: Doc, concept: Concept) -> bool:
    """A phrase said once that ranks what it names: a superlative or an ordinal before it
    ("biggest slide", "finest stars", "second monthly reverse"), not a name."""
    if concept.tf != 1 or concept.is_name or len(concept.text.split()) < 2:
        return False
    first = doc[concept.token_starts[0]]
    return first.tag_ in ("JJS", "RBS") or first.ent_type_ == "ORDINAL"


#: A quotation of this many words or more is someone speaking; a shorter one marks a term ("so-called
#: ``poverty vaccination''").
SPEECH_WORDS = 6


def _words(doc: Doc, start: int, end: int) -> int:
    """Words (whitespace-separated) of the text between two offsets, read from the tokens there
    (``Doc.text`` joins every token of the text)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return 0 if span is None else len(span.text[start - span.start_char : end - span.start_char].split())


def _turn_of_phrase(concept: Concept, speech: list[tuple[int, int]]) -> bool:
    """A phrase or a name said once, and only inside someone's words (a quotation of
    :data:`SPEECH_WORDS` words or more): the speaker's turn of phrase or aside ("That is absolute
    nonsense", "a massive honour", "he's no Einstein"), not what the text is about.
    :func:`candidate_features` applies it where no word of the term recurs :data:`FAMILIAR_TF`
    times ("spam filters" in a text about spam stays)."""
    if concept.tf != 1 or not concept.is_name and len(concept.text.split()) < 2:
        return False
    start, end = concept.spans[0]
    return any(qs <= start and end <= qe for qs, qe in speech)


def _about_a_named_person(doc: Doc, concept: Concept) -> bool:
    """A phrase said once, not a name, that starts with an honorific ("Mr Ebbers relationship", a
    possessive without its apostrophe): about the person named, who is a candidate of their own."""
    if concept.tf != 1 or concept.is_name or len(concept.text.split()) < 2:
        return False
    start = concept.token_starts[0]
    return doc[start].lower_.rstrip(".") in HONORIFICS


#: What a name before it makes an outlet a statement is made to ("told the BBC Today programme").
_OUTLET_NOUNS = frozenset("programme program show newspaper paper website channel station magazine radio".split())
#: Verbs whose object or "to" phrase is who a statement is made to ("told BBC Sport", "speaking to
#: BBC Radio Five Live", "talking to reporters").
_ADDRESS_VERBS = frozenset(("tell", "speak", "talk"))


def _only_addressed(doc: Doc, concept: Concept) -> bool:
    """Whether every occurrence of a name is who a statement was made to ("he told BBC Sport",
    "speaking to BBC Radio Five Live", "told Reuters", "told the BBC Today programme"): the medium
    of a quotation, not what the text is about. A description stays ("telling Labour members" is
    about them)."""
    if not concept.is_name:
        return False
    for start, end in concept.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        top = root
        while top.dep_ in ("compound", "poss", "nmod") and top.head.i > top.i:
            top = top.head
        if top is not root and top.lemma_ in _OUTLET_NOUNS:
            root = top  # "told the BBC Today programme", "told the Radio 4 programme"
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "to":
            head = head.head
        elif root.dep_ not in ("dobj", "dative"):
            return False
        if head.lemma_ not in _ADDRESS_VERBS:
            return False
    return True


def candidate_features(doc: Doc, mentions: MentionLayer | None = None) -> list[CandidateFeatures]:
    """The keyphrase candidates of ``doc`` with their features, in order of first occurrence.

    Parameters
    ----------
    doc : Doc
        A parsed text.
    mentions : presslens.coref.MentionLayer, optional
        The article's mention layer, with its quotations (see
        :func:`presslens.keywords.phrases.concepts`); computed when not given.

    Returns
    -------
    list of CandidateFeatures
    """
    # token attributes read as one array: iterating spaCy tokens costs more than the rest of this loop
    rows = doc.to_array([ORTH, IS_ALPHA, IS_STOP, IS_SPACE]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    stems = Counter(stem(strings[orth]) for orth, alpha, stop, _ in rows if alpha and not stop)
    n_tokens = sum(1 for *_, space in rows if not space)
    # a verb of addressing anywhere (read from the lemma array): else no name is only spoken to
    lemmas = set(doc.to_array([LEMMA]).tolist()) if len(doc) else set()
    addressing = any(strings[verb] in lemmas for verb in _ADDRESS_VERBS)
    # sentences with words: a blanked header or a run of blank lines is no sentence
    sentence_starts = [s.start for s in doc.sents if not all(t.is_space for t in s)] or [0]
    if mentions is None:  # the layer's quotations and people are read below and by concepts()
        from presslens.quotes import mention_layer

        mentions = mention_layer(doc)
    speech = [(s, e) for s, e in mentions.quoted if _words(doc, s, e) >= SPEECH_WORDS]
    out = []
    for c in concepts(doc, mentions):
        first_sentence = bisect.bisect_right(sentence_starts, c.token_starts[0]) - 1
        words = [stem(w) for w in c.text.split() if w.isalpha() or "-" in w]
        parts = [stem(w) for w in _WORD_PARTS.split(c.text) if w.isalpha()]  # "record-breaking": both
        max_word_tf = max((stems.get(w, 0) for w in parts), default=0)
        uses = stems.get(words[0], 0) if len(words) == 1 else max_word_tf
        if (
            is_generic(c, n_tokens, uses)
            or _ranking_description(doc, c)
            or _turn_of_phrase(c, speech)
            and max_word_tf < FAMILIAR_TF
            or _about_a_named_person(doc, c)
            or (addressing and _only_addressed(doc, c))
        ):
            continue
        # every occurrence of the concept counts for its words, aliases too ("BA" for British Airways)
        word_tf = sum(max(stems.get(w, 0), c.tf) for w in words) / len(words) if words else 0.0
        max_word_tf = max(max_word_tf, c.tf)
        out.append(CandidateFeatures(c, word_tf, max_word_tf, first_sentence))
    return out
