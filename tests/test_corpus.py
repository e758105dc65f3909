import json

from presslens.article import Article
from presslens.corpus import DocumentError, iter_documents


def _split(items):
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, DocumentError)])


def test_directory_with_one_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text("date 2020-01-01\n\nGood text one.")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_text("date 2020-01-02\n\nGood text two.")
    ok, bad = _split(list(iter_documents([tmp_path])))
    assert [a.id for a in ok] == ["a", "c"]
    assert len(bad) == 1 and bad[0].path.endswith("b.txt") and "empty" in bad[0].reason


def test_jsonl_records(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "x1", "text": "date 2020-01-01\n\nFirst."}), "{broken",
             json.dumps({"id": "x3", "body": "no text field"}),
             json.dumps({"id": "x4", "text": "Fourth."})]
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
