"""Syllable counts: CMUdict and the fallback rules (presslens.stats.syllables)."""

import pytest

from presslens.stats.syllables import fallback_syllables, syllable_count


def test_syllables_from_cmudict_and_fallback():
    assert syllable_count("syllable") == (3, True)
    assert syllable_count("Afghanistan’s")[1] is True
    n, known = syllable_count("Teixeria")
    assert not known and n == fallback_syllables("Teixeria") >= 3
    assert syllable_count("self-proclaimed")[0] == 3  # in CMUdict or as the sum of its parts


@pytest.mark.parametrize(
    "word, n",
    [
        ("table", 2),
        ("make", 1),
        ("jumped", 1),
        ("wanted", 2),
        ("boxes", 2),
        ("media", 3),
        ("nation", 2),
        ("quiet", 2),
    ],
)
def test_fallback_rules(word, n):
    assert fallback_syllables(word) == n


def test_fallback_beats_pyphen_on_held_out_cmudict_words():
    import pyphen
    from benchmarks_syllables import held_out_words, pyphen_syllables

    words = held_out_words(0.02, seed=1)
    dic = pyphen.Pyphen(lang="en_US")
    ours = sum(fallback_syllables(w) == n for w, n in words)
    theirs = sum(pyphen_syllables(w, dic) == n for w, n in words)
    assert ours > theirs
