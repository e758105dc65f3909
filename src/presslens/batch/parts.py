"""Write a corpus run's tables incrementally: part files per batch, merged into Parquet and CSV.

Each flush writes one JSONL part file per table atomically; the final merge
streams the parts, one at a time, into ``TABLE.parquet`` (lists and dicts as
native ``list`` and ``struct`` columns) and ``TABLE.csv`` (flattened by
:func:`presslens.export_schema.csv_cell`), so memory does not grow with the
corpus.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from presslens.export_schema import arrow_value, csv_cell, infer_type, to_json, unify_types
from presslens.output import atomic_write_text


def write_part(parts_dir: Path, table: str, part: int, records: list[dict]) -> Path:
    """Write ``records`` as part ``part`` of ``table`` (atomically).

    Parameters
    ----------
    parts_dir : Path
        The run's ``parts/`` folder.
    table : str
        The table name.
    part : int
        The part's number.
    records : list of dict
        The rows.

    Returns
    -------
    Path
        The part file (JSON lines).
    """
    text = "".join(to_json(r) + "\n" for r in records)
    return atomic_write_text(parts_dir / table / f"part-{part:06d}.jsonl", text)


def _parts(parts_dir: Path, table: str) -> list[Path]:
    return sorted((parts_dir / table).glob("part-*.jsonl"))


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _column_types(row_lists: Iterator[list[dict]]) -> dict[str, pa.DataType]:
    """One Arrow type per column over all parts (:func:`presslens.export_schema.unify_types`)."""
    types: dict[str, pa.DataType] = {}
    for rows in row_lists:
        columns: dict[str, list] = {}
        for row in rows:
            for k, v in row.items():
                columns.setdefault(k, []).append(v)
        for k, values in columns.items():
            t = infer_type(k, values)
            types[k] = unify_types(types[k], t) if k in types else t
    return {k: pa.string() if pa.types.is_null(t) else t for k, t in types.items()}


def _part_number(path: Path) -> int:
    return int(path.stem.split("-")[-1])


def _selected(
    parts: list[Path], keep: Callable[[int, dict], bool] | None, extra: Callable[[dict], dict] | None
) -> Iterator[tuple[Path, list[dict]]]:
    for path in parts:
        part = _part_number(path)
        rows = [r for r in _rows(path) if keep is None or keep(part, r)]
        if extra is not None:
            rows = [{**r, **{k: v for k, v in extra(r).items() if k not in r}} for r in rows]
        yield path, rows


def merge_parts(
    parts_dir: Path,
    table: str,
    out_dir: Path,
    keep: Callable[[int, dict], bool] | None = None,
    extra: Callable[[dict], dict] | None = None,
    columns: Sequence[str] = (),
) -> int:
    """Merge the parts of ``table`` into ``out_dir/TABLE.parquet`` and ``.csv``; return the row count.

    Parameters
    ----------
    parts_dir : Path
        The run's ``parts`` folder.
    table : str
        The table's name (a sub-folder of ``parts_dir``).
    out_dir : Path
        Where ``TABLE.parquet`` and ``TABLE.csv`` are written.
    keep : callable, optional
        ``keep(part number, row)``: whether a row belongs in the table (default: all rows).
    extra : callable, optional
        ``extra(row)``: columns added to the row (those it lacks), e.g. the document's metadata.
    columns : sequence of str
        The table's columns when it has no row (an empty table keeps its header; text columns).

    Returns
    -------
    int
        Rows written.
    """
    parts = _parts(parts_dir, table)
    types = _column_types(rows for _, rows in _selected(parts, keep, extra)) or {c: pa.string() for c in columns}
    schema = pa.schema([(k, t) for k, t in types.items()])
    pq_tmp, csv_tmp = out_dir / f".{table}.parquet.tmp", out_dir / f".{table}.csv.tmp"
    n = 0
    with pq.ParquetWriter(pq_tmp, schema) as writer, csv_tmp.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(types), lineterminator="\n")
        out.writeheader()
        for _, rows in _selected(parts, keep, extra):
            if not rows:
                continue
            writer.write_table(
                pa.Table.from_pylist(
                    [{k: arrow_value(r.get(k), t) for k, t in types.items()} for r in rows], schema=schema
                )
            )
            out.writerows({k: csv_cell(r.get(k)) for k in types} for r in rows)
            n += len(rows)
    pq_tmp.replace(out_dir / f"{table}.parquet")
    csv_tmp.replace(out_dir / f"{table}.csv")
    return n
