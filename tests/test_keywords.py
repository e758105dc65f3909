import json
import math
from pathlib import Path

import pytest
from conftest import SEED
from wordfreq import zipf_frequency

from presslens.cli import main
from presslens.keywords import METHODS, extract_keyterms
from presslens.keywords import fit as fit_module
from presslens.keywords.evaluate import dedupe, evaluate_keyterms, normalise, prf_at
from presslens.keywords.features import FEATURE_NAMES, term_features
from presslens.keywords.fit import fit_weights, load_weights, save_weights
from presslens.keywords.keyness import log_likelihood
from presslens.keywords.methods import presslens_method

FIXTURE = Path(__file__).parent / "fixtures" / "kpcrowd"


@pytest.mark.parametrize("method", list(METHODS))
def test_output_shape_and_offsets(method, seed_article, seed_doc):
    terms = extract_keyterms(seed_doc, method, topn=8)
    assert 0 < len(terms) <= 8
    assert [t.rank for t in terms] == list(range(1, len(terms) + 1))
    for t in terms:
        assert t.method == method and isinstance(t.score, float) and t.term
        assert t.spans, f"{method}: {t.term!r} found nowhere in the text"
        for s, e in t.spans:  # offsets point at the term's characters in the source file
            words = seed_article.text[s:e].lower().split()
            doc_words = [(tok.lower_, tok.lemma_.lower()) for tok in seed_doc.char_span(s, e)
                         if not tok.is_space]
            assert len(doc_words) == len(t.term.split()) and len(words) >= 1
            assert all(w in pair for w, pair in zip(t.term.lower().split(), doc_words, strict=True))


@pytest.mark.parametrize("method", list(METHODS))
@pytest.mark.parametrize("text", ["", "   ", "Hi.", "42"])
def test_empty_and_short_texts(nlp, method, text):
    assert isinstance(extract_keyterms(nlp(text), method), list)
    if not any(c.isalpha() for c in text):
        assert extract_keyterms(nlp(text), method) == []


@pytest.mark.parametrize("method", list(METHODS))
def test_deterministic(nlp, method):
    text = SEED.read_text()
    a = extract_keyterms(nlp(text), method)
    b = extract_keyterms(nlp(text), method)
    assert [(k.term, k.score) for k in a] == [(k.term, k.score) for k in b]


def test_unknown_method(seed_doc):
    with pytest.raises(ValueError, match="unknown keyterm method"):
        extract_keyterms(seed_doc, "nope")


def test_term_features_by_hand(nlp):
    doc = nlp("Floods hit Leeds on Monday. The floods closed schools in Leeds.")
    feats, n_tokens = term_features(doc)
    assert n_tokens == 13
    flood = next(f for f in feats if f.term == "flood")
    assert (flood.tf, flood.first_token, flood.first_char) == (2, 0, 0)
    vec = dict(zip(FEATURE_NAMES, flood.vector(n_tokens), strict=True))
    assert vec["log_tf"] == pytest.approx(math.log(2)) and vec["first_position"] == 0
    assert vec["log_chars"] == pytest.approx(math.log(5)) and vec["pos_noun"] == 1
    assert vec["two_words"] == vec["three_words"] == vec["in_longer_name"] == 0
    assert vec["zipf"] == pytest.approx(zipf_frequency("flood", "en"))
    firsts = [f.first_char for f in feats]
    assert firsts == sorted(firsts) and {"hit", "leeds", "school"} <= {f.term for f in feats}


def test_default_scores_are_the_logistic_model(seed_doc):
    """Each score is 1 / (1 + exp(-(intercept + w . x))) of the term's features, best first."""
    intercept, weights = load_weights()
    feats, n_tokens = term_features(seed_doc)
    by_term = {f.term: f for f in feats}
    ranked = presslens_method(seed_doc, 10)
    assert len(ranked) == 10
    for term, score in ranked:
        z = intercept + sum(w * x for w, x in zip(weights, by_term[term].vector(n_tokens), strict=True))
        assert score == pytest.approx(1 / (1 + math.exp(-z)))
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    # no term is made only of the words of a better-ranked one
    for i, (term, _) in enumerate(ranked):
        assert not any(set(term.split()) <= set(t.split()) for t, _ in ranked[:i])


