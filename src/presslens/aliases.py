"""Aliases a text defines for a name: "Islamic State-Khorasan, also known as ISIS-K", "the National
Security Council (NSC)"; and glosses it gives a common noun phrase: "blogs, or web logs,".

Used by the entity grouping (:mod:`presslens.entities`) and the keyphrase
concepts (:mod:`presslens.keywords.phrases`), so both merge the same names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

#: Words between a name and the alias it is given (after an optional comma).
ALIAS_CUES = (("also", "known", "as"), ("known", "as"), ("aka",))
#: Words between a noun phrase and its gloss after a comma: the alias cues and "short for" ("blogs,
#: short for web logs,").
GLOSS_CUES = (*ALIAS_CUES, ("short", "for"))


def defined_aliases(doc: Doc, names: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of name ranges the text declares equivalent.

    ``X, also known as Y``, ``X, known as Y`` (``better known as``, ``popularly known
    as``, ``(then known as Y)``), ``X, aka Y`` and a birth name (``X was born Y``, ``X
    (born Y``, ``X, née Y``) where X and Y are
    names ("Islamic State-Khorasan, also known as ISIS-K"), and ``X (Y)`` where Y
    is a short form of X: its letters appear in X's in order and it starts with
    the initial of one of X's words ("the National Security Council (NSC)",
    "Islamic State-Khorasan (ISIS-K)"). A name in brackets that is no short form
    of the one before it is a gloss, not an alias: "Aurelien Rougerie
    (Clermont)" names a player's club. A form given as the alias of two
    different names in one text defines neither ("Dimitri Yachvili (Biarritz)
    and Serge Betsen (Biarritz)").

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
            alias = by_start[j + 1]
            if short_form_of(doc[alias[0] : alias[1]].text, doc[s:e].text):
                pairs.append(((s, e), alias))
            continue
        if j < len(doc) and doc[j].text == "(":
            j += 1  # "Bonnie Tyler (then known as Gaynor Hopkins)", "Hall (born Shirley Grossman)"
        if j < len(doc) and doc[j].pos_ == "ADV":
            j += 1  # "popularly known as", "better known as" (and "also known as")
        for cue in ALIAS_CUES:
            words = [t.lower_ for t in doc[j : j + len(cue)]]
            if tuple(words) == cue and j + len(cue) in by_start:
                pairs.append(((s, e), by_start[j + len(cue)]))
                break
        else:
            birth = _birth_name(doc, s, e, j, by_start)
            if birth is not None:
                pairs.append(((s, e), birth))
    long_forms: dict[str, set[str]] = {}
    for (s, e), (a, b) in pairs:
        long_forms.setdefault(doc[a:b].text.lower(), set()).add(doc[s:e].text.lower())
    return [(x, y) for x, y in pairs if len(long_forms[doc[y[0] : y[1]].text.lower()]) == 1]


#: What closes an inserted phrase: a comma, bracket or dash; after an opening bracket, the bracket.
_CLOSING = frozenset(",)-–—")
_CLOSING_BRACKET = frozenset(")")


def defined_glosses(doc: Doc, phrases: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of noun phrases the text gives as two words for one thing.

    A phrase glossed by another set off as an insertion: ``X, or Y,`` ("blogs, or
    web logs, have become popular"; "dry riverbeds, or wadis, became roads"), ``X (or
    Y)``, and ``X, also known as Y,``, ``X, known as Y,`` or ``X, short for Y,``
    (:data:`GLOSS_CUES`). The
    gloss must end where the insertion closes (a comma, bracket or dash), so a
    disjunction running on ("tuition fees, or even voter apathy, but") is none, and
    ``X`` must not be a later item of a list ("apples, pears, or plums,": the parser
    makes "pears" a conjunct of "apples").

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    phrases : list of (int, int)
        Token ranges ``(start, end)`` of the noun phrases found.

    Returns
    -------
    list of ((int, int), (int, int))
        Pairs ``(phrase, gloss)`` of token ranges.
    """
    by_start = {s: (s, e) for s, e in phrases}
    pairs = []
    for s, e in phrases:
        # most phrases are followed by no comma or bracket: one token read decides
        if e + 2 >= len(doc) or doc[e].text not in (",", "(") or doc[e - 1].dep_ == "conj":
            continue
        words = [doc[k].lower_ for k in range(e, min(e + 5, len(doc)))]
        j: int | None = e + 2 if words[:2] in ([",", "or"], ["(", "or"]) else None
        if j is None and words[0] == ",":
            j = next((e + 1 + len(c) for c in GLOSS_CUES if tuple(words[1 : 1 + len(c)]) == c), None)
        gloss = by_start.get(j) if j is not None else None
        if gloss is None or gloss[1] >= len(doc):
            continue
        close = _CLOSING_BRACKET if doc[e].text == "(" else _CLOSING
        if doc[gloss[1]].text in close:
            pairs.append(((s, e), gloss))
    return pairs


def _birth_name(doc: Doc, s: int, e: int, j: int, by_start: dict) -> tuple[int, int] | None:
    """The birth name a text gives a person: "Hall was born Shirley Grossman", "Hall (born
    Shirley Grossman; 1922)", "Janet Smith, née Brown". The name must follow the cue at once
    and be a person's or no recognised entity ("born in London" and "born 1922" are none)."""
    words = [t.lower_ for t in doc[j : j + 2]]
    if words[:1] in (["born"], ["née"], ["nee"]):
        k = j + 1
    elif words == ["was", "born"] and doc[s:e].root.dep_ in ("nsubj", "nsubjpass"):
        k = j + 2
    else:
        return None
    alias = by_start.get(k)
    if alias is None or doc[k].ent_type_ not in ("PERSON", "") or doc[k].pos_ != "PROPN":
        return None
    return alias


def short_form_of(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long``: shorter, its letters found in ``long``'s in order,
    and its first letter the initial of one of ``long``'s words.

    Parameters
    ----------
    short : str
        The form in brackets ("NSC", "ISIS-K", "Frelimo").
    long : str
        The name before it.

    Returns
    -------
    bool

    Examples
    --------
    >>> short_form_of("NSC", "National Security Council"), short_form_of("Clermont", "Aurelien Rougerie")
    (True, False)
    """
    letters = [c for c in short.lower() if c.isalnum()]
    words = [w for w in re.split(r"[^\w]+", long.lower()) if w]
    rest = "".join(words)
    if not letters or len(letters) >= len(rest):
        return False
    if not any(w.startswith(letters[0]) for w in words):
        return False
    pos = rest.find(letters[0], rest.index(next(w for w in words if w.startswith(letters[0]))))
    for c in letters[1:]:
        pos = rest.find(c, pos + 1)
        if pos < 0:
            return False
    return True
