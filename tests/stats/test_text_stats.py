"""The text statistics of an article body and the stats CLI (presslens.stats)."""

import json
import math
import re

import pytest
from support import ROOT, SEED

from presslens.cli import main
from presslens.stats import STATS_KEYS, text_stats
from presslens.stats.counts import WORD_PATTERN


def test_seed_stats_count_body_only(seed_article, seed_doc):
    stats = text_stats(seed_doc)
    assert set(STATS_KEYS) <= set(stats)
    assert stats["n_words"] == len(re.findall(WORD_PATTERN, seed_article.body))
    assert "Getty" not in seed_doc.text  # captions are blanked, not counted
    assert stats["n_paragraphs"] == len(seed_article.body_spans)
    assert 0 < stats["oov_syllable_rate"] < 0.1
    assert stats["settings"]["mattr_window"] == 50


def test_cli_stats_prints_every_key(capsys):
    assert main(["stats", str(SEED), "--format", "json"]) == 0
    (rec,) = json.loads(capsys.readouterr().out)
    assert rec["doc"] == str(SEED)
    for key in [
        "n_words",
        "n_sentences",
        "n_syllables",
        "n_unique_words",
        "n_long_words",
        "n_polysyllable_words",
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall",
        "ttr",
        "mattr",
        "mtld",
        "hdd",
        "oov_syllable_rate",
    ]:
        assert isinstance(rec[key], (int, float)) and math.isfinite(rec[key]), key
    # the same figures as the committed report's values (rounded there to 6 decimals)
    committed = json.loads((ROOT / "results" / "values.json").read_text())["text_stats"]
    shared = [k for k, v in committed.items() if isinstance(v, (int, float)) and k in rec]
    assert len(shared) >= 18
    assert {k: rec[k] for k in shared} == pytest.approx({k: committed[k] for k in shared}, abs=1e-6)
