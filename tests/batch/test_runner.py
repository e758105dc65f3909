"""Corpus runs (presslens.batch.runner): each input format, errors, resume, cache use, the Dask engine."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from presslens.batch import runner
from presslens.batch.runner import analyze_corpus

TEXTS = [
    "date 2024-01-0{i}\n\nStorm {i} hits the coast\n\nThe mayor said schools would close on Monday. "
    "“We are ready,” Jane Smith told reporters.\n\nOfficials said {i} roads were flooded.",
]


def _texts(n=6):
    return [TEXTS[0].format(i=i) for i in range(1, n + 1)]


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(_texts(), 1):
        (folder / f"{i:03d}.txt").write_text(text)
    return folder


def _run(paths, out, **kw):
    kw.setdefault("jobs", 1)
    kw.setdefault("flush_every", 2)
    kw.setdefault("progress", False)
    return analyze_corpus([str(p) for p in paths], out, **kw)


def _table(out, name):
    return pd.read_parquet(out / f"{name}.parquet")


def test_directory_corpus_writes_parquet_and_csv(corpus_dir, tmp_path):
    s = _run([corpus_dir], tmp_path / "out", cache_dir=None)
    out = tmp_path / "out"
    assert s.n_documents == 6 and s.n_parsed == 6 and s.n_errors == 0
    assert {"article", "quotes", "people", "corpus_stats", "errors"} <= set(s.tables)
    assert s.tables["quotes"].equals(_table(out, "quotes")) and len(s.tables["article"]) == 6
    with pytest.raises(KeyError, match="no such table"):
        s.tables["quote"]
    stats = _table(out, "stats")
    assert len(stats) == 6 and list(stats["doc"]) == sorted(stats["doc"])
    assert len(pd.read_csv(out / "stats.csv")) == 6
    assert len(_table(out, "quotes")) >= 6
    for name in ("corpus_stats", "corpus_quotes", "corpus_people", "corpus_entities"):
        assert (out / f"{name}.parquet").is_file() and (out / f"{name}.csv").is_file()
    assert (out / "errors.csv").read_text() == "doc,reason\n"
    people, by_gender = _table(out, "people"), _table(out, "corpus_people").set_index("gender")
    assert list(by_gender.index) == ["female", "male", "unknown"]
    for gender in by_gender.index:  # the corpus table adds up the per-article people table
        rows = people[people["gender"] == gender]
        assert by_gender.loc[gender, "people"] == len(rows)
        assert by_gender.loc[gender, "sources"] == rows["is_source"].sum()
        assert by_gender.loc[gender, "quotes"] == rows["n_quotes"].sum()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jsonl_and_csv_corpora(tmp_path, fmt, corpus_dir):
    path = tmp_path / f"corpus.{fmt}"
    rows = [{"id": f"d{i}", "text": t} for i, t in enumerate(_texts(), 1)]
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    else:
        with path.open("w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["id", "text"])
            w.writeheader()
            w.writerows(rows)
    s = _run([path], tmp_path / "out", cache_dir=None)
    assert s.n_documents == 6 and s.n_errors == 0
    stats = _table(tmp_path / "out", "stats")
    _run([corpus_dir], tmp_path / "ref", cache_dir=None)
    ref = _table(tmp_path / "ref", "stats")
    assert stats.drop(columns="doc").equals(ref.drop(columns="doc"))


def test_bad_documents_become_error_rows(corpus_dir, tmp_path):
    (corpus_dir / "000-empty.txt").write_text("")
    (corpus_dir / "999-binary.txt").write_bytes(b"\x00\x01\x02")
    s = _run([corpus_dir], tmp_path / "out", cache_dir=None)
    assert s.n_errors == 2 and s.n_parsed == 6
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert sorted(e.split("/")[-1] for e in errors["doc"]) == ["000-empty.txt", "999-binary.txt"]
    assert len(_table(tmp_path / "out", "stats")) == 6


def test_resume_after_interruption(corpus_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = runner.process_chunk
    calls = {"n": 0}

    def dies_on_third_chunk(chunk, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # like Ctrl-C or a kill in the middle of a run
        return real(chunk, **kw)

    monkeypatch.setattr(runner, "process_chunk", dies_on_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        _run([corpus_dir], out, cache_dir=None, batch_size=2)
    assert not (out / "stats.parquet").exists()  # no half-finished table
    monkeypatch.setattr(runner, "process_chunk", real)
    s = _run([corpus_dir], out, cache_dir=None, batch_size=2)
    assert s.n_skipped_done == 4 and s.n_parsed == 2  # two parts of two were written before the kill
    _run([corpus_dir], tmp_path / "ref", cache_dir=None)
    assert _table(out, "stats").equals(_table(tmp_path / "ref", "stats"))
    assert _table(out, "quotes").equals(_table(tmp_path / "ref", "quotes"))


def test_cache_hits_and_invalidation(corpus_dir, tmp_path):
    cache = tmp_path / "cache"
    cold = _run([corpus_dir], tmp_path / "a", cache_dir=cache)
    assert cold.n_parsed == 6 and cold.n_from_cache == 0
    warm = _run([corpus_dir], tmp_path / "b", cache_dir=cache)
    assert warm.n_parsed == 0 and warm.n_from_cache == 6
    assert _table(tmp_path / "a", "quotes").equals(_table(tmp_path / "b", "quotes"))
    (corpus_dir / "003.txt").write_text(_texts()[2] + " A new sentence was added.")
    changed = _run([corpus_dir], tmp_path / "c", cache_dir=cache)
    assert changed.n_parsed == 1 and changed.n_from_cache == 5


def test_warm_cache_keeps_each_documents_identity(tmp_path):
    """Two files with the same text, read from the cache, keep their own paths (as with --no-cache)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = 'Floods hit Leeds on Monday. "We are ready," the council leader, Jane Smith, said.\n'
    for name in ("a.txt", "b.txt", "c.txt"):
        (corpus / name).write_text(text if name != "c.txt" else text.replace("Leeds", "York"))
    cache = tmp_path / "cache"
    runs = {
        "no-cache": _run([corpus], tmp_path / "n", cache_dir=None),
        "cold": _run([corpus], tmp_path / "c", cache_dir=cache),
        "warm": _run([corpus], tmp_path / "w", cache_dir=cache),
    }
    assert runs["warm"].n_from_cache == 3 and runs["warm"].n_parsed == 0
    for table in ("article", "stats", "keywords", "quotes", "people"):
        expected = _table(tmp_path / "n", table)
        for out in ("c", "w"):
            assert _table(tmp_path / out, table).equals(expected), (table, out)
    assert sorted(_table(tmp_path / "w", "article")["doc"].map(lambda p: Path(p).name)) == [
        "a.txt",
        "b.txt",
        "c.txt",
    ]


