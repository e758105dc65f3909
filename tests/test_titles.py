"""Titles of works (presslens.titles)."""

from presslens.titles import follows_a_kind_of_work, quoted_titles, titles_after_a_kind_of_work


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


def test_an_unquoted_title_after_a_kind_of_work_runs_on_past_its_small_words(nlp):
    """Hand-read (BBC entertainment/083): "Comedy Christmas with the Kranks, starring Tim Allen"
    gave the key term "Kranks". A small word before a person's name or a place, or a capitalised
    one after "and", ends a title; a capitalised kind of work inside a name starts none."""
    doc = nlp(
        "Comedy Christmas with the Kranks, starring Tim Allen, was second. She won for the film An "
        "Officer and a Gentleman. He starred in the film Ray with Jamie Foxx. They praised the film "
        "The Sea Inside from Spain. The series Early Doors and The Alan Clark Diaries compete. The "
        "Royal Ballet at the Opera House danced."
    )
    found = [doc[s:e].text for s, e in titles_after_a_kind_of_work(doc)]
    assert found == ["Christmas with the Kranks", "An Officer and a Gentleman"]
