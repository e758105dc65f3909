"""Map extracted terms back to the characters where they occur."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc


@dataclass(frozen=True)
class TokenIndex:
    """The non-space tokens of a document, for matching terms against them.

    Attributes
    ----------
    offsets : list of (int, int)
        Character start and end of each non-space token.
    forms : list of (str, str)
        Lower-cased text and lower-cased lemma of each.
    starts : dict
        Positions (in ``offsets``) where each form occurs, in order.
    """

    offsets: list[tuple[int, int]]
    forms: list[tuple[str, str]]
    starts: dict[str, list[int]]


def token_index(doc: Doc) -> TokenIndex:
    """The :class:`TokenIndex` of ``doc``: computed once per document."""
    offsets: list[tuple[int, int]] = []
    forms: list[tuple[str, str]] = []
    starts: dict[str, list[int]] = {}
    strings = doc.vocab.strings
    rows = doc.to_array([IS_SPACE, LOWER, LEMMA, IDX, LENGTH]).tolist() if len(doc) else []
    for space, lower, lemma, idx, length in rows:
        if space:
            continue
        form = (str(strings[lower]), str(strings[lemma]).lower())
        for f in set(form):
            starts.setdefault(f, []).append(len(offsets))
        offsets.append((idx, idx + length))
        forms.append(form)
    return TokenIndex(offsets, forms, starts)


def find_term_spans(doc: Doc, term: str, index: TokenIndex | None = None) -> list[tuple[int, int]]:
    """Character spans of every occurrence of ``term`` in ``doc``.

    A token sequence matches when each token's lower-cased text or lemma equals
    the corresponding word of ``term`` (lower-cased), so normalised terms
    ("islamic state plot") find their surface forms ("Islamic State plots").
    Occurrences do not overlap (the leftmost wins).

    ``index`` may pass the document's precomputed :func:`token_index`.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    term : str
        The term, as a method returned it.
    index : TokenIndex, optional
        A :func:`token_index` of ``doc``, to reuse across terms.

    Returns
    -------
    list of (int, int)
        Offsets into ``doc.text`` (file offsets for an article's ``parse_text``).
    """
    words = term.lower().split()
    if not words:
        return []
    index = token_index(doc) if index is None else index
    n = len(words)
    spans = []
    free = 0  # first token an occurrence may start at
    for i in index.starts.get(words[0], ()):
        if i < free or i + n > len(index.forms):
            continue
        if all(words[j] in index.forms[i + j] for j in range(1, n)):
            spans.append((index.offsets[i][0], index.offsets[i + n - 1][1]))
            free = i + n
    return spans
