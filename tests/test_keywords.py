import json
import math
from pathlib import Path

import pytest
from conftest import SEED
from wordfreq import zipf_frequency

from presslens.cli import main
from presslens.keywords import METHODS, extract_keyterms
from presslens.keywords import fit as fit_module
from presslens.keywords.centrality import word_centrality
from presslens.keywords.evaluate import evaluate_keyterms
from presslens.keywords.features import CENTRALITY_FLOOR, FEATURE_NAMES, GENERIC_ZIPF, candidate_features
from presslens.keywords.fit import fit_weights, load_weights, save_weights
from presslens.keywords.gold import dedupe, prf_at
from presslens.keywords.keyness import log_likelihood
from presslens.keywords.methods import scored_concepts
from presslens.keywords.phrases import concepts
from presslens.keywords.stems import normalise

FIXTURE = Path(__file__).parent / "fixtures" / "kpcrowd"


@pytest.mark.parametrize("method", list(METHODS))
def test_output_shape_and_offsets(method, seed_article, seed_doc):
    terms = extract_keyterms(seed_doc, method, topn=8)
    assert 0 < len(terms) <= 8
    assert [t.rank for t in terms] == list(range(1, len(terms) + 1))
    for t in terms:
        assert t.method == method and isinstance(t.score, float) and t.term
        assert t.spans, f"{method}: {t.term!r} found nowhere in the text"
        if method == "presslens":  # surface forms: one occurrence reads as the term, variants elsewhere
            assert list(t.spans) == sorted(set(t.spans))
            shown = {" ".join(seed_article.text[s:e].split()).lower() for s, e in t.spans}
            assert t.term.lower() in shown
            continue
        for s, e in t.spans:  # offsets point at the term's characters in the source file
            words = seed_article.text[s:e].lower().split()
            doc_words = [(tok.lower_, tok.lemma_.lower()) for tok in seed_doc.char_span(s, e)
                         if not tok.is_space]
            assert len(doc_words) == len(t.term.split()) and len(words) >= 1
            assert all(w in pair for w, pair in zip(t.term.lower().split(), doc_words, strict=True))


@pytest.mark.parametrize("method", list(METHODS))
@pytest.mark.parametrize("text", ["", "   ", "Hi.", "42", "Floods", "he said he said", "Mr"])
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


HAND_WRITTEN = (
    "Flood defences fail in Leeds\n\n"
    "The Environment Agency (EA) said on Monday that flood defences along the River Aire had failed. "
    "The agency's chief executive, Helen Marsh, said the United States had offered pumps.\n\n"
    "\"We are grateful,\" Marsh said. The EA said flood defences would be rebuilt by spring. "
    "US engineers arrived in Leeds on Tuesday, and the U.S. embassy said more help would follow. "
    "Residents of Leeds said the river rose within hours."
)


def test_concepts_merge_variants_aliases_and_surnames(nlp):
    by_text = {c.text: c for c in concepts(nlp(HAND_WRITTEN))}
    # an alias defined in brackets, an acronym of a name, a surname alone: one concept each
    assert set(by_text["Environment Agency"].forms) == {"Environment Agency", "EA"}
    assert by_text["Environment Agency"].tf == 3
    assert {"United States", "US", "U.S."} <= set(by_text["United States"].forms)
    assert set(by_text["Helen Marsh"].forms) == {"Helen Marsh", "Marsh"}
    # a phrase is kept whole, in its own casing; the first word of a sentence is not a name
    assert by_text["flood defences"].tf == 3 and "Flood defences" not in by_text
    texts = set(by_text)
    # no fragment of a name: "Agency", "Environment", "States" are never candidates on their own
    assert not {"Agency", "agency's", "Environment", "States", "River"} & texts
    assert "River Aire" in texts and by_text["Leeds"].is_name


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


