"""Named entities — people, organisations, places — grouped by what they refer to.

Mentions of one entity are grouped ("Jack Teixeira", "Teixeira"; "US",
"U.S.", "United States") and near-identical spellings of different groups are
flagged as possible variants or misspellings ("Teixeria" / "Teixeira"),
using Jaro–Winkler similarity from ``jellyfish``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import jellyfish
from spacy.language import Language
from spacy.tokens import Doc

from presslens.article import Article

#: spaCy labels kept, and the kind reported for each.
ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
                "FAC": "place", "NORP": "group"}
#: Jaro–Winkler similarity from which two different names are flagged as possible variants.
VARIANT_THRESHOLD = 0.9


@dataclass
class Entity:
    """One entity and its mentions.

    Attributes
    ----------
    name : str
        Canonical name: the longest mention.
    kind : str
        ``person``, ``organisation``, ``place`` or ``group``.
    mentions : list of str
        Distinct surface forms, in order of appearance.
    spans : list of (int, int)
        Character offsets of every mention.
    """

    name: str
    kind: str
    mentions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Number of mentions."""
        return len(self.spans)

    @property
    def first_start(self) -> int:
        """Offset of the first mention."""
        return self.spans[0][0]


@lru_cache(maxsize=16384)
def normalise_name(text: str) -> str:
    """Name for matching: no leading article, possessive or dots; whitespace folded."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the|The|THE) ", "", text)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    return text.replace(".", "")


def acronym(name: str) -> str:
    """Initials of the capitalised words of a name ("United States" → "US")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _same(a: str, b: str, kind: str) -> bool:
    if a.lower() == b.lower():
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_.split()) > 1 and short.isupper() and short == acronym(long_):
        return True
    if kind in ("person", "organisation") and set(short.split()) < set(long_.split()):
        return True
    return False


def extract_entities(doc: Doc) -> list[Entity]:
    """Entities of ``doc`` with grouped mentions, most mentioned first (ties: first mention)."""
    groups: list[Entity] = []
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        name = normalise_name(ent.text)
        if not name:
            continue
        target = None
        if len(name.split()) == 1:  # a surname alone, whatever label NER gave it, is that person
            target = next((g for g in groups if g.kind == "person" and len(g.name.split()) > 1
                           and g.name.split()[-1] == name), None)
        if target is None:
            target = next((g for g in groups if (g.kind == kind or {g.kind, kind} <= {"place", "organisation"})
                           and any(_same(name, normalise_name(m), kind) for m in g.mentions)), None)
        if target is None:
            target = Entity(name, kind)
            groups.append(target)
        if ent.text not in target.mentions:
            target.mentions.append(ent.text)
        target.spans.append((ent.start_char, ent.end_char))
        if len(name) > len(target.name) and not name.isupper():
            target.name = name
    return sorted(groups, key=lambda g: (-g.count, g.first_start))


@dataclass(frozen=True)
class Variant:
    """Two entity names that are near-identical spellings of each other."""

    name_a: str
    name_b: str
    kind: str
    similarity: float


def spelling_variants(entities: list[Entity], threshold: float = VARIANT_THRESHOLD) -> list[Variant]:
    """Pairs of different entities (or different mentions within one) whose names are near-identical.

    Compares names of the same kind token by token-string with Jaro–Winkler
    similarity; identical names are not variants. Most similar pairs first.
    """
    names: list[tuple[str, str]] = []
    for e in entities:
        for m in [e.name, *e.mentions]:
            n = normalise_name(m)
            if (n, e.kind) not in names:
                names.append((n, e.kind))
    out = []
    for i, (a, ka) in enumerate(names):
        for b, kb in names[i + 1:]:
            wa, wb = set(re.split(r"[\s-]+", a)), set(re.split(r"[\s-]+", b))
            if ka != kb or a.lower() == b.lower() or wa <= wb or wb <= wa:
                continue  # the same name, or one a part of the other ("ISIS" / "ISIS-K")
            sim = jellyfish.jaro_winkler_similarity(a.lower(), b.lower())
            if sim >= threshold:
                out.append(Variant(a, b, ka, round(sim, 4)))
    return sorted(out, key=lambda v: (-v.similarity, v.name_a, v.name_b))


ENTITY_COLUMNS = ["doc", "entity", "kind", "count", "first_start", "first_position", "mentions", "spans"]


def entity_table(entities: list[Entity], text_length: int, doc_path: str):
    """The entity records as a DataFrame (fixed columns, also when there are no entities)."""
    import pandas as pd
    return pd.DataFrame(entity_records(entities, text_length, doc_path), columns=ENTITY_COLUMNS)


def entity_records(entities: list[Entity], text_length: int, doc_path: str) -> list[dict]:
    """JSON-ready rows: one per entity with its count, first position and mentions."""
    return [{"doc": doc_path, "entity": e.name, "kind": e.kind, "count": e.count,
             "first_start": e.first_start, "first_position": e.first_start / text_length if text_length else 0.0,
             "mentions": e.mentions, "spans": [list(s) for s in e.spans]} for e in entities]


def entity_summary(entities: list[Entity], top: int = 5) -> dict:
    """Counts for the written analysis: ``n_entities``, ``n_people``, ``n_organisations``,
    ``n_places``, and the ``top`` entities (``name``, ``kind``, ``count``) in the given order."""
    return {
        "n_entities": len(entities),
        "n_people": sum(e.kind == "person" for e in entities),
        "n_organisations": sum(e.kind == "organisation" for e in entities),
        "n_places": sum(e.kind == "place" for e in entities),
        "top_entities": [{"name": e.name, "kind": e.kind, "count": e.count} for e in entities[:top]],
    }


def caption_entities(article: Article, nlp: Language) -> list[Entity]:
    """Entities named in the article's photo captions (parsed on their own; offsets are file offsets)."""
    entities: list[Entity] = []
    for cap in article.captions:
        if cap.kind != "caption":
            continue
        for e in extract_entities(nlp(cap.text)):
            e.spans = [(s + cap.start, t + cap.start) for s, t in e.spans]
            entities.append(e)
    return entities
