"""presslens.analyze: one record per article, the tables and values every driver uses."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import FrozenInstanceError, fields

import pytest
from support import ROOT, SEED

import presslens as pl
from presslens.errors import InputError
from presslens.report import build_report, load_evaluation
from presslens.values import AnalysisValues, values_json


@pytest.fixture(scope="module")
def seed_analysis():
    """The seed, named by the path `make reproduce` uses (relative to the repository root)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return pl.analyze(SEED.relative_to(ROOT).as_posix())
    finally:
        os.chdir(cwd)


def _without_software(values: dict) -> dict:
    return {k: v for k, v in values.items() if k != "software"}


def test_the_readme_uses_only_the_documented_api():
    """Every ``pl.<name>`` the README shows is exported, and every export has a docstring."""
    import re

    shown = set(re.findall(r"\bpl\.([A-Za-z_]\w*)\(", (ROOT / "README.md").read_text()))
    assert {"analyze", "analyze_corpus"} <= shown
    assert shown - set(pl.__all__) == set()
    undocumented = [n for n in pl.__all__ if not (getattr(pl, n).__doc__ or "").strip()]
    assert undocumented == []


def test_the_record_is_frozen(seed_analysis):
    with pytest.raises(FrozenInstanceError):
        seed_analysis.top = 3


def test_values_json_built_from_the_record_alone_is_the_committed_one(seed_analysis, tmp_path):
    """values.json from ArticleAnalysis.values() equals the one `make reproduce` committed (software aside)."""
    values = seed_analysis.values(evaluation=load_evaluation(ROOT / "results" / "evaluation"))
    pl.write_values(tmp_path, values)
    built = json.loads((tmp_path / "values.json").read_text(encoding="utf-8"))
    committed = json.loads((ROOT / "results" / "values.json").read_text(encoding="utf-8"))
    assert _without_software(built) == _without_software(committed)
    assert built["software"]["presslens"] == pl.__version__


def test_report_built_from_the_values_and_tables(seed_analysis, tmp_path):
    """The report of a folder holding only values.json and the analysis's tables is the committed report."""
    from presslens.paper_tables import save_table

    pl.write_values(tmp_path, seed_analysis.values(evaluation=load_evaluation(ROOT / "results" / "evaluation")))
    for name, table in seed_analysis.tables().items():
        save_table(table, tmp_path, name)
    shutil.copytree(ROOT / "results" / "figures", tmp_path / "figures")
    build_report(tmp_path)
    strip = lambda text: "\n".join(line for line in text.splitlines() if not line.startswith("Produced by"))  # noqa: E731
    assert strip((tmp_path / "report.md").read_text()) == strip((ROOT / "results" / "report.md").read_text())
    assert "Produced by presslens" in (tmp_path / "report.md").read_text()


def test_tables_are_the_committed_tables(seed_analysis):
    """The same tables as the committed ones: byte for byte on the lock's Python (3.11); elsewhere
    a float's last digit may differ (summation order), so other versions compare to 12 digits."""
    import io
    import sys

    import pandas as pd

    from presslens.export_schema import flatten_frame

    for name, table in seed_analysis.tables().items():
        committed = (ROOT / "results" / "tables" / f"{name}.csv").read_text(encoding="utf-8")
        written = flatten_frame(table).to_csv(index=False, lineterminator="\n")
        if sys.version_info[:2] == (3, 11):
            assert written == committed, name
        else:
            pd.testing.assert_frame_equal(
                pd.read_csv(io.StringIO(written)),
                pd.read_csv(io.StringIO(committed)),
                check_exact=False,
                rtol=1e-12,
                obj=name,
            )


def test_values_record_has_one_dataclass_per_section(seed_analysis):
    values = seed_analysis.values()
    assert isinstance(values, AnalysisValues)
    assert values.quotes.n_quotes == len(seed_analysis.quotes) == 13
    assert values.text_stats.n_long_sentences == int((seed_analysis.sentences.n_words > 30).sum())
    assert values.anomalies.n_name_variant == 1 and values.anomalies.n_broken_sentence == 2
    assert values.people.sources.female == 1
    assert [f.name for f in fields(values)] == [
        "data",
        "text_stats",
        "keywords",
        "quotes",
        "people",
        "anomalies",
        "model",
        "software",
        "evaluation",
    ]
    # without a reference corpus no percentiles key is written
    assert "corpus_percentiles" not in json.loads(values_json(values))["text_stats"]


def test_percentiles_go_to_their_sections(seed_analysis):
    values = seed_analysis.values(percentiles={"stats": {"mtld": 80.0}, "quotes": {"n_quotes": 55.5}})
    assert values.text_stats.corpus_percentiles == {"mtld": 80.0}
    assert values.quotes.corpus_percentiles == {"n_quotes": 55.5}
    assert values.keywords.corpus_percentiles is None


