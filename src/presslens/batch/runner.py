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
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from tqdm import tqdm

from presslens.analyses import ANALYSES
from presslens.analysis import ArticleAnalysis
from presslens.article import Article
from presslens.batch.parts import merge_parts, write_part
from presslens.batch.progress import Progress, RunIdentity, RunLock
from presslens.batch.summary import write_corpus_tables
from presslens.batch.worker import ERRORS, exit_with_parent, process_chunk, warm_up
from presslens.cache import DEFAULT_CACHE_DIR, Cache, code_fingerprint
from presslens.corpus import MAX_CHARS, DocumentError, iter_documents, length_error
from presslens.errors import PresslensError
from presslens.metadata import document_metadata
from presslens.model import load_model, model_id
from presslens.output import write_records_file


@dataclass
class RunSummary:
    """What a corpus run did."""

    out_dir: Path
    n_documents: int = 0
    n_errors: int = 0
    n_skipped_done: int = 0
    n_from_cache: int = 0
    n_parsed: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)


class _Writer:
    """Collects per-document results in document order and flushes them to part files."""

    def __init__(self, progress: Progress, names: list[str], flush_every: int) -> None:
        self.progress = progress
        self.parts = progress.parts
        self.names = names
        self.flush_every = flush_every
        self.seen: set[str] = set()
        self.metadata: dict[str, dict] = {}
        self.pending: dict[int, tuple[str, str | None, dict[str, list[dict]]]] = {}
        self.next_index = 0
        self.buffer: dict[str, list[dict]] = {n: [] for n in [*names, ERRORS]}
        self.buffer_docs: list[tuple[str, str | None]] = []

    def add(self, index: int, item: Article | DocumentError, results: dict[str, list[dict]]) -> None:
        """Results of document ``index`` (an empty dict for documents done by an earlier run)."""
        self.seen.add(item.path)
        if isinstance(item, Article):
            self.metadata[item.path] = document_metadata(item)
        self.pending[index] = (item.path, done_key(item) if isinstance(item, Article) else None, results)
        while self.next_index in self.pending:
            path, sha, res = self.pending.pop(self.next_index)
            self.next_index += 1
            if res:
                for name, records in res.items():
                    self.buffer[name].extend(records)
                self.buffer_docs.append((path, sha))
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


def analyze_corpus(paths: Iterable[str | Path], out_dir: str | Path, *, model: str | None = None,
                   jobs: int | None = None, batch_size: int = 16, flush_every: int = 200,
                   cache_dir: str | Path | None = DEFAULT_CACHE_DIR, engine: str = "local",
                   scheduler: str | None = None, analyses: Sequence[str] | None = None,
                   text_field: str = "text", id_field: str = "id", progress: bool = True,
                   max_chars: int = MAX_CHARS, overwrite: bool = False) -> RunSummary:
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
        Show a progress bar.
    max_chars : int
        Longer documents are not parsed: each becomes an error row.
    overwrite : bool
        Replace the output of another run in ``out_dir`` instead of refusing.

    Returns
    -------
    RunSummary

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
    identity = RunIdentity(tuple(str(Path(p).resolve()) for p in paths), mid, code_fingerprint(),
                           tuple(names), text_field, id_field)
    with RunLock(out_dir):
        writer = _Writer(Progress(out_dir, identity, overwrite), names, flush_every)
        summary = RunSummary(out_dir)
        docs = iter_documents(paths, text_field=text_field, id_field=id_field)
        cache = Cache(cache_dir, mid) if cache_dir is not None else None
        work = partial(process_chunk, model=model, analysis_names=names,
                       cache_dir=str(cache_dir) if cache_dir is not None else None)
        chunks = _chunks(docs, writer, summary, cache, batch_size, progress, names, max_chars)
        _execute(chunks, work, writer, summary, engine=engine, jobs=jobs, scheduler=scheduler,
                 warm=partial(warm_up, model, names))
        writer.flush()
        for name in [*names, ERRORS]:
            summary.rows[name] = merge_parts(
                writer.parts, name, out_dir,
                keep=lambda part, row: writer.progress.keeps(part, row.get("doc"), writer.seen),
                extra=None if name == ERRORS else lambda row: writer.metadata.get(row.get("doc"), {}),
                columns=("doc", "reason") if name == ERRORS else ANALYSES[name].columns)
        if summary.rows[ERRORS] == 0:  # a header even when nothing failed
            write_records_file([], out_dir / "errors.csv", "csv", fields=("doc", "reason"))
        write_corpus_tables(out_dir)
    summary.seconds = time.perf_counter() - t0
    return summary


