"""The notebooks run top to bottom as JupyterLab runs them: the kernel in ``notebooks/``, default parameters."""

from __future__ import annotations

import shutil

import nbformat
import pytest
from nbclient import NotebookClient
from support import ROOT

from presslens.paths import project_root, use_project_root
from presslens.reproduce import list_notebooks


def test_project_root_from_a_subfolder(tmp_path, monkeypatch):
    assert project_root(ROOT / "notebooks") == ROOT
    assert project_root(tmp_path) is None
    monkeypatch.chdir(ROOT / "notebooks")
    assert use_project_root() == ROOT
    monkeypatch.chdir(tmp_path)
    assert use_project_root() == tmp_path  # outside a checkout: left alone


@pytest.mark.notebooks
def test_each_notebook_runs_with_the_kernel_in_the_notebooks_folder(tmp_path):
    """A copy of the project (pyproject, data, notebooks): Run All on each notebook in order, as in Lab."""
    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", project)
    shutil.copytree(ROOT / "data", project / "data")
    for path in list_notebooks(ROOT / "notebooks"):
        nb = nbformat.read(path, as_version=4)
        assert nb.metadata.kernelspec.name == "presslens"  # the kernel `make lab` installs
        client = NotebookClient(nb, kernel_name="python3", timeout=600,
                                resources={"metadata": {"path": str(project / "notebooks")}})
        client.execute()  # raises CellExecutionError on the first failing cell
    assert (project / "results" / "report.md").is_file()
    assert (project / "results" / "tables" / "quotes.csv").is_file()
    assert not (project / "notebooks" / "results").exists()
