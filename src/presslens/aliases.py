"""Aliases a text defines for a name: "Islamic State-Khorasan, also known as ISIS-K", "the National
Security Council (NSC)".

Used by the entity grouping (:mod:`presslens.entities`) and the keyphrase
concepts (:mod:`presslens.keywords.phrases`), so both merge the same names.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Words between a name and the alias it is given (after an optional comma).
ALIAS_CUES = (("also", "known", "as"), ("known", "as"), ("aka",))


def defined_aliases(doc: Doc, names: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of name ranges the text declares equivalent.

    ``X (Y)``, ``X, also known as Y``, ``X, known as Y`` and ``X, aka Y``
    where X and Y are names: e.g. "Islamic State-Khorasan, also known as
    ISIS-K" or "the National Security Council (NSC)".

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    names : list of (int, int)
        Token ranges ``(start, end)`` of the names found so far.

    Returns
    -------
    list of ((int, int), (int, int))
        Pairs ``(long form, alias)`` of name ranges the text declares equivalent.
    """
    by_start = {s: (s, e) for s, e in names}
    pairs = []
    for s, e in names:
        j = e
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].text == "(" and j + 1 in by_start:
            pairs.append(((s, e), by_start[j + 1]))
            continue
        for cue in ALIAS_CUES:
            words = [t.lower_ for t in doc[j:j + len(cue)]]
            if tuple(words) == cue and j + len(cue) in by_start:
                pairs.append(((s, e), by_start[j + len(cue)]))
                break
    return pairs
