"""Fit the presslens keyterm scorer's weights on the even-numbered half of 500N-KPCrowd.

    python benchmarks/fit_keyterm_weights.py [KPCROWD_DIR] [--out PATH] [--c 1.0]

KPCROWD_DIR defaults to $PRESSLENS_KPCROWD or ../shared/eval/kpcrowd. Writes
``src/presslens/keywords/weights.json`` (the shipped weights) unless ``--out``
says otherwise. Documents are sorted by name; the even-numbered ones (0, 2, …)
are fitted on, the odd-numbered ones are left for ``benchmarks/eval_keywords.py``
to measure the result on.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from presslens.keywords.fit import fit_gold_folder, save_weights
from presslens.model import load_model, model_id

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "presslens" / "keywords" / "weights.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kpcrowd", nargs="?", type=Path,
                        default=Path(os.environ.get("PRESSLENS_KPCROWD", "../shared/eval/kpcrowd")))
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 regularisation strength")
    args = parser.parse_args()
    nlp = load_model()
    try:
        fitted = fit_gold_folder(args.kpcrowd, nlp, c=args.c)
    except ValueError as exc:
        parser.error(str(exc))
    save_weights(fitted, args.out, data="500N-KPCrowd, even-numbered documents in name order",
                 model=model_id(nlp), c=args.c, fitted_by="benchmarks/fit_keyterm_weights.py")
    print(f"{fitted['documents']} documents, {fitted['candidates']} candidates "
          f"({fitted['positives']} gold): intercept {fitted['intercept']:+.3f}")
    for name, w in fitted["weights"].items():
        print(f"  {name:15s} {w:+.4f}")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
