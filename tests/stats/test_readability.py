"""Readability formulas (presslens.stats.readability)."""

import math

import pytest

from presslens.stats import diversity, readability
from presslens.stats.counts import basic_counts


def test_flesch_on_the_cat_sat_on_the_mat(nlp):
    doc = nlp("The cat sat on the mat.")
    c = basic_counts(doc)
    assert (c["n_words"], c["n_sentences"], c["n_syllables"]) == (6, 1, 6)
    # 206.835 - 1.015*6 - 84.6*1 = 116.145 ; 0.39*6 + 11.8*1 - 15.59 = -1.45
    assert readability.flesch_reading_ease(6, 1, 6) == pytest.approx(116.145)
    assert readability.flesch_kincaid_grade(6, 1, 6) == pytest.approx(-1.45)


def test_grade_formulas_by_hand():
    # 100 words, 5 sentences, 10 complex words: 0.4 * (20 + 10) = 12
    assert readability.gunning_fog(100, 5, 10) == pytest.approx(12.0)
    # 30 sentences, 30 polysyllables: 1.0430 * sqrt(30) + 3.1291 = 8.84185
    assert readability.smog_index(30, 30) == pytest.approx(8.84185, abs=1e-4)
    # L = 500 letters / 100 words * 100, S = 5: 0.0588*500 - 0.296*5 - 15.8 = 12.12
    assert readability.coleman_liau_index(500, 100, 5) == pytest.approx(12.12)
    # 4.71*5 + 0.5*20 - 21.43 = 12.12
    assert readability.automated_readability_index(500, 100, 5) == pytest.approx(12.12)
    # PDW 10 % > 5 %: 0.1579*10 + 0.0496*20 + 3.6365 = 6.2075 ; PDW 4 %: 1.6236
    assert readability.dale_chall(100, 5, 10) == pytest.approx(6.2075)
    assert readability.dale_chall(100, 5, 4) == pytest.approx(1.6236)


def test_empty_input_gives_nan():
    assert math.isnan(readability.flesch_reading_ease(0, 0, 0))
    assert math.isnan(diversity.ttr([]))


def test_dale_chall_familiar_words_and_inflections():
    assert not readability.is_difficult_word("houses", "house")
    assert readability.is_difficult_word("counterterrorism", "counterterrorism")
    assert not readability.is_difficult_word("2021")
