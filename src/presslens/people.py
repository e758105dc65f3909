"""People of an article: one record per person, with every mention, a gender and whether they are quoted.

People are the person referents of the article's mention layer
(:func:`presslens.coref.find_mentions`) that are named at least once: every
name, description and pronoun of one person is one referent there, so the
people, the entities, the quotation sources and the report count the same
people. A person's name is the longest name of the referent ("Doug McCallum",
not "McCallum"); a lone surname with a title stays apart from a namesake of
the other gender ("Mrs Howard" is not "Michael Howard").

Gender, in this order (:func:`presslens.coref.gender_of`):

1. the person's own titles (Mr, Sir, Lord → male; Mrs, Ms, Miss, Dame, Lady → female);
2. the pronouns he/him/his/himself and she/her/hers/herself that the mention
   layer resolved to the person, outside quotations; the majority decides, a tie
   is ``unknown``;
3. the first name in nomquamgender's name data (:mod:`presslens.names`), only
   where it is clearly gendered (p(gf) ≤ 0.1 or ≥ 0.9);
4. otherwise ``unknown``. Organisations, places and things have no gender.

This is gender *as inferred from a text and a name list*: binary plus
unknown, not anyone's self-identification, and wrong for names used by
several genders. It follows the approach of the SFU Gender Gap Tracker (Asr et
al. 2021), without its online name services.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from presslens.lexicon import POSTNOMINALS

if TYPE_CHECKING:  # presslens.quotes resolves sources through this module
    from presslens.quotes.extract import Quote

GENDERS = ("female", "male", "unknown")


@dataclass(frozen=True)
class Person:
    """One person of an article.

    Attributes
    ----------
    name : str
        The longest name of the chain of mentions.
    gender : {"female", "male", "unknown"}
    gender_evidence : str
        What decided it: ``"title: Ms ×1"``, ``"text: she ×2"``, ``"first name: Helen (nomquamgender)"``
        or ``"none"``.
    mentions : tuple of (int, int)
        Character offsets of every mention, in text order.
    is_source : bool
        Whether any quotation is attributed to the person.
    n_quotes : int
        Quotations attributed to the person.
    """

    name: str
    gender: str
    gender_evidence: str
    mentions: tuple[tuple[int, int], ...]
    is_source: bool = False
    n_quotes: int = 0

    @property
    def n_mentions(self) -> int:
        """Number of mentions."""
        return len(self.mentions)


def source_person(source: str | None, people: list[Person]) -> Person | None:
    """The person a quotation's canonical source names, if any ("spokeswoman Adrienne Watson" → Watson).

    The source's last word must be in the person's name: a name the source only mentions on the
    way to its head is not the source ("Howard Flight's local Conservative association").

    Parameters
    ----------
    source : str or None
        A quotation's canonical source.
    people : list of Person
        The article's people.

    Returns
    -------
    Person or None
    """
    if not source:
        return None
    words = [re.sub(r"(?:'s|’s|'|’)$", "", w) for w in source.split()]
    while words and words[-1] in POSTNOMINALS:  # "Guy Mansfield QC"
        words.pop()
    if not words:
        return None
    fits = [
        p
        for p in people
        if words[-1] in p.name.split() and (set(p.name.split()) <= set(words) or set(words) <= set(p.name.split()))
    ]
    return max(fits, key=lambda p: len(p.name.split())) if fits else None


def people(doc: Doc, quotes: list[Quote] | None = None) -> list[Person]:
    """The people of ``doc``, in order of first mention, with gender and quotation counts.

    Parameters
    ----------
    doc : Doc
        A parsed text with named entities.
    quotes : list of Quote, optional
        The text's quotations with resolved sources (:func:`presslens.quotes.find_quotes`): their
        spans are left out of the pronoun evidence, and their sources give ``is_source`` and
        ``n_quotes``.

    Returns
    -------
    list of Person
    """
    quotes = quotes or []
    return count_quotations(identify_people(doc, quoted_spans(quotes)), quotes)


def count_quotations(found: list[Person], quotes: list[Quote]) -> list[Person]:
    """``found`` with ``is_source`` and ``n_quotes`` set: the quotations whose source is the person
    (:func:`presslens.quotes.find_quotes` names each person source by the person's name).

    Parameters
    ----------
    found : list of Person
        From :func:`identify_people` (with the same quotations' spans).
    quotes : list of Quote
        Quotations with resolved sources.

    Returns
    -------
    list of Person
        Same order.
    """
    counts = Counter(q.source for q in quotes if q.source_type == "person")
    return [
        Person(p.name, p.gender, p.gender_evidence, p.mentions, counts[p.name] > 0, counts[p.name]) for p in found
    ]


def quoted_spans(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Offsets of the quoted words (direct, mixed and continued quotations) of ``quotes``."""
    return [(q.start, q.end) for q in quotes if q.kind in ("direct", "mixed", "continuation")]


def identify_people(doc: Doc, quoted: Sequence[tuple[int, int]] = ()) -> list[Person]:
    """The people of ``doc`` with names and genders, before quotations are counted.

    Parameters
    ----------
    doc : Doc
        A parsed text with named entities.
    quoted : list of (int, int)
        Quoted passages, whose pronouns are not evidence of gender (:func:`quoted_spans`).

    Returns
    -------
    list of Person
        ``is_source`` false and ``n_quotes`` 0.
    """
    from presslens.coref import find_mentions

    return people_of(find_mentions(doc, list(quoted)))


def people_of(layer) -> list[Person]:
    """The person referents of a mention layer that are named at least once, in order of first mention.

    Parameters
    ----------
    layer : presslens.coref.MentionLayer
        The article's mention layer.

    Returns
    -------
    list of Person
        ``is_source`` false and ``n_quotes`` 0; ``mentions`` are the name mentions.
    """
    from presslens.coref import gender_of

    out = []
    for r in layer.referents:
        names = r.names
        if r.kind != "person" or not names:
            continue
        gender, evidence = gender_of(r)
        out.append(Person(r.name, gender, evidence, tuple((m.start, m.end) for m in names)))
    return out


#: Columns of the ``people`` table (:func:`people_records`).
PEOPLE_COLUMNS = ["doc", "name", "gender", "gender_evidence", "n_mentions", "is_source", "n_quotes"]


def people_records(found: list[Person], doc_path: str) -> list[dict]:
    """One JSON-ready record per person: the ``people`` table's columns.

    Parameters
    ----------
    found : list of Person
        From :func:`people`.
    doc_path : str
        The document's path.

    Returns
    -------
    list of dict
        Keys :data:`PEOPLE_COLUMNS`.
    """
    return [
        {
            "doc": doc_path,
            "name": p.name,
            "gender": p.gender,
            "gender_evidence": p.gender_evidence,
            "n_mentions": p.n_mentions,
            "is_source": p.is_source,
            "n_quotes": p.n_quotes,
        }
        for p in found
    ]


def gender_shares(table) -> dict:
    """Women and men among the people, the sources and the quotations of a ``people`` table.

    Parameters
    ----------
    table : pandas.DataFrame
        Columns ``gender``, ``is_source``, ``n_quotes`` (:func:`people_records`, one article or many).

    Returns
    -------
    dict
        ``n_people``, ``n_sources``, ``n_quotes`` (quotations attributed to people), and for each
        of people, sources and quotes the counts by gender and ``share_female`` (women among
        those of known gender; ``None`` when no gender is known).
    """
    out: dict = {
        "n_people": int(len(table)),
        "n_sources": int(table["is_source"].sum()) if len(table) else 0,
        "n_quotes": int(table["n_quotes"].sum()) if len(table) else 0,
    }
    for what, rows, weight in (
        ("people", table, None),
        ("sources", table[table["is_source"]] if len(table) else table, None),
        ("quotes", table, "n_quotes"),
    ):
        counts = {
            g: int(rows.loc[rows["gender"] == g, weight].sum() if weight else (rows["gender"] == g).sum())
            for g in GENDERS
        }
        known = counts["female"] + counts["male"]
        out[what] = {**counts, "share_female": counts["female"] / known if known else None}
    return out
