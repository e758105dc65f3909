"""Where the project is: notebooks run with the repository root as their working directory.

JupyterLab, Jupyter Notebook and VS Code start a notebook's kernel in the
notebook's own folder (``notebooks/``); papermill and ``make reproduce`` start
it in the repository root. The notebooks' default paths (``data/raw/…``,
``results``) are relative to the root, so each notebook's first code cell calls
:func:`use_project_root`, and the same notebook runs, and writes the same
files, wherever it was started.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

PROJECT_NAME = "presslens"


def _is_project_root(folder: Path) -> bool:
    pyproject = folder / "pyproject.toml"
    if not pyproject.is_file():
        return False
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("name") == PROJECT_NAME
    except (OSError, tomllib.TOMLDecodeError):
        return False


def project_root(start: str | Path | None = None) -> Path | None:
    """The presslens repository at or above ``start`` (default: the working directory), or None.

    Parameters
    ----------
    start : str or Path, optional
        Where to start looking.

    Returns
    -------
    Path or None
        The folder holding presslens's ``pyproject.toml``; ``None`` outside a checkout.
    """
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if _is_project_root(folder):
            return folder
    return None


def use_project_root() -> Path:
    """Make the repository root the working directory, when running inside a checkout.

    Returns
    -------
    Path
        The working directory afterwards (unchanged outside a checkout, so
        notebooks copied elsewhere use paths relative to where they run).
    """
    root = project_root()
    if root is not None and root != Path.cwd().resolve():
        os.chdir(root)
    return Path.cwd()
