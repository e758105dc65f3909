"""Lexical diversity of a sequence of word types (case-folded words).

Each function takes the list of tokens (already tokenised and case-folded; see
:func:`presslens.stats.text_stats` for the settings presslens uses and records).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence


def ttr(tokens: Sequence[str]) -> float:
    """Type–token ratio: distinct tokens / tokens. Falls as texts get longer."""
    return len(set(tokens)) / len(tokens) if tokens else math.nan


def mattr(tokens: Sequence[str], window: int = 50) -> float:
    """Moving-average type–token ratio: mean TTR of every window of ``window`` tokens.

    Covington, M. A. & McFall, J. D. (2010). Cutting the Gordian knot: the
    moving-average type–token ratio (MATTR). *Journal of Quantitative
    Linguistics* 17(2), 94–100. Texts shorter than the window get their TTR.

    Parameters
    ----------
    tokens : sequence of str
        Case-folded words.
    window : int
        Window length.

    Returns
    -------
    float
        NaN for no tokens.
    """
    n = len(tokens)
    if n == 0:
        return math.nan
    if n <= window:
        return ttr(tokens)
    counts = Counter(tokens[:window])
    total = len(counts)
    for i in range(window, n):
        out, inc = tokens[i - window], tokens[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
        counts[inc] += 1
        total += len(counts)
    return total / (window * (n - window + 1))


def _mtld_pass(tokens: Sequence[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    count = 0
    for tok in tokens:
        count += 1
        types.add(tok)
        if len(types) / count <= threshold:
            factors += 1
            types, count = set(), 0
    if count:
        factors += (1 - len(types) / count) / (1 - threshold)
    return len(tokens) / factors if factors else math.nan


def mtld(tokens: Sequence[str], threshold: float = 0.72) -> float:
    """Measure of textual lexical diversity: mean length of runs keeping TTR above 0.72.

    The mean of a forward and a backward pass; the partial last run counts as
    the fraction ``(1 − TTR) / (1 − threshold)`` of a factor.

    McCarthy, P. M. & Jarvis, S. (2010). MTLD, vocd-D, and HD-D. *Behavior
    Research Methods* 42(2), 381–392.

    Parameters
    ----------
    tokens : sequence of str
        Case-folded words.
    threshold : float
        The TTR a run must keep.

    Returns
    -------
    float
        NaN for no tokens.
    """
    if not tokens:
        return math.nan
    return (_mtld_pass(tokens, threshold) + _mtld_pass(tokens[::-1], threshold)) / 2


def hdd(tokens: Sequence[str], sample_size: int = 42) -> float:
    """HD-D: expected TTR of a random sample of ``sample_size`` tokens (hypergeometric).

    ``Σ_types P(type appears in a sample of 42) / 42`` with
    ``P = 1 − C(N − k, 42) / C(N, 42)`` for a type seen ``k`` times in ``N`` tokens.

    McCarthy, P. M. & Jarvis, S. (2007). vocd: a theoretical and empirical
    evaluation. *Language Testing* 24(4), 459–488. ``nan`` below 42 tokens.

    Parameters
    ----------
    tokens : sequence of str
        Case-folded words.
    sample_size : int
        The sample drawn.

    Returns
    -------
    float
        NaN for fewer tokens than ``sample_size``.
    """
    n = len(tokens)
    if n < sample_size:
        return math.nan

    def p_absent(k: int) -> float:  # C(n - k, s) / C(n, s) = prod_{i<s} (n - k - i) / (n - i)
        p = 1.0
        for i in range(sample_size):
            if n - k - i <= 0:
                return 0.0
            p *= (n - k - i) / (n - i)
        return p

    # types sharing a frequency share P: one product per distinct frequency
    freq_of_freqs = Counter(Counter(tokens).values())
    return sum(m * (1 - p_absent(k)) for k, m in freq_of_freqs.items()) / sample_size