def test_multiprocess_parsing_gives_the_same_tables(corpus_dir, tmp_path):
    _run([corpus_dir], tmp_path / "one", cache_dir=None, jobs=1)
    _run([corpus_dir], tmp_path / "two", cache_dir=None, jobs=2, batch_size=2)  # a process pool
    for name in ("stats", "quotes", "keywords", "entities"):
        assert _table(tmp_path / "one", name).equals(_table(tmp_path / "two", name)), name


def test_worker_pools_are_renewed_and_the_tables_stay_the_same(corpus_dir, tmp_path, monkeypatch):
    """With one chunk per worker per pool, six one-document chunks on two workers run in three pools (each
    forked afresh, so a long run's workers do not keep growing); the tables are those of one process."""
    from concurrent.futures import ProcessPoolExecutor

    pools = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(runner, "CHUNKS_PER_WORKER", 1)
    monkeypatch.setattr(runner, "ProcessPoolExecutor", Counted)
    _run([corpus_dir], tmp_path / "one", cache_dir=None, jobs=1)
    _run([corpus_dir], tmp_path / "pools", cache_dir=None, jobs=2, batch_size=1)
    # three pools of two chunks, and a fourth that only sees the empty chunk ending the input (it forks
    # no process: a pool starts its workers on the first submit)
    assert len(pools) == 4
    for name in ("stats", "quotes", "keywords", "entities", "people"):
        assert _table(tmp_path / "one", name).equals(_table(tmp_path / "pools", name)), name


