"""Validation on the user's collection: the sample to code and the agreement read back."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.cli import main
from presslens.validation import CHECKS, agreement, cohen_kappa, validation_sample, wilson_interval


def test_agreement_on_a_hand_coded_file(tmp_path, capsys):
    """Four quotations, two coders. is_quotation: ann yes yes yes no, bob yes yes no no → 5 yes of 8
    (62.5 %); agreement 3 of 4, p_ann = 3/4, p_bob = 2/4, expected 3/8 + 1/8 = 1/2, kappa (3/4 − 1/2) /
    (1/2) = 0.5. speaker_right coded by ann only (yes, no, blank, yes): 2 of 3, no kappa."""
    rows = [
        (1, "ann", "yes", "yes"),
        (2, "ann", "yes", "no"),
        (3, "ann", "yes", ""),
        (4, "ann", "no", "y"),
        (1, "bob", "yes", ""),
        (2, "bob", "Yes", ""),
        (3, "bob", "no", ""),
        (4, "bob", "n", ""),
    ]
    coded = pd.DataFrame(rows, columns=["sample_id", "coder", "is_quotation", "speaker_right"])
    coded["source_right"] = coded["gender_right"] = ""
    path = tmp_path / "validation.csv"
    coded.to_csv(path, index=False)
    table = agreement(path).set_index("check")
    q = table.loc["is_quotation"]
    assert (q["n"], q["yes"], q["n_double"]) == (8, 5, 4)
    assert q["share_yes"] == pytest.approx(0.625) and q["kappa"] == pytest.approx(0.5)
    low, high = wilson_interval(5, 8)
    assert (q["low"], q["high"]) == (pytest.approx(low), pytest.approx(high)) and low < 0.625 < high
    s = table.loc["speaker_right"]
    assert (s["n"], s["yes"], s["n_double"]) == (3, 2, 0) and pd.isna(s["kappa"])
    assert main(["agreement", str(path)]) == 0
    out = capsys.readouterr().out
    assert "is_quotation" in out and "0.625" in out and "0.5" in out


def test_wilson_and_kappa_by_hand():
    low, high = wilson_interval(0, 10)  # no successes: the interval still has width
    assert low == pytest.approx(0, abs=1e-12) and high == pytest.approx(0.2775, abs=1e-4)
    assert cohen_kappa([True] * 4, [True] * 4) is None  # one answer throughout: undefined
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)


def test_sample_is_stratified_and_reproducible():
    quotes = pd.DataFrame(
        {
            "doc": [f"d{i}" for i in range(12)],
            "start": 5,
            "end": 10,
            "text": "hello",
            "speaker": "Ann Lee",
            "source": "Ann Lee",
            "source_type": "person",
            "kind": "direct",
        }
    )
    people = pd.DataFrame({"doc": [f"d{i}" for i in range(12)], "name": "Ann Lee", "gender": "female"})
    group_of = pd.Series({f"d{i}": ("A" if i < 9 else "B") for i in range(12)})
    texts = {f"d{i}": "Then hello, she said." for i in range(12)}
    sample = validation_sample(quotes, people, texts, 4, group_of=group_of)
    assert sample["group"].value_counts().to_dict() == {"A": 3, "B": 1}  # 9:3 of 12, 4 drawn
    assert sample.equals(validation_sample(quotes, people, texts, 4, group_of=group_of))
    assert sample["context"].iloc[0] == "Then [[hello]], she said."
    assert (sample["source_gender"] == "female").all()
    assert all((sample[c] == "").all() for c in CHECKS)
    assert len(validation_sample(quotes, people, texts, 50, group_of=group_of)) == 12


def test_a_file_that_is_not_a_validation_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    assert main(["agreement", str(path)]) == 2
    assert "not a validation file" in capsys.readouterr().err
