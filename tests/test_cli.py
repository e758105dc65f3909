import csv
import io
import json

import pytest
from support import SEED

from presslens.cli import main


def test_article_json(capsys):
    assert main(["article", str(SEED), "--format", "json"]) == 0
    (rec,) = json.loads(capsys.readouterr().out)
    assert rec["doc"] == str(SEED) and rec["date"] == "2023-04-24" and rec["n_credits"] == 4


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file or directory"),
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["article", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"presslens: error: {path}: {message}" + err[0].split(message, 1)[1]]
    assert "Traceback" not in "\n".join(err)


def test_one_bad_file_among_good_ones(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("date 2020-01-01\n\nA good article.")
    (corpus / "bad.txt").write_bytes(b"\x00\x00")
    out = tmp_path / "out"
    assert main(["captions", str(corpus), "--out", str(out), "--format", "csv"]) == 1
    assert "bad.txt" in capsys.readouterr().err
    errors = list(csv.DictReader(io.StringIO((out / "errors.csv").read_text(encoding="utf-8"))))
    assert [e["doc"] for e in errors] == [str(corpus / "bad.txt")]
    assert (out / "captions.csv").exists()


def test_warnings_are_one_line_and_processing_goes_on(tmp_path, capsys):
    path = tmp_path / "nodate.txt"
    path.write_bytes("Caf\xe9 news.".encode("latin-1"))
    assert main(["article", str(path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["date"] is None
    assert "presslens: warning:" in captured.err and "decoded as cp1252" in captured.err


def test_analyze_writes_every_table(tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(SEED), "--out", str(out), "--no-cache", "--jobs", "1"]) == 0
    from presslens.analyses import ANALYSES

    for name in ANALYSES:
        assert (out / f"{name}.csv").exists(), name
    assert (out / "errors.csv").read_text() == "doc,reason\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["keywords", "x.txt", "--top", "-3"],
        ["keywords", "x.txt", "--top", "0"],
        ["analyze", "x", "--out", "o", "--jobs", "0"],
        ["analyze", "x", "--out", "o", "--batch-size", "-1"],
    ],
)
def test_bad_numbers_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and "1 or more" in capsys.readouterr().err


def test_jobs_minus_one_means_all_cores():
    import os

    from presslens.cli import build_parser

    args = build_parser().parse_args(["analyze", "x", "--out", "o", "--jobs", "-1"])
    assert args.jobs == (os.cpu_count() or 1)


@pytest.mark.parametrize("task", ["keywords", "quotes"])
def test_eval_on_an_empty_gold_folder_is_one_line_and_fails(task, tmp_path, capsys):
    assert main(["eval", task, "--gold", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(tmp_path) in err[0]


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("presslens: error:")]
    assert len(lines) == 1, err
    return lines[0]


def test_out_that_is_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "out").write_text("not a folder")
    assert main(["analyze", str(SEED), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1"]) == 2
    assert _one_error_line(capsys) == f"presslens: error: {tmp_path / 'out'}: --out is a file, not a folder"


def test_full_disk_is_one_line_naming_the_path(tmp_path, capsys, monkeypatch):
    import errno

    from presslens.batch import runner

    def full(parts_dir, table, part, records):
        raise OSError(errno.ENOSPC, "No space left on device", str(parts_dir / table))

    monkeypatch.setattr(runner, "write_part", full)
    assert main(["analyze", str(SEED), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1"]) == 2
    line = _one_error_line(capsys)
    assert line.startswith(f"presslens: error: {tmp_path / 'out' / 'parts'}") and "no space left" in line


def test_max_chars_in_single_analyses(tmp_path, capsys):
    assert main(["stats", str(SEED), "--max-chars", "1000"]) == 1
    line = _one_error_line(capsys)
    assert str(SEED) in line and "more than the limit of 1,000 (--max-chars)" in line


def test_json_output_is_valid_json_and_help_is_plain_text(tmp_path, capsys):
    """A one-sentence text has no MTLD (NaN): JSON and JSONL print null, never the invalid NaN; help
    text carries no Sphinx markup and each analysis command shows an example."""
    import json as _json
    import math as _math

    path = tmp_path / "short.txt"
    path.write_text("Floods hit Leeds.\n")
    for fmt in ("json", "jsonl"):
        assert main(["stats", str(path), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "NaN" not in out

        def strict(constant):  # NaN, Infinity: valid for Python's parser, not in JSON
            raise ValueError(f"not JSON: {constant}")

        first = out if fmt == "json" else out.splitlines()[0]
        rec = _json.loads(first, parse_constant=strict)
        rec = rec[0] if fmt == "json" else rec
        assert rec["mtld"] is None or _math.isfinite(rec["mtld"])
    from presslens.cli import build_parser

    text = build_parser().format_help()
    assert ":func:" not in text and ":data:" not in text and "``" not in text
    with pytest.raises(SystemExit):
        main(["quotes", "--help"])
    assert "example: presslens quotes" in capsys.readouterr().out


def test_every_subcommand_has_a_description_and_an_example(capsys):
    """`presslens CMD --help` (and `presslens eval TASK --help`) opens with a description and ends with a
    runnable example naming the command."""
    import argparse

    from presslens.cli import build_parser

    def commands(parser, prefix):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    yield [*prefix, name], child
                    yield from commands(child, [*prefix, name])

    found = list(commands(build_parser(), []))
    assert len(found) >= 15
    for argv, child in found:
        assert child.description, argv
        with pytest.raises(SystemExit):
            main([*argv, "--help"])
        assert f"example: presslens {' '.join(argv)}" in capsys.readouterr().out.replace("\n", " "), argv


def test_a_full_cache_is_one_warning_and_the_run_goes_on(tmp_path, capsys, monkeypatch):
    """A cache that cannot be written (disk full) no longer aborts the run: one warning naming the
    folder, every table written, exit 0."""
    import errno

    from presslens import cache

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache, "_atomic_write", full)
    monkeypatch.setattr(cache, "_UNWRITABLE", set())
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f'Storm {i} hit Leeds. "We are ready," said Jane Smith.\n')
    out = tmp_path / "out"
    argv = ["analyze", str(folder), "--out", str(out), "--cache-dir", str(tmp_path / "c"), "--jobs", "1"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    warning = [line for line in err.splitlines() if "cannot write the cache" in line]
    assert len(warning) == 1 and str(tmp_path / "c") in warning[0] and "no space left" in warning[0]
    assert len((out / "quotes.csv").read_text().splitlines()) == 4


def test_eval_names_a_gold_file_that_is_not_utf8(tmp_path, capsys):
    import shutil

    from support import KPCROWD_FIXTURE

    gold = tmp_path / "gold"
    shutil.copytree(KPCROWD_FIXTURE, gold)
    (gold / "keys" / "a.key").write_bytes(b"river levels\n\xff\xfeflood\n")
    assert main(["eval", "keywords", "--gold", str(gold), "--method", "yake"]) == 2
    line = _one_error_line(capsys)
    assert str(gold / "keys" / "a.key") in line and "not UTF-8" in line and "0xff" in line


def test_a_full_disk_during_a_write_names_the_file(tmp_path, capsys, monkeypatch):
    """ENOSPC raised by a write carries no file name; the one-line error still names the file."""
    import errno
    import os

    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    out = tmp_path / "out"
    assert main(["stats", str(SEED), "--out", str(out), "--no-cache"]) == 2
    line = _one_error_line(capsys)
    assert str(out / "stats.jsonl") in line and "no space left" in line


def test_an_empty_table_still_has_its_header(tmp_path, capsys):
    """A text without quotations (BBC tech/374 has none) gave an empty CSV, which pandas cannot
    read; the table's columns are its header, on standard output and in --out."""
    path = tmp_path / "plain.txt"
    path.write_text("date 2020-01-01\n\nThe computer brand was sold to a music distributor last week.")
    assert main(["quotes", str(path), "--format", "csv", "--no-cache"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:4] == ["doc", "kind", "source", "source_type"] and len(rows) == 1
    assert main(["quotes", str(path), "--format", "csv", "--no-cache", "--out", str(tmp_path / "out")]) == 0
    header = (tmp_path / "out" / "quotes.csv").read_text().splitlines()
    assert header[0].startswith("doc,kind,source,source_type") and len(header) == 1
