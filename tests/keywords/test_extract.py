"""Key terms of every method: shape, offsets, edge cases, determinism, CLI (presslens.keywords)."""

import json

import pytest
from support import SEED

from presslens.cli import main
from presslens.keywords import METHODS, extract_keyterms


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
            doc_words = [(tok.lower_, tok.lemma_.lower()) for tok in seed_doc.char_span(s, e) if not tok.is_space]
            assert len(doc_words) == len(t.term.split()) and len(words) >= 1
            assert all(w in pair for w, pair in zip(t.term.lower().split(), doc_words, strict=True))


@pytest.mark.parametrize("method", list(METHODS))
@pytest.mark.parametrize("text", ["", "   ", "Hi.", "42", "Floods", "he said he said", "Mr"])
def test_empty_and_short_texts(nlp, method, text):
    """No text, no term; a short text's terms are ranked 1.. and found in it at their offsets."""
    terms = extract_keyterms(nlp(text), method)
    if not any(c.isalpha() for c in text):
        assert terms == []
    assert [t.rank for t in terms] == list(range(1, len(terms) + 1))
    for t in terms:
        assert t.spans and all(text[s:e].strip() and 0 <= s < e <= len(text) for s, e in t.spans)


_TERMS_SCRIPT = """
import json, sys
from presslens.keywords import METHODS, extract_keyterms
from presslens.model import load_model
nlp = load_model()
from presslens.article import load_article
doc = nlp(load_article(sys.argv[1]).parse_text)
print(json.dumps({m: [(k.term, k.score) for k in extract_keyterms(doc, m)] for m in METHODS}))
"""


def test_every_method_gives_the_same_terms_in_another_process(seed_doc):
    """An interpreter with another hash seed (set and dict order of strings differ) ranks the same terms
    with the same scores as this one: nothing depends on iteration order."""
    import os
    import subprocess
    import sys

    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _TERMS_SCRIPT, str(SEED)], env=env, check=True, capture_output=True, text=True
    ).stdout
    other = json.loads(out)
    here = {m: [[k.term, k.score] for k in extract_keyterms(seed_doc, m)] for m in METHODS}
    assert set(other) == set(METHODS) and all(other[m] for m in METHODS)
    assert other == here


def test_unknown_method(seed_doc):
    with pytest.raises(ValueError, match="unknown keyterm method"):
        extract_keyterms(seed_doc, "nope")


def test_cli_keywords_jsonl(capsys):
    assert main(["keywords", str(SEED), "--method", "yake", "--top", "3", "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["rank"] for x in lines] == [1, 2, 3]
    assert set(lines[0]) == {"doc", "method", "rank", "term", "score", "n_occurrences", "spans"}
    assert all(x["n_occurrences"] == len(x["spans"]) >= 1 for x in lines)
    text = SEED.read_text()
    s, e = lines[0]["spans"][0]
    assert text[s:e].lower() == lines[0]["term"].lower()
