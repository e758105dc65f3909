"""Time of the default key-term method per article, parsing excluded.

    python benchmarks/keyterm_time.py CORPUS_DIR [--docs 300] [--method presslens] [--repeat 3]

Parses the first N ``*.txt`` files under CORPUS_DIR (sorted; e.g. ../shared/bench/bbc)
once, then times ``extract_keyterms(doc, method, topn=10)`` on every parsed article,
``--repeat`` times, and prints the mean and median milliseconds per article of the
fastest repeat (the least disturbed by other work on the machine). Compare two
versions of the code in the same session: the ratio is what carries across machines.

The default method reads the article's mention layer (:mod:`presslens.coref`), which
``analyze`` computes once for quotations, people, entities and key terms. Two lines are
printed: the key terms alone, computing the layer (``standalone``), and given the layer as
``analyze`` passes it (``given the layer``; the layer computed beforehand, untimed). Code
from before the layer was read prints only the first.
"""

from __future__ import annotations

import argparse
import inspect
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
    _report(f"{args.method}, standalone", _timed(docs, args.method, args.repeat), args.repeat)
    if "mentions" in inspect.signature(extract_keyterms).parameters:
        from presslens.quotes import mention_layer

        layers = [mention_layer(doc) for doc in docs]
        given = _timed(docs, args.method, args.repeat, layers)
        _report(f"{args.method}, given the layer", given, args.repeat)


def _timed(docs: list, method: str, repeat: int, layers: list | None = None) -> list[float]:
    """Milliseconds per article of the fastest of ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        times = []
        for i, doc in enumerate(docs):
            options = {} if layers is None else {"mentions": layers[i]}
            t0 = time.perf_counter()
            extract_keyterms(doc, method, topn=10, **options)
            times.append(1000 * (time.perf_counter() - t0))
        runs.append(times)
    return min(runs, key=sum)


def _report(label: str, best: list[float], repeat: int) -> None:
    print(
        f"{label}: {len(best)} articles, {statistics.mean(best):.1f} ms mean, "
        f"{statistics.median(best):.1f} ms median per article (fastest of {repeat} repeats)"
    )


if __name__ == "__main__":
    main()
