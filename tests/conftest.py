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
