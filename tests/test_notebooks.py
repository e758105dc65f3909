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
    # an article notebook reads input_path, the collection notebook collection_path; both write output_dir
    assert ("input_path" in code[0].source) != ("collection_path" in code[0].source)
    assert "output_dir" in code[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_has_no_outputs(path: Path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


@pytest.mark.notebooks
def test_every_notebook_executes(fresh_results):
    for nb in NOTEBOOKS:
        executed = nbformat.read(fresh_results / "notebooks" / nb.name, as_version=4)
        errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors
    values = json.loads((fresh_results / "values.json").read_text())
    assert (
        values["data"]["sha256"]
        == json.loads((fresh_results / "provenance.json").read_text())["inputs"][0]["sha256"]
    )
    assert (fresh_results / "tables" / "captions.csv").exists()
