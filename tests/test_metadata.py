"""presslens.metadata: metadata travel with every document and never overwrite computed columns."""

from __future__ import annotations

import csv
import hashlib

import pandas as pd
from support import ROOT, SEED

import presslens as pl
from presslens.analyses import ANALYSES
from presslens.batch.runner import analyze_corpus
from presslens.corpus import iter_documents
from presslens.metadata import COMPUTED_COLUMNS, DOCUMENT_FIELDS, metadata_column

TEXTS = [
    'John Smith said: "We will win." He told reporters the club was ready.',
    'Mary Jones, the mayor, said the council would meet. "It is time," she said.',
]
#: Metadata named like columns presslens computes (and ``id`` twice).
HOSTILE = [
    "id",
    "id",
    "doc",
    "spans",
    "mentions",
    "warnings",
    "sha256",
    "encoding",
    "n_chars_file",
    "title_source",
    "meta_doc",
    "outlet",
    "text",
]


def test_every_computed_column_is_reserved():
    """A column added to any analysis must be listed, or metadata of its name would overwrite it."""
    analysis = pl.analyze(SEED)
    sample = next(iter(iter_documents([str(ROOT / "data" / "raw" / "sample_corpus.csv")])))
    for a in (analysis, pl.analyze(sample)):
        for name, entry in ANALYSES.items():
            for record in entry.run(a):
                extra = set(record) - COMPUTED_COLUMNS - set(DOCUMENT_FIELDS) - set(a.article.metadata)
                assert not extra, (name, extra)
    assert metadata_column("sha256") == "meta_sha256" and metadata_column("region") == "region"
    assert metadata_column("doc", {"meta_doc"}) == "meta_meta_doc"


def test_metadata_named_like_computed_columns_are_kept_apart(tmp_path):
    path = tmp_path / "hostile.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HOSTILE)
        for i, text in enumerate(TEXTS):
            writer.writerow(
                [f"a{i}", f"b{i}", "X", "[1, 2]", "m", "none", "abc", "latin-1", "5", "mine", "md", "Outlet", text]
            )
    analyze_corpus([str(path)], tmp_path / "out", jobs=1, progress=False, cache_dir=None)
    article = pd.read_parquet(tmp_path / "out" / "article.parquet")
    assert list(article["doc"]) == [f"{path}#2", f"{path}#3"]
    assert list(article["id"]) == ["a0", "a1"]  # the first of two columns named id
    assert list(article["id_2"]) == ["b0", "b1"]
    assert list(article["sha256"]) == [hashlib.sha256(t.encode()).hexdigest() for t in TEXTS]
    assert list(article["encoding"]) == ["utf-8", "utf-8"]
    assert list(article["n_chars_file"]) == [len(t) for t in TEXTS]
    assert [list(w) for w in article["warnings"]] == [[], []]
    assert list(article["meta_warnings"]) == ["none", "none"]
    assert list(article["meta_sha256"]) == ["abc", "abc"] and list(article["meta_spans"]) == ["[1, 2]"] * 2
    assert list(article["meta_doc"]) == ["md", "md"] and list(article["meta_meta_doc"]) == ["X", "X"]
    for table in ("quotes", "people", "entities"):
        rows = pd.read_parquet(tmp_path / "out" / f"{table}.parquet")
        assert set(rows["doc"]) == set(article["doc"]), table  # no document lost from any table
        assert set(rows["meta_mentions"]) == {"m"} and set(rows["outlet"]) == {"Outlet"}
    entities = pd.read_parquet(tmp_path / "out" / "entities.parquet")
    assert all(len(pair) == 2 for spans in entities["spans"] for pair in spans)  # computed spans kept
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors.empty
