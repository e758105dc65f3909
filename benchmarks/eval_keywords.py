"""Every keyterm method scored on every keyphrase gold set: P/R/F@5, F@10 and seconds per document.

    python benchmarks/eval_keywords.py [EVAL_DIR] [--top 10] [--limit N] [--out PATH]

EVAL_DIR defaults to $PRESSLENS_EVAL or ../shared/eval (kpcrowd/, duc2001-dev/, inspec/,
semeval2017/). The default method is scored on each set twice: with the
shipped weights (fitted on all four sets) and, the headline figure, with
weights fitted on the other three sets only (leave-one-set-out, fitted here by
``benchmarks/fit_keyterm_weights.py``'s recipe). Prints one table per set and
the difference between the default method and the best textacy method, with a 95 %
paired-bootstrap interval over documents.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_keyterm_weights import SETS, fit_and_save  # noqa: E402

from presslens.keywords import METHODS  # noqa: E402
from presslens.keywords.evaluate import evaluate_keyterms, headline_figures  # noqa: E402
from presslens.model import load_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "eval_dir", nargs="?", type=Path, default=Path(os.environ.get("PRESSLENS_EVAL", "../shared/eval"))
    )
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--c", type=float, default=0.0003, help="regularisation of the leave-one-out fits")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="write the rows and headline figures as JSON (e.g. results/evaluation/keywords.json)",
    )
    args = parser.parse_args()
    nlp = load_model()
    pd.set_option("display.width", 200)
    report: dict = {"sets": {}, "headline": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for held in SETS:
            without = Path(tmp) / f"without-{held}.json"
            fit_and_save(args.eval_dir, [s for s in SETS if s != held], without, nlp, args.c)
            rows = evaluate_keyterms(args.eval_dir / held, nlp, list(METHODS), top=args.top, limit=args.limit)
            loo = evaluate_keyterms(
                args.eval_dir / held, nlp, ["presslens"], top=args.top, limit=args.limit, weights=str(without)
            )[0]
            loo["method"] = "presslens (left out)"
            rows = [loo, *rows]
            table = pd.DataFrame(rows).set_index("method").drop(columns=f"F@{args.top}_per_document")
            print(
                f"\n== {held}: {rows[0]['documents']} documents; 'presslens (left out)': weights fitted "
                f"on {', '.join(s for s in SETS if s != held)}; 'presslens': shipped weights (all four) =="
            )
            print(table.drop(columns="documents").round(3).to_string())
            head = headline_figures(rows, args.top, default="presslens (left out)")
            print(
                f"presslens (left out) F@{args.top} − best textacy ({head['best_textacy']}): "
                f"{head['difference_f10']:+.2f} points (95 % paired bootstrap over documents: "
                f"{head['difference_f10_low']:+.2f} to {head['difference_f10_high']:+.2f})"
            )
            report["sets"][held] = [{k: v for k, v in r.items() if not k.endswith("_per_document")} for r in rows]
            report["headline"][held] = head
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
