"""Time of the default key-term method per article, parsing excluded.

    python benchmarks/keyterm_time.py CORPUS_DIR [--docs 300] [--method presslens] [--repeat 3]

Parses the first N ``*.txt`` files under CORPUS_DIR (sorted; e.g. ../shared/bench/bbc)
once, then times ``extract_keyterms(doc, method, topn=10)`` on every parsed article,
``--repeat`` times, and prints the mean and median milliseconds per article of the
fastest repeat (the least disturbed by other work on the machine). Compare two
versions of the code in the same session: the ratio is what carries across machines.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from pathlib import Path

from presslens.article import load_article
from presslens.keywords import extract_keyterms
from presslens.model import load_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--method", default="presslens")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("*.txt"))[: args.docs]
    if not files:
        parser.error(f"{args.corpus}: no *.txt files")
    warnings.simplefilter("ignore")  # undated files: dates play no part here
    nlp = load_model()
    docs = list(nlp.pipe((load_article(f).parse_text for f in files), batch_size=32))  # as analyze parses
    extract_keyterms(docs[0], args.method, topn=10)  # load weights and word lists once, untimed
    runs = []
    for _ in range(args.repeat):
        times = []
        for doc in docs:
            t0 = time.perf_counter()
            extract_keyterms(doc, args.method, topn=10)
            times.append(1000 * (time.perf_counter() - t0))
        runs.append(times)
    best = min(runs, key=sum)
    print(
        f"{args.method}: {len(docs)} articles, {statistics.mean(best):.1f} ms mean, "
        f"{statistics.median(best):.1f} ms median per article (fastest of {args.repeat} repeats)"
    )


if __name__ == "__main__":
    main()
