"""Corpus runs: many articles, streamed, on several cores or a Dask cluster, cached and resumable.

- ``runner.py``: :func:`analyze_corpus`, the entry point (``presslens analyze``);
- ``worker.py``: the per-chunk work (parse, analyse, cache) that runs in any process;
  the cache itself is :mod:`presslens.cache`, shared with single articles;
- ``parts.py``: part files and their merge into Parquet and CSV;
- ``summary.py``: corpus-level tables;
- ``reference.py``: an article's percentiles within a reference corpus;
- ``dask_engine.py``: the Dask executor.
"""

from presslens.batch.runner import RunSummary, analyze_corpus

__all__ = ["RunSummary", "analyze_corpus"]
