"""Read many articles: files, directories of .txt files, JSONL and CSV with a text column.

Bad documents never stop a corpus: :func:`iter_documents` yields a
:class:`DocumentError` in their place, and the caller decides what to report.

How inputs are read:

* a directory: every ``*.txt`` file below it (the suffix in any case, ``.TXT``
  too), sorted by path; ``README.txt``/``LICENSE.txt``-style files are skipped,
  as they describe a corpus rather than belong to it;
* ``.jsonl``: one JSON object per line, read line by line — a line that is not
  valid JSON, not an object, or has no text is one error; a line with bad UTF-8
  bytes is read with U+FFFD in their place and a warning;
* ``.csv``: one row per article, with a header row; a UTF-8 byte-order mark
  (Excel's "CSV UTF-8") is skipped, UTF-16 is read by its mark; a row with more
  fields than the header, or a quote left open, is one error naming its lines;
* any other file: one article (:func:`presslens.article.load_article`).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from presslens.article import Article, InputWarning, article_from_text, load_article
from presslens.decoding import stream_encoding
from presslens.errors import InputError, os_reason, printable_path

TEXT_SUFFIXES = (".txt",)
#: Longest text parsed by default: spaCy's own limit (``nlp.max_length``); the parser and the
#: entity recogniser need about 1 GB of memory per 100,000 characters of one text.
MAX_CHARS = 1_000_000
#: File stems (upper-cased) in a corpus folder that describe the corpus and are not articles.
NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "MANIFEST")


@dataclass(frozen=True)
class DocumentError:
    """A document that could not be read, in place of its :class:`Article`."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


Record = tuple[str, "dict | None", "str | None", tuple[str, ...]]


def _records_jsonl(path: Path) -> Iterator[Record]:
    with path.open("rb") as fh:
        for i, raw in enumerate(fh, 1):
            if i == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            ref = f"{printable_path(path)}#{i}"
            notes: tuple[str, ...] = ()
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = raw.decode("utf-8", errors="replace")
                notes = (f"invalid UTF-8 bytes replaced by U+FFFD (first at byte {exc.start} of the line)",)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ref, None, f"invalid JSON ({exc.msg})", ()
                continue
            if not isinstance(record, dict):
                yield ref, None, f"the line is a JSON {type(record).__name__}, not an object", ()
                continue
            record, replaced = _without_lone_surrogates(record)
            if replaced:  # "\ud800" is valid JSON but no text: it cannot be encoded, parsed or cached
                notes = (*notes, f"{replaced} lone surrogate escape(s) replaced by U+FFFD")
            yield ref, record, None, notes


