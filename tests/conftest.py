"""Shared fixtures: the seed article, its parse and fresh result sets (paths and helpers: support.py)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest
from support import ROOT, SEED, run_reproduce

# Parses and corpus runs go to a cache of this session (kernels inherit it), never into the repository or
# the user's cache; set before any test imports presslens.
if "PRESSLENS_CACHE" not in os.environ:
    os.environ["PRESSLENS_CACHE"] = tempfile.mkdtemp(prefix="presslens-test-cache-")
    atexit.register(shutil.rmtree, os.environ["PRESSLENS_CACHE"], ignore_errors=True)
# hypothesis's example database and unicode tables likewise (by default ./.hypothesis)
if "HYPOTHESIS_STORAGE_DIRECTORY" not in os.environ:
    os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = tempfile.mkdtemp(prefix="presslens-test-hypothesis-")
    atexit.register(shutil.rmtree, os.environ["HYPOTHESIS_STORAGE_DIRECTORY"], ignore_errors=True)


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


# benchmark scripts are importable by tests (they are not part of the package)
import importlib.util as _ilu  # noqa: E402
import sys as _sys  # noqa: E402

_spec = _ilu.spec_from_file_location("benchmarks_syllables", ROOT / "benchmarks" / "syllables.py")
_mod = _ilu.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
_sys.modules["benchmarks_syllables"] = _mod


@pytest.fixture(scope="session")
def fresh_results(tmp_path_factory):
    """A fresh result set for the seed (the same call as `make reproduce`)."""
    return run_reproduce(tmp_path_factory.mktemp("run1") / "results")