def test_fit_weights_learns_the_gold(nlp, tmp_path):
    """Fitted on one text's gold, the scorer ranks that gold first; the file round-trips."""
    docs = [nlp((FIXTURE / "docsutf8" / "a.txt").read_text())]
    gold = (FIXTURE / "keys" / "a.key").read_text().splitlines()
    fitted = fit_weights(docs, [gold], normalise, c=100.0)
    assert set(fitted["weights"]) == set(FEATURE_NAMES) and fitted["positives"] == 4
    save_weights(fitted, tmp_path / "w.json", data="fixture")
    top = dedupe(t for t, _ in presslens_method(docs[0], 6, weights=str(tmp_path / "w.json")))
    assert len(set(top[:6]) & set(dedupe(gold))) >= 3


def test_load_weights_rejects_other_features(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"intercept": 0.0, "weights": {"log_tf": 1.0}}))
    with pytest.raises(ValueError, match="w.json"):
        load_weights(str(path))


def test_shipped_weights_are_reproduced_by_the_fit_script(nlp):
    """benchmarks/fit_keyterm_weights.py's recipe gives the shipped weights (needs ../shared)."""
    from conftest import shared_path
    shipped = json.loads((Path(fit_module.__file__).parent / fit_module.WEIGHTS_FILE).read_text())
    fitted = fit_module.fit_gold_folder(shared_path("eval", "kpcrowd"), nlp, c=shipped["c"])
    assert fitted["candidates"] == shipped["candidates"]
    assert fitted["weights"] == pytest.approx(shipped["weights"], abs=1e-4)


def test_normalise_and_dedupe():
    assert normalise("Islamic States") == "islam state"
    assert dedupe(["Floods", "flood", "Leeds", ""]) == ["flood", "leed"]


def test_prf_by_hand():
    # 2 of 4 predictions are among 5 gold: P = .5, R = .4, F = 2*.5*.4/.9
    p, r, f = prf_at(["a", "b", "c", "d"], ["a", "c", "x", "y", "z"], 10)
    assert (p, r) == (0.5, 0.4) and f == pytest.approx(0.4 / 0.9)


def test_log_likelihood_by_hand():
    # a=10 of n=100 vs b=10 of m=1000: E1 = 100*20/1100, E2 = 1000*20/1100
    import math
    e1, e2 = 100 * 20 / 1100, 1000 * 20 / 1100
    expected = 2 * (10 * math.log(10 / e1) + 10 * math.log(10 / e2))
    assert log_likelihood(10, 100, 10, 1000) == pytest.approx(expected)
    assert log_likelihood(1, 1000, 10, 100) < 0  # under-used terms are negative


def test_eval_harness_on_fixture(nlp):
    rows = {r["method"]: r for r in evaluate_keyterms(FIXTURE, nlp, ["presslens", "yake"], top=10)}
    assert rows["presslens"]["documents"] == 1
    assert 0 < rows["presslens"]["F@10"] <= 100 and 0 < rows["presslens"]["R@10"] <= 100
    # gold floods/leeds/schools/council are all in the text: the default finds most of them
    assert rows["presslens"]["R@10"] >= 75


def test_cli_keywords_jsonl(capsys):
    assert main(["keywords", str(SEED), "--method", "yake", "--top", "3", "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["rank"] for x in lines] == [1, 2, 3]
    assert set(lines[0]) == {"doc", "method", "rank", "term", "score", "spans"}
    text = SEED.read_text()
    s, e = lines[0]["spans"][0]
    assert text[s:e].lower() == lines[0]["term"].lower()


def test_cli_eval_keywords(capsys):
    assert main(["eval", "keywords", "--gold", str(FIXTURE), "--method", "presslens",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["method"] == "presslens"


def test_kpcrowd_smoke(nlp):
    """The harness on real 500N-KPCrowd documents (skipped when ../shared is absent)."""
    from conftest import shared_path
    rows = evaluate_keyterms(shared_path("eval", "kpcrowd"), nlp, ["presslens", "yake"], limit=3)
    assert all(r["documents"] == 3 and 0 <= r["F@10"] <= 100 for r in rows)
