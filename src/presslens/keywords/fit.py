"""Fit the weights of presslens's keyterm scorer on gold keyphrases.

The scorer (:func:`presslens.keywords.methods.presslens_method`) is a logistic
model over :data:`presslens.keywords.features.FEATURE_NAMES`: a candidate's
log-odds of being a gold keyphrase is ``intercept + Σ weight · feature``. The
shipped weights (``weights.json`` next to this module) were fitted by
``benchmarks/fit_keyterm_weights.py`` on the even-numbered documents of
500N-KPCrowd; the odd-numbered ones are held out to measure them. Users with
gold keyphrases of their own can refit with :func:`fit_weights`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from spacy.tokens import Doc

from presslens.keywords.features import FEATURE_NAMES, term_features

WEIGHTS_FILE = "weights.json"


def training_rows(doc: Doc, gold: Iterable[str], normalise) -> tuple[list[list[float]], list[bool]]:
    """Feature vectors of the candidates of ``doc`` and whether each matches a gold keyphrase.

    ``normalise`` maps a phrase to its matching form (e.g. lower-cased Porter stems).
    """
    gold_keys = {normalise(g) for g in gold}
    feats, n_tokens = term_features(doc)
    return [f.vector(n_tokens) for f in feats], [normalise(f.term) in gold_keys for f in feats]


def fit_weights(docs: Sequence[Doc], golds: Sequence[Iterable[str]], normalise, *, c: float = 1.0) -> dict:
    """Logistic-regression weights of the keyterm scorer.

    Parameters
    ----------
    docs : sequence of Doc
        Parsed texts.
    golds : sequence of iterable of str
        Gold keyphrases of each text.
    normalise : callable
        Matching form of a phrase (the same as the evaluation's).
    c : float
        Inverse L2 regularisation strength (scikit-learn's ``C``), on standardised features.

    Returns
    -------
    dict
        ``{"intercept": float, "weights": {feature: float}, "documents": int, "candidates": int,
        "positives": int}``, weights in the features' own units.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x: list[list[float]] = []
    y: list[bool] = []
    for doc, gold in zip(docs, golds, strict=True):
        rows, labels = training_rows(doc, gold, normalise)
        x += rows
        y += labels
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(x), y)
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    weights = [w / s for w, s in zip(model.coef_[0], scale, strict=True)]
    intercept = float(model.intercept_[0] - sum(w * m for w, m in zip(weights, scaler.mean_, strict=True)))
    return {"intercept": round(intercept, 6),
            "weights": {n: round(float(w), 6) for n, w in zip(FEATURE_NAMES, weights, strict=True)},
            "documents": len(docs), "candidates": len(y), "positives": int(sum(y))}


def fit_gold_folder(gold_dir: str | Path, nlp, *, subset: slice = slice(0, None, 2), c: float = 1.0) -> dict:
    """:func:`fit_weights` on a 500N-KPCrowd-style folder, matching as the evaluation does.

    Parameters
    ----------
    gold_dir : path
        ``docsutf8/*.txt`` and ``keys/*.key`` (see :mod:`presslens.keywords.evaluate`).
    nlp : spacy.language.Language
        The model to parse with.
    subset : slice
        Which documents, in name order: by default the even-numbered ones, as
        the shipped weights (the odd-numbered ones are for measuring them).
    c : float
        See :func:`fit_weights`.

    Raises
    ------
    ValueError
        When the folder holds no document with keys.
    """
    from presslens.keywords.evaluate import gold_documents, normalise  # it imports this package

    pairs = gold_documents(gold_dir)[subset]
    if not pairs:
        raise ValueError(f"{gold_dir}: no docsutf8/*.txt with keys/*.key")
    docs = list(nlp.pipe(t.read_text(encoding="utf-8") for t, _ in pairs))
    golds = [k.read_text(encoding="utf-8").splitlines() for _, k in pairs]
    return fit_weights(docs, golds, normalise, c=c)


def save_weights(fitted: dict, path: str | Path, **about) -> None:
    """Write fitted weights (and ``about``: data, settings) as JSON."""
    Path(path).write_text(json.dumps({**about, **fitted}, indent=2, sort_keys=True) + "\n", encoding="utf-8")


@lru_cache(maxsize=8)
def load_weights(path: str | None = None) -> tuple[float, tuple[float, ...]]:
    """``(intercept, weights in FEATURE_NAMES order)`` from ``path`` or the shipped ``weights.json``.

    Raises
    ------
    ValueError
        When the file's features are not :data:`FEATURE_NAMES`.
    """
    text = (Path(path) if path else files("presslens.keywords") / WEIGHTS_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if sorted(data["weights"]) != sorted(FEATURE_NAMES):
        raise ValueError(f"{path or WEIGHTS_FILE}: weights for {sorted(data['weights'])}, "
                         f"expected {sorted(FEATURE_NAMES)}")
    return float(data["intercept"]), tuple(float(data["weights"][n]) for n in FEATURE_NAMES)
