"""Candidate features (presslens.keywords.features)."""

import math

import pytest
from wordfreq import zipf_frequency

from presslens.keywords.centrality import word_centrality
from presslens.keywords.features import CENTRALITY_FLOOR, FEATURE_NAMES, GENERIC_ZIPF, candidate_features


def test_candidate_features_by_hand(nlp):
    doc = nlp("Floods hit Leeds on Monday. The floods closed sandbags in Leeds, the government said.")
    feats = {f.term: f for f in candidate_features(doc)}
    n_tokens = 17
    assert {"floods", "Leeds", "sandbags"} <= set(feats)
    assert "Monday" not in feats  # a date is not a topic
    assert zipf_frequency("government", "en") >= GENERIC_ZIPF and "government" not in feats  # too generic
    vec = dict(zip(FEATURE_NAMES, feats["floods"].vector(), strict=True))
    assert vec["log_tf"] == pytest.approx(math.log(2)) and vec["first_position"] == 0
    assert vec["spread"] == pytest.approx(7 / n_tokens)  # the second "floods" is token 7
    assert vec["min_zipf"] == pytest.approx(zipf_frequency("floods", "en")) and vec["unknown_word"] == 0
    assert vec["log_word_chars"] == pytest.approx(math.log(6)) and vec["is_name"] == 0
    assert vec["log_centrality"] == pytest.approx(math.log(CENTRALITY_FLOOR + word_centrality(doc)["flood"]))
    assert dict(zip(FEATURE_NAMES, feats["Leeds"].vector(), strict=True))["is_name"] == 1


def test_generic_words_are_no_candidates_unless_the_text_is_about_them(nlp):
    """A common word used once or twice is generic ("improvements", "seats"); the same word used three
    times is what the text is about; a rare word used once stays a candidate."""
    from presslens.keywords.features import candidate_features

    once = nlp(
        "The airline reported improvements in its results. Fuel surcharges rose sharply in March. " * 1
        + "The fuel surcharges were raised again, the airline said, and passengers paid more. " * 12
    )
    terms = {f.term for f in candidate_features(once)}
    assert "improvements" not in terms and "fuel surcharges" in terms
    thrice = nlp("Seats were lost. The party needs seats in the north. Seats decide elections.")
    assert "seats" in {f.term.lower() for f in candidate_features(thrice)}
    rare = nlp("The sculptor hung the spruce with lights in the hall of the gallery.")
    assert "spruce" in {f.term for f in candidate_features(rare)}
