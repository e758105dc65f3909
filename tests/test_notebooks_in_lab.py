"""The notebooks run as JupyterLab runs them: the kernel in ``notebooks/`` (executed so by
``test_reproducibility.py::test_another_article_with_a_reference_corpus``), default parameters."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
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


def _code_cells(path):
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", list_notebooks(ROOT / "notebooks"), ids=lambda p: p.name)
def test_each_notebook_sets_the_root_before_it_reads_a_path(path):
    """Static half of the Lab check: the kernel Lab starts is the one `make lab` installs, the cell after
    the parameters moves to the project root, and every default path parameter is relative to it."""
    import ast

    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "presslens"  # the kernel `make lab` installs
    params, first, *_ = _code_cells(path)
    assert "use_project_root()" in first.source
    defaults = {
        t.targets[0].id: t.value.value
        for t in ast.parse(params.source).body
        if isinstance(t, ast.Assign) and isinstance(t.value, ast.Constant)
    }
    paths = {k: v for k, v in defaults.items() if k.endswith("_path") and v}
    assert ("input_path" in paths) != ("collection_path" in paths)  # an article or a collection notebook
    for name, value in paths.items():
        assert not Path(value).is_absolute() and (ROOT / value).is_file(), (name, value)


@pytest.mark.notebooks  # the kernel is installed by make (.venv/.synced), not by pip
def test_the_notebooks_kernel_is_installed_with_the_environment():
    """The kernel the notebooks name is this environment's Python, so papermill and `jupyter execute`
    find it after `make reproduce` or `make test` (not only after `make lab`)."""
    import sys

    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("presslens")  # raises NoSuchKernel when missing
    assert Path(spec.argv[0]).parent == Path(sys.executable).parent
    assert spec.display_name == "Python (presslens)"
