"""Candidate features (presslens.keywords.features)."""

import math

import pytest
from wordfreq import zipf_frequency

from presslens.keywords.centrality import word_centrality
from presslens.keywords.features import CENTRALITY_FLOOR, FEATURE_NAMES, GENERIC_ZIPF, candidate_features


def test_candidate_features_by_hand(nlp):
    doc = nlp("Floods hit Leeds on Monday. The floods closed classrooms in Leeds, the government said.")
    feats = {f.term: f for f in candidate_features(doc)}
    n_tokens = 17
    assert {"floods", "Leeds", "classrooms"} <= set(feats)
    assert "Monday" not in feats  # a date is not a topic
    assert zipf_frequency("government", "en") >= GENERIC_ZIPF and "government" not in feats  # too generic
    vec = dict(zip(FEATURE_NAMES, feats["floods"].vector(), strict=True))
    assert vec["log_tf"] == pytest.approx(math.log(2)) and vec["first_position"] == 0
    assert vec["spread"] == pytest.approx(7 / n_tokens)  # the second "floods" is token 7
    assert vec["min_zipf"] == pytest.approx(zipf_frequency("floods", "en")) and vec["unknown_word"] == 0
    assert vec["log_word_chars"] == pytest.approx(math.log(6)) and vec["is_name"] == 0
    assert vec["log_centrality"] == pytest.approx(
        math.log(CENTRALITY_FLOOR + word_centrality(doc)["flood"]))
    assert dict(zip(FEATURE_NAMES, feats["Leeds"].vector(), strict=True))["is_name"] == 1
