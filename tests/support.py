"""Paths and helpers the tests share (importable as ``support``: pytest's ``pythonpath`` has tests/)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_e2f50357b3b0a754.txt"
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))
#: The committed result set.
RESULTS = ROOT / "results"
#: Small gold folders in each format the evaluations read.
KPCROWD_FIXTURE = ROOT / "tests" / "fixtures" / "kpcrowd"
BRAT_FIXTURE = ROOT / "tests" / "fixtures" / "brat"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path}")
    return path


def run_reproduce(
    out: Path,
    input_path: Path = SEED,
    manifest: str | None = "data/MANIFEST.sha256",
    corpus_path: Path | None = None,
    kernel_cwd: Path | None = None,
    collection_path: Path | str | None = "data/raw/sample_corpus.csv",
) -> Path:
    """Run the whole pipeline from the repository root (relative paths, as `make reproduce` does).

    ``kernel_cwd`` starts each notebook's kernel in that folder instead (JupyterLab starts it in the
    notebook's own folder, ``notebooks/``): the notebooks must then move to the root themselves.
    """
    from functools import partial

    from presslens import reproduce as module

    cwd = os.getcwd()
    os.chdir(ROOT)
    real = module.execute_notebook
    if kernel_cwd is not None:
        module.execute_notebook = partial(real, cwd=kernel_cwd)
    try:
        rel = input_path.relative_to(ROOT) if input_path.is_relative_to(ROOT) else input_path
        module.reproduce(
            rel,
            out,
            notebooks_dir="notebooks",
            manifest=manifest,
            corpus_path=corpus_path,
            collection_path=collection_path,
        )
    finally:
        module.execute_notebook = real
        os.chdir(cwd)
    return out


def only_one(quotes: list, kind: str):
    """The one quotation of ``kind`` among ``quotes`` (fails, listing them, when there is not exactly one)."""
    found = [q for q in quotes if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


def said_by(quotes: list, speaker: str | None = None, cue: str | None = None):
    """The first quotation among ``quotes`` whose speaker (or cue) is written ``speaker`` (``cue``);
    fails, listing them, when there is none."""
    for q in quotes:
        if (speaker is None or q.speaker is not None and q.speaker.text == speaker) and (
            cue is None or q.cue is not None and q.cue.text == cue
        ):
            return q
    raise AssertionError([(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes])
