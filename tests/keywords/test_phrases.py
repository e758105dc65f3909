"""Keyphrase candidates as concepts (presslens.keywords.phrases)."""

from presslens.keywords.phrases import concepts


def test_concepts_merge_variants_aliases_and_surnames(nlp, hand_written):
    by_text = {c.text: c for c in concepts(nlp(hand_written))}
    # an alias defined in brackets, an acronym of a name, a surname alone: one concept each
    assert set(by_text["Environment Agency"].forms) == {"Environment Agency", "EA"}
    assert by_text["Environment Agency"].tf == 3
    assert {"United States", "US", "U.S."} <= set(by_text["United States"].forms)
    assert set(by_text["Helen Marsh"].forms) == {"Helen Marsh", "Marsh"}
    # a phrase is kept whole, in its own casing; the first word of a sentence is not a name
    assert by_text["flood defences"].tf == 3 and "Flood defences" not in by_text
    texts = set(by_text)
    # no fragment of a name: "Agency", "Environment", "States" are never candidates on their own
    assert not {"Agency", "agency's", "Environment", "States", "River"} & texts
    assert "River Aire" in texts and by_text["Leeds"].is_name
