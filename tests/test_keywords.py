import json
from pathlib import Path

import pytest
from conftest import SEED

from presslens.cli import main
from presslens.keywords import METHODS, extract_keyterms
from presslens.keywords.evaluate import dedupe, evaluate_keyterms, normalise, prf_at
from presslens.keywords.keyness import log_likelihood

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


def test_default_method_prefers_entities_over_their_parts(seed_doc):
    terms = [k.term for k in extract_keyterms(seed_doc, "presslens", 10)]
    assert "washington post" in terms and "post" not in terms


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
