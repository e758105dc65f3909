"""Titles of works, most of them written in quotation marks ("his 1984 play, “Glengarry Glen Ross”").

American and Canadian house styles quote the titles of plays, films, songs, albums, books and
shows; a name inside one ("Glen Ross") is part of the title, no person. A quoted passage is taken
for a title when its words are all capitalised (small words such as "of", "the" and "in" aside)
and it either holds at least two capitalised words other than its first, or follows a noun for a
kind of work ("the play “Oleanna”").

BBC house style writes titles without marks after a kind of work ("comedy Christmas with the
Kranks"); :func:`titles_after_a_kind_of_work` finds those whose words run on past a small word.
"""

from __future__ import annotations

import re
from functools import cache

#: Nouns for kinds of works whose titles are quoted ("the album “Thriller”").
WORK_KINDS = frozenset(
    """play film movie album song single book novel memoir show series sitcom drama musical opera
hit track record programme program documentary poem painting exhibition episode story column
ballet comedy thriller biography commentary article editorial essay headline slogan""".split()
)
#: Words a title keeps in lower case.
SMALL_WORDS = frozenset("a an the of and or in on at to for with from by vs nor but as".split())

_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,100}?)[\"”]")
_TRAILING = ".,!?;:"


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Character spans (marks and closing punctuation left out) of the quoted titles of ``text``.

    Parameters
    ----------
    text : str
        A text.

    Returns
    -------
    list of (int, int)
        In text order.

    Examples
    --------
    >>> t = 'Mamet won the prize for his play, "Glengarry Glen Ross." "Yes," he said.'
    >>> [t[s:e] for s, e in quoted_titles(t)]
    ['Glengarry Glen Ross']
    """
    out = []
    for m in _QUOTED.finditer(text):
        start, end = m.span(1)
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        words = text[start:end].split()
        if not words or len(words) > 8 or not words[0][:1].isupper():
            continue
        if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words):
            continue
        capitalised = [w for w in words[1:] if w[:1].isupper() and w.lower() not in SMALL_WORDS]
        if len(capitalised) >= 2 or follows_a_kind_of_work(text, m.start()):
            out.append((start, end))
    return out


def follows_a_kind_of_work(text: str, start: int) -> bool:
    """Whether the word before offset ``start`` (a comma or mark aside, not a colon) is a noun for a
    kind of work ("the play “Oleanna”", "his 1984 play, “…”", "Davis' commentary, “Melania, tell
    your immigrant story”").

    Parameters
    ----------
    text : str
        The text.
    start : int
        An offset into it (a title's opening mark).

    Returns
    -------
    bool
    """
    before = text[max(0, start - 30) : start].rstrip()
    if before.endswith((":", ".", "!", "?")):  # "in his column: “…”", "… programme. “…”": said
        return False
    words = re.findall(r"[A-Za-z]+", before)
    return bool(words) and words[-1].lower() in WORK_KINDS


def titles_after_a_kind_of_work(doc) -> list[tuple[int, int]]:
    """Token ranges of titles written without quotation marks after a noun for a kind of work
    whose words run on past a small word ("comedy Christmas with the Kranks", "the album In the
    Zone"), as BBC house style writes them.

    A title of capitalised words alone ("Jude Law film Closer") is a name to the recogniser and
    is not listed; a small word before a person's name ends a title ("the film Ray with Jamie
    Foxx", "the film The Sea Inside from Spain"), and so does a capitalised small word after
    "and" ("the series Early Doors and The Alan Clark Diaries" are two).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed text (tagger and entity recogniser).

    Returns
    -------
    list of (int, int)
        In text order.
    """
    out: list[tuple[int, int]] = []
    if not len(doc):
        return out
    kinds = _work_kind_ids()
    # the words' lower-case forms as ids, not a Token per word
    for k in [i for i, w in enumerate(doc.to_array(["LOWER"]).tolist()) if w in kinds]:
        if _names_a_kind(doc[k]):
            end = _title_end(doc, k + 1)
            if end is not None:
                out.append((k + 1, end))
    return out


def _names_a_kind(tok) -> bool:
    """Whether a word of :data:`WORK_KINDS` is a common noun for a kind of work, not a word of a
    name ("Film Festival", "Royal Ballet")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.text[:1].isupper() and not tok.is_sent_start:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return not (before is not None and before.is_alpha and before.text[:1].isupper())


def _title_end(doc, start: int) -> int | None:
    """Where a title starting at token ``start`` ends, if it runs on past a lower-case small word."""
    i, end, small = start, None, False
    while i < len(doc):
        word = doc[i]
        if _title_word(word):
            end = i = i + 1
            continue
        if word.lower_ not in SMALL_WORDS or end is None and not word.text[:1].isupper():
            break
        j = i
        while j < len(doc) and doc[j].lower_ in SMALL_WORDS:
            j += 1
        joined = doc[i:j]
        if j >= len(doc) or not _title_word(doc[j]) or _starts_another_title(joined):
            break
        small = small or any(t.text.islower() for t in joined)
        i = j
    return end if small else None


def _title_word(tok) -> bool:
    """A capitalised word that may continue a title (no person's name, no place)."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ not in _ENDS_A_TITLE


#: Labels of a name after a small word that ends a title: "the film Ray with Jamie Foxx", "the
#: film The Sea Inside from Spain".
_ENDS_A_TITLE = frozenset(("PERSON", "GPE"))


def _starts_another_title(small_words) -> bool:
    """Whether small words between capitalised ones join two titles ("Early Doors and The Alan
    Clark Diaries"), not the words of one ("An Officer and a Gentleman")."""
    texts = [t.text for t in small_words]
    return any(w in ("and", "or") for w in texts) and any(w[:1].isupper() for w in texts)


@cache
def _work_kind_ids() -> frozenset[int]:
    """The string ids (hashes) of :data:`WORK_KINDS`, as spaCy stores a word's lower-case form."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(k) for k in WORK_KINDS)
