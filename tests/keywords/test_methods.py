"""The default key-term method's scores and citable top terms (presslens.keywords.methods)."""

import math

import pytest
from wordfreq import zipf_frequency

from presslens.keywords import extract_keyterms
from presslens.keywords.features import candidate_features
from presslens.keywords.fit import load_weights
from presslens.keywords.methods import scored_concepts
from presslens.keywords.stems import normalise


def _top_terms_are_citable(terms: list[str], text: str) -> None:
    """Properties a reader checks in a top-10 list: casing, no fragments, no generic words."""
    lowered = [set(normalise(t).split()) for t in terms]
    for i, words in enumerate(lowered):  # no term is a fragment (by stem) of another listed term
        assert not any(words <= other for j, other in enumerate(lowered) if j != i), terms
    for t in terms:
        assert t in " ".join(text.split()) or t[:1].upper() + t[1:] in " ".join(text.split()), t
        if " " not in t and t.islower():  # a lone common word must be specific, not "official"
            assert zipf_frequency(t, "en") < 5.0, t


def _weights_file(tmp_path, intercept: float, **weights: float) -> str:
    """A weights file giving each feature of FEATURE_NAMES its weight here (0 when not named); one
    file per content, since loaded weights are cached by path."""
    import json

    from presslens.keywords.features import FEATURE_NAMES

    path = tmp_path / f"weights-{intercept:.6f}-{sorted(weights.items())}.json"
    path.write_text(
        json.dumps({"intercept": intercept, "weights": {n: weights.get(n, 0.0) for n in FEATURE_NAMES}})
    )
    return str(path)


def test_scores_follow_the_weights_file(nlp, tmp_path):
    """Hand-worked: with every weight 0 each score is the logistic of the intercept (0 → 0.5); with
    weight 1 on log_tf alone a term said n times scores n / (n + 1), so 'Leeds' (3 times) 0.75."""
    doc = nlp(
        "Floods hit Leeds on Monday. Rescuers reached Leeds by boat. Trains to Leeds stopped. Sheffield waited."
    )
    flat = scored_concepts(doc, 5, weights=_weights_file(tmp_path, 0.0))
    assert flat and all(score == pytest.approx(0.5) for _, score, _ in flat)
    shifted = scored_concepts(doc, 5, weights=_weights_file(tmp_path, math.log(3)))
    assert all(score == pytest.approx(0.75) for _, score, _ in shifted)  # 1 / (1 + 1/3)
    by_tf = scored_concepts(doc, 10, weights=_weights_file(tmp_path, 0.0, log_tf=1.0))
    term, score, spans = by_tf[0]
    assert term == "Leeds" and score == pytest.approx(0.75) and len(spans) == 3
    assert dict((t, s) for t, s, _ in by_tf).get("Sheffield") == pytest.approx(0.5)
    # the shipped weights are the ones load_weights reads, in FEATURE_NAMES order
    intercept, weights = load_weights()
    assert len(weights) == len(candidate_features(doc)[0].vector()) and intercept < 0


def test_seed_top_ten_is_citable(seed_article, seed_doc):
    terms = [k.term for k in extract_keyterms(seed_doc, topn=10)]
    _top_terms_are_citable(terms, seed_article.text)
    names = [t for t in terms if t[:1].isupper()]
    assert len(names) >= 3  # names are listed in their casing, whole
    assert any(" " in t for t in terms)  # and phrases, not only single words


def test_hand_written_top_terms_are_citable(nlp, hand_written):
    terms = [k.term for k in extract_keyterms(nlp(hand_written), topn=8)]
    _top_terms_are_citable(terms, hand_written)
    assert "flood defences" in terms and "Leeds" in terms
    assert "Environment Agency" in terms and "EA" not in terms  # the alias is merged, not listed apart