def test_cli_quote_rows_point_into_the_file(capsys):
    """Each row of `presslens quotes FILE` quotes the file's own characters at its offsets: the quotation,
    the speaker and the cue, so an attribution can be checked against the article."""
    import csv
    import io

    from presslens.cli import main

    text = SEED.read_text(encoding="utf-8")
    assert main(["quotes", str(SEED), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    table = (ROOT / "results" / "tables" / "quotes.csv").read_text(encoding="utf-8")
    committed = list(csv.DictReader(io.StringIO(table)))
    assert [r["text"] for r in rows] == [r["text"] for r in committed]
    for r in rows:
        assert " ".join(text[int(r["start"]) : int(r["end"])].split()) == " ".join(r["text"].split())
        if r["speaker"]:
            assert text[int(r["speaker_start"]) : int(r["speaker_end"])] == r["speaker"]
        if r["cue"]:
            assert text[int(r["cue_start"]) : int(r["cue_end"])] == r["cue"]
    assert sum(bool(r["speaker"]) for r in rows) >= len(rows) // 2


def test_analyze_takes_a_text_or_a_path(tmp_path):
    text = 'Floods hit Leeds on Monday. "We are ready," said Jane Smith, the council leader.\n'
    from_text = pl.analyze(text=text, cache_dir=None)
    assert from_text.article.path == "<text>"
    assert from_text.values().quotes.n_direct == 1
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    from_path = pl.analyze(str(path), cache_dir=None)
    assert from_path.article.path == str(path)
    assert from_path.tables()["quotes"].equals(from_text.tables()["quotes"])
    with pytest.raises(InputError, match="missing.txt"):
        pl.analyze(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="missing"):  # a one-line text is never taken for a path, nor back
        pl.analyze(str(tmp_path / "missing"))
    with pytest.raises(InputError, match=r"analyze\(text=\.\.\.\)"):
        pl.analyze(text.strip() + "\nMore.\n")
    (tmp_path / "corpus.csv").write_text("id,text\na,Hello.\n")
    with pytest.raises(InputError, match=r"corpus\.csv: a corpus file .*analyze_corpus"):
        pl.analyze(tmp_path / "corpus.csv")
    with pytest.raises(TypeError, match="exactly one"):
        pl.analyze(path, text=text)


def test_analyses_are_computed_when_asked(tmp_path):
    a = pl.analyze(text="One sentence here, and nothing more.\n", cache_dir=None)
    assert "quotes" not in a.__dict__
    a.records("people")
    assert "quotes" in a.__dict__ and "keyterms" not in a.__dict__


def test_repr_is_one_short_line(seed_analysis):
    a = pl.analyze(text="date 2024-03-05\n\nFloods hit Leeds on Monday, the council said.\n", cache_dir=None)
    assert repr(a) == "<ArticleAnalysis '<text>': 8 words, 2024-03-05>"
    seed = repr(seed_analysis)
    assert len(seed) < 120 and "\n" not in seed and "000_e2f50357b3b0a754.txt" in seed
    assert f": {seed_analysis.stats['n_words']:,} words," in seed  # the word count of the statistics


def test_each_table_is_its_records(seed_analysis):
    """One schema per table: a notebook table that is also a per-document record (CLI, corpus run) is
    DataFrame(records) without the columns it leaves out (``doc``, the nested ``spans``)."""
    import pandas as pd

    from presslens.analyses import ANALYSES

    tables = seed_analysis.tables()
    same = {
        "article": "article",
        "captions": "captions",
        "entities": "entities",
        "quotes": "quotes",
        "people": "people",
    }
    for table, record in same.items():
        records = pd.DataFrame(seed_analysis.records(record), columns=list(ANALYSES[record].columns) or None)
        dropped = [c for c in ("doc", "spans") if c not in tables[table].columns and c in records.columns]
        pd.testing.assert_frame_equal(tables[table], records.drop(columns=dropped), check_dtype=False, obj=table)
    methods = list(tables["keyterms"]["method"].unique())
    assert len(methods) >= 4
    records = pd.DataFrame([r for m in methods for r in seed_analysis.records("keywords", method=m)])
    pd.testing.assert_frame_equal(tables["keyterms"], records.drop(columns=["doc", "spans"]), check_dtype=False)


def test_tables_are_computed_when_read(tmp_path):
    """tables() is a mapping: reading one table runs only the analyses it needs; records take the
    analysis's own ``top``."""
    a = pl.analyze(text='Floods hit Leeds on Monday. "We are ready," said Jane Smith.\n', top=3, cache_dir=None)
    tables = a.tables()
    assert len(tables) == 16 and "quotes" in tables
    assert list(tables["people"]["name"]) == ["Jane Smith"]
    assert "keyterms" not in a.__dict__ and "keyterms_table" not in a.__dict__
    assert len(a.records("keywords")) <= 3


def test_values_read_back_are_the_record_written(tmp_path):
    """read_values is the inverse of write_values: the committed values.json read and written again is
    the same bytes; a file missing a section or a field is refused with what is missing."""
    import json

    committed = (ROOT / "results" / "values.json").read_text(encoding="utf-8")
    record = pl.read_values(ROOT / "results")
    assert isinstance(record, pl.AnalysisValues)
    assert record.quotes.n_quotes == json.loads(committed)["quotes"]["n_quotes"]
    pl.write_values(tmp_path, record)
    assert (tmp_path / "values.json").read_text(encoding="utf-8") == committed
    broken = json.loads(committed)
    del broken["quotes"]["n_direct"]
    (tmp_path / "values.json").write_text(json.dumps(broken))
    with pytest.raises(ValueError, match="section 'quotes' lacks n_direct"):
        pl.read_values(tmp_path)