def _execute(chunks: Iterator, work, writer: _Writer, summary: RunSummary, *, engine: str, jobs: int | None,
             scheduler: str | None, warm) -> None:
    """Run ``work`` on every chunk: in this process, a local process pool, or a Dask cluster."""
    if engine == "dask":
        from presslens.batch.dask_engine import dask_executor
        with dask_executor(scheduler) as (executor, workers):
            _run_pool(chunks, work, executor, 2 * workers, writer, summary)
    elif engine == "local":
        jobs = jobs or os.cpu_count() or 1
        if jobs == 1:
            for chunk in chunks:
                _collect(chunk, work(chunk), writer, summary)
        else:
            warm()  # the forked workers inherit what the analyses load
            with ProcessPoolExecutor(max_workers=jobs, initializer=exit_with_parent,
                                     initargs=(os.getpid(),)) as executor:
                _run_pool(chunks, work, executor, 2 * jobs, writer, summary)
    else:
        raise ValueError(f"unknown engine {engine!r}: choose local or dask")


def _chunks(docs: Iterator, writer: _Writer, summary: RunSummary, cache: Cache | None, batch_size: int,
            progress: bool, names: list[str], max_chars: int) -> Iterator[list[tuple[int, Article]]]:
    """Chunks of documents that need work; finished, failed and cached ones are handled here."""
    bar = tqdm(desc="analyze", unit="doc", disable=not progress)
    chunk: list[tuple[int, Article]] = []
    for index, item in enumerate(docs):
        bar.update(1)
        if _classify(index, item, writer, summary, cache, names, max_chars) is None:
            chunk.append((index, item))
        if len(chunk) >= batch_size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
    bar.close()


def _collect(chunk: list[tuple[int, Article]], results: list, writer: _Writer, summary: RunSummary) -> None:
    for (index, item), (_, _, records, parsed) in zip(chunk, results, strict=True):
        if ERRORS in records:
            summary.n_errors += 1
        summary.n_parsed += parsed
        writer.add(index, item, records)


def _run_pool(chunks: Iterator, work, executor: Executor, window: int, writer: _Writer,
              summary: RunSummary) -> None:
    """Keep ``window`` chunks running on ``executor``; collect each as it finishes."""
    running = {executor.submit(work, chunk): chunk for chunk in islice(chunks, window)}
    while running:
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in finished:
            _collect(running.pop(future), future.result(), writer, summary)
        running |= {executor.submit(work, chunk): chunk for chunk in islice(chunks, len(finished))}


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
    if article.sha256 is None:
        return None
    if not article.metadata:
        return article.sha256
    meta = json.dumps(article.metadata, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{article.sha256}\0{meta}".encode("utf-8", "surrogatepass")).hexdigest()


def _classify(index: int, item: Article | DocumentError, writer: _Writer, summary: RunSummary,
              cache: Cache | None, names: list[str], max_chars: int = MAX_CHARS) -> dict | None:
    """Handle what needs no parse; return cached results, or None when the document must be parsed.

    A cache entry serves only when it holds every requested analysis that needs the parse;
    the analyses of the file itself (path, metadata, captions) run again for this document.
    """
    summary.n_documents += 1
    if isinstance(item, Article) and writer.progress.is_done(item.path, done_key(item)):
        summary.n_skipped_done += 1
        writer.add(index, item, {})
        return {}
    if isinstance(item, Article):
        item = length_error(item, max_chars) or item
    if isinstance(item, DocumentError):
        summary.n_errors += 1
        writer.add(index, item, {ERRORS: [{"doc": item.path, "reason": item.reason}]})
        return {}
    if cache is not None:
        cached = cache.get_results(item.parse_text, item.path)
        if cached is not None and all(n in cached for n in names if ANALYSES[n].needs_doc):
            unparsed = ArticleAnalysis(item, None, None)
            results = {n: cached[n] if ANALYSES[n].needs_doc else ANALYSES[n].run(unparsed) for n in names}
            summary.n_from_cache += 1
            writer.add(index, item, results)
            return results
    return None
