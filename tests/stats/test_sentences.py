"""News-aware sentence segmentation (presslens.stats.sentences)."""

from presslens.stats.sentences import sentence_spans


def test_sentence_segmentation_on_news_paragraph():
    text = (
        "Sen. J. R. Smith told the U.S. Senate on Jan. 5 that costs rose 3.5 percent. "
        '"We will act," he said. "Will you?" Mr. Brown asked. '
        "It came from the U.S. The Pentagon declined to comment... Officials left."
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Sen. J. R. Smith told the U.S. Senate on Jan. 5 that costs rose 3.5 percent.",
        '"We will act," he said.',
        '"Will you?"',
        "Mr. Brown asked.",
        "It came from the U.S.",
        "The Pentagon declined to comment...",
        "Officials left.",
    ]


def test_sentences_do_not_cross_paragraphs():
    text = "No full stop here\n\nNext paragraph."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["No full stop here", "Next paragraph."]
