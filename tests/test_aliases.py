"""presslens.aliases: which names a text declares equivalent."""

import pytest

from presslens.aliases import defined_aliases, defined_glosses, short_form_of
from presslens.entities import entity_mentions


@pytest.mark.parametrize(
    "short, long, expected",
    [
        ("NSC", "National Security Council", True),
        ("ISIS-K", "Islamic State-Khorasan", True),
        ("EA", "Environment Agency", True),
        ("Nato", "North Atlantic Treaty Organization", True),
        ("Clermont", "Aurelien Rougerie", False),
        ("Biarritz", "Serge Betsen", False),
        ("Labour", "Tony Blair", False),
        ("National Security Council", "NSC", False),  # longer than the name it would abbreviate
    ],
)
def test_short_form_of(short, long, expected):
    assert short_form_of(short, long) is expected


def _pairs(nlp, text):
    doc = nlp(text)
    names = [(s, e) for s, e, _ in entity_mentions(doc)]
    return [(doc[a[0] : a[1]].text, doc[b[0] : b[1]].text) for a, b in defined_aliases(doc, names)]


def test_cues_and_brackets(nlp):
    pairs = _pairs(
        nlp,
        "The Taliban fought Islamic State-Khorasan, also known as ISIS-K, in the north. "
        "The National Security Council (NSC) met in Washington.",
    )
    assert ("Islamic State-Khorasan", "ISIS-K") in pairs
    assert any(b == "NSC" for _, b in pairs)


def test_one_form_glossing_two_names_defines_neither(nlp):
    pairs = _pairs(nlp, "The North Eastern Bank (NEB) and the National Energy Board (NEB) disagreed.")
    assert not pairs


def test_an_adverb_before_known_as(nlp):
    """ "popularly known as", "better known as": the same cue with an adverb."""
    pairs = _pairs(nlp, "Shaira Roberto, popularly known as Sanya Lopez, is a Filipina actress from Laguna.")
    assert ("Shaira Roberto", "Sanya Lopez") in pairs


def test_birth_names_and_former_names(nlp):
    """ "X was born Y", "X (born Y" and "X (then known as Y)" give one person two names;
    "born in London" and "born 1922" give none."""
    pairs = _pairs(
        nlp,
        "Grayson Hall was born Shirley Grossman in Philadelphia. Bonnie Tyler (then known as Gaynor Hopkins) "
        "sang in pubs. Tom Smith was born in London in 1922.",
    )
    assert ("Grayson Hall", "Shirley Grossman") in pairs
    assert ("Bonnie Tyler", "Gaynor Hopkins") in pairs
    assert not any(a == "Tom Smith" for a, _ in pairs)


def _phrase(doc, words):
    """The token range of the first occurrence of ``words`` in ``doc``."""
    toks = [t.text for t in doc]
    n = len(words.split())
    start = next(i for i in range(len(toks)) if toks[i : i + n] == words.split())
    return (start, start + n)


@pytest.mark.parametrize(
    "text, phrase, gloss",
    [
        (
            "The reform broke up latifundios, or large rural estates, which covered the land.",
            "latifundios",
            "large rural estates",
        ),
        ("Dry riverbeds (or wadis) became roads.", "Dry riverbeds", "wadis"),
        ("Blogs, short for web logs, have become popular.", "Blogs", "web logs"),
        ("Online diaries, also known as web logs, spread.", "Online diaries", "web logs"),
        ("Students protested against tuition fees, or even voter apathy, but not much.", "tuition fees", None),
        ("The stall sells apples, pears, or plums, every day.", "pears", None),
        ("They fought over tuition fees or voter apathy last year.", "tuition fees", None),
    ],
)
def test_defined_glosses(nlp, text, phrase, gloss):
    """A gloss is set off as an insertion that closes where it ends; a disjunction running on
    ("or even"), a later item of a list, or an "or" without commas glosses nothing."""
    doc = nlp(text)
    words = [phrase] + ([gloss] if gloss else []) + ["voter apathy", "plums"]
    ranges = [_phrase(doc, w) for w in words if w in text]
    found = [(doc[a[0] : a[1]].text, doc[b[0] : b[1]].text) for a, b in defined_glosses(doc, ranges)]
    assert found == ([(phrase, gloss)] if gloss else [])
