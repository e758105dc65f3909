"""Readability formulas, each a pure function of counts.

Every function takes the counts it needs (see :func:`presslens.stats.counts.basic_counts`)
and returns the index; all return ``nan`` for text with no words or sentences.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib.resources import files


def _ratio(a: float, b: float) -> float:
    return a / b if b else math.nan


def flesch_reading_ease(n_words: int, n_sentences: int, n_syllables: int) -> float:
    """Flesch Reading Ease: higher is easier (0–100 for most prose; 60–70 is plain English).

    ``206.835 − 1.015 · words/sentences − 84.6 · syllables/words``

    Flesch, R. (1948). A new readability yardstick. *Journal of Applied
    Psychology* 32(3), 221–233.

    Parameters
    ----------
    n_words : int
    n_sentences : int
    n_syllables : int

    Returns
    -------
    float
        NaN without words or sentences.
    """
    if not n_words or not n_sentences:
        return math.nan
    return 206.835 - 1.015 * n_words / n_sentences - 84.6 * n_syllables / n_words


def flesch_kincaid_grade(n_words: int, n_sentences: int, n_syllables: int) -> float:
    """Flesch–Kincaid Grade Level: US school grade; higher is harder.

    ``0.39 · words/sentences + 11.8 · syllables/words − 15.59``

    Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975).
    *Derivation of new readability formulas for Navy enlisted personnel.*
    Research Branch Report 8-75, Naval Technical Training Command.

    Parameters
    ----------
    n_words : int
    n_sentences : int
    n_syllables : int

    Returns
    -------
    float
        NaN without words or sentences.
    """
    if not n_words or not n_sentences:
        return math.nan
    return 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59


def gunning_fog(n_words: int, n_sentences: int, n_polysyllable_words: int) -> float:
    """Gunning Fog index: years of schooling needed; higher is harder.

    ``0.4 · (words/sentences + 100 · complex/words)``, complex words being
    those of three or more syllables (all of them: we do not drop proper nouns
    or -ed/-es/-ing forms, as the simplified modern form does).

    Gunning, R. (1952). *The Technique of Clear Writing.* McGraw-Hill.

    Parameters
    ----------
    n_words : int
    n_sentences : int
    n_polysyllable_words : int
        Words of three or more syllables.

    Returns
    -------
    float
        NaN without words or sentences.
    """
    if not n_words or not n_sentences:
        return math.nan
    return 0.4 * (n_words / n_sentences + 100 * n_polysyllable_words / n_words)


def smog_index(n_sentences: int, n_polysyllable_words: int) -> float:
    """SMOG grade: years of schooling needed; higher is harder.

    ``1.0430 · sqrt(polysyllables · 30 / sentences) + 3.1291``

    McLaughlin, G. H. (1969). SMOG grading — a new readability formula.
    *Journal of Reading* 12(8), 639–646 (regression form). Meant for 30 or more
    sentences; shorter texts are scaled to 30, which is less reliable.

    Parameters
    ----------
    n_sentences : int
    n_polysyllable_words : int
        Words of three or more syllables.

    Returns
    -------
    float
        NaN without sentences.
    """
    if not n_sentences:
        return math.nan
    return 1.0430 * math.sqrt(n_polysyllable_words * 30 / n_sentences) + 3.1291


def coleman_liau_index(n_chars: int, n_words: int, n_sentences: int) -> float:
    """Coleman–Liau index: US grade level; higher is harder.

    ``0.0588 · L − 0.296 · S − 15.8`` with L letters per 100 words and S
    sentences per 100 words.

    Coleman, M. & Liau, T. L. (1975). A computer readability formula designed
    for machine scoring. *Journal of Applied Psychology* 60(2), 283–284.

    Parameters
    ----------
    n_chars : int
        Letters and digits of the words.
    n_words : int
    n_sentences : int

    Returns
    -------
    float
        NaN without words or sentences.
    """
    if not n_words:
        return math.nan
    return 0.0588 * 100 * n_chars / n_words - 0.296 * 100 * n_sentences / n_words - 15.8


def automated_readability_index(n_chars: int, n_words: int, n_sentences: int) -> float:
    """Automated Readability Index: US grade level; higher is harder.

    ``4.71 · characters/words + 0.5 · words/sentences − 21.43``

    Senter, R. J. & Smith, E. A. (1967). *Automated Readability Index.*
    AMRL-TR-66-220, Aerospace Medical Research Laboratories.

    Parameters
    ----------
    n_chars : int
        Letters and digits of the words.
    n_words : int
    n_sentences : int

    Returns
    -------
    float
        NaN without words or sentences.
    """
    if not n_words or not n_sentences:
        return math.nan
    return 4.71 * n_chars / n_words + 0.5 * n_words / n_sentences - 21.43


@lru_cache(maxsize=1)
def dale_chall_easy_words() -> frozenset[str]:
    """The Dale–Chall list of ~3,000 familiar words (``presslens/data/dale_chall_easy_words.txt``).

    The file is textstat 0.7.13's ``resources/en/easy_words.txt`` (MIT; see THIRD_PARTY.md).
    """
    text = (files("presslens") / "data" / "dale_chall_easy_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.split())


def is_difficult_word(word: str, lemma: str | None = None) -> bool:
    """Whether a word is *unfamiliar* for Dale–Chall: neither it nor its lemma is on the list.

    Regular inflections (plurals, -ed, -ing) of a listed word count as
    familiar, as the formula's rules say; the spaCy lemma finds them. Numbers are familiar.

    Parameters
    ----------
    word : str
        The word.
    lemma : str, optional
        Its lemma.

    Returns
    -------
    bool
    """
    w = word.lower().replace("’", "'")
    if w.replace("-", "").isdigit():
        return False
    easy = dale_chall_easy_words()
    return not (w in easy or (lemma or "").lower() in easy)


def dale_chall(n_words: int, n_sentences: int, n_difficult_words: int) -> float:
    """New Dale–Chall score: 4.9 or below ≈ grade 4, 9.0–9.9 ≈ college; higher is harder.

    ``0.1579 · PDW + 0.0496 · words/sentences (+ 3.6365 if PDW > 5)``, PDW being
    the percentage of words not on the Dale–Chall list of familiar words.

    Chall, J. S. & Dale, E. (1995). *Readability Revisited: The New Dale–Chall
    Readability Formula.* Brookline Books.

    Parameters
    ----------
    n_words : int
    n_sentences : int
    n_difficult_words : int
        Words not on the Dale–Chall list.

    Returns
    -------
    float
        NaN without words or sentences.
    """
    if not n_words or not n_sentences:
        return math.nan
    pdw = 100 * n_difficult_words / n_words
    return 0.1579 * pdw + 0.0496 * n_words / n_sentences + (3.6365 if pdw > 5 else 0.0)


#: Flesch Reading Ease bands (Flesch 1948): lower bound → label.
FLESCH_BANDS = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "standard"),
    (50, "fairly difficult"),
    (30, "difficult"),
    (0, "very confusing"),
)


def flesch_band(score: float) -> str:
    """The Flesch Reading Ease band a score falls in."""
    for lower, label in FLESCH_BANDS:
        if score >= lower:
            return label
    return FLESCH_BANDS[-1][1]
