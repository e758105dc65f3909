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
        assert a.run(ArticleAnalysis(seed_article, again, nlp)) == a.run(
            ArticleAnalysis(seed_article, doc, nlp)
        ), a.name


def test_default_cache_is_the_env_var_or_the_user_cache_never_the_working_directory(monkeypatch, tmp_path):
    from presslens.cache import default_cache_dir

    monkeypatch.setenv("PRESSLENS_CACHE", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("PRESSLENS_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))  # platformdirs' base on Linux
    monkeypatch.chdir(tmp_path)
    folder = default_cache_dir()
    assert folder.is_absolute() and folder.name == "presslens"
    assert folder != Path.cwd() / ".presslens-cache"


def test_cache_info_and_clear_touch_only_presslens_folders(nlp, tmp_path, capsys):
    from presslens.cli import main

    cache = Cache(tmp_path, "m")
    cache.put_doc(nlp("One sentence. Another one."))
    (tmp_path / "notes.txt").write_text("the user's own file")
    assert main(["cache", "info", "--cache-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "holds 1 file," in out and str(tmp_path) in out
    assert main(["cache", "clear", "--cache-dir", str(tmp_path)]) == 0
    assert "deleted 1 file," in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    main(["cache", "info", "--cache-dir", str(tmp_path)])
    assert "holds 0 files, 0.0 MB" in capsys.readouterr().out
