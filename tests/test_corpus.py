import json
from pathlib import Path

import pytest

from presslens.article import Article
from presslens.corpus import DocumentError, iter_documents


def _split(items):
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, DocumentError)])


def test_directory_with_one_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-01-01\n\nGood text one.")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_text("date 2020-01-02\n\nGood text two.")
    ok, bad = _split(list(iter_documents([tmp_path])))
    assert [a.id for a in ok] == ["a", "c"]
    assert len(bad) == 1 and bad[0].path.endswith("b.txt") and "empty" in bad[0].reason


def test_jsonl_records(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "date 2020-01-01\n\nFirst."}),
        "{broken",
        json.dumps({"id": "x3", "body": "no text field"}),
        json.dumps({"id": "x4", "text": "Fourth."}),
    ]
    p.write_text("\n".join(lines) + "\n")
    ok, bad = _split(list(iter_documents([p])))
    assert [a.id for a in ok] == ["x1", "x4"]
    assert ok[0].path == f"{p}#1"
    assert [b.path for b in bad] == [f"{p}#2", f"{p}#3"]


def test_csv_records_with_custom_field(tmp_path):
    p = tmp_path / "corpus.csv"
    p.write_text('doc_id,content\nA,"date 2022-03-04\n\nHello, world."\nB,\n')
    ok, bad = _split(list(iter_documents([p], text_field="content", id_field="doc_id")))
    assert [a.id for a in ok] == ["A"] and ok[0].date.isoformat() == "2022-03-04"
    assert len(bad) == 1 and "empty" in bad[0].reason


def test_missing_path_is_an_error_record(tmp_path):
    ok, bad = _split(list(iter_documents([tmp_path / "missing.txt"])))
    assert ok == [] and "no such file" in bad[0].reason


def test_jsonl_bad_byte_and_non_object_lines_lose_only_their_record(tmp_path):
    p = tmp_path / "corpus.jsonl"
    good = [
        json.dumps({"id": f"x{i}", "text": f"date 2020-01-0{i}\n\nText number {i}."}).encode() for i in (1, 3, 5)
    ]
    bad_byte = (
        json.dumps({"id": "x2", "text": "date 2020-01-02\n\nCaf\u00e9 text."}, ensure_ascii=False)
        .encode()
        .replace("\u00e9".encode(), b"\xe9")
    )
    lines = [good[0], bad_byte, good[1], b"[1, 2, 3]", good[2]]
    p.write_bytes(b"\n".join(lines) + b"\n")
    ok, bad = _split(list(iter_documents([p])))
    assert [a.id for a in ok] == ["x1", "x2", "x3", "x5"]
    assert ok[1].text.endswith("Caf\ufffd text.") and "invalid UTF-8" in ok[1].warnings[0]
    assert [(b.path, b.reason) for b in bad] == [(f"{p}#4", "the line is a JSON list, not an object")]


def test_csv_with_excel_bom_and_utf16(tmp_path):
    rows = 'id,text\nA,"date 2022-03-04\n\nHello, world."\nB,"date 2022-03-05\n\nSecond text."\n'
    for name, data in (("bom.csv", b"\xef\xbb\xbf" + rows.encode()), ("utf16.csv", rows.encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        ok, bad = _split(list(iter_documents([tmp_path / name])))
        assert [a.id for a in ok] == ["A", "B"] and bad == [], name


def test_csv_structural_problems_are_errors_with_line_numbers(tmp_path):
    p = tmp_path / "corpus.csv"
    p.write_text(
        'id,text\nA,"date 2022-03-04\n\nFine, and on two lines."\nB,"an open "quote" here"\n'
        'C,extra,field\nD,"date 2022-03-06\n\nAlso fine."\nE,"never closed\nF,lost\n'
    )
    ok, bad = _split(list(iter_documents([p])))
    assert [a.id for a in ok] == ["A", "D"]
    assert [b.path.rsplit("#", 1)[1] for b in bad] == ["5", "6", "10"]
    assert "CSV error on line 5" in bad[0].reason and "a quote left open?" in bad[0].reason
    assert bad[1].reason == "CSV line 6 has 3 fields, the header 2"
    assert "CSV error on lines 10-11" in bad[2].reason  # the open quote swallowed the rest: said, not merged


def test_directory_reads_any_case_of_txt_and_skips_readme(tmp_path):
    (tmp_path / "README.txt").write_text("This corpus holds two articles.")
    (tmp_path / "a.TXT").write_text("date 2020-01-01\n\nUpper-case suffix.")
    (tmp_path / "b.txt").write_text("date 2020-01-02\n\nLower-case suffix.")
    ok, bad = _split(list(iter_documents([tmp_path])))
    assert [a.id for a in ok] == ["a", "b"] and bad == []


def test_ids_are_unique_across_subfolders(tmp_path):
    for folder in ("business", "sport"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "001.txt").write_text(f"The {folder} desk said the results were good.\n")
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs] == ["business/001", "sport/001"]
    assert [Path(d.path).name for d in docs] == ["001.txt", "001.txt"]


def test_a_lone_surrogate_escape_loses_nothing(tmp_path, capsys):
    """JSON allows "\\ud800", Python strings hold it, UTF-8 cannot: the record is read with U+FFFD and a
    warning, and a corpus run keeps every document (it stopped the whole run with no tables)."""
    import warnings

    import pandas as pd

    from presslens.cli import main

    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "a", "text": "Floods hit Leeds. The mayor said roads were shut."}\n'
        '{"id": "b", "text": "Bad \\ud800 text. The mayor said it was fine.", "tag": "x\\udc00"}\n'
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        good, bad = iter_documents([path])
    assert "\ufffd" in bad.text and bad.metadata["tag"] == "x\ufffd"
    assert any("lone surrogate" in n for n in bad.warnings)
    assert main(["analyze", str(path), "--out", str(tmp_path / "out"), "--no-cache"]) == 0
    articles = pd.read_parquet(tmp_path / "out" / "article.parquet")
    assert articles["id"].tolist() == ["a", "b"]
    assert pd.read_csv(tmp_path / "out" / "errors.csv").empty


