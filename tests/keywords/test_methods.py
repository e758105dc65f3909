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



def test_default_scores_are_the_logistic_model(seed_doc):
    """Each score is 1 / (1 + exp(-(intercept + w . x))) of the term's features, best first."""
    intercept, weights = load_weights()
    by_term = {f.term: f for f in candidate_features(seed_doc)}
    ranked = scored_concepts(seed_doc, 10)
    assert len(ranked) == 10
    for term, score, spans in ranked:
        z = intercept + sum(w * x for w, x in zip(weights, by_term[term].vector(), strict=True))
        assert score == pytest.approx(1 / (1 + math.exp(-z)))
        assert list(spans) == by_term[term].concept.spans
    assert [s for _, s, _ in ranked] == sorted((s for _, s, _ in ranked), reverse=True)



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
