"""Keyterm candidates: noun phrases and named entities, keyed by lemma."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

#: Entity labels that name things worth indexing (not dates, numbers or amounts).
CONTENT_ENTITY_LABELS = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
_EDGE_POS = frozenset("DET PRON PUNCT CCONJ ADP PART SYM NUM SPACE".split())


@dataclass
class Candidate:
    """A candidate term and where it occurs.

    Attributes
    ----------
    key : tuple of str
        Lower-cased lemmas: occurrences with the same key are one candidate.
    text : str
        The first surface form seen.
    spans : list of (int, int)
        Character spans of each occurrence.
    token_starts : list of int
        Token index of each occurrence (for position features).
    is_entity : bool
        Whether any occurrence is a named entity.
    """

    key: tuple[str, ...]
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    is_entity: bool = False


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ in _EDGE_POS or doc[start].is_stop or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].pos_ in _EDGE_POS
        or doc[end - 1].is_stop
        or doc[end - 1].is_space
        or doc[end - 1].tag_ == "POS"
    ):
        end -= 1
    if end <= start or not any(t.is_alpha for t in doc[start:end]):
        return None
    return doc[start:end]


def _key(span: Span) -> tuple[str, ...]:
    return tuple(t.lemma_.lower() if not t.ent_type_ else t.lower_ for t in span if not t.is_punct)


def candidates(doc: Doc, *, max_words: int = 4, min_words: int = 1) -> list[Candidate]:
    """Noun phrases (trimmed of determiners, pronouns and stopwords at the edges),
    their head nouns, and content named entities, grouped by lemma key, in order of first occurrence.

    Spans of fewer than ``min_words`` or more than ``max_words`` tokens are left out.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    max_words : int
        Longest candidate, in words.
    min_words : int
        Shortest candidate, in words.

    Returns
    -------
    list of Candidate
        In order of first occurrence.
    """
    found: dict[tuple[str, ...], Candidate] = {}

    def add(span: Span | None, entity: bool = False) -> None:
        if span is None or not min_words <= len(span) <= max_words:
            return
        key = _key(span)
        if not key:
            return
        cand = found.get(key)
        if cand is None:
            cand = found[key] = Candidate(key, span.text)
        if (span.start_char, span.end_char) not in cand.spans:
            cand.spans.append((span.start_char, span.end_char))
            cand.token_starts.append(span.start)
        cand.is_entity = cand.is_entity or entity

    for ent in doc.ents:
        if ent.label_ in CONTENT_ENTITY_LABELS:
            add(_trim(ent), entity=True)
    for chunk in doc.noun_chunks:
        trimmed = _trim(chunk)
        add(trimmed)
        if trimmed is not None and len(trimmed) > 1 and min_words <= 1:
            head = trimmed.root
            if head.pos_ in ("NOUN", "PROPN") and not head.is_stop:
                add(doc[head.i : head.i + 1])
    for cand in found.values():
        order = sorted(range(len(cand.spans)), key=lambda i: cand.spans[i])
        cand.spans = [cand.spans[i] for i in order]
        cand.token_starts = [cand.token_starts[i] for i in order]
    return sorted(found.values(), key=lambda c: c.spans[0])
