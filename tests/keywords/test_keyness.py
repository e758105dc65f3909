"""Keyness against general English (presslens.keywords.keyness)."""

import math

import pytest

from presslens.keywords.keyness import log_likelihood


def test_log_likelihood_by_hand():
    # a=10 of n=100 vs b=10 of m=1000: E1 = 100*20/1100, E2 = 1000*20/1100
    e1, e2 = 100 * 20 / 1100, 1000 * 20 / 1100
    expected = 2 * (10 * math.log(10 / e1) + 10 * math.log(10 / e2))
    assert log_likelihood(10, 100, 10, 1000) == pytest.approx(expected)
    assert log_likelihood(1, 1000, 10, 100) < 0  # under-used terms are negative
