"""Write a corpus run's tables incrementally: part files per batch, merged into Parquet and CSV.

Each flush writes one JSONL part file per table atomically; the final merge
streams the parts, one at a time, into ``TABLE.parquet`` and ``TABLE.csv``
(nested values as JSON strings), so memory does not grow with the corpus.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from presslens.output import atomic_write_text


def _flat(value):
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


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
    text = "".join(json.dumps({k: _flat(v) for k, v in r.items()}, ensure_ascii=False) + "\n"
                   for r in records)
    return atomic_write_text(parts_dir / table / f"part-{part:06d}.jsonl", text)


def _parts(parts_dir: Path, table: str) -> list[Path]:
    return sorted((parts_dir / table).glob("part-*.jsonl"))


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _column_types(row_lists: Iterator[list[dict]]) -> dict[str, pa.DataType]:
    """One Arrow type per column over all parts: int64, float64, bool or string."""
    kinds: dict[str, set[type]] = {}
    for rows in row_lists:
        for row in rows:
            for k, v in row.items():
                kinds.setdefault(k, set())
                if v is not None:
                    kinds[k].add(type(v))
    types = {}
    for k, ks in kinds.items():
        if ks <= {bool}:
            types[k] = pa.bool_() if ks else pa.string()
        elif ks <= {int}:
            types[k] = pa.int64()
        elif ks <= {int, float}:
            types[k] = pa.float64()
        else:
            types[k] = pa.string()
    return types


def _part_number(path: Path) -> int:
    return int(path.stem.split("-")[-1])


def _selected(parts: list[Path], keep: Callable[[int, dict], bool] | None,
              extra: Callable[[dict], dict] | None) -> Iterator[tuple[Path, list[dict]]]:
    for path in parts:
        part = _part_number(path)
        rows = [r for r in _rows(path) if keep is None or keep(part, r)]
        if extra is not None:
            rows = [{**r, **{k: v for k, v in extra(r).items() if k not in r}} for r in rows]
        yield path, rows


def merge_parts(parts_dir: Path, table: str, out_dir: Path,
                keep: Callable[[int, dict], bool] | None = None,
                extra: Callable[[dict], dict] | None = None) -> int:
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

    Returns
    -------
    int
        Rows written.
    """
    parts = _parts(parts_dir, table)
    types = _column_types(rows for _, rows in _selected(parts, keep, extra))
    schema = pa.schema([(k, t) for k, t in types.items()])
    pq_tmp, csv_tmp = out_dir / f".{table}.parquet.tmp", out_dir / f".{table}.csv.tmp"
    n = 0
    with pq.ParquetWriter(pq_tmp, schema) as writer, csv_tmp.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(types), lineterminator="\n")
        out.writeheader()
        for _, rows in _selected(parts, keep, extra):
            if not rows:
                continue
            for r in rows:
                for k, t in types.items():
                    v = r.get(k)
                    if v is not None and t == pa.string() and not isinstance(v, str):
                        r[k] = json.dumps(v) if isinstance(v, (list, dict)) else str(v)
                    elif v is not None and t == pa.float64():
                        r[k] = float(v)
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            out.writerows({k: ("" if r.get(k) is None else r.get(k)) for k in types} for r in rows)
            n += len(rows)
    pq_tmp.replace(out_dir / f"{table}.parquet")
    csv_tmp.replace(out_dir / f"{table}.csv")
    return n
