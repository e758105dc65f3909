import json
import math
import re

import pytest
from conftest import SEED

from presslens.cli import main
from presslens.stats import STATS_KEYS, diversity, readability, text_stats
from presslens.stats.counts import WORD_PATTERN, basic_counts
from presslens.stats.sentences import sentence_spans
from presslens.stats.syllables import fallback_syllables, syllable_count

# --- readability: hand-computed cases from each published formula ------------------------------


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


# --- lexical diversity ---------------------------------------------------------------------------


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


# --- sentences and syllables ---------------------------------------------------------------------


def test_sentence_segmentation_on_news_paragraph():
    text = ('Sen. J. R. Smith told the U.S. Senate on Jan. 5 that costs rose 3.5 percent. '
            '"We will act," he said. "Will you?" Mr. Brown asked. '
            'It came from the U.S. The Pentagon declined to comment... Officials left.')
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Sen. J. R. Smith told the U.S. Senate on Jan. 5 that costs rose 3.5 percent.",
        '"We will act," he said.',
        '"Will you?"',
        "Mr. Brown asked.",
        "It came from the U.S.",
        "The Pentagon declined to comment...",
        "Officials left.",
    ]


def test_sentences_do_not_cross_paragraphs():
    text = "No full stop here\n\nNext paragraph."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["No full stop here", "Next paragraph."]


def test_syllables_from_cmudict_and_fallback():
    assert syllable_count("syllable") == (3, True)
    assert syllable_count("Afghanistan’s")[1] is True
    n, known = syllable_count("Teixeria")
    assert not known and n == fallback_syllables("Teixeria") >= 3
    assert syllable_count("self-proclaimed")[0] == 3  # in CMUdict or as the sum of its parts


@pytest.mark.parametrize("word, n", [("table", 2), ("make", 1), ("jumped", 1), ("wanted", 2),
                                     ("boxes", 2), ("media", 3), ("nation", 2), ("quiet", 2)])
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


# --- the seed and the CLI ------------------------------------------------------------------------


def test_seed_stats_count_body_only(seed_article, seed_doc):
    stats = text_stats(seed_doc)
    assert set(STATS_KEYS) <= set(stats)
    assert stats["n_words"] == len(re.findall(WORD_PATTERN, seed_article.body))
    assert "Getty" not in seed_doc.text  # captions are blanked, not counted
    assert stats["n_paragraphs"] == len(seed_article.body_spans)
    assert 0 < stats["oov_syllable_rate"] < 0.1
    assert stats["settings"]["mattr_window"] == 50


def test_cli_stats_prints_every_key(capsys):
    assert main(["stats", str(SEED), "--format", "json"]) == 0
    (rec,) = json.loads(capsys.readouterr().out)
    assert rec["doc"] == str(SEED)
    for key in ["n_words", "n_sentences", "n_syllables", "n_unique_words", "n_long_words",
                "n_polysyllable_words", "flesch_reading_ease", "flesch_kincaid_grade",
                "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index",
                "dale_chall", "ttr", "mattr", "mtld", "hdd", "oov_syllable_rate"]:
        assert isinstance(rec[key], (int, float)), key
