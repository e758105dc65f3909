"""Gold key-phrase matching: normalising, dedupe, P/R/F (presslens.keywords.gold)."""

import pytest

from presslens.keywords.gold import dedupe, prf_at
from presslens.keywords.stems import normalise


def test_normalise_and_dedupe():
    assert normalise("Islamic States") == "islam state"
    assert dedupe(["Floods", "flood", "Leeds", ""]) == ["flood", "leed"]


def test_prf_by_hand():
    # 2 of 4 predictions are among 5 gold: P = .5, R = .4, F = 2*.5*.4/.9
    p, r, f = prf_at(["a", "b", "c", "d"], ["a", "c", "x", "y", "z"], 10)
    assert (p, r) == (0.5, 0.4) and f == pytest.approx(0.4 / 0.9)
