"""Fitting and loading the key-term weights (presslens.keywords.fit)."""

import json
from pathlib import Path

import pytest
from support import KPCROWD_FIXTURE

from presslens.keywords import fit as fit_module
from presslens.keywords.features import FEATURE_NAMES
from presslens.keywords.fit import fit_weights, load_weights, save_weights
from presslens.keywords.gold import dedupe
from presslens.keywords.methods import scored_concepts
from presslens.keywords.stems import normalise


def test_fit_weights_learns_the_gold(nlp, tmp_path):
    """Fitted on one text's gold, the scorer ranks that gold first; the file round-trips."""
    docs = [nlp((KPCROWD_FIXTURE / "docsutf8" / "a.txt").read_text())]
    gold = (KPCROWD_FIXTURE / "keys" / "a.key").read_text().splitlines()
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


@pytest.mark.shared
def test_shipped_weights_are_reproduced_by_the_fit_script(nlp):
    """benchmarks/fit_keyterm_weights.py's recipe gives the shipped weights (needs ../shared)."""
    from support import shared_path

    shipped = json.loads((Path(fit_module.__file__).parent / fit_module.WEIGHTS_FILE).read_text())
    assert shipped["sets"] == ["kpcrowd", "inspec", "semeval2017", "duc2001-dev"]
    fitted = fit_module.fit_gold_folders([shared_path("eval", s) for s in shipped["sets"]], nlp, c=shipped["c"])
    assert fitted["candidates"] == shipped["candidates"]
    assert fitted["weights"] == pytest.approx(shipped["weights"], abs=1e-4)
