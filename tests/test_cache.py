"""The parse and result cache (presslens.cache): keys, code fingerprint, results from a cached parse."""

from __future__ import annotations

from pathlib import Path

from presslens.cache import Cache, cache_key, code_fingerprint


def test_cache_key_depends_on_text_model_and_code():
    k = cache_key("text", "en_core_web_sm-3.8.0", "code-a")
    assert k != cache_key("text!", "en_core_web_sm-3.8.0", "code-a")
    assert k != cache_key("text", "en_core_web_md-3.8.0", "code-a")
    assert k != cache_key("text", "en_core_web_sm-3.8.0", "code-b")
    assert cache_key("text", "m") == cache_key("text", "m", code_fingerprint())



def test_code_fingerprint_covers_source_and_data_files(monkeypatch, tmp_path):
    """Editing any file of the package (code or data such as keyterm weights) changes the fingerprint."""
    import shutil

    import presslens.cache as cache_module
    package = Path(cache_module.__file__).resolve().parent
    copy = tmp_path / "presslens"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    fingerprints = []
    for edit in (None, "keywords/weights.json", "quotes/sources.py"):
        if edit:
            (copy / edit).write_text((copy / edit).read_text() + "\n")
        monkeypatch.setattr(cache_module, "__file__", str(copy / "cache.py"))
        cache_module.code_fingerprint.cache_clear()
        fingerprints.append(cache_module.code_fingerprint())
    cache_module.code_fingerprint.cache_clear()
    assert len(set(fingerprints)) == 3



def test_cached_parse_gives_the_same_results(nlp, tmp_path, seed_article):
    from presslens.analyses import ANALYSES
    cache = Cache(tmp_path, "m")
    doc = nlp(seed_article.parse_text)
    cache.put_doc(doc)
    again = cache.get_doc(seed_article.parse_text, nlp.vocab)
    assert Cache(tmp_path, "other-model").get_doc(seed_article.parse_text, nlp.vocab) is None
    from presslens.analysis import ArticleAnalysis
    for a in ANALYSES.values():
        assert (a.run(ArticleAnalysis(seed_article, again, nlp))
                == a.run(ArticleAnalysis(seed_article, doc, nlp))), a.name
