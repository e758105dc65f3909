"""Pronoun resolution of the mention layer scored on GAP (snippet-context), as GAP scores it.

    python benchmarks/eval_coref.py [GAP_DIR] [--limit N] [--out FILE]

GAP_DIR defaults to $PRESSLENS_GAP or ../shared/eval/gap (gap-development.tsv,
gap-validation.tsv). Each row is a Wikipedia snippet with an ambiguous pronoun and two
names, A and B, each marked as its antecedent or not. The snippet is parsed and given to
:func:`presslens.coref.find_mentions` (what ``presslens mentions`` prints); A (B) is
predicted TRUE when the pronoun's referent has a mention overlapping A's (B's) offsets.
The URL column is not used. Printed per file: F1 of TRUE over all A/B decisions, overall
and by the pronoun's gender (M, F), and bias F/M; the published snippet-context baseline
(syntactic parallelism) is 66.9 overall, bias 0.93.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from pathlib import Path

from presslens.coref import find_mentions
from presslens.model import load_model

FEMININE = {"she", "her", "hers", "herself"}


def predict(layer, pronoun_offset: int, offsets: list[tuple[int, int]]) -> list[bool]:
    """Whether each name (character offsets) is in the pronoun's referent.

    Parameters
    ----------
    layer : presslens.coref.MentionLayer
        The snippet's mention layer.
    pronoun_offset : int
        Where the pronoun starts.
    offsets : list of (int, int)
        The candidate names.

    Returns
    -------
    list of bool
    """
    pron = next((m for m in layer.mentions() if m.type == "pronoun" and m.start == pronoun_offset), None)
    if pron is None:
        return [False] * len(offsets)
    mentions = layer.referent(pron.entity).mentions
    return [any(m.type == "name" and m.start < e and s < m.end for m in mentions) for s, e in offsets]


def f1(pairs: list[tuple[bool, bool]]) -> float:
    """F1 of TRUE over (gold, predicted) decisions, in per cent.

    Parameters
    ----------
    pairs : list of (bool, bool)
        Gold and predicted decisions.

    Returns
    -------
    float
    """
    tp = sum(g and p for g, p in pairs)
    fp = sum(p and not g for g, p in pairs)
    fn = sum(g and not p for g, p in pairs)
    return 100 * 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def evaluate_file(path: Path, nlp, limit: int | None = None) -> dict:
    """GAP's scores for one TSV file.

    Parameters
    ----------
    path : Path
        A GAP TSV file.
    nlp : spacy.language.Language
        The model.
    limit : int, optional
        First rows only.

    Returns
    -------
    dict
        ``n``, ``overall``, ``masculine``, ``feminine``, ``bias`` (F/M).
    """
    rows = read_rows(path, limit)
    predicted = []
    for r, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        predicted.append(predict(find_mentions(doc), r["pronoun_offset"], r["offsets"]))
    return {"n": len(rows), **gap_scores(rows, predicted)}


def read_rows(path: Path, limit: int | None = None) -> list[dict]:
    """The rows of a GAP file: ``text``, ``pronoun``, ``pronoun_offset``, ``offsets`` (A, B), ``gold`` (A, B).

    Parameters
    ----------
    path : Path
        A GAP TSV file.
    limit : int, optional
        First rows only.

    Returns
    -------
    list of dict
    """
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))[:limit]
    return [
        {
            "text": r["Text"],
            "pronoun": r["Pronoun"].lower(),
            "pronoun_offset": int(r["Pronoun-offset"]),
            "offsets": [(int(r[f"{x}-offset"]), int(r[f"{x}-offset"]) + len(r[x])) for x in "AB"],
            "gold": [r["A-coref"].upper() == "TRUE", r["B-coref"].upper() == "TRUE"],
        }
        for r in rows
    ]


def gap_scores(rows: list[dict], predicted: list) -> dict:
    """GAP's F1 overall and by the pronoun's gender, and bias F/M, of predictions for ``rows``.

    Parameters
    ----------
    rows : list of dict
        From :func:`read_rows`.
    predicted : list of (bool, bool)
        A and B predicted TRUE, one pair per row.

    Returns
    -------
    dict
        ``overall``, ``masculine``, ``feminine``, ``bias``.
    """
    by: dict[str, list] = {"M": [], "F": []}
    for r, pred in zip(rows, predicted, strict=True):
        by["F" if r["pronoun"] in FEMININE else "M"] += list(zip(r["gold"], pred, strict=True))
    m, f = f1(by["M"]), f1(by["F"])
    return {
        "overall": round(f1(by["M"] + by["F"]), 1),
        "masculine": round(m, 1),
        "feminine": round(f, 1),
        "bias": round(f / m, 3) if m else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gap", nargs="?", type=Path, default=Path(os.environ.get("PRESSLENS_GAP", "../shared/eval/gap"))
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None, help="write the scores as JSON here")
    args = parser.parse_args()
    nlp = load_model()
    report: dict = {"files": {}}
    for name in ("gap-development.tsv", "gap-validation.tsv"):
        scores = evaluate_file(args.gap / name, nlp, args.limit)
        report["files"][name] = scores
        report["headline"] = {"set": name, **scores}  # the last file (validation) is the one the report cites
        print(
            f"{name}: n={scores['n']}  overall F1 {scores['overall']}  M {scores['masculine']}  "
            f"F {scores['feminine']}  bias F/M {scores['bias']}"
        )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
