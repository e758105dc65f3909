"""Quoted titles of works (presslens.titles)."""

from presslens.titles import follows_a_kind_of_work, quoted_titles


def test_titles_are_capitalised_quoted_words_after_a_kind_of_work_or_of_several_capitals():
    text = (
        'His play, "Glengarry Glen Ross." The album "Thriller" sold well. "Yes," he said. '
        'She called it "absolutely worrying". "We Will Win," said the banner. He said "Never Again".'
    )
    found = [text[s:e] for s, e in quoted_titles(text)]
    # a quoted remark in lower case, a one-word answer and a two-word one are no titles
    assert found == ["Glengarry Glen Ross", "Thriller", "We Will Win"]


def test_a_kind_of_work_is_the_word_before_the_mark():
    text = 'the 1992 movie, "Jamon Jamon"'
    assert follows_a_kind_of_work(text, text.index('"'))
    assert not follows_a_kind_of_work('he said, "Jamon"', len("he said, "))
