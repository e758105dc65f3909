"""Corpus runs: streaming over each input format, errors, resume, cache, and the Dask engine."""

from __future__ import annotations


def test_warm_up_loads_what_workers_would_load():
    """The corpus runner warms its process before forking workers: the word lists and weights are loaded."""
    from presslens.analyses import ANALYSES
    from presslens.batch.worker import warm_up
    from presslens.keywords.fit import load_weights
    from presslens.stats.syllables import _default_count, cmu_syllable_table

    cmu_syllable_table.cache_clear()
    _default_count.cache_clear()  # counts already looked up would not touch the table
    load_weights.cache_clear()
    warm_up(None, list(ANALYSES))
    assert cmu_syllable_table.cache_info().currsize == 1
    assert load_weights.cache_info().currsize == 1
