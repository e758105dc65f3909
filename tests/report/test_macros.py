"""The written analysis says what the library computes, and types no number by hand."""

from __future__ import annotations

import json

from support import RESULTS

from presslens.report.macros import macro_name, render_macros


def test_macros_match_values():
    values = json.loads((RESULTS / "values.json").read_text())
    tex = (RESULTS / "macros.tex").read_text()
    assert tex == render_macros(values)
    assert f"\\newcommand{{\\{macro_name('quotes', 'n_direct')}}}{{{values['quotes']['n_direct']}}}" in tex
    assert macro_name("text_stats", "n_long_sentences") == "plTextStatsNLongSentences"
    assert macro_name("a", "over_30") == "plAOverThreeZero"
