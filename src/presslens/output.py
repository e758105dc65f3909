"""Write lists of records as JSON, JSONL or CSV, to a stream or atomically to a file."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from presslens.export_schema import csv_cell, json_default, json_ready, to_json

FORMATS = ("json", "jsonl", "csv")


def write_records(records: Sequence[dict], fh: IO[str], fmt: str, fields: Sequence[str] = ()) -> None:
    """Write ``records`` (dicts with the same keys) to ``fh`` in format ``fmt``.

    ``json`` writes one indented array, ``jsonl`` one object per line, ``csv``
    a header row and one row per record (cells by :func:`presslens.export_schema.csv_cell`:
    nested values as JSON text);
    ``fields`` fixes the CSV columns (so an empty table still has its header).

    Parameters
    ----------
    records : sequence of dict
        Rows with the same keys.
    fh : text file
        Where to write.
    fmt : {'jsonl', 'csv', 'json'}
        The format.
    fields : sequence of str
        Columns when there are no records (CSV header).
    """
    if fmt == "json":
        json.dump(
            json_ready(list(records)), fh, ensure_ascii=False, indent=2, default=json_default, allow_nan=False
        )
        fh.write("\n")
    elif fmt == "jsonl":
        for rec in records:
            fh.write(to_json(rec) + "\n")
    elif fmt == "csv":
        fields = list(fields)
        for rec in records:
            fields.extend(k for k in rec if k not in fields)
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for rec in records:
            writer.writerow({k: csv_cell(v) for k, v in rec.items()})
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file: either the old content or the new.

    Parameters
    ----------
    path : path
        The file (its folder is created).
    text : str
        UTF-8 text.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; results are for reading
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename is None:  # a full disk on write: name the file being written
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_records_file(
    records: Iterable[dict], path: str | Path, fmt: str | None = None, fields: Sequence[str] = ()
) -> Path:
    """Write records atomically to ``path``; the format defaults to the file suffix.

    Parameters
    ----------
    records : iterable of dict
        Rows with the same keys.
    path : path
        The file.
    fmt : str, optional
        The format (default: the suffix).
    fields : sequence of str
        Columns when there are no records.

    Returns
    -------
    Path
        The file written.
    """
    path = Path(path)
    buf = io.StringIO()
    write_records(list(records), buf, fmt or path.suffix.lstrip("."), fields)
    return atomic_write_text(path, buf.getvalue())
