"""Validation on the user's own collection: a sample of quotations to code by hand, and the accuracy
and inter-coder agreement read back from the coded file.

:func:`validation_sample` draws quotations at random, stratified by group (each group in proportion
to its quotations, at least one each while the sample allows), with the text around each and blank
columns for a coder: ``is_quotation``, ``speaker_right``, ``source_right``, ``gender_right``
(``yes``/``no``; blank: not coded or not applicable), ``coder`` and ``notes``.
:func:`agreement` reads the coded file back: per check, the share coded ``yes`` with its n and a
95 % Wilson interval, and Cohen's kappa where two coders coded the same rows.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

#: The columns a coder fills in, each answered yes or no.
CHECKS = ("is_quotation", "speaker_right", "source_right", "gender_right")
#: What a coder may write for yes and for no.
YES = frozenset({"yes", "y", "1", "true", "t", "x"})
NO = frozenset({"no", "n", "0", "false", "f"})
#: Characters of article text shown before and after a quotation.
CONTEXT = 200


def validation_sample(
    quotes: pd.DataFrame,
    people: pd.DataFrame,
    texts: dict[str, str],
    n: int,
    *,
    group_of: pd.Series | None = None,
    seed: int = 20230424,
) -> pd.DataFrame:
    """Quotations drawn at random for hand coding, stratified by group.

    Parameters
    ----------
    quotes : DataFrame
        The ``quotes`` table of a corpus run (``doc``, ``start``, ``end``, ``text``, ``speaker``,
        ``source``, ``source_type``, ``kind``).
    people : DataFrame
        The ``people`` table (``doc``, ``name``, ``gender``): the source's gender.
    texts : dict
        ``{doc: text}`` of the articles (the context around each quotation).
    n : int
        Quotations to draw (all of them when there are fewer).
    group_of : Series, optional
        The group of each ``doc`` (index: doc); without it one stratum.
    seed : int
        Seed of the draw (the same sample every time).

    Returns
    -------
    DataFrame
        ``sample_id``, ``doc``, ``group``, ``kind``, ``quotation``, ``speaker``, ``source``,
        ``source_type``, ``source_gender``, ``context``, then the blank coding columns.
    """
    q = quotes.reset_index(drop=True).copy()
    q["group"] = q["doc"].map(group_of) if group_of is not None else ""
    q["group"] = q["group"].fillna("").astype(str)
    rng = np.random.default_rng(seed)
    n = min(n, len(q))
    sizes = q.groupby("group").size()
    share = sizes / sizes.sum() * n
    take = np.floor(share).astype(int).clip(lower=min(1, n // max(1, len(sizes))))
    while take.sum() < n:  # largest remainders first
        take[(share - take).idxmax()] += 1
    while take.sum() > n:
        take[take.idxmax()] -= 1
    picked = [
        rng.choice(q.index[q["group"] == g].to_numpy(), size=min(k, sizes[g]), replace=False)
        for g, k in take.items()
        if k > 0
    ]
    rows = q.loc[np.sort(np.concatenate(picked))] if picked else q.iloc[0:0]
    gender = people.drop_duplicates(["doc", "name"]).set_index(["doc", "name"])["gender"]

    def context(r) -> str:
        text = texts.get(r["doc"], "")
        start, end = int(r["start"]), int(r["end"])
        return (
            text[max(0, start - CONTEXT) : start] + "[[" + text[start:end] + "]]" + text[end : end + CONTEXT]
        ).replace("\n", " ")

    out = pd.DataFrame(
        {
            "sample_id": range(1, len(rows) + 1),
            "doc": rows["doc"].to_numpy(),
            "group": rows["group"].to_numpy(),
            "kind": rows["kind"].to_numpy(),
            "quotation": rows["text"].to_numpy(),
            "speaker": rows["speaker"].to_numpy(),
            "source": rows["source"].to_numpy(),
            "source_type": rows["source_type"].to_numpy(),
            "source_gender": [
                gender.get((d, s), "") if t == "person" else ""
                for d, s, t in zip(rows["doc"], rows["source"], rows["source_type"], strict=True)
            ],
            "context": [context(r) for _, r in rows.iterrows()],
        }
    )
    for column in (*CHECKS, "coder", "notes"):
        out[column] = ""
    return out


def wilson_interval(k: int, n: int, z: float = 1.959964) -> tuple[float | None, float | None]:
    """The 95 % Wilson score interval of ``k`` successes in ``n``.

    Parameters
    ----------
    k, n : int
        Successes and trials.
    z : float
        The normal quantile (1.96: 95 %).

    Returns
    -------
    (float, float) or (None, None) when ``n`` is 0

    Examples
    --------
    >>> [round(x, 4) for x in wilson_interval(8, 10)]
    [0.4902, 0.9433]
    """
    if n == 0:
        return None, None
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def cohen_kappa(a: list[bool], b: list[bool]) -> float | None:
    """Cohen's kappa of two coders' yes/no answers on the same items.

    Parameters
    ----------
    a, b : list of bool
        The two coders' answers, item by item.

    Returns
    -------
    float or None
        None with no items, or when both coders gave one answer throughout (kappa undefined).

    Examples
    --------
    >>> cohen_kappa([True, True, False, False], [True, False, False, False])
    0.5
    """
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def _answer(value) -> bool | None:
    text = str(value).strip().lower() if value is not None and value == value else ""
    if text in YES:
        return True
    if text in NO:
        return False
    return None


def agreement(path: str | Path) -> pd.DataFrame:
    """Accuracy and agreement from a coded validation file.

    Parameters
    ----------
    path : path
        A ``validation.csv`` after coding (one row per quotation and coder; two coders of one
        ``sample_id`` give two rows).

    Returns
    -------
    DataFrame
        One row per check: ``n`` (rows coded yes or no), ``yes``, ``share_yes`` with ``low`` and
        ``high`` (95 % Wilson interval), ``n_double`` (items two coders answered) and ``kappa``.
    """
    from presslens.errors import InputError

    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ("sample_id", *CHECKS) if c not in coded.columns]
    if missing:
        raise InputError(path, f"not a validation file: no column {', '.join(missing)}")
    if "coder" not in coded.columns:
        coded["coder"] = ""
    rows = []
    for check in CHECKS:
        answers = coded.assign(answer=coded[check].map(_answer)).dropna(subset=["answer"])
        k, n = int(answers["answer"].sum()), len(answers)
        low, high = wilson_interval(k, n)
        coders = sorted(answers["coder"].unique())
        a, b = [], []
        if len(coders) >= 2:
            first = answers[answers["coder"] == coders[0]].drop_duplicates("sample_id").set_index("sample_id")
            second = answers[answers["coder"] == coders[1]].drop_duplicates("sample_id").set_index("sample_id")
            both = first.index.intersection(second.index)
            a = [bool(x) for x in first.loc[both, "answer"]]
            b = [bool(x) for x in second.loc[both, "answer"]]
        rows.append(
            {
                "check": check,
                "n": n,
                "yes": k,
                "share_yes": k / n if n else None,
                "low": low,
                "high": high,
                "n_double": len(a),
                "kappa": cohen_kappa(a, b),
            }
        )
    return pd.DataFrame(rows)
