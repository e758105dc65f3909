"""Shared fixtures: the seed article, the parsed seed, and the development data in ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_e2f50357b3b0a754.txt"
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_article():
    from presslens.article import load_article
    return load_article(SEED)


@pytest.fixture(scope="session")
def nlp():
    from presslens.model import load_model
    return load_model()


@pytest.fixture(scope="session")
def seed_doc(seed_article, nlp):
    return nlp(seed_article.parse_text)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not available: {path}")
    return path


# benchmark scripts are importable by tests (they are not part of the package)
import importlib.util as _ilu  # noqa: E402
import sys as _sys  # noqa: E402

_spec = _ilu.spec_from_file_location("benchmarks_syllables", ROOT / "benchmarks" / "syllables.py")
_mod = _ilu.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
_sys.modules["benchmarks_syllables"] = _mod


def run_reproduce(out: Path, input_path: Path = SEED, manifest: str | None = "data/MANIFEST.sha256",
                  corpus_path: Path | None = None) -> Path:
    """Run the whole pipeline from the repository root (relative paths, as `make reproduce` does)."""
    from presslens.reproduce import reproduce
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        rel = input_path.relative_to(ROOT) if input_path.is_relative_to(ROOT) else input_path
        reproduce(rel, out, notebooks_dir="notebooks", manifest=manifest, corpus_path=corpus_path)
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture(scope="session")
def fresh_results(tmp_path_factory):
    """A fresh result set for the seed (the same call as `make reproduce`)."""
    return run_reproduce(tmp_path_factory.mktemp("run1") / "results")


@pytest.fixture(scope="session")
def fresh_results_again(tmp_path_factory):
    """A second, independent result set for the seed, for determinism checks."""
    return run_reproduce(tmp_path_factory.mktemp("run2") / "results")
