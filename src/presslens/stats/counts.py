"""Basic counts of a parsed article: words, sentences, paragraphs, syllables.

A *word* is a run of letters or digits, with inner apostrophes and hyphens
(``US’s``, ``al-Sudani``, ``2021``): the whitespace-and-punctuation notion of a
word that the readability formulas were calibrated on, independent of how a
spaCy tokenizer splits clitics and hyphens. All counts cover the text handed
in — for an article, the body only (captions, credits and header are blanked
in :attr:`~presslens.article.Article.parse_text`).
"""

from __future__ import annotations

import bisect
import re
import statistics
from dataclasses import dataclass
from typing import Any

import pandas as pd
from spacy.attrs import IDX, LEMMA
from spacy.tokens import Doc

from presslens.segmentation import paragraph_spans
from presslens.stats.sentences import sentence_spans
from presslens.stats.syllables import syllable_count

#: The word pattern, recorded in every stats output.
WORD_PATTERN = r"[^\W_]+(?:['’\-][^\W_]+)*"
_WORD_RE = re.compile(WORD_PATTERN)
LONG_WORD_LETTERS = 7
POLYSYLLABLE_SYLLABLES = 3


@dataclass(slots=True)
class Word:
    """One word with its offsets, syllable count and lemma."""

    text: str
    start: int
    end: int
    syllables: int
    in_cmudict: bool
    lemma: str
    #: Letters and digits in the word (apostrophes and hyphens excluded).
    n_letters: int


def count_words(text: str) -> int:
    """How many words ``text`` holds, as :func:`words` and the text statistics count them.

    Examples
    --------
    >>> count_words("Floods hit Leeds on Monday, the council's leader said.")
    9
    """
    return sum(1 for _ in _WORD_RE.finditer(text))


def words(doc: Doc, text: str | None = None) -> list[Word]:
    """The words of ``doc`` (see the module docstring), in order.

    The lemma is spaCy's for the token where the word starts (lower-cased).
    ``text`` may pass ``doc.text`` when the caller has it (spaCy rebuilds it
    from the tokens on every access).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    text : str, optional
        ``doc.text``.

    Returns
    -------
    list of Word
    """
    starts, lemmas = doc.to_array([IDX, LEMMA]).T.tolist() if len(doc) else ([], [])
    strings = doc.vocab.strings
    lemma_at = dict(zip(starts, lemmas, strict=True))
    out = []
    for m in _WORD_RE.finditer(doc.text if text is None else text):
        text = m.group()
        n, known = syllable_count(text)
        lemma_hash = lemma_at.get(m.start())
        lemma = (str(strings[lemma_hash]) if lemma_hash is not None else text).lower()
        n_letters = len(text) - sum(map(text.count, "'’-"))
        out.append(Word(text, m.start(), m.end(), n, known, lemma, n_letters))
    return out


def _sentence_lengths(ws: list[Word], spans: list[tuple[int, int]]) -> list[int]:
    """Words per sentence, counting each word in the sentence where it starts."""
    starts = [w.start for w in ws]
    return [bisect.bisect_left(starts, e) - bisect.bisect_left(starts, s) for s, e in spans]


def sentence_table(doc: Doc, ws: list[Word] | None = None) -> pd.DataFrame:
    """One row per sentence: ``sentence`` (1-based), ``start``, ``end``, ``n_words``, ``text``.

    ``ws`` may pass the already computed :func:`words` of ``doc``.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    ws : list of Word, optional
        Its :func:`words`, when already computed.

    Returns
    -------
    DataFrame
    """
    text = doc.text
    ws = words(doc) if ws is None else ws
    spans = sentence_spans(text)
    rows = [
        {"sentence": i, "start": s, "end": e, "n_words": n, "text": text[s:e]}
        for i, ((s, e), n) in enumerate(zip(spans, _sentence_lengths(ws, spans), strict=True), 1)
    ]
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "n_words", "text"])


def basic_counts(doc: Doc, ws: list[Word] | None = None, text: str | None = None) -> dict[str, Any]:
    """Counts of ``doc`` (``ws`` may pass the already computed :func:`words`, ``text`` ``doc.text``).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    ws : list of Word, optional
        Its :func:`words`.
    text : str, optional
        ``doc.text``.

    Returns
    -------
    dict
        ``n_chars`` (letters and digits in words), ``n_words``, ``n_sentences``,
        ``n_paragraphs``, ``n_syllables``, ``n_unique_words`` (case-folded),
        ``n_long_words`` (≥ 7 letters), ``n_polysyllable_words`` (≥ 3 syllables),
        ``n_oov_words`` (words CMUdict lacks), and the sentence length
        distribution in words: ``sentence_length_mean``, ``_median``, ``_sd``
        (sample), ``_max``.
    """
    text = doc.text if text is None else text
    ws = words(doc, text) if ws is None else ws
    lengths = _sentence_lengths(ws, sentence_spans(text))
    return {
        "n_chars": sum(w.n_letters for w in ws),
        "n_words": len(ws),
        "n_sentences": len(lengths),
        "n_paragraphs": len(paragraph_spans(text)),
        "n_syllables": sum(w.syllables for w in ws),
        "n_unique_words": len({w.text.lower() for w in ws}),
        "n_long_words": sum(w.n_letters >= LONG_WORD_LETTERS for w in ws),
        "n_polysyllable_words": sum(w.syllables >= POLYSYLLABLE_SYLLABLES for w in ws),
        "n_oov_words": sum(not w.in_cmudict for w in ws),
        "sentence_length_mean": statistics.fmean(lengths) if lengths else 0.0,
        "sentence_length_median": float(statistics.median(lengths)) if lengths else 0.0,
        "sentence_length_sd": statistics.stdev(lengths) if len(lengths) > 1 else 0.0,
        "sentence_length_max": max(lengths, default=0),
    }
