"""Distinctive terms of each group of a corpus: weighted log-odds ratios with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5).

For a term ``w`` in group ``i`` against the rest of the corpus ``j``, with counts ``y``, group
sizes ``n`` (all term occurrences of the group), and a prior ``α_w = α0 · y_w / n`` proportional to
the term's share of the whole corpus:

    δ_w = log[(y_iw + α_w) / (n_i + α0 − y_iw − α_w)] − log[(y_jw + α_w) / (n_j + α0 − y_jw − α_w)]
    σ²(δ_w) ≈ 1 / (y_iw + α_w) + 1 / (y_jw + α_w)
    z_w = δ_w / σ(δ_w)

A large positive ``z`` marks a term the group uses more than the rest, beyond what its frequency
alone would give; the prior shrinks rare terms towards zero, so a term seen twice does not top
the list (the fault of raw ratios), nor do the commonest terms (the fault of raw counts).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Prior strength ``α0``: pseudo-counts spread over the terms by their corpus frequency (500 shrinks
#: terms seen a few times towards no difference, and leaves terms seen dozens of times to their counts).
PRIOR_SIZE = 500.0


def distinctive_terms(
    counts: pd.DataFrame, *, prior_size: float = PRIOR_SIZE, top: int | None = 10, min_z: float = 1.96
) -> pd.DataFrame:
    """The terms each group uses more than the rest of the corpus, with counts and z-scores.

    Parameters
    ----------
    counts : DataFrame
        Columns ``group``, ``term``, ``count`` (occurrences of the term in the group's articles).
    prior_size : float
        ``α0``, the pseudo-counts of the Dirichlet prior, spread over terms by corpus frequency.
    top : int or None
        Terms kept per group (highest z first); None keeps all.
    min_z : float
        Only terms with ``z`` at least this (1.96: two-sided 5 % for one term, no correction
        for the many terms compared).

    Returns
    -------
    DataFrame
        ``group``, ``term``, ``count`` (in the group), ``count_rest``, ``n_group``, ``n_rest``,
        ``log_odds_ratio`` (δ), ``z``; by group, highest ``z`` first.

    Examples
    --------
    >>> counts = pd.DataFrame({"group": ["A", "A", "B", "B"], "term": ["flood", "vote", "flood", "vote"],
    ...                        "count": [30, 10, 10, 30]})
    >>> distinctive_terms(counts, prior_size=4)[["group", "term", "count", "count_rest"]].values.tolist()
    [['A', 'flood', 30, 10], ['B', 'vote', 30, 10]]
    """
    c = counts.groupby(["group", "term"], as_index=False)["count"].sum()
    table = c.pivot(index="term", columns="group", values="count").fillna(0.0)
    table = table[table.sum(axis=1) > 0]  # a term counted 0 times has no prior (α = 0) and is in no group
    corpus = table.sum(axis=1)
    alpha = prior_size * corpus / corpus.sum()
    alpha0 = alpha.sum()
    rows = []
    for group in table.columns:
        y_i = table[group]
        y_j = corpus - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        delta = np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha)) - np.log(
            (y_j + alpha) / (n_j + alpha0 - y_j - alpha)
        )
        z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
        part = pd.DataFrame(
            {
                "group": group,
                "term": table.index,
                "count": y_i.astype(int).to_numpy(),
                "count_rest": y_j.astype(int).to_numpy(),
                "n_group": int(n_i),
                "n_rest": int(n_j),
                "log_odds_ratio": delta.to_numpy(),
                "z": z.to_numpy(),
            }
        )
        part = part[(part["count"] > 0) & (part["z"] >= min_z)]
        part = part.sort_values(["z", "term"], ascending=[False, True])
        rows.append(part if top is None else part.head(top))
    columns = ["group", "term", "count", "count_rest", "n_group", "n_rest", "log_odds_ratio", "z"]
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=columns)


def distinctive_key_terms(keywords: pd.DataFrame, group_of: pd.Series, *, top: int | None = 10) -> pd.DataFrame:
    """:func:`distinctive_terms` of groups of articles, counted on the occurrences of their key terms.

    Parameters
    ----------
    keywords : DataFrame
        The ``keywords`` table of a corpus run (``doc``, ``term``, and ``n_occurrences`` when the run
        has it; else each article's key term counts once).
    group_of : Series
        The group of each ``doc`` (index: doc); articles without one are left out.
    top : int or None
        Terms kept per group.

    Returns
    -------
    DataFrame
        As :func:`distinctive_terms`; empty with fewer than two groups.
    """
    k = keywords.assign(group=keywords["doc"].map(group_of)).dropna(subset=["group"])
    if k["group"].nunique() < 2:
        return distinctive_terms(pd.DataFrame(columns=["group", "term", "count"]), top=top)
    k = k.assign(count=k["n_occurrences"] if "n_occurrences" in k else 1)
    return distinctive_terms(k[["group", "term", "count"]], top=top)
