"""Read many articles: files, directories of .txt files, JSONL and CSV with a text column.

Bad documents never stop a corpus: :func:`iter_documents` yields a
:class:`DocumentError` in their place, and the caller decides what to report.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from presslens.article import Article, article_from_text, load_article
from presslens.errors import InputError

TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class DocumentError:
    """A document that could not be read, in place of its :class:`Article`."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _records_jsonl(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield f"{path}#{i}", json.loads(line), None
            except json.JSONDecodeError as exc:
                yield f"{path}#{i}", None, f"invalid JSON ({exc.msg})"


def _records_csv(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), 2):  # line 1 is the header
            yield f"{path}#{i}", row, None


def _from_record(ref: str, record: dict, text_field: str, id_field: str) -> Article:
    text = record.get(text_field)
    if not isinstance(text, str):
        raise InputError(ref, f"no text in field {text_field!r}")
    rid = record.get(id_field)
    return article_from_text(text, ref, id=str(rid) if rid not in (None, "") else ref.split("/")[-1],
                             sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def iter_documents(paths: Iterable[str | Path], *, text_field: str = "text",
                   id_field: str = "id") -> Iterator[Article | DocumentError]:
    """Yield the articles found under ``paths``, one at a time.

    Parameters
    ----------
    paths : iterable of str or Path
        Text files, directories (every ``*.txt`` below them, sorted), ``.jsonl``
        files (one JSON object per line) or ``.csv`` files (one row per article).
    text_field, id_field : str
        Column/key holding the text and the document id in JSONL and CSV.

    Yields
    ------
    Article or DocumentError
        A :class:`DocumentError` for every document that cannot be read; the
        rest of the corpus goes on.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                yield DocumentError(str(path), "directory holds no .txt files")
            for f in files:
                yield from iter_documents([f])
            continue
        if path.suffix.lower() in (".jsonl", ".csv") and path.is_file():
            reader = _records_jsonl if path.suffix.lower() == ".jsonl" else _records_csv
            try:
                for ref, record, problem in reader(path):
                    if problem:
                        yield DocumentError(ref, problem)
                        continue
                    try:
                        yield _from_record(ref, record, text_field, id_field)
                    except InputError as exc:
                        yield DocumentError(exc.path, exc.reason)
            except (UnicodeDecodeError, csv.Error) as exc:
                yield DocumentError(str(path), f"unreadable {path.suffix[1:].upper()} ({exc})")
            continue
        try:
            yield load_article(path)
        except InputError as exc:
            yield DocumentError(exc.path, exc.reason)
