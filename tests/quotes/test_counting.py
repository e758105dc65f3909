"""The quote counting tables (presslens.quotes.counting)."""

from presslens.quotes.counting import quote_summary, quote_table, quotes_per_source


def test_counting_tables_by_hand():
    """Counts checked against numbers worked out by hand on four made-up quotations."""
    from presslens.quotes.extract import Quote, TextSpan

    def q(kind, text, start, source, source_type, addressee_type=None):
        speaker = TextSpan(source, 0, len(source))
        return Quote(
            kind, text, start, start + len(text), None, speaker, source, source_type, None, addressee_type
        )

    qs = [
        q("direct", "“We are ready now”", 0, "Jane Smith", "person", "outlet"),  # 4 words
        q("continuation", "“and we will stay”", 30, "Jane Smith", "person"),  # 4 words
        q("indirect", "the roads were closed", 60, "an official", "anonymous"),  # 4 words
        q("direct", "“Open the gates”", 90, "the Post", "outlet"),
    ]  # 3 words
    table = quote_table(qs, 200)
    assert table["n_words"].tolist() == [4, 4, 4, 3]
    assert table["position"].tolist() == [0.0, 0.15, 0.3, 0.45]
    per_source = quotes_per_source(table)
    assert per_source[["source", "quotes", "words"]].values.tolist() == [
        ["Jane Smith", 2, 8],
        ["an official", 1, 4],
        ["the Post", 1, 3],
    ]
    summary = quote_summary(table, 60)
    assert (
        summary["n_quotes"],
        summary["n_sources"],
        summary["n_direct"],
        summary["n_indirect"],
        summary["n_continuation"],
        summary["n_mixed"],
    ) == (4, 3, 2, 1, 1, 0)
    assert summary["n_words_quoted"] == 15 and summary["share_words_quoted"] == 0.25
    assert summary["share_quotes_anonymous"] == 0.25 and summary["share_quotes_named_person"] == 0.5
    assert summary["n_told_to_outlet"] == 1 and summary["n_attributed_to_outlet"] == 2