def test_dask_engine_on_a_local_cluster(corpus_dir, tmp_path):
    from distributed import LocalCluster

    (corpus_dir / "000-empty.txt").write_text("")
    _run([corpus_dir], tmp_path / "local", cache_dir=None)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        s = _run(
            [corpus_dir],
            tmp_path / "dask",
            cache_dir=None,
            engine="dask",
            scheduler=cluster.scheduler_address,
            batch_size=2,
        )
    assert s.n_errors == 1 and s.n_parsed == 6
    for name in ("stats", "quotes", "keywords", "entities", "errors"):
        assert _table(tmp_path / "dask", name).equals(_table(tmp_path / "local", name)), name


def test_cli_analyze(corpus_dir, tmp_path, capsys):
    from presslens.cli import main

    (corpus_dir / "bad.txt").write_bytes(b"\x00")
    code = main(["analyze", str(corpus_dir), "--out", str(tmp_path / "out"), "--jobs", "1", "--no-cache"])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.txt: binary file" in err and "6 parsed" in err
    assert (tmp_path / "out" / "quotes.parquet").is_file()


def test_a_document_over_max_chars_is_one_error_row(corpus_dir, tmp_path):
    long_text = "date 2024-01-09\n\n" + "Officials said the roads were flooded again. " * 60
    (corpus_dir / "004.txt").write_text(long_text)
    s = _run([corpus_dir], tmp_path / "out", cache_dir=None, max_chars=2_000)
    assert s.n_errors == 1 and s.n_parsed == 5
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert list(errors["doc"].map(lambda p: Path(p).name)) == ["004.txt"]
    assert f"{len(long_text):,} characters, more than the limit of 2,000 (--max-chars)" in errors["reason"][0]
    assert len(_table(tmp_path / "out", "stats")) == 5
    # a limit above spaCy's default max_length is honoured (the parser's limit is raised with it)
    s = _run([corpus_dir], tmp_path / "raised", cache_dir=None, max_chars=10_000_000)
    assert s.n_errors == 0 and s.n_parsed == 6


def test_damaged_cache_entries_are_dropped_and_recomputed(corpus_dir, tmp_path):
    from presslens.cache import CacheWarning

    cache = tmp_path / "cache"
    _run([corpus_dir], tmp_path / "cold", cache_dir=cache)
    entries = sorted(p for p in cache.rglob("*") if p.is_file())
    assert len(entries) == 12  # a parse and a result entry per document
    for i, path in enumerate(entries):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if i % 2 else data[:-1] + b"x")  # truncated or one byte off
    with pytest.warns(CacheWarning, match="damaged cache entry"):
        s = _run([corpus_dir], tmp_path / "warm", cache_dir=cache)
    assert s.n_from_cache == 0 and s.n_parsed == 6
    for name in ("stats", "quotes", "keywords", "people"):
        assert _table(tmp_path / "warm", name).equals(_table(tmp_path / "cold", name)), name
    again = _run([corpus_dir], tmp_path / "again", cache_dir=cache)  # entries written anew
    assert again.n_from_cache == 6


def test_an_unreadable_file_is_one_error_row(corpus_dir, tmp_path, monkeypatch):
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "002.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    s = _run([corpus_dir], tmp_path / "out", cache_dir=None)
    assert s.n_errors == 1 and s.n_parsed == 5
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors["reason"].tolist() == ["permission denied"]