def test_word_centrality_is_pagerank(nlp):
    """Scores are the stationary distribution of the walk on the co-occurrence graph (mean 1)."""
    doc = nlp("Floods hit red towns. Red floods closed towns. Floods returned.")
    scores = word_centrality(doc)
    assert sum(scores.values()) / len(scores) == pytest.approx(1.0)
    # the graph: flood-town, flood-red (window of 3 words); town-red; PageRank by hand on it
    edges = {("flood", "red"), ("flood", "town"), ("red", "town")}
    words = sorted({w for e in edges for w in e} | set(scores))
    neighbours = {w: {b for a, b in edges if a == w} | {a for a, b in edges if b == w} for w in words}
    pr = dict.fromkeys(words, 1 / len(words))
    for _ in range(100):
        pr = {w: 0.15 / len(words) + 0.85 * sum(pr[v] / len(neighbours[v]) for v in neighbours[w])
              for w in words}
    assert set(scores) == set(words)
    for w in words:
        assert scores[w] == pytest.approx(pr[w] * len(words), rel=1e-3)


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


def _top_terms_are_citable(terms: list[str], text: str) -> None:
    """Properties a reader checks in a top-10 list: casing, no fragments, no generic words."""
    lowered = [set(normalise(t).split()) for t in terms]
    for i, words in enumerate(lowered):  # no term is a fragment (by stem) of another listed term
        assert not any(words <= other for j, other in enumerate(lowered) if j != i), terms
    for t in terms:
        assert t in " ".join(text.split()) or t[:1].upper() + t[1:] in " ".join(text.split()), t
        if " " not in t and t.islower():  # a lone common word must be specific, not "official"
            assert zipf_frequency(t, "en") < 5.0, t


def test_seed_top_ten_is_citable(seed_article, seed_doc):
    terms = [k.term for k in extract_keyterms(seed_doc, topn=10)]
    _top_terms_are_citable(terms, seed_article.text)
    names = [t for t in terms if t[:1].isupper()]
    assert len(names) >= 3  # names are listed in their casing, whole
    assert any(" " in t for t in terms)  # and phrases, not only single words


def test_hand_written_top_terms_are_citable(nlp):
    terms = [k.term for k in extract_keyterms(nlp(HAND_WRITTEN), topn=8)]
    _top_terms_are_citable(terms, HAND_WRITTEN)
    assert "flood defences" in terms and "Leeds" in terms
    assert "Environment Agency" in terms and "EA" not in terms  # the alias is merged, not listed apart


def test_fit_weights_learns_the_gold(nlp, tmp_path):
    """Fitted on one text's gold, the scorer ranks that gold first; the file round-trips."""
    docs = [nlp((FIXTURE / "docsutf8" / "a.txt").read_text())]
    gold = (FIXTURE / "keys" / "a.key").read_text().splitlines()
    fitted = fit_weights(docs, [gold], normalise, c=100.0)
    assert set(fitted["weights"]) == set(FEATURE_NAMES) and fitted["positives"] == 4
    save_weights(fitted, tmp_path / "w.json", data="fixture")
    top = dedupe(t for t, _, _ in scored_concepts(docs[0], 6, weights=str(tmp_path / "w.json")))
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
    assert shipped["sets"] == ["kpcrowd", "inspec", "semeval2017"]
    fitted = fit_module.fit_gold_folders([shared_path("eval", s) for s in shipped["sets"]], nlp, c=shipped["c"])
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
    # gold floods/leeds/classrooms/councillors are all in the text: the default finds most of them
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


@pytest.mark.parametrize("name", ["kpcrowd", "inspec", "semeval2017"])
def test_harness_on_each_gold_set(nlp, name):
    """The harness reads each development gold set and leaves out title-only texts (needs ../shared)."""
    from conftest import shared_path

    from presslens.keywords.gold import MIN_WORDS, gold_documents
    folder = shared_path("eval", name)
    pairs = gold_documents(folder)
    assert pairs and all(len(t.read_text(encoding="utf-8").split()) >= MIN_WORDS for t, _ in pairs)
    assert len(pairs) < len(list((folder / "docsutf8").glob("*.txt"))) or name != "kpcrowd"
    rows = {r["method"]: r for r in evaluate_keyterms(folder, nlp, ["presslens", "first_phrases"], limit=4)}
    assert rows["presslens"]["documents"] == 4


def test_eval_on_empty_folder_is_an_error(nlp, tmp_path):
    with pytest.raises(ValueError, match="no docsutf8"):
        evaluate_keyterms(tmp_path, nlp, ["presslens"])
