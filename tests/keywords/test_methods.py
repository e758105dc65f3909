"""The default key-term method's scores and citable top terms (presslens.keywords.methods)."""

import math

import pytest
from wordfreq import zipf_frequency

from presslens.keywords import extract_keyterms
from presslens.keywords.features import candidate_features
from presslens.keywords.fit import load_weights
from presslens.keywords.methods import scored_concepts
from presslens.keywords.stems import normalise


def _top_terms_are_citable(keyterms: list, text: str) -> None:
    """Properties a reader checks in a top-10 list: casing, no fragments, no generic words.

    A name said more often than a listed phrase holding it is a referent of its own, not a
    fragment ("Islamic State", six times, beside "Islamic State hideouts", once)."""
    terms = [k.term for k in keyterms]
    counts = [len(k.spans) for k in keyterms]
    lowered = [set(normalise(t).split()) for t in terms]
    for i, words in enumerate(lowered):  # no term is a fragment (by stem) of another listed term
        holders = [j for j, other in enumerate(lowered) if j != i and words <= other]
        assert all(terms[i][:1].isupper() and counts[i] > counts[j] and words != lowered[j] for j in holders), (
            terms
        )
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
    weight 1 on log_max_word_tf alone a term whose word is said n times scores n / (n + 1), so
    'Leeds' (3 times) 0.75."""
    doc = nlp(
        "Floods hit Leeds on Monday. Rescuers reached Leeds by boat. Trains to Leeds stopped. Sheffield waited."
    )
    flat = scored_concepts(doc, 5, weights=_weights_file(tmp_path, 0.0))
    assert flat and all(score == pytest.approx(0.5) for _, score, _ in flat)
    shifted = scored_concepts(doc, 5, weights=_weights_file(tmp_path, math.log(3)))
    assert all(score == pytest.approx(0.75) for _, score, _ in shifted)  # 1 / (1 + 1/3)
    by_tf = scored_concepts(doc, 10, weights=_weights_file(tmp_path, 0.0, log_max_word_tf=1.0))
    term, score, spans = by_tf[0]
    assert term == "Leeds" and score == pytest.approx(0.75) and len(spans) == 3
    assert dict((t, s) for t, s, _ in by_tf).get("Sheffield") == pytest.approx(0.5)
    # the shipped weights are the ones load_weights reads, in FEATURE_NAMES order
    intercept, weights = load_weights()
    assert len(weights) == len(candidate_features(doc)[0].vector()) and intercept < 0


def test_seed_top_ten_is_citable(seed_article, seed_doc):
    keyterms = extract_keyterms(seed_doc, topn=10)
    _top_terms_are_citable(keyterms, seed_article.text)
    terms = [k.term for k in keyterms]
    names = [t for t in terms if t[:1].isupper()]
    assert len(names) >= 3  # names are listed in their casing, whole
    assert any(" " in t for t in terms)  # and phrases, not only single words


def test_hand_written_top_terms_are_citable(nlp, hand_written):
    keyterms = extract_keyterms(nlp(hand_written), topn=8)
    _top_terms_are_citable(keyterms, hand_written)
    terms = [k.term for k in keyterms]
    assert "flood defences" in terms and "Leeds" in terms
    assert "Environment Agency" in terms and "EA" not in terms  # the alias is merged, not listed apart


def test_non_redundant_by_hand():
    """Fragments and repeats go; a phrase that only adds words to a listed name or phrase goes; a
    lone word hides no phrase; a name said more often than a listed phrase holding it stays."""
    from presslens.keywords.methods import non_redundant

    def item(term, n):
        return (term, 0.0, tuple((i, i + 1) for i in range(n)))

    ranked = [
        item("Islamic State hideouts", 1),
        item("total solar eclipse", 2),
        item("hurricanes", 5),
        item("Islamic State", 6),  # a name said more often than the phrase holding it: kept
        item("possible total solar eclipses", 1),  # words added to a listed phrase: dropped
        item("hurricane season", 2),  # a lone word hides no phrase: kept
        item("solar eclipse", 1),  # a fragment of a listed phrase: dropped
        item("Islamic State leader", 1),  # words added to a listed name: dropped
        item("Hideouts", 1),  # a fragment, and no more frequent than the phrase: dropped
    ]
    names = {"Islamic State", "Hideouts"}
    kept = [t for t, *_ in non_redundant(ranked, 10, names=names)]
    assert kept == [
        "Islamic State hideouts",
        "total solar eclipse",
        "hurricanes",
        "Islamic State",
        "hurricane season",
    ]
    assert [t for t, *_ in non_redundant(ranked, 2, names=names)] == kept[:2]


def test_a_name_and_the_kind_of_thing_it_names_are_one_entry(nlp):
    """ "the Bloglines website" is Bloglines: one entry, scored as the better of the two; a phrase
    naming something else built on a name ("Bloglines users") stays apart."""
    from presslens.keywords.features import candidate_features
    from presslens.keywords.methods import named_kinds_merged

    doc = nlp(
        "Ask Jeeves bought Bloglines. The Bloglines website has many users. Bloglines users read "
        "blogs. Bloglines grew fast, and the Bloglines website kept its name."
    )
    feats = candidate_features(doc)
    scored = [(0.9 if f.term == "Bloglines website" else 0.1, f) for f in feats]
    merged = {f.term: s for s, f in named_kinds_merged(scored)}
    assert "Bloglines website" in {f.term for f in feats} and "Bloglines website" not in merged
    assert merged["Bloglines"] == 0.9 and "bloglines users" in {t.lower() for t in merged}
    assert all(s == 0.1 for t, s in merged.items() if t != "Bloglines")


def test_a_name_and_its_kind_are_one_entry_by_any_form_of_the_name():
    """ "RipGuard technology" is the product shown as "RipGuard DVD" (written "RipGuard" too): one
    entry; "DVD sales" stays."""
    from collections import Counter

    from presslens.keywords.features import CandidateFeatures
    from presslens.keywords.methods import named_kinds_merged
    from presslens.keywords.phrases import Concept

    def feature(forms: Counter, names: int) -> CandidateFeatures:
        n = sum(forms.values())
        spans = [(10 * i, 10 * i + 5) for i in range(n)]
        key = tuple(max(forms, key=forms.get).lower().split())
        return CandidateFeatures(Concept(key, forms, spans, list(range(n)), names), 1.0, 1, 0)

    product = feature(Counter({"RipGuard DVD": 3, "RipGuard": 2}), 5)
    phrase = feature(Counter({"RipGuard technology": 1}), 0)
    other = feature(Counter({"DVD sales": 2}), 0)
    merged = named_kinds_merged([(0.4, product), (0.8, phrase), (0.3, other)])
    assert [(s, f.term) for s, f in merged] == [(0.8, "RipGuard DVD"), (0.3, "DVD sales")]


def test_a_name_follows_the_best_phrase_built_on_it(nlp):
    """ "Islamic State hideouts" (once) ranked first brings "Islamic State" (four times) to second
    place, once; nothing else moves."""
    from presslens.keywords.features import candidate_features
    from presslens.keywords.methods import names_after_phrases

    doc = nlp(
        "Islamic State attacked the town. British troops found Islamic State hideouts in the ravines. "
        "Islamic State fighters fled, and the British left. Islamic State lost ground."
    )
    feats = {f.term: f for f in candidate_features(doc)}
    order = ["Islamic State hideouts", "British troops", "ravines", "Islamic State fighters", "Islamic State"]
    ranked = [(1.0 - i / 10, feats[t]) for i, t in enumerate(order)]
    moved = [f.term for _, f in names_after_phrases(ranked)]
    assert moved == [
        "Islamic State hideouts",
        "Islamic State",
        "British troops",
        "ravines",
        "Islamic State fighters",
    ]


def test_scores_fall_with_rank(seed_doc, nlp):
    """A name listed after the phrase built on it scores at least as that phrase: a reader of the
    key-term table sees scores that never rise down the ranks."""
    docs = [
        seed_doc,
        nlp(
            "Islamic State attacked the town. Troops found Islamic State hideouts in the hills. "
            "Islamic State fighters fled. Islamic State lost ground."
        ),
    ]
    for doc in docs:
        scores = [k.score for k in extract_keyterms(doc, topn=10)]
        assert scores == sorted(scores, reverse=True), scores
