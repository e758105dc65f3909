"""Mentions of people by name: the recogniser's people and titled names ("Mr Mubanga", "Dr Jones"),
without titles, leading articles or possessives, each with the title written before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from presslens.lexicon import CURRENCY_WORDS, HONORIFICS, ROLE_TITLES
from presslens.names import common_first_name, p_female


@dataclass(frozen=True)
class NameMention:
    """One mention of a person: character offsets, the name as written, and a title before it."""

    start: int
    end: int
    text: str
    honorific: str | None = None


def _described_as_person(ent: Span) -> bool:
    """A first name and a surname with a person's role in apposition ("Simon Yates, a senior
    analyst"), with a role right before ("shadow chancellor Vince Cable"), or set off by commas
    with where the person is from ("Toshihiko Horiuchi, from Hitachi's research laboratory,
    said"), whatever the recogniser's label: a title marks a person, and so do these. A role in
    apposition needs a common first name; the others any first name of the name data, as firms
    named after people ("Louis Vuitton") have no role before them and are from nowhere."""
    words = ent.text.split()
    if not (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
    ):
        return False
    children = list(ent.root.children)
    role = any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_TITLES for c in children)
    if role and common_first_name(words[0]):
        return True
    doc = ent.doc
    # "Liberal Democrat shadow chancellor Vince Cable", labelled an organisation: a role before the name
    titled = ent.start > 0 and doc[ent.start - 1].lemma_.lower() in ROLE_TITLES and ent.root.dep_ != "compound"
    affiliated = titled or any(
        c.dep_ == "prep" and c.lower_ == "from" and c.i == ent.end + 1 and doc[ent.end].text == ","
        for c in children
    )
    return affiliated and p_female(words[0]) is not None


def _clean(span: Span) -> tuple[int, int, str | None] | None:
    """Token range of a name without leading articles, titles and trailing possessives, and its title."""
    doc = span.doc
    start, end = span.start, span.end
    honorific = None
    if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        honorific = doc[start - 1].lower_.rstrip(".")
    while start < end and (
        doc[start].pos_ in ("DET", "PUNCT", "SPACE")
        or doc[start].is_space
        or doc[start].lower_.rstrip(".") in HONORIFICS
        or doc[start].lemma_ == "say"
    ):
        if doc[start].lower_.rstrip(".") in HONORIFICS:
            honorific = doc[start].lower_.rstrip(".")
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if end <= start or not doc[start].text[:1].isupper():
        return None
    return start, end, honorific


def person_mentions(doc: Doc) -> list[NameMention]:
    """Mentions of people in ``doc``, in text order (see the module docstring).

    Parameters
    ----------
    doc : Doc
        A parsed text with named entities.

    Returns
    -------
    list of NameMention
    """
    ranges: dict[int, tuple[int, int, str | None]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            r = _clean(ent)
            if r:
                ranges[r[0]] = r
        elif _described_as_person(ent):  # "Simon Yates, a senior analyst for Forrester", a work of art
            ranges.setdefault(ent.start, (ent.start, ent.end, None))
    for tok in doc[:-1]:  # "Mr Mubanga" where the recogniser missed the name
        if tok.lower_.rstrip(".") in HONORIFICS and tok.text[:1].isupper() and doc[tok.i + 1].pos_ == "PROPN":
            end = tok.i + 1
            while end < len(doc) and (  # a title marks a person, whatever the label
                doc[end].pos_ == "PROPN"
                or doc[end].text == "-"  # "Mr Kilroy-Silk"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and end + 1 < len(doc)
                and doc[end + 1].pos_ == "PROPN"
            ):
                end += 1
            if end > tok.i + 1 and not any(s <= tok.i + 1 < e for s, e, _ in ranges.values()):
                ranges[tok.i + 1] = (tok.i + 1, end, tok.lower_.rstrip("."))
    out = []
    for start, end, honorific in sorted(ranges.values()):
        span = doc[start:end]
        if not honorific and (
            any(c.isdigit() for c in span.text)
            or len(span) == 1
            and (span.text.isupper() or span.text.lower() in CURRENCY_WORDS)
        ):
            continue  # "MI6", "BBC", "Euros": the recogniser's people that are not names of people
        out.append(NameMention(span.start_char, span.end_char, re.sub(r"\s+", " ", span.text), honorific))
    return out
