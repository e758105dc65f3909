"""The notebooks: paired with their py:percent scripts, parameterised, and executed end to end."""

from __future__ import annotations

import json
from pathlib import Path

import jupytext
import nbformat
import pytest
from support import ROOT

from presslens.reproduce import list_notebooks

NOTEBOOKS = list_notebooks(ROOT / "notebooks")


def _cells(nb):
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


def test_there_are_notebooks():
    assert [p.name[:2] for p in NOTEBOOKS][:1] == ["00"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_pair_is_in_sync(path: Path):
    script = path.with_suffix(".py")
    assert script.exists(), f"{path.name} has no paired {script.name}"
    from_ipynb = jupytext.read(path)
    from_py = jupytext.read(script)
    assert _cells(from_ipynb) == _cells(from_py), f"run: jupytext --sync {path}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_cell_first_code_cell(path: Path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert "input_path" in code[0].source and "output_dir" in code[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_has_no_outputs(path: Path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


@pytest.mark.notebooks
def test_every_notebook_executes(fresh_results):
    for nb in NOTEBOOKS:
        executed = nbformat.read(fresh_results / "notebooks" / nb.name, as_version=4)
        errors = [o for c in executed.cells for o in c.get("outputs", [])
                  if o.get("output_type") == "error"]
        assert not errors
    values = json.loads((fresh_results / "values.json").read_text())
    assert values["data"]["sha256"] == json.loads(
        (fresh_results / "provenance.json").read_text())["inputs"][0]["sha256"]
    assert (fresh_results / "tables" / "captions.csv").exists()


@pytest.mark.notebooks
def test_corpus_notebook_on_a_csv_with_outlet_and_date(tmp_path):
    """Notebook 05 on a user's CSV: by-outlet and by-month tables and figures, their rows adding up."""
    import csv

    import pandas as pd

    from presslens.reproduce import execute_notebook
    path = tmp_path / "mine.csv"
    text = ("Floods hit the town on {d}. “We are ready,” said Mayor Anne Cole. Officials said roads "
            "were closed.\n\nThe council said the river would peak overnight.")
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "outlet", "date", "text"])
        w.writeheader()
        for i, (outlet, date) in enumerate([("A", "2023-05-02"), ("A", "2023-06-03"), ("B", "2023-06-04")]):
            w.writerow({"id": i, "outlet": outlet, "date": date, "text": text.format(d=date)})
    out = tmp_path / "out"
    execute_notebook(ROOT / "notebooks" / "05-corpus.ipynb", out / "05.ipynb",
                     {"output_dir": str(out), "collection_path": str(path)}, cwd=ROOT)
    by_outlet = pd.read_csv(out / "tables" / "corpus_by_outlet.csv")
    assert by_outlet.set_index("outlet")["articles"].to_dict() == {"A": 2, "B": 1}
    by_month = pd.read_csv(out / "tables" / "corpus_by_month.csv")
    assert by_month.set_index("month")["articles"].to_dict() == {"2023-05": 1, "2023-06": 2}
    for name in ("corpus_by_outlet", "corpus_by_month"):
        for ext in ("pdf", "svg", "png"):
            assert (out / "figures" / f"{name}.{ext}").is_file()