def test_a_file_name_that_is_not_utf8_is_kept_printable(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name on a UTF-8 file system
    try:
        (corpus / name).write_text(_texts(1)[0])
    except (UnicodeEncodeError, OSError):
        pytest.skip("the file system refuses non-UTF-8 names")
    s = _run([corpus], tmp_path / "out", cache_dir=None)
    assert s.n_errors == 0
    assert _table(tmp_path / "out", "article")["doc"].map(lambda p: Path(p).name).tolist() == ["caf\\xe9.txt"]


def test_corpus_metadata_is_kept_joined_and_grouped(tmp_path):
    path = tmp_path / "corpus.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "outlet", "date", "author", "url", "wordcount", "text"])
        w.writeheader()
        for i, text in enumerate(_texts(4), 1):
            w.writerow(
                {
                    "id": f"d{i}",
                    "outlet": "Daily A" if i % 2 else "Herald B",
                    "date": f"2024-0{1 + i // 3}-0{i}",
                    "author": f"Writer {i}",
                    "url": f"https://example.org/{i}",
                    "wordcount": str(100 + i),
                    "text": text.split("\n\n", 1)[1],
                }
            )  # no date header in the text: the column gives it
    _run([path], tmp_path / "out", cache_dir=None)
    articles = _table(tmp_path / "out", "article").set_index("id")
    assert articles.loc["d3", "outlet"] == "Daily A" and articles.loc["d3", "date"] == "2024-02-03"
    assert articles.loc["d3", "author"] == "Writer 3" and articles.loc["d3", "wordcount"] == "103"
    assert articles.loc["d3", "title"] == "Storm 3 hits the coast"  # the headline
    for table in ("stats", "quotes", "keywords", "people", "entities"):  # metadata joined onto every table
        rows = _table(tmp_path / "out", table)
        assert {"date", "outlet", "author", "url", "wordcount"} <= set(rows.columns), table
        assert rows.groupby("doc")["outlet"].nunique().eq(1).all(), table
    by_outlet = pd.read_csv(tmp_path / "out" / "corpus_by_outlet.csv").set_index("outlet")
    assert by_outlet["articles"].to_dict() == {"Daily A": 2, "Herald B": 2}
    quotes = _table(tmp_path / "out", "quotes")
    assert by_outlet.loc["Daily A", "quotes_per_article"] == (quotes["outlet"] == "Daily A").sum() / 2
    by_month = pd.read_csv(tmp_path / "out" / "corpus_by_month.csv")
    assert by_month["month"].tolist() == ["2024-01", "2024-02"] and by_month["articles"].sum() == 4


def test_no_grouped_tables_without_outlets(corpus_dir, tmp_path):
    _run([corpus_dir], tmp_path / "out", cache_dir=None)
    assert not (tmp_path / "out" / "corpus_by_outlet.csv").exists()
    assert (tmp_path / "out" / "corpus_by_month.csv").exists()  # the files have date headers


def test_an_empty_table_keeps_its_header_and_columns(tmp_path):
    """Articles without quotations or captions: quotes.csv is a header, quotes.parquet has its columns
    (they were one newline and a zero-column Parquet)."""
    import pandas as pd

    from presslens.analyses import ANALYSES

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2024-01-02\n\nRiver levels fell on Monday across the valley.\n")
    analyze_corpus([corpus], tmp_path / "out", jobs=1, cache_dir=None, progress=False)
    for name in ("quotes", "captions"):
        header = (tmp_path / "out" / f"{name}.csv").read_text().splitlines()
        assert header == [",".join(ANALYSES[name].columns)], name
        table = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        assert table.empty and list(table.columns) == list(ANALYSES[name].columns)
    # notebook 05's grouping on such a collection (it failed with KeyError: 'doc'): no quotation anywhere
    from presslens.batch.summary import group_measures

    tables = {
        n: pd.read_parquet(tmp_path / "out" / f"{n}.parquet") for n in ("stats", "quotes", "people", "keywords")
    }
    by_month = group_measures(pd.read_parquet(tmp_path / "out" / "article.parquet"), "month", **tables)
    assert by_month.set_index("month").loc["2024-01", "articles"] == 1
    assert by_month.set_index("month").loc["2024-01", "quotes_per_article"] == 0


def test_results_come_out_in_input_order_when_chunks_finish_out_of_order():
    """The pool yields chunks as they finish; the driver releases documents in input order."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from presslens.corpus import DocumentError

    def work(chunk):  # the first chunk is the slowest
        time.sleep(0.3 if chunk[0][0] == 0 else 0.0)
        return [(i, a.path, {"t": [{"doc": a.path}]}, True) for i, a in chunk]

    items = [DocumentError(f"e{i}", "bad") if i % 3 == 2 else f"d{i}" for i in range(9)]
    order = runner._InOrder()
    finished = []

    def chunks():
        chunk = []
        for i, item in enumerate(items):
            if isinstance(item, DocumentError):
                order.put(i, item, {"errors": []})
                yield []
            else:
                chunk.append((i, type("A", (), {"path": item})()))
                if len(chunk) == 2:
                    yield chunk
                    chunk = []
        yield chunk

    released = []
    with ThreadPoolExecutor(2) as executor:
        for chunk, results in runner._run_pool(chunks(), work, executor, window=4):
            finished.append([i for i, _ in chunk])
            for (i, item), _ in zip(chunk, results, strict=True):
                order.put(i, item, {})
            released.extend(item.path for item, _ in order.ready())
    assert finished[0] != [0, 1]  # the chunks did finish out of order
    assert released == [f"e{i}" if i % 3 == 2 else f"d{i}" for i in range(9)]


def test_cli_subcommands_run_through_the_corpus_driver(corpus_dir, tmp_path, capsys):
    """`presslens quotes` with --jobs 2 and a warm cache prints what one process prints, in input order,
    and the same quotations as the corpus runner's table (one driver for both)."""
    from presslens.cli import main

    (corpus_dir / "003.txt").write_text("")  # an error in the middle: reported, the rest goes on
    outputs = {}
    for name, argv in {
        "one": ["--jobs", "1", "--no-cache"],
        "two": ["--jobs", "2", "--cache-dir", str(tmp_path / "cache")],
        "warm": ["--jobs", "2", "--cache-dir", str(tmp_path / "cache")],
    }.items():
        assert main(["quotes", str(corpus_dir), *argv]) == 1
        out, err = capsys.readouterr()
        assert "003.txt: empty file" in err
        outputs[name] = [json.loads(line) for line in out.splitlines()]
    assert outputs["one"] == outputs["two"] == outputs["warm"]
    docs = [Path(r["doc"]).name for r in outputs["one"]]
    assert docs == sorted(docs) and set(docs) == {"001.txt", "002.txt", "004.txt", "005.txt", "006.txt"}
    _run([corpus_dir], tmp_path / "corpus", cache_dir=None)
    table = _table(tmp_path / "corpus", "quotes")
    assert [(r["doc"], r["text"], r["source"]) for r in outputs["one"]] == list(
        zip(table["doc"], table["text"], table["source"], strict=True)
    )
    assert (
        main(
            [
                "keywords",
                str(corpus_dir / "001.txt"),
                "--top",
                "2",
                "--method",
                "yake",
                "--cache-dir",
                str(tmp_path / "cache"),
            ]
        )
        == 0
    )  # options: never a cached default result
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["method"] for r in rows] == ["yake", "yake"]


def test_the_progress_bar_has_the_total_and_time_left(corpus_dir, tmp_path, capsys, monkeypatch):
    """Six good files, an empty one, a binary one and a CSV of two records: count_documents says 10 (errors
    are rows too); the bar of a run shows "k/10" with a time-left field ("<00:06"), not a bare count."""
    import re

    from presslens.corpus import count_documents

    (corpus_dir / "000-empty.txt").write_text("")
    (corpus_dir / "999-binary.txt").write_bytes(b"\x00\x01\x02")
    table = tmp_path / "two.csv"
    table.write_text("id,text\na,Floods hit Leeds on Monday.\nb,The council met on Tuesday.\n")
    assert count_documents([corpus_dir, table]) == 10
    from functools import partial

    from tqdm import tqdm

    monkeypatch.setattr(runner, "tqdm", partial(tqdm, mininterval=0, miniters=1))  # every update drawn
    _run([corpus_dir, table], tmp_path / "out", cache_dir=None, progress=True)
    bar = capsys.readouterr().err.replace("\r", "\n").splitlines()
    assert any(re.search(r"\b[1-9]\d*/10 \[\d+:\d+<\d+:\d+", line) for line in bar), bar
