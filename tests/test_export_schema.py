"""One export schema: native list/struct columns in Parquet, one CSV flattening rule everywhere."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from presslens.batch.parts import merge_parts, write_part
from presslens.export_schema import csv_cell, unify_types
from presslens.output import write_records
from presslens.paper_tables import save_table

ROWS = [
    {
        "doc": "a.txt",
        "entity": "United States",
        "count": 2,
        "mentions": ["US", "the United States"],
        "spans": [[0, 2], [10, 27]],
        "settings": {"window": 50, "case_folded": True},
        "issue": 7,
    },
    {
        "doc": "b.txt",
        "entity": "Café Müller",
        "count": 1,
        "mentions": ["Café Müller"],
        "spans": [[5, 16]],
        "settings": {"window": 50, "case_folded": True},
        "issue": "7b",
    },
]


def _merged(tmp_path, rows_per_part):
    parts = tmp_path / "parts"
    for i, rows in enumerate(rows_per_part):
        write_part(parts, "entities", i, rows)
    assert merge_parts(parts, "entities", tmp_path) == sum(map(len, rows_per_part))
    return pq.read_table(tmp_path / "entities.parquet"), (tmp_path / "entities.csv").read_text(encoding="utf-8")


def test_parquet_keeps_lists_and_dicts_as_native_columns(tmp_path):
    table, _ = _merged(tmp_path, [ROWS[:1], ROWS[1:]])
    types = dict(zip(table.schema.names, table.schema.types, strict=True))
    assert types["mentions"] == pa.list_(pa.string())
    assert types["spans"] == pa.list_(pa.list_(pa.int64(), 2))
    assert pa.types.is_struct(types["settings"])
    assert types["settings"].field("window").type == pa.int64()
    assert types["settings"].field("case_folded").type == pa.bool_()
    back = table.to_pylist()
    assert [r["mentions"] for r in back] == [r["mentions"] for r in ROWS]
    assert [r["spans"] for r in back] == [r["spans"] for r in ROWS]
    assert [r["settings"] for r in back] == [r["settings"] for r in ROWS]


def test_a_column_with_no_common_type_becomes_text_in_both_formats(tmp_path):
    # "issue" is a number in one document and a word in another (metadata can be anything)
    table, text = _merged(tmp_path, [ROWS[:1], ROWS[1:]])
    assert table.schema.field("issue").type == pa.string()
    assert table.column("issue").to_pylist() == ["7", "7b"]
    assert [r["issue"] for r in csv.DictReader(io.StringIO(text))] == ["7", "7b"]


def test_integers_and_floats_unify_to_float_and_empty_parts_do_not_decide_types(tmp_path):
    rows = [[{"doc": "a", "x": 1, "y": None}], [], [{"doc": "b", "x": 2.5, "y": ["w"]}]]
    table, _ = _merged(tmp_path, rows)
    assert table.schema.field("x").type == pa.float64()
    assert table.column("x").to_pylist() == [1.0, 2.5]
    assert table.column("y").to_pylist() == [None, ["w"]]
    assert unify_types(pa.null(), pa.list_(pa.string())) == pa.list_(pa.string())


def test_every_csv_writer_flattens_the_same_way(tmp_path):
    """A corpus run's CSV, the CLI's CSV, a notebook's saved table and a table saved from the
    run's Parquet (NumPy arrays in its cells) give the same cells."""
    _, corpus_csv = _merged(tmp_path, [ROWS])
    cli = io.StringIO()
    write_records(ROWS, cli, "csv")
    save_table(pd.DataFrame(ROWS), tmp_path, "entities")
    notebook_csv = (tmp_path / "tables" / "entities.csv").read_text(encoding="utf-8")
    save_table(pd.read_parquet(tmp_path / "entities.parquet"), tmp_path, "from_parquet")
    parquet_csv = (tmp_path / "tables" / "from_parquet.csv").read_text(encoding="utf-8")
    readers = [
        list(csv.DictReader(io.StringIO(t))) for t in (corpus_csv, cli.getvalue(), notebook_csv, parquet_csv)
    ]
    for column in ("mentions", "spans", "entity"):
        cells = [[r[column] for r in rows] for rows in readers]
        assert cells[0] == cells[1] == cells[2] == cells[3], column
    assert (
        [r["settings"] for r in readers[0]]
        == [r["settings"] for r in readers[1]]
        == [r["settings"] for r in readers[2]]
    )
    # and the cells are JSON that gives the values back
    assert [json.loads(r["mentions"]) for r in readers[0]] == [r["mentions"] for r in ROWS]
    assert [json.loads(r["spans"]) for r in readers[2]] == [r["spans"] for r in ROWS]


def test_latex_lists_items_for_reading(tmp_path):
    save_table(pd.DataFrame(ROWS)[["entity", "mentions"]], tmp_path, "entities")
    tex = (tmp_path / "tables" / "entities.tex").read_text(encoding="utf-8")
    assert "US; the United States" in tex and "[" not in tex.split("\\midrule")[1]


def test_csv_cell_rule():
    assert csv_cell(["Café"]) == '["Café"]'
    assert csv_cell((1, 2)) == "[1, 2]"
    assert csv_cell({"a": None}) == '{"a": null}'
    assert csv_cell(None) == csv_cell(float("nan")) == ""
    assert csv_cell(pd.Timestamp("2023-04-24").date()) == "2023-04-24"
    assert csv_cell(True) is True and csv_cell("x") == "x"