def _without_lone_surrogates(value):
    """``value`` (parsed JSON) with every lone surrogate code point replaced by U+FFFD, and how many."""
    if isinstance(value, str):
        if not any("\ud800" <= ch <= "\udfff" for ch in value):
            return value, 0
        fixed = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
        return fixed, sum(a != b for a, b in zip(value, fixed, strict=True))
    if isinstance(value, dict):
        out, n = {}, 0
        for k, v in value.items():
            (k2, a), (v2, b) = _without_lone_surrogates(k), _without_lone_surrogates(v)
            out[k2], n = v2, n + a + b
        return out, n
    if isinstance(value, list):
        items = [_without_lone_surrogates(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    return value, 0


def _csv_encoding(path: Path) -> str:
    with path.open("rb") as fh:
        return stream_encoding(fh.read(4))


def _records_csv(path: Path, text_field: str = "text") -> Iterator[Record]:
    csv.field_size_limit(sys.maxsize)
    label = printable_path(path)
    with path.open(encoding=_csv_encoding(path), errors="replace", newline="") as fh:
        rows = csv.reader(fh, strict=True)
        try:
            header = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield f"{label}#1", None, f"unreadable CSV header ({exc})", ()
            return
        header, renamed = _unique_columns([h.strip() for h in header])
        if text_field not in header:  # one line for the file, not one error per row
            shown = ", ".join(repr(h) for h in header[:12]) + (", …" if len(header) > 12 else "")
            yield (
                label,
                None,
                f"no column {text_field!r} (columns: {shown}); name the text column with --text-field",
                (),
            )
            return
        if renamed:
            warnings.warn(
                f"{label}: repeated column names; the first of each kept, the others renamed "
                f"({', '.join(renamed)})",
                InputWarning,
                stacklevel=2,
            )
        n_rows = 0
        while True:
            start = rows.line_num + 1
            try:
                row = next(rows)
            except StopIteration:
                if n_rows == 0:  # a header alone: say so rather than analyse nothing in silence
                    yield label, None, "no rows below the header", ()
                return
            except csv.Error as exc:
                n_rows += 1
                lines = f"line {start}" if rows.line_num <= start else f"lines {start}-{rows.line_num}"
                hint = " (a quote left open?)" if "end of data" in str(exc) or "expected" in str(exc) else ""
                yield f"{label}#{start}", None, f"CSV error on {lines}: {exc}{hint}", ()
                continue
            n_rows += 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                yield (
                    f"{label}#{start}",
                    None,
                    f"CSV line {start} has {len(row)} fields, the header {len(header)}",
                    (),
                )
                continue
            record = dict(zip(header, row, strict=False))  # a short row: missing fields
            notes: tuple[str, ...] = ()
            if any("\ufffd" in cell for cell in row):
                notes = ("invalid bytes replaced by U+FFFD",)
            yield f"{label}#{start}", record, None, notes


def _unique_columns(header: list[str]) -> tuple[list[str], list[str]]:
    """The header with repeated names made unique (``id``, ``id`` -> ``id``, ``id_2``; the first
    keeps its name, so the record's ``id`` is the first column of that name), and the renamings."""
    out: list[str] = []
    renamed = []
    for name in header:
        new, k = name, 1
        while new in out:
            k += 1
            new = f"{name}_{k}"
        if new != name:
            renamed.append(f"{name!r} -> {new!r}")
        out.append(new)
    return out, renamed


def _from_record(
    ref: str,
    record: dict,
    text_field: str,
    id_field: str,
    notes: tuple[str, ...] = (),
    dayfirst: bool | None = None,
) -> Article:
    text = record.get(text_field)
    if not isinstance(text, str):
        raise InputError(ref, f"no text in field {text_field!r}")
    rid = record.get(id_field)
    metadata = {
        k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        for k, v in record.items()
        if k not in (text_field, id_field) and k is not None and v is not None
    }
    return article_from_text(
        text,
        ref,
        id=str(rid) if rid not in (None, "") else ref.split("/")[-1],
        sha256=hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest(),
        notes=notes,
        metadata=metadata,
        dayfirst=dayfirst,
    )


def corpus_files(folder: Path, problems: list | None = None) -> list[Path]:
    """The article files of a corpus folder: every ``*.txt`` below it (any case), sorted, without
    ``README.txt``-style files, hidden files and anything in a hidden folder (``.git/``,
    ``.ipynb_checkpoints/``: copies, not articles).

    Symbolic links to folders are followed (each real folder read once, so a link loop ends).

    Parameters
    ----------
    folder : Path
        The corpus folder.
    problems : list, optional
        Receives a :class:`DocumentError` for every subfolder that cannot be read (no permission),
        instead of skipping it silently.

    Returns
    -------
    list of Path
    """
    found: list[Path] = []
    visited: set[Path] = set()

    def unreadable(exc: OSError) -> None:
        if problems is not None:
            problems.append(DocumentError(printable_path(exc.filename or folder), os_reason(exc)))

    for here, dirs, files in os.walk(folder, onerror=unreadable, followlinks=True):
        real = _resolved(Path(here))
        if real in visited:  # a link back into the tree
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            p = Path(here) / name
            if (
                p.suffix.lower() in TEXT_SUFFIXES
                and p.stem.upper() not in NOT_ARTICLES
                and not name.startswith(".")
            ):
                found.append(p)
    return sorted(found)


def count_documents(paths: Iterable[str | Path], *, text_field: str = "text", id_field: str = "id") -> int:
    """How many items :func:`iter_documents` yields for ``paths`` (documents and error rows).

    The total of a progress bar: folders are listed and CSV/JSONL records read, but no article is
    built (no text file is read, no record decoded into an :class:`Article`): each of those is one
    item either way, an article or an error. The warnings of that reading are not repeated.

    Parameters
    ----------
    paths : iterable of path
        As :func:`iter_documents` takes them.
    text_field, id_field : str
        As :func:`iter_documents` takes them.

    Returns
    -------
    int
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return sum(1 for _ in _iter_documents(paths, text_field, id_field, set(), build=False))


def iter_documents(
    paths: Iterable[str | Path], *, text_field: str = "text", id_field: str = "id", dayfirst: bool | None = None
) -> Iterator[Article | DocumentError]:
    """Yield the articles found under ``paths``, one at a time.

    Parameters
    ----------
    paths : iterable of str or Path
        Text files, directories (every ``*.txt`` below them, sorted), ``.jsonl``
        files (one JSON object per line) or ``.csv`` files (one row per article);
        see the module docstring for the details.
    text_field, id_field : str
        Column/key holding the text and the document id in JSONL and CSV.
    dayfirst : bool, optional
        How the sources write numeric dates (:func:`presslens.article.parse_date`): ``True``
        day first, ``False`` month first, ``None`` an ambiguous one is left undated.

    Yields
    ------
    Article or DocumentError
        A :class:`DocumentError` for every document that cannot be read; the
        rest of the corpus goes on.
    """
    labels: set[str] = set()
    for item in _iter_documents(paths, text_field, id_field, set(), dayfirst):
        assert item is not None  # built (build=True)
        if item.path in labels:  # a file named "n.csv#2" next to record 2 of n.csv: both kept, told apart
            n = 2
            while f"{item.path} ({n})" in labels:
                n += 1
            warnings.warn(
                f"{item.path}: another document already has this name; this one is '{item.path} ({n})'",
                InputWarning,
                stacklevel=2,
            )
            item = replace(item, path=f"{item.path} ({n})")
        labels.add(item.path)
        yield item


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def _iter_documents(
    paths: Iterable[str | Path],
    text_field: str,
    id_field: str,
    seen: set[Path],
    dayfirst: bool | None = None,
    build: bool = True,
) -> Iterator[Article | DocumentError | None]:
    """The items of :func:`iter_documents`; ``build=False`` yields None for each document it would build
    from a file or a record (one item either way), for :func:`count_documents`."""
    for raw in paths:
        path = Path(raw)
        label = printable_path(path)
        key = _resolved(path)
        if key in seen:  # one file under two spellings, or inside a folder also given: read once
            warnings.warn(f"{label}: given more than once; read once", InputWarning, stacklevel=2)
            continue
        seen.add(key)
        if path.is_dir():
            problems: list[DocumentError] = []
            files = corpus_files(path, problems)
            yield from problems  # an unreadable subfolder is an error row, not silence
            if not files and not problems:
                yield DocumentError(label, "directory holds no .txt files")
            for f in files:
                for item in _iter_documents([f], text_field, id_field, seen, dayfirst, build):
                    # ids unique across subfolders: "business/001", not "001" five times
                    yield (
                        replace(item, id=printable_path(f.relative_to(path).with_suffix("").as_posix()))
                        if isinstance(item, Article)
                        else item
                    )
            continue
        if path.suffix.lower() in (".jsonl", ".csv") and path.is_file():
            records = _records_jsonl(path) if path.suffix.lower() == ".jsonl" else _records_csv(path, text_field)
            try:
                for ref, record, problem, notes in records:
                    if problem or record is None:
                        yield DocumentError(ref, problem or "no record")
                        continue
                    if not build:
                        yield None
                        continue
                    try:
                        yield _from_record(ref, record, text_field, id_field, notes, dayfirst)
                    except InputError as exc:
                        yield DocumentError(exc.path, exc.reason)
            except OSError as exc:
                yield DocumentError(label, os_reason(exc))
            except (UnicodeError, csv.Error) as exc:
                yield DocumentError(label, f"unreadable {path.suffix[1:].upper()} ({exc})")
            continue
        if not build:
            yield None
            continue
        try:
            yield load_article(path, dayfirst=dayfirst)
        except InputError as exc:
            yield DocumentError(exc.path, exc.reason)


def length_error(article: Article, max_chars: int = MAX_CHARS) -> DocumentError | None:
    """A :class:`DocumentError` when ``article`` is longer than ``max_chars`` characters, else None.

    Parameters
    ----------
    article : Article
        The document.
    max_chars : int
        The longest text parsed.

    Returns
    -------
    DocumentError or None
    """
    if len(article.text) <= max_chars:
        return None
    return DocumentError(
        article.path,
        f"{len(article.text):,} characters, more than the limit of {max_chars:,} "
        "(--max-chars): split the text or raise the limit",
    )
