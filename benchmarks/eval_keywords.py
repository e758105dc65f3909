"""Every keyterm method scored on 500N-KPCrowd: F@5, F@10 and seconds per document.

    python benchmarks/eval_keywords.py [KPCROWD_DIR] [--top 10] [--limit N]

KPCROWD_DIR defaults to $PRESSLENS_KPCROWD or ../shared/eval/kpcrowd. Prints
three tables: all documents, the even-numbered half (used to choose the
default method's settings) and the odd-numbered half (held out from that
choice), and the difference between presslens and the best textacy method.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pandas as pd

from presslens.keywords import METHODS
from presslens.keywords.evaluate import TEXTACY_METHODS, evaluate_keyterms, headline_figures
from presslens.model import load_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kpcrowd", nargs="?", type=Path,
                        default=Path(os.environ.get("PRESSLENS_KPCROWD", "../shared/eval/kpcrowd")))
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None,
                        help="write the rows and the held-out headline figures as JSON here "
                             "(e.g. results/evaluation/keywords.json)")
    args = parser.parse_args()
    nlp = load_model()
    pd.set_option("display.width", 200)
    report: dict = {"halves": {}}
    for name, subset in (("even half (development)", slice(0, None, 2)),
                         ("odd half (held out)", slice(1, None, 2))):
        rows = evaluate_keyterms(args.kpcrowd, nlp, list(METHODS), top=args.top, limit=args.limit,
                                 subset=subset)
        table = pd.DataFrame(rows).set_index("method")
        print(f"\n== 500N-KPCrowd, {name}: {rows[0]['documents']} documents ==")
        print(table.drop(columns="documents").round(3).to_string())
        best = table.loc[list(TEXTACY_METHODS), f"F@{args.top}"]
        print(f"presslens F@{args.top} − best textacy ({best.idxmax()}): "
              f"{table.loc['presslens', f'F@{args.top}'] - best.max():+.2f} points")
        report["halves"][name] = rows
        report["headline"] = headline_figures(rows, args.top)  # the held-out half
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
