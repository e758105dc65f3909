import pandas as pd
import pytest

from presslens.batch.reference import entity_measures, percentiles, quote_measures


def test_quote_measures_by_hand():
    quotes = pd.DataFrame(
        {
            "doc": ["a", "a", "a", "b"],
            "source": ["x", "x", "y", "z"],
            "source_type": ["anonymous", "anonymous", "person", "person"],
            "kind": ["direct", "indirect", "indirect", "direct"],
        }
    )
    m = quote_measures(quotes, ["a", "b", "c"]).set_index("doc")
    assert m.loc["a", "n_quotes"] == 3 and m.loc["a", "n_sources"] == 2
    assert m.loc["a", "share_anonymous"] == pytest.approx(2 / 3)
    assert m.loc["b", "share_direct"] == 1.0
    assert m.loc["c", "n_quotes"] == 0 and m.loc["c", "share_anonymous"] == 0.0


def test_entity_measures_and_percentiles():
    ents = pd.DataFrame({"doc": ["a", "a", "b"], "kind": ["person", "place", "person"]})
    m = entity_measures(ents, ["a", "b"]).set_index("doc")
    assert m.loc["a", "n_entities"] == 2 and m.loc["a", "n_place"] == 1 and m.loc["b", "n_place"] == 0
    ref = pd.DataFrame({"x": [1, 2, 3, 4]})
    # 3 is above 2 values and ties 1: (2 + 0.5) / 4 = 62.5
    assert percentiles({"x": 3}, ref, ["x"])["x"] == pytest.approx(62.5)
