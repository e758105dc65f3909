"""Score keyterm methods against gold keyphrases (the 500N-KPCrowd / Inspec / SemEval-2017 layout).

Layout: ``DIR/docsutf8/NAME.txt`` and ``DIR/keys/NAME.key`` (one keyphrase a
line); texts of fewer than :data:`MIN_WORDS` words (500N-KPCrowd's title-only
texts) are left out. The standard protocol: a predicted term matches a gold
keyphrase when both are equal after lower-casing and Porter-stemming every
word; predictions are de-duplicated by stem before the cut at 5 or 10, and
every gold phrase counts, whether it occurs in the text or not. Precision,
recall and F at 5 and 10 are computed per document and averaged over
documents (macro average).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from tqdm import tqdm

from presslens.decoding import read_utf8
from presslens.keywords import METHODS, extract_keyterms
from presslens.keywords.gold import MIN_WORDS, dedupe, gold_documents, gold_text, prf_at


def evaluate_keyterms(
    gold_dir: str | Path,
    nlp: Language,
    methods: Iterable[str] = tuple(METHODS),
    *,
    top: int = 10,
    limit: int | None = None,
    subset: slice | None = None,
    weights: str | None = None,
    progress: bool = False,
) -> list[dict]:
    """Score each method; one row per method with P/R/F at 5 and ``top`` and seconds per document.

    Each row also holds ``F@{top}_per_document`` (in document order), for paired comparisons
    (:func:`paired_difference`).

    Parameters
    ----------
    gold_dir : path
        A gold folder (see the module's docstring).
    nlp : Language
        The model to parse with.
    methods : iterable of str
        Names in :data:`presslens.keywords.METHODS`.
    top : int
        The second cut-off (the first is 5).
    limit : int, optional
        Score only the first ``limit`` documents.
    subset : slice, optional
        Which documents (after sorting) to score, e.g. ``slice(0, None, 2)``.
    weights : str, optional
        Weights file for the default method (e.g. fitted without this set).
    progress : bool
        Show a progress bar.

    Returns
    -------
    list of dict
        One row per method.

    Raises
    ------
    ValueError
        When the folder holds no scorable document.
    """
    pairs = gold_documents(gold_dir)
    if subset is not None:
        pairs = pairs[subset]
    pairs = pairs[:limit]
    if not pairs:
        raise ValueError(f"{gold_dir}: no docsutf8/*.txt of {MIN_WORDS} words or more with keys/*.key")
    methods = list(methods)
    sums = {m: [0.0] * 6 for m in methods}
    per_doc: dict[str, list[float]] = {m: [] for m in methods}
    seconds = dict.fromkeys(methods, 0.0)
    for text_path, key_path in tqdm(pairs, desc="eval keywords", unit="doc", disable=not progress):
        doc = nlp(gold_text(text_path))
        gold = dedupe(read_utf8(key_path).splitlines())
        for m in methods:
            t0 = time.perf_counter()
            options = {"weights": weights} if weights and m == "presslens" else {}
            terms = [k.term for k in extract_keyterms(doc, m, topn=top * 3, **options)]
            seconds[m] += time.perf_counter() - t0
            pred = dedupe(terms)
            for j, k in enumerate((5, top)):
                for i, v in enumerate(prf_at(pred, gold, k)):
                    sums[m][3 * j + i] += v
            per_doc[m].append(100 * prf_at(pred, gold, top)[2])
    n = len(pairs)
    rows = []
    for m in methods:
        s = [100 * v / n for v in sums[m]]
        rows.append(
            {
                "method": m,
                "P@5": s[0],
                "R@5": s[1],
                "F@5": s[2],
                f"P@{top}": s[3],
                f"R@{top}": s[4],
                f"F@{top}": s[5],
                f"F@{top}_per_document": per_doc[m],
                "seconds_per_doc": seconds[m] / n,
                "documents": len(pairs),
            }
        )
    return rows


TEXTACY_METHODS = ("textrank", "yake", "scake", "sgrank")


def paired_difference(
    a: list[float], b: list[float], *, resamples: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean of ``a − b`` over documents and its 95 % paired-bootstrap interval.

    Parameters
    ----------
    a, b : list of float
        Per-document scores of two methods on the same documents.
    resamples : int
        Bootstrap resamples of the documents.
    seed : int
        Seed of the resampling (the same inputs always give the same interval).

    Returns
    -------
    (float, float, float)
        Mean difference, lower and upper bound.
    """
    import numpy as np

    diff = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, len(diff), size=(resamples, len(diff)))].mean(axis=1)
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def headline_figures(rows: list[dict], top: int = 10, default: str = "presslens") -> dict:
    """Default method vs the best textacy method, from :func:`evaluate_keyterms` rows.

    Parameters
    ----------
    rows : list of dict
        From :func:`evaluate_keyterms`.
    top : int
        The cut-off scored.
    default : str
        The default method's name.

    Returns
    -------
    dict
        F@5 and F@``top`` of both, their difference and its 95 % interval, documents.
    """
    by = {r["method"]: r for r in rows}
    best = max((m for m in TEXTACY_METHODS if m in by), key=lambda m: by[m][f"F@{top}"])
    out = {
        "documents": by[default]["documents"],
        "default_f10": by[default][f"F@{top}"],
        "default_f5": by[default]["F@5"],
        "best_textacy": best,
        "best_textacy_f10": by[best][f"F@{top}"],
        "best_textacy_f5": by[best]["F@5"],
    }
    key = f"F@{top}_per_document"
    if key in by[default] and key in by[best]:
        mean, low, high = paired_difference(by[default][key], by[best][key])
        out.update(difference_f10=mean, difference_f10_low=low, difference_f10_high=high)
    return out
