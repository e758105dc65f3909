"""Lexical diversity: TTR, MATTR, MTLD, HD-D (presslens.stats.diversity)."""

import math

import pytest

from presslens.stats import diversity


def test_ttr_and_mattr():
    assert diversity.ttr(["a", "b", "a", "c"]) == 0.75
    # windows of 2 over a a b b: 0.5, 1.0, 0.5
    assert diversity.mattr(["a", "a", "b", "b"], window=2) == pytest.approx(2 / 3)
    assert diversity.mattr(["a", "b"], window=50) == 1.0


def test_mtld_repetitive_text():
    # every second token drops TTR to 0.5 <= 0.72: five full factors in each direction
    assert diversity.mtld(["a"] * 10) == pytest.approx(2.0)


def test_mtld_partial_factor():
    # forward: a b c d (TTR 1 throughout) -> partial factor (1-1)/(1-0.72) = 0 -> nan guard
    assert math.isnan(diversity.mtld(["a", "b", "c", "d"]))
    # a b a a: TTR 1, 1, .67 -> factor 1 at 3rd token, rest "a" TTR 1 -> 4 / 1 = 4 forward
    assert diversity._mtld_pass(["a", "b", "a", "a"], 0.72) == pytest.approx(4.0)


def test_hdd_extremes():
    assert diversity.hdd([f"w{i}" for i in range(42)]) == pytest.approx(1.0)
    assert diversity.hdd(["w"] * 42) == pytest.approx(1 / 42)
    assert math.isnan(diversity.hdd(["w"] * 10))
