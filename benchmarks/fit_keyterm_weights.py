"""Fit the presslens keyterm scorer's weights on four keyphrase gold sets of different styles.

    python benchmarks/fit_keyterm_weights.py [EVAL_DIR] [--out PATH] [--c 1.0] [--leave-one-out DIR]

EVAL_DIR defaults to $PRESSLENS_EVAL or ../shared/eval and must hold kpcrowd/
(crowd single words on news), inspec/ (indexer noun phrases), semeval2017/
(expert long phrases) and duc2001-dev/ (reader phrases on news). Every set weighs
the same in the fit. Writes ``src/presslens/keywords/weights.json`` (the shipped
weights, fitted on all four) unless ``--out`` says otherwise; ``--leave-one-out DIR``
also writes ``DIR/without-SET.json`` for each set, fitted on the other three, which
``benchmarks/eval_keywords.py`` uses to score each set on weights that never saw it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from presslens.keywords.fit import fit_gold_folders, save_weights
from presslens.model import load_model, model_id

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "presslens" / "keywords" / "weights.json"
#: The gold sets fitted on, in this order.
SETS = ("kpcrowd", "inspec", "semeval2017", "duc2001-dev")


def fit_and_save(eval_dir: Path, sets, out: Path, nlp, c: float) -> dict:
    """Fit on ``sets`` (folders of ``eval_dir``) and write the weights to ``out``."""
    fitted = fit_gold_folders([eval_dir / s for s in sets], nlp, c=c)
    save_weights(
        fitted,
        out,
        data=", ".join(sets) + " (title-only texts left out), each set weighing the same",
        model=model_id(nlp),
        c=c,
        fitted_by="benchmarks/fit_keyterm_weights.py",
    )
    return fitted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "eval_dir", nargs="?", type=Path, default=Path(os.environ.get("PRESSLENS_EVAL", "../shared/eval"))
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument(
        "--c",
        type=float,
        default=0.0003,
        help="inverse L2 regularisation strength (strong: weights that transfer across styles)",
    )
    parser.add_argument(
        "--leave-one-out",
        type=Path,
        default=None,
        metavar="DIR",
        help="also write DIR/without-SET.json, fitted on the other sets",
    )
    args = parser.parse_args()
    nlp = load_model()
    try:
        fitted = fit_and_save(args.eval_dir, SETS, args.out, nlp, args.c)
        if args.leave_one_out:
            args.leave_one_out.mkdir(parents=True, exist_ok=True)
            for held in SETS:
                fit_and_save(
                    args.eval_dir,
                    [s for s in SETS if s != held],
                    args.leave_one_out / f"without-{held}.json",
                    nlp,
                    args.c,
                )
    except ValueError as exc:
        parser.error(str(exc))
    print(
        f"{fitted['documents']} documents, {fitted['candidates']} candidates "
        f"({fitted['positives']} gold): intercept {fitted['intercept']:+.3f}"
    )
    for name, w in fitted["weights"].items():
        print(f"  {name:15s} {w:+.4f}")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
