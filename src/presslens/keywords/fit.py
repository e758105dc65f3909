"""Fit the weights of presslens's keyterm scorer on gold keyphrases.

The scorer (:func:`presslens.keywords.methods.scored_concepts`) is a logistic
model over :data:`presslens.keywords.features.FEATURE_NAMES`: a candidate's
log-odds of being a gold keyphrase is ``intercept + Σ weight · feature``. The
shipped weights (``weights.json`` next to this module) were fitted by
``benchmarks/fit_keyterm_weights.py`` on four gold sets of different styles at
once (crowd single words on news, indexer noun phrases, expert long phrases, reader phrases on news),
each set weighing the same, so that no one style's habits decide the ranking;
``benchmarks/eval_keywords.py`` measures each set with weights fitted on the
other three. Users with gold keyphrases of their own can refit with
:func:`fit_weights`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from spacy.tokens import Doc

from presslens.errors import require
from presslens.keywords.features import FEATURE_NAMES, candidate_features
from presslens.keywords.gold import gold_documents, gold_text
from presslens.keywords.stems import normalise

WEIGHTS_FILE = "weights.json"


def training_rows(doc: Doc, gold: Iterable[str], normalise) -> tuple[list[list[float]], list[bool]]:
    """Feature vectors of the candidates of ``doc`` and whether each matches a gold keyphrase.

    ``normalise`` maps a phrase to its matching form (e.g. lower-cased Porter stems).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A gold document, parsed.
    gold : iterable of str
        Its gold keyphrases.
    normalise : callable
        Phrase -> matching key (:func:`presslens.keywords.stems.normalise`).

    Returns
    -------
    (list of list of float, list of bool)
        One feature vector per candidate, and whether it matches a gold keyphrase.
    """
    gold_keys = {normalise(g) for g in gold}
    feats = candidate_features(doc)
    return [f.vector() for f in feats], [normalise(f.term) in gold_keys for f in feats]


def fit_weights(
    docs: Sequence[Doc],
    golds: Sequence[Iterable[str]],
    normalise,
    *,
    c: float = 1.0,
    groups: Sequence[str] | None = None,
) -> dict:
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
    groups : sequence of str, optional
        The gold set of each text. Candidates are weighted so that every set
        counts the same in the fit, and every document the same within its set.

    Returns
    -------
    dict
        ``{"intercept": float, "weights": {feature: float}, "documents": int, "candidates": int,
        "positives": int}``, weights in the features' own units.
    """
    groups = list(groups) if groups is not None else ["all"] * len(docs)
    rows = [training_rows(doc, gold, normalise) for doc, gold in zip(docs, golds, strict=True)]
    return fit_rows(rows, groups, c=c)


def fit_rows(
    rows: Sequence[tuple[list[list[float]], list[bool]]], groups: Sequence[str], *, c: float = 1.0
) -> dict:
    """:func:`fit_weights` on precomputed :func:`training_rows` of each document.

    Parameters
    ----------
    rows : sequence of (list, list)
        One :func:`training_rows` result per document.
    groups : sequence of str
        The gold set of each document (each set weighs the same).
    c : float
        Inverse regularisation strength.

    Returns
    -------
    dict
        As :func:`fit_weights`.
    """
    LogisticRegression = require("sklearn.linear_model", "fit").LogisticRegression
    StandardScaler = require("sklearn.preprocessing", "fit").StandardScaler

    docs_per_group = {g: sum(1 for h in groups if h == g) for g in set(groups)}
    x: list[list[float]] = []
    y: list[bool] = []
    sample_weight: list[float] = []
    for (feats, labels), group in zip(rows, groups, strict=True):
        if not feats:
            continue
        x += feats
        y += labels
        weight = 1.0 / (docs_per_group[group] * len(feats))  # each set, and each document in it, the same
        sample_weight += [weight * len(rows)] * len(feats)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(x), y, sample_weight=sample_weight)
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    weights = [w / s for w, s in zip(model.coef_[0], scale, strict=True)]
    intercept = float(model.intercept_[0] - sum(w * m for w, m in zip(weights, scaler.mean_, strict=True)))
    return {
        "intercept": round(intercept, 6),
        "weights": {n: round(float(w), 6) for n, w in zip(FEATURE_NAMES, weights, strict=True)},
        "documents": len(rows),
        "candidates": len(y),
        "positives": int(sum(y)),
    }


def fit_gold_folders(gold_dirs: Sequence[str | Path], nlp, *, c: float = 1.0) -> dict:
    """:func:`fit_weights` on keyphrase gold folders, each set weighing the same.

    Parameters
    ----------
    gold_dirs : sequence of path
        Folders in the ``docsutf8/*.txt`` + ``keys/*.key`` layout
        (:func:`presslens.keywords.gold.gold_documents`; title-only texts left out).
    nlp : spacy.language.Language
        The model to parse with.
    c : float
        See :func:`fit_weights`.

    Returns
    -------
    dict
        As :func:`fit_weights`, plus ``"sets"``: the folder names.

    Raises
    ------
    ValueError
        When a folder holds no document with keys.
    """
    docs, golds, groups = [], [], []
    for gold_dir in gold_dirs:
        pairs = gold_documents(gold_dir)
        if not pairs:
            raise ValueError(f"{gold_dir}: no docsutf8/*.txt with keys/*.key")
        docs += nlp.pipe(gold_text(t) for t, _ in pairs)
        golds += [k.read_text(encoding="utf-8").splitlines() for _, k in pairs]
        groups += [Path(gold_dir).name] * len(pairs)
    fitted = fit_weights(docs, golds, normalise, c=c, groups=groups)
    return {**fitted, "sets": [Path(d).name for d in gold_dirs]}


def save_weights(fitted: dict, path: str | Path, **about) -> None:
    """Write fitted weights (and ``about``: data, settings) as JSON.

    Parameters
    ----------
    fitted : dict
        From :func:`fit_weights` or :func:`fit_gold_folders`.
    path : path
        The JSON file.
    **about
        What the weights were fitted on, stored alongside.
    """
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
        raise ValueError(
            f"{path or WEIGHTS_FILE}: weights for {sorted(data['weights'])}, expected {sorted(FEATURE_NAMES)}"
        )
    return float(data["intercept"]), tuple(float(data["weights"][n]) for n in FEATURE_NAMES)