def test_hidden_folders_are_not_articles_and_a_path_given_twice_is_read_once(tmp_path):
    import warnings

    corpus = tmp_path / "corpus"
    for rel in ("a.txt", ".ipynb_checkpoints/a-checkpoint.txt", ".git/b.txt", "sub/c.txt"):
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text("Floods hit Leeds on Monday. The mayor said roads were shut.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = list(iter_documents([corpus, tmp_path / "corpus" / ".." / "corpus", corpus / "a.txt"]))
    assert [d.id for d in docs] == ["a", "sub/c"]  # the folder once, and its a.txt not again
    assert sum("given more than once" in str(w.message) for w in caught) == 2  # the folder, a.txt


def test_a_csv_without_the_text_column_or_without_rows_is_one_error_naming_the_file(tmp_path):
    no_text = tmp_path / "a.csv"
    no_text.write_text("id,body\n1,Floods hit Leeds.\n2,The mayor said so.\n")
    header_only = tmp_path / "b.csv"
    header_only.write_text("id,text\n")
    ok, bad = _split(list(iter_documents([no_text, header_only])))
    assert ok == [] and len(bad) == 2
    assert bad[0].path.endswith("a.csv") and "no column 'text'" in bad[0].reason and "'body'" in bad[0].reason
    assert bad[1].path.endswith("b.csv") and "no rows" in bad[1].reason
    ok, bad = _split(list(iter_documents([no_text], text_field="body")))
    assert len(ok) == 2 and bad == []


def test_unreadable_and_linked_subfolders_are_not_silent(tmp_path, monkeypatch):
    """A subfolder that cannot be read is an error row naming it; a symbolic link to a folder is
    followed (its articles read once, a link back into the tree does not loop)."""
    import errno
    import os

    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "a" / "1.txt").write_text("Floods hit Leeds on Monday.\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "2.txt").write_text("Roads were closed in York.\n")
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "a" / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "locked").mkdir()
    (corpus / "locked" / "3.txt").write_text("Hidden from us.\n")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does (also for root, who reads any)
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([corpus]))
    articles = [i for i in items if not isinstance(i, DocumentError)]
    assert sorted(a.id for a in articles) == ["a/1", "linked/2"]
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert len(errors) == 1 and errors[0].path.endswith("locked")
    assert "permission denied" in errors[0].reason.lower()


def test_document_names_never_collide(tmp_path):
    """A file literally named like a record of a CSV ("n.csv#2") and that record: two documents, two names."""
    import warnings

    corpus = tmp_path / "n.csv"
    corpus.write_text("id,text\na,Floods hit Leeds.\n")
    twin = tmp_path / "n.csv#2"
    twin.write_text("Roads were closed in York.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = list(iter_documents([corpus, twin]))
    paths = [i.path for i in items]
    assert len(paths) == 2 and len(set(paths)) == 2 and paths[1] == f"{paths[0]} (2)"
    assert any("another document already has this name" in str(w.message) for w in caught)
    assert items[1].text.startswith("Roads")


def test_dayfirst_reads_the_ambiguous_dates_of_a_day_first_source(tmp_path, capsys):
    """'05/02/2024' could be 5 February or May 2: without --dayfirst/--monthfirst it is left undated (with
    a warning); with one it is read as the source writes it. '13/02/2024' is unambiguous either way."""
    import json as _json

    from presslens.cli import main
    from presslens.corpus import iter_documents

    table = tmp_path / "uk.csv"
    table.write_text("id,date,text\na,05/02/2024,Floods hit Leeds.\nb,13/02/2024,The council met.\n")

    def dates(**kw):
        return [str(a.date) for a in iter_documents([table], **kw)]

    with pytest.warns(UserWarning, match="ambiguous date '05/02/2024'"):
        assert dates() == ["None", "2024-02-13"]
    assert dates(dayfirst=True) == ["2024-02-05", "2024-02-13"]
    assert dates(dayfirst=False) == ["2024-05-02", "2024-02-13"]
    capsys.readouterr()
    assert main(["article", str(table), "--dayfirst", "--format", "jsonl"]) == 0
    rows = [_json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["date"] for r in rows] == ["2024-02-05", "2024-02-13"]
