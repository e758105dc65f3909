"""Fit the weights of the mention layer's pronoun resolution on GAP development.

    python benchmarks/fit_coref_weights.py [GAP_DIR] [--l2 10] [--out PATH] [--hold FEATURES]

GAP_DIR defaults to $PRESSLENS_GAP or ../shared/eval/gap. Each development row is
parsed and run through :func:`presslens.coref.find_mentions`; for its ambiguous
pronoun the features of every candidate referent
(:meth:`presslens.coref._Builder.pronoun_features`) are recorded, and the candidates
holding the gold name are the positives. A conditional logit (softmax over a
pronoun's candidates, L2 penalty ``--l2``) is fitted on rows whose gold name is among
the candidates. Printed: two-fold cross-validation on development and the held-out
validation file, scored on the recorded candidates (F1 overall, masculine, feminine,
bias); ``benchmarks/eval_coref.py`` measures the whole pipeline afterwards. Writes
``src/presslens/data/pronoun_weights.json`` unless ``--out`` says otherwise. ``--hold``
keeps features at the weights of the current file and fits the rest (``--hold '*'`` fits only
features the file does not have yet: a new feature is priced without moving the weights the
BBC files were read against).
GAP is Wikipedia text: the features are general syntax and salience (Lappin & Leass
1994), not words, so the weights carry over to news; check PolNeAR
(``benchmarks/eval_quotes.py``) after a refit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_coref import gap_scores, read_rows  # noqa: E402

import presslens.coref as coref  # noqa: E402
from presslens.model import load_model, model_id  # noqa: E402

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data" / "pronoun_weights.json"
#: Weights are stored on this scale (recency of one mention in the sentence before = this).
SCALE = 100


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


def record_candidates(path: Path, nlp) -> list[dict]:
    """Per GAP row: the pronoun's candidate referents with their features and names.

    Parameters
    ----------
    path : Path
        A GAP TSV file.
    nlp : spacy.language.Language
        The model.

    Returns
    -------
    list of dict
        The fields of ``eval_coref.read_rows``, plus ``features`` (referent id -> feature
        dict) and ``names`` (referent id -> name offsets).
    """
    rows = read_rows(path)
    original = coref._Builder.pronoun_features
    out = []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        seen: dict = {}

        def hook(self, tok, want, gender=None, *, _at=row["pronoun_offset"], _seen=seen):
            feats = original(self, tok, want, gender)
            if tok.idx == _at:
                _seen["features"] = {rid: dict(f) for rid, f in feats.items()}
                _seen["names"] = {
                    rid: [(m.start, m.end) for m in self.referents[rid].mentions if m.type == "name"]
                    for rid in feats
                }
            return feats

        coref._Builder.pronoun_features = hook
        try:
            coref.find_mentions(doc)
        finally:
            coref._Builder.pronoun_features = original
        out.append({**row, "features": seen.get("features", {}), "names": seen.get("names", {})})
    return out


def _choice(rec: dict, weights: dict) -> tuple[bool, bool]:
    feats = rec["features"]
    if not feats:
        return (False, False)
    best = coref.best_candidate(feats, weights)
    return tuple(_overlaps(rec["names"][best], s, e) for s, e in rec["offsets"])


def score(records: list[dict], weights: dict) -> dict:
    """GAP's F1 (overall, masculine, feminine) and bias of the recorded choices.

    Parameters
    ----------
    records : list of dict
        From :func:`record_candidates`.
    weights : dict
        Feature weights.

    Returns
    -------
    dict
    """
    return gap_scores(records, [_choice(r, weights) for r in records])


def fit(records: list[dict], keys: list[str], l2: float, held: dict[str, float] | None = None) -> dict:
    """Weights maximising the likelihood of the gold candidate among each pronoun's candidates.

    Parameters
    ----------
    records : list of dict
        From :func:`record_candidates`.
    keys : list of str
        The features.
    l2 : float
        L2 penalty on the weights (on the scale where recency is about 1).
    held : dict, optional
        Features whose weights (on :data:`SCALE`) are kept as given, not fitted.

    Returns
    -------
    dict
        Feature -> weight, on :data:`SCALE`.
    """
    held = held or {}
    free = [k for k in keys if k not in held]
    xs, offsets, ys = [], [], []
    for r in records:
        if not r["features"] or not any(r["gold"]):
            continue
        ids = list(r["features"])
        gold = [span for span, g in zip(r["offsets"], r["gold"], strict=True) if g]
        y = np.array([any(_overlaps(r["names"][i], s, e) for s, e in gold) for i in ids])
        if y.any():
            xs.append(np.array([[r["features"][i].get(k, 0.0) for k in free] for i in ids], float))
            offsets.append(np.array([coref.pronoun_score(r["features"][i], held) / SCALE for i in ids]))
            ys.append(y)

    def loss(w):
        total, grad = 0.0, 2 * l2 * w
        for x, o, y in zip(xs, offsets, ys, strict=True):
            s = x @ w + o
            p = np.exp(s - s.max())
            p /= p.sum()
            py = p[y].sum()
            total -= np.log(py)
            grad = grad - ((p * y / py) - p) @ x
        return total + l2 * w @ w, grad

    w = minimize(loss, np.zeros(len(free)), jac=True, method="L-BFGS-B").x
    return {**held, **{k: round(float(v) * SCALE, 1) for k, v in zip(free, w, strict=True)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gap_dir", nargs="?", type=Path, default=Path(os.environ.get("PRESSLENS_GAP", "../shared/eval/gap"))
    )
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument(
        "--hold",
        default="",
        help="comma-separated features kept at their weights in the current file (a prefix ending in '*' "
        "holds every feature it starts)",
    )
    args = parser.parse_args()
    nlp = load_model(None)
    dev = record_candidates(args.gap_dir / "gap-development.tsv", nlp)
    val = record_candidates(args.gap_dir / "gap-validation.tsv", nlp)
    keys = sorted({k for r in dev for f in r["features"].values() for k in f} - {"nearest_at"})
    current = coref.pronoun_weights()
    patterns = [p for p in args.hold.split(",") if p]
    held = {
        k: current[k]
        for k in keys
        if k in current and any(k == p or (p.endswith("*") and k.startswith(p[:-1])) for p in patterns)
    }
    half = len(dev) // 2
    print(
        "two-fold on development:",
        score(dev[half:], fit(dev[:half], keys, args.l2, held)),
        score(dev[:half], fit(dev[half:], keys, args.l2, held)),
    )
    weights = fit(dev, keys, args.l2, held)
    print("validation (held out):", score(val, weights))
    print("development (fitted on):", score(dev, weights))
    args.out.write_text(
        json.dumps(
            {
                "weights": weights,
                "fitted_on": "GAP development (2,000 Wikipedia snippets), conditional logit over each pronoun's "
                "candidate referents",
                "l2": args.l2,
                "held": sorted(held),
                "model": model_id(nlp),
                "fitted_by": "benchmarks/fit_coref_weights.py",
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print("wrote", args.out)


if __name__ == "__main__":
    main()
