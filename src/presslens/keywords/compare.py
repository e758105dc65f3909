"""Run several keyterm methods on one document and compare their rankings."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from spacy.tokens import Doc

from presslens.keywords import METHODS, extract_keyterms
from presslens.keywords.stems import normalise


def compare_methods(
    doc: Doc, methods: Iterable[str] = tuple(METHODS), topn: int = 10, mentions=None
) -> pd.DataFrame:
    """Top terms of each method, long format.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    methods : iterable of str
        Names of :data:`presslens.keywords.METHODS`.
    topn : int
        Terms per method.
    mentions : presslens.coref.MentionLayer, optional
        The article's mention layer, for the default method (:func:`extract_keyterms`).

    Returns
    -------
    DataFrame
        Columns ``method``, ``rank``, ``term``, ``score``, ``n_occurrences``,
        ``spans`` and ``key`` (lower-cased, Porter-stemmed: equal keys are
        the same term across methods).
    """
    rows = []
    for m in methods:
        for k in extract_keyterms(doc, m, topn, mentions=mentions):
            rows.append(
                {
                    "method": m,
                    "rank": k.rank,
                    "term": k.term,
                    "score": k.score,
                    "n_occurrences": len(k.spans),
                    "spans": [list(s) for s in k.spans],
                    "key": normalise(k.term),
                }
            )
    return pd.DataFrame(rows, columns=["method", "rank", "term", "score", "n_occurrences", "spans", "key"])


def side_by_side(table: pd.DataFrame) -> pd.DataFrame:
    """One column per method, one row per rank: the terms side by side."""
    return table.pivot(index="rank", columns="method", values="term").reset_index()


def agreement(table: pd.DataFrame) -> pd.DataFrame:
    """Terms ranked by several methods: ``key``, a representative ``term``, ``n_methods``, ``methods``."""
    g = table.groupby("key", sort=False)
    out = pd.DataFrame(
        {
            "term": g["term"].first(),
            "n_methods": g["method"].nunique(),
            "methods": g["method"].agg(lambda s: ", ".join(sorted(set(s)))),
            "best_rank": g["rank"].min(),
        }
    ).reset_index()
    return out.sort_values(
        ["n_methods", "best_rank", "key"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)
