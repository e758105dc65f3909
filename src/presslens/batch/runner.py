"""Run every analysis over a corpus: streaming, multi-core, cached, resumable.

Documents are read one at a time (:func:`presslens.corpus.iter_documents`)
and handed out in chunks of ``batch_size`` to :func:`presslens.batch.worker.process_chunk`
— in this process (``jobs=1``), in a pool of ``jobs`` processes
(``concurrent.futures.ProcessPoolExecutor``), or on a Dask cluster — which
parses them with ``nlp.pipe``, analyses them and returns only their records.
At most two chunks per worker are in flight, and records are written to part
files every ``flush_every`` documents, so memory stays flat. A progress file
lists the documents of every part written, so a killed run resumes where it
stopped (:mod:`presslens.batch.progress`: only the same corpus, model, code
and analyses, only documents whose text is unchanged, one run per folder at
a time). Documents longer than ``max_chars`` become error rows. At the end the
parts are merged into
``TABLE.parquet`` and ``TABLE.csv`` per analysis, ``errors.csv`` and the
corpus-level tables (:mod:`presslens.batch.summary`).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from presslens.analyses import ANALYSES
from presslens.analysis import ArticleAnalysis
from presslens.article import Article
from presslens.batch.parts import merge_parts, write_part
from presslens.batch.progress import Progress, RunIdentity, RunLock
from presslens.batch.summary import write_corpus_tables
from presslens.batch.worker import ERRORS, exit_with_parent, process_chunk, warm_up
from presslens.cache import DEFAULT_CACHE_DIR, Cache, code_fingerprint
from presslens.corpus import MAX_CHARS, DocumentError, count_documents, iter_documents, length_error
from presslens.errors import PresslensError
from presslens.metadata import document_metadata
from presslens.model import load_model, model_id
from presslens.output import write_records_file


@dataclass
class RunSummary:
    """What a corpus run did, and its tables.

    Attributes
    ----------
    out_dir : Path
        The run's folder.
    n_documents, n_errors, n_skipped_done, n_from_cache, n_parsed : int
        Documents seen, failed, finished by an earlier run, read from the cache, parsed.
    seconds : float
        Wall time.
    rows : dict
        Rows per table.
    """

    out_dir: Path
    n_documents: int = 0
    n_errors: int = 0
    n_skipped_done: int = 0
    n_from_cache: int = 0
    n_parsed: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def tables(self) -> Mapping[str, pd.DataFrame]:
        """The run's tables as DataFrames by name (``quotes``, ``people``, ``corpus_stats``, ...),
        each read from its Parquet file when first used.

        Examples
        --------
        >>> run = analyze_corpus(["data/raw/sample_corpus.csv"], "out")  # doctest: +SKIP
        >>> run.tables["quotes"].groupby("outlet").size()  # doctest: +SKIP
        """
        return ParquetTables(self.out_dir)


class ParquetTables(Mapping):
    """The ``*.parquet`` tables of a run folder by name, read on first access and kept.

    Parameters
    ----------
    folder : path
        A folder written by :func:`analyze_corpus`.
    columns : mapping, optional
        Table name -> the columns to read of it (those it has); other tables are read whole.
        A computation over a large collection then holds only what it uses in memory.
    """

    def __init__(self, folder: str | Path, columns: Mapping[str, Sequence[str]] | None = None) -> None:
        self.folder = Path(folder)
        self.columns = dict(columns or {})
        self._read: dict[str, pd.DataFrame] = {}

    def _names(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.parquet"))

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._read:
            path = self.folder / f"{name}.parquet"
            if not path.is_file():
                raise KeyError(f"{name!r}: no such table in {self.folder} (tables: {', '.join(self._names())})")
            wanted = self.columns.get(name)
            if wanted is not None:
                import pyarrow.parquet as pq

                present = set(pq.read_schema(path).names)
                wanted = [c for c in wanted if c in present]
            self._read[name] = pd.read_parquet(path, columns=wanted)
        return self._read[name]

    def __iter__(self):
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def __repr__(self) -> str:
        return f"<tables of {self.folder}: {', '.join(self._names())}>"


class _Writer:
    """Collects per-document results (they arrive in document order) and flushes them to part files."""

    def __init__(self, progress: Progress, names: list[str], flush_every: int) -> None:
        self.progress = progress
        self.parts = progress.parts
        self.names = names
        self.flush_every = flush_every
        self.seen: set[str] = set()
        self.metadata: dict[str, dict] = {}
        self.buffer: dict[str, list[dict]] = {n: [] for n in [*names, ERRORS]}
        self.buffer_docs: list[tuple[str, str | None]] = []

    def add(self, item: Article | DocumentError, results: dict[str, list[dict]]) -> None:
        """Results of the next document (an empty dict for documents done by an earlier run)."""
        self.seen.add(item.path)
        if isinstance(item, Article):
            self.metadata[item.path] = document_metadata(item)
        if results:
            for name, records in results.items():
                self.buffer[name].extend(records)
            self.buffer_docs.append((item.path, done_key(item) if isinstance(item, Article) else None))
        if len(self.buffer_docs) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if not self.buffer_docs:
            return
        for name, records in self.buffer.items():
            write_part(self.parts, name, self.progress.next_part, records)
        self.progress.record_part(self.buffer_docs)
        self.buffer = {n: [] for n in self.buffer}
        self.buffer_docs = []


class _InOrder:
    """Results that may finish out of order, released in input order."""

    def __init__(self) -> None:
        self.pending: dict[int, tuple[Article | DocumentError, dict[str, list[dict]]]] = {}
        self.next_index = 0

    def put(self, index: int, item: Article | DocumentError, results: dict[str, list[dict]]) -> None:
        self.pending[index] = (item, results)

    def ready(self) -> Iterator[tuple[Article | DocumentError, dict[str, list[dict]]]]:
        while self.next_index in self.pending:
            yield self.pending.pop(self.next_index)
            self.next_index += 1


def analyze_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    model: str | None = None,
    jobs: int | None = None,
    batch_size: int = 16,
    flush_every: int = 200,
    cache_dir: str | Path | None = DEFAULT_CACHE_DIR,
    engine: str = "local",
    scheduler: str | None = None,
    analyses: Sequence[str] | None = None,
    text_field: str = "text",
    id_field: str = "id",
    progress: bool = False,
    max_chars: int = MAX_CHARS,
    overwrite: bool = False,
    dayfirst: bool | None = None,
) -> RunSummary:
    """Analyse every document under ``paths`` and write the tables to ``out_dir``.

    Parameters
    ----------
    paths : iterable of path
        Text files, folders of ``.txt`` files, ``.jsonl`` or ``.csv`` corpora.
    out_dir : path
        Output folder: ``TABLE.parquet``/``.csv`` per analysis, ``errors.csv``,
        corpus tables; ``parts/`` and ``progress.jsonl`` let a killed run resume.
    model : str, optional
        spaCy model (see :func:`presslens.model.resolve_model`).
    jobs : int, optional
        Worker processes on this machine; default: all cores.
    batch_size : int
        Documents per chunk (parsed together with ``nlp.pipe``). Small chunks keep every
        worker busy to the end of a run (the last chunk runs on one core alone); larger
        ones parse slightly faster and cost less per chunk on a warm cache.
    flush_every : int
        Documents per part file.
    cache_dir : path or None
        Cache of parses and results (``None``: no cache).
    engine : {"local", "dask"}
        ``dask`` runs the chunks on the Dask cluster at ``scheduler``.
    scheduler : str, optional
        The Dask scheduler's address (``tcp://host:8786``); without it an in-process cluster.
    analyses : list of str, optional
        Names from :data:`presslens.analyses.ANALYSES`; default all.
    text_field, id_field : str
        Text and id columns of JSONL/CSV corpora.
    progress : bool
        Show a progress bar of finished documents (off by default; the CLI turns it on).
    max_chars : int
        Longer documents are not parsed: each becomes an error row.
    overwrite : bool
        Replace the output of another run in ``out_dir`` instead of refusing.
    dayfirst : bool, optional
        How the sources write numeric dates (:func:`presslens.article.parse_date`); ``None``
        leaves an ambiguous one ("05/02/2024") undated.

    Returns
    -------
    RunSummary
        Counts, and ``.tables``: every table as a DataFrame (read from its Parquet file when used).

    Raises
    ------
    presslens.errors.PresslensError
        When ``out_dir`` is a file, holds another run's output (without
        ``overwrite``) or is being written by another run.
    """
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise PresslensError(f"{out_dir}: --out is a file, not a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [str(p) for p in paths]
    names = list(analyses or ANALYSES)
    mid = model_id(load_model(model))
    identity = RunIdentity(
        tuple(str(Path(p).resolve()) for p in paths),
        mid,
        code_fingerprint(),
        tuple(names),
        text_field,
        id_field,
        dayfirst,
    )
    with RunLock(out_dir):
        writer = _Writer(Progress(out_dir, identity, overwrite), names, flush_every)
        summary = RunSummary(out_dir)
        docs = iter_documents(paths, text_field=text_field, id_field=id_field, dayfirst=dayfirst)
        total = count_documents(paths, text_field=text_field, id_field=id_field) if progress else None
        for item, results in iter_results(
            docs,
            names,
            model=model,
            jobs=jobs,
            batch_size=batch_size,
            cache_dir=cache_dir,
            engine=engine,
            scheduler=scheduler,
            max_chars=max_chars,
            summary=summary,
            progress=progress,
            total=total,
            is_done=lambda a: writer.progress.is_done(a.path, done_key(a)),
        ):
            writer.add(item, results)
        writer.flush()
        for name in [*names, ERRORS]:
            summary.rows[name] = merge_parts(
                writer.parts,
                name,
                out_dir,
                keep=lambda part, row: writer.progress.keeps(part, row.get("doc"), writer.seen),
                extra=None if name == ERRORS else lambda row: writer.metadata.get(row.get("doc") or "", {}),
                columns=("doc", "reason") if name == ERRORS else ANALYSES[name].columns,
            )
        if summary.rows[ERRORS] == 0:  # a header even when nothing failed
            write_records_file([], out_dir / "errors.csv", "csv", fields=("doc", "reason"))
        write_corpus_tables(out_dir)
    summary.seconds = time.perf_counter() - t0
    return summary


def iter_results(
    docs: Iterable[Article | DocumentError],
    names: Sequence[str],
    *,
    model: str | None = None,
    jobs: int | None = 1,
    batch_size: int = 16,
    cache_dir: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    max_chars: int = MAX_CHARS,
    options: dict | None = None,
    is_done: Callable[[Article], bool] | None = None,
    summary: RunSummary | None = None,
    progress: bool = False,
    total: int | None = None,
) -> Iterator[tuple[Article | DocumentError, dict[str, list[dict]]]]:
    """Every document's records, in input order: the one per-document driver.

    The corpus runner (:func:`analyze_corpus`) and the CLI's per-analysis
    subcommands both read documents through it: cached results where the cache
    has them, the rest parsed in chunks with ``nlp.pipe`` in this process, in
    ``jobs`` worker processes or on a Dask cluster.

    Parameters
    ----------
    docs : iterable of Article or DocumentError
        E.g. :func:`presslens.corpus.iter_documents`.
    names : sequence of str
        Names of :data:`presslens.analyses.ANALYSES`.
    model : str, optional
        spaCy model.
    jobs : int, optional
        Worker processes (``None``: all cores).
    batch_size : int
        Documents per chunk.
    cache_dir : path, optional
        Cache of parses and results (``None``: none).
    engine : {"local", "dask"}
        Where chunks run.
    scheduler : str, optional
        Dask scheduler address.
    max_chars : int
        Longer documents become error records.
    options : dict, optional
        Options for the analyses that accept them (e.g. ``{"top": 5}``).
    is_done : callable, optional
        ``is_done(article)``: True when an earlier run finished it (its results are then ``{}``).
    summary : RunSummary, optional
        Counts to update (documents, errors, parsed, from cache, already done).
    progress : bool
        Show a progress bar of finished documents.
    total : int, optional
        How many documents ``docs`` holds (:func:`presslens.corpus.count_documents`): the bar then
        shows the share done and the time left.

    Yields
    ------
    (Article or DocumentError, dict)
        A document and ``{table: records}``; a failed document has only ``{"errors": [...]}``.
    """
    names = list(names)
    summary = summary if summary is not None else RunSummary(Path())
    needs_parse = any(ANALYSES[n].needs_doc for n in names)
    cache = None
    if cache_dir is not None and needs_parse and not options:  # results made with options are not cached
        cache = Cache(cache_dir, model_id(load_model(model)))
    work = partial(
        process_chunk,
        model=model,
        analysis_names=names,
        cache_dir=str(cache_dir) if cache_dir is not None else None,
        options=options or None,
    )
    order = _InOrder()
    chunks = _chunks(docs, order, summary, cache, batch_size, names, max_chars, is_done, needs_parse)
    with tqdm(desc="documents", unit="doc", total=total, disable=not progress, leave=False) as bar:
        for chunk, results in _execute(
            chunks, work, engine=engine, jobs=jobs, scheduler=scheduler, warm=partial(warm_up, model, names)
        ):
            for (index, item), (_, _, records, parsed) in zip(chunk, results, strict=True):
                summary.n_errors += ERRORS in records
                summary.n_parsed += parsed
                order.put(index, item, records)
            for ready in order.ready():
                bar.update(1)
                yield ready


def _execute(
    chunks: Iterator[list[tuple[int, Article]]],
    work,
    *,
    engine: str,
    jobs: int | None,
    scheduler: str | None,
    warm,
) -> Iterator[tuple[list[tuple[int, Article]], list]]:
    """Run ``work`` on every chunk: in this process, a local process pool, or a Dask cluster.

    Yields each chunk with its results as it finishes; an empty chunk (documents that needed no
    work) is yielded at once, so that those documents are released without waiting.
    """
    if engine == "dask":
        from presslens.batch.dask_engine import dask_executor

        with dask_executor(scheduler) as (executor, workers):
            yield from _run_pool(chunks, work, executor, 2 * workers)
    elif engine == "local":
        jobs = jobs or os.cpu_count() or 1
        if jobs == 1:
            for chunk in chunks:
                yield chunk, (work(chunk) if chunk else [])
        else:
            for chunk in chunks:  # no pool (and no warm-up) until a document needs a parse
                if chunk:
                    break
                yield chunk, []
            else:
                return
            warm()  # the forked workers inherit what the analyses load
            # a fresh pool every CHUNKS_PER_WORKER chunks per worker: bounded memory
            for segment in _segments(chain([chunk], chunks), CHUNKS_PER_WORKER * jobs):
                with ProcessPoolExecutor(
                    max_workers=jobs, initializer=exit_with_parent, initargs=(os.getpid(),)
                ) as executor:
                    yield from _run_pool(segment, work, executor, 2 * jobs)
    else:
        raise ValueError(f"unknown engine {engine!r}: choose local or dask")


def _chunks(
    docs: Iterable,
    order: _InOrder,
    summary: RunSummary,
    cache: Cache | None,
    batch_size: int,
    names: list[str],
    max_chars: int,
    is_done: Callable[[Article], bool] | None,
    needs_parse: bool,
) -> Iterator[list[tuple[int, Article]]]:
    """Chunks of documents that need a parse; finished, failed and cached ones are put in ``order``
    here, and an empty chunk follows every ``batch_size`` of them."""
    chunk: list[tuple[int, Article]] = []
    n_without_work = 0
    for index, item in enumerate(docs):
        results = _classify(item, summary, cache, names, max_chars, is_done, needs_parse)
        if results is None:
            chunk.append((index, item))
        else:
            order.put(index, item, results)
            n_without_work += 1
        if len(chunk) >= batch_size:
            yield chunk
            chunk = []
        elif n_without_work >= batch_size:
            yield []
            n_without_work = 0
    yield chunk


#: Chunks each worker process parses before its pool is replaced by freshly forked workers. A parsing
#: process grows by about 0.15 MB per document it parses (benchmarks/throughput.py: the largest worker
#: 392 MiB after 250 documents, 508 MiB after 1,000), so without this a 10,000-document run's workers
#: reached 1 GB; with it they stay near their size after 512 documents. The fork inherits the parent's
#: loaded model, so a new pool costs a fork, not a reload.
CHUNKS_PER_WORKER = 32


def _segments(chunks: Iterator, limit: int) -> Iterator[Iterator]:
    """``chunks`` cut into consecutive runs of at most ``limit`` non-empty chunks (each run is consumed
    before the next is started)."""

    def rest(budget: int) -> Iterator:
        while budget > 0 and (chunk := next(chunks, None)) is not None:
            budget -= bool(chunk)
            yield chunk

    for first in chunks:
        yield chain([first], rest(limit - bool(first)))


def _run_pool(chunks: Iterator, work, executor: Executor, window: int) -> Iterator[tuple[list, list]]:
    """Keep up to ``window`` chunks running on ``executor``; yield each as it finishes."""
    running: dict = {}
    for chunk in chunks:
        if not chunk:
            yield chunk, []
            continue
        running[executor.submit(work, chunk)] = chunk
        while len(running) >= window:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield running.pop(future), future.result()
    while running:
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in finished:
            yield running.pop(future), future.result()


def done_key(article: Article) -> str | None:
    """What a finished document is known by in ``progress.jsonl``: its text's SHA-256 and, when it has
    metadata, the metadata too, so a record whose outlet or date was edited is analysed again.

    Parameters
    ----------
    article : Article
        A document of the corpus.

    Returns
    -------
    str or None
        None when the text has no SHA-256 (never counted as done).
    """
    if not article.sha256:  # an Article made by hand without one
        return None
    if not article.metadata:
        return article.sha256
    meta = json.dumps(article.metadata, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{article.sha256}\0{meta}".encode("utf-8", "surrogatepass")).hexdigest()


def _classify(
    item: Article | DocumentError,
    summary: RunSummary,
    cache: Cache | None,
    names: list[str],
    max_chars: int,
    is_done: Callable[[Article], bool] | None,
    needs_parse: bool,
) -> dict | None:
    """Handle what needs no parse; return the document's results, or None when it must be parsed.

    A cache entry serves only when it holds every requested analysis that needs the parse;
    the analyses of the file itself (path, metadata, captions) run again for this document.
    """
    summary.n_documents += 1
    if isinstance(item, Article) and is_done is not None and is_done(item):
        summary.n_skipped_done += 1
        return {}
    if isinstance(item, Article):
        item = length_error(item, max_chars) or item
    if isinstance(item, DocumentError):
        summary.n_errors += 1
        return {ERRORS: [{"doc": item.path, "reason": item.reason}]}
    cached = None
    if cache is not None:
        cached = cache.get_results(item.parse_text, item.path)
        if cached is None or not all(n in cached for n in names if ANALYSES[n].needs_doc):
            return None
    elif needs_parse:
        return None
    unparsed = ArticleAnalysis(item, None, None)
    try:
        found = cached or {}  # None only when no analysis needs the parse
        results = {n: found[n] if ANALYSES[n].needs_doc else ANALYSES[n].run(unparsed) for n in names}
    except Exception as exc:  # one bad document never stops a corpus
        summary.n_errors += 1
        return {ERRORS: [{"doc": item.path, "reason": f"{type(exc).__name__}: {exc}"}]}
    summary.n_from_cache += needs_parse
    return results
