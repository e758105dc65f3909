"""benchmarks/fit_coref_weights.py and eval_coref.py on a hand-written GAP file (no shared data)."""

import sys

from support import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from fit_coref_weights import record_candidates  # noqa: E402

HEADER = "ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref\tURL\n"


def _row(i, text, pronoun, nth, a, b, a_gold):
    at = [k for k in range(len(text)) if text.startswith(pronoun, k)][nth]
    return (
        f"t-{i}\t{text}\t{pronoun}\t{at}\t{a}\t{text.index(a)}\t{a_gold}\t{b}\t{text.index(b)}\t{not a_gold}\tx\n"
    )


def test_record_candidates_records_each_pronouns_features(tmp_path, nlp):
    """The fit reads the candidates the mention layer weighs for GAP's pronoun: a hook on
    pronoun_features, which must keep its signature in step (it once recorded nothing)."""
    path = tmp_path / "gap.tsv"
    path.write_text(
        HEADER
        + _row(
            1,
            "Mary Jones met Ann Smith in Leeds. She said the talks went well.",
            "She",
            0,
            "Mary Jones",
            "Ann Smith",
            True,
        )
        + _row(2, "Tom Hill thanked Bob Kerr. Later he left for York.", "he", 0, "Tom Hill", "Bob Kerr", True),
        encoding="utf-8",
    )
    records = record_candidates(path, nlp)
    assert len(records) == 2
    for rec in records:
        assert len(rec["features"]) >= 2  # both names are candidates
        assert all("recency" in f for f in rec["features"].values())
