"""Quotation extraction scored on PolNeAR train and dev, reported separately.

    python benchmarks/eval_quotes.py [POLNEAR_DIR] [--limit N]

POLNEAR_DIR defaults to $PRESSLENS_POLNEAR or ../shared/eval/polnear. Prints
one table per split (slices: all, quoted, unquoted, speech cues) and the
seconds per document.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import pandas as pd

from presslens.model import load_model
from presslens.quotes.evaluate import evaluate_quotes, headline_figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "polnear",
        nargs="?",
        type=Path,
        default=Path(os.environ.get("PRESSLENS_POLNEAR", "../shared/eval/polnear")),
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="write SPLIT rows and the dev headline figures as JSON here (e.g. results/evaluation/quotes.json)",
    )
    args = parser.parse_args()
    nlp = load_model()
    pd.set_option("display.width", 200)
    report: dict = {"splits": {}}
    for split in args.splits:
        t0 = time.perf_counter()
        rows = evaluate_quotes(args.polnear / split, nlp, limit=args.limit)
        secs = (time.perf_counter() - t0) / max(1, rows[0]["documents"])
        print(f"\n== PolNeAR {split}: {rows[0]['documents']} documents, {secs:.2f} s/document ==")
        print(pd.DataFrame(rows).drop(columns="documents").round(3).to_string(index=False))
        report["splits"][split] = {"rows": rows, "seconds_per_document": secs}
        report["headline"] = headline_figures(rows, split)  # the last split given (dev by default)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
