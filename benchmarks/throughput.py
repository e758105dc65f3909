"""Throughput of `presslens analyze` against spaCy parsing alone, cache speed-up, and memory.

    python benchmarks/throughput.py CORPUS_DIR [--docs N] [--jobs J] [--rss 500 2000]

Measures, in one run on the same documents (the first N ``*.txt`` files under
CORPUS_DIR, sorted; e.g. ../shared/bench/bbc):

1. spaCy parsing alone in one process (``nlp.pipe``): the floor any analysis pays, and
   in ``--jobs`` forked processes (the model loaded before the fork, chunks of 32): the ceiling
   of parallel parsing on this machine;
2. ``analyze_corpus`` with its defaults (all cores, a fresh cache): cold;
3. the same run again on the warm cache;
4. the peak resident memory of the main process for runs of each ``--rss`` size
   (each in a fresh subprocess, no cache), which stays flat when documents are streamed;
   the worker processes each hold the model and one chunk.

Prints words/second and the ratios; words are whitespace-separated tokens of the files.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from presslens.article import load_article
from presslens.batch.runner import analyze_corpus
from presslens.model import load_model

RSS_SCRIPT = """
import sys, warnings
from presslens.batch.runner import analyze_corpus
warnings.simplefilter("ignore")
files = sys.argv[3:]
analyze_corpus(files, sys.argv[1], cache_dir=None, jobs=int(sys.argv[2]) or None, progress=False)
import resource
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024  # the largest parsing process
for line in open("/proc/self/status"):
    if line.startswith("VmHWM"):
        print(int(line.split()[1]) // 1024, worker)
"""


def _parse_chunk(texts: list[str]) -> int:
    nlp = load_model()
    return sum(1 for _ in nlp.pipe(texts, batch_size=32))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--docs", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=None, help="default: all cores")
    parser.add_argument("--rss", type=int, nargs="*", default=[500, 2000])
    args = parser.parse_args()
    import warnings

    warnings.simplefilter("ignore")
    all_files = sorted(str(p) for p in args.corpus.rglob("*.txt"))
    files = all_files[: args.docs]
    texts = [load_article(f).parse_text for f in files]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(files)} documents, {words:,} words")

    nlp = load_model()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    parse = time.perf_counter() - t0
    print(f"spaCy parse alone, 1 process : {words / parse:9,.0f} words/s ({parse:.1f} s)")
    jobs = args.jobs or os.cpu_count() or 1
    t0 = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pool.map(_parse_chunk, [texts[i : i + 32] for i in range(0, len(texts), 32)])
    parallel = time.perf_counter() - t0
    print(f"spaCy parse alone, {jobs} processes: {words / parallel:9,.0f} words/s ({parallel:.1f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        analyze_corpus(files, Path(tmp) / "cold", cache_dir=Path(tmp) / "cache", jobs=args.jobs, progress=False)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        analyze_corpus(files, Path(tmp) / "warm", cache_dir=Path(tmp) / "cache", jobs=args.jobs, progress=False)
        warm = time.perf_counter() - t0
    print(f"presslens analyze, cold       : {words / cold:9,.0f} words/s ({cold:.1f} s)")
    print(f"presslens analyze, warm cache : {words / warm:9,.0f} words/s ({warm:.1f} s)")
    print(f"ratio analyze / parse alone   : {parse / cold:.2f}")
    print(f"ratio parallel parse / parse  : {parse / parallel:.2f}  (the ceiling on this machine)")
    print(f"ratio cold / warm             : {cold / warm:.1f}")

    for n in args.rss:
        if n > len(all_files):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(
                [sys.executable, "-c", RSS_SCRIPT, str(Path(tmp) / "out"), str(args.jobs or 0), *all_files[:n]],
                capture_output=True,
                text=True,
                check=True,
            )
        main, worker = out.stdout.strip().splitlines()[-1].split()
        print(f"peak RSS, {n:5d} documents: main process {main} MiB, largest worker {worker} MiB")


if __name__ == "__main__":
    main()
