"""People of an article: one record per person, with every mention, a gender and whether they are quoted.

Mentions are the parse's PERSON entities and titled names ("Mr Mubanga",
"Dr Jones"), without titles, leading articles or possessives. Mentions are
chained over the whole article: a mention joins the most recent chain whose
longest name contains all its words ("Watson" → "Adrienne Watson"), or whose
words it contains (a fuller name later); otherwise it starts a new person.
A person's name is the longest name of the chain ("Doug McCallum", not
"McCallum").

Gender is inferred from the text first, then from the first name:

1. honorifics (Mr, Sir, Lord → male; Mrs, Ms, Miss, Dame, Lady → female) and
   the pronouns he/him/his/himself and she/her/hers/herself outside
   quotations whose nearest preceding person mention (in the same or the
   previous sentence, with no role noun such as "official" between them) is
   the person; the majority decides, a tie is ``unknown``;
2. otherwise the first name in the lexicon of the ``gender-guesser`` package
   (Jörg Michael's ``nam_dict``, about 40,000 first names; code GPL-3.0, data
   GNU FDL), shipped offline: ``male``/``mostly_male`` → male,
   ``female``/``mostly_female`` → female;
3. otherwise ``unknown``.

This is gender *as inferred from a text and a name list*: binary plus
unknown, not anyone's self-identification, and wrong for names used by
several genders or absent from the lexicon. It follows the approach of the
SFU Gender Gap Tracker (Asr et al. 2021), without its online name services.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:  # presslens.quotes resolves sources through this module
    from presslens.quotes.extract import Quote

GENDERS = ("female", "male", "unknown")
#: Titles before a name and the gender they state (``None``: none stated).
HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": None, "dr": None,
              "prof": None, "professor": None, "sir": "male", "dame": "female", "lord": "male",
              "lady": "female", "rev": None}
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}
#: Nouns for unnamed people: a pronoun after one of them refers to it, not to an earlier name.
ROLE_NOUNS = frozenset("""official officials spokesman spokeswoman spokesperson source sources aide
officer analyst expert witness resident man woman boy girl doctor lawyer minister president chief
executive manager boss coach player father mother son daughter wife husband brother sister friend""".split())
#: How many sentences back a pronoun looks for its person.
PRONOUN_WINDOW = 1


@dataclass(frozen=True)
class Mention:
    """One mention of a person: character offsets, the name as written, and a title before it."""

    start: int
    end: int
    text: str
    honorific: str | None = None


@dataclass(frozen=True)
class Person:
    """One person of an article.

    Attributes
    ----------
    name : str
        The longest name of the chain of mentions.
    gender : {"female", "male", "unknown"}
    gender_evidence : str
        What decided it: ``"text: she ×2, Ms ×1"``, ``"first name: Helen (gender-guesser)"``
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


@dataclass
class _Chain:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max((m.text for m in self.mentions), key=lambda t: (len(t.split()), len(t)))

    def matches(self, words: set[str]) -> bool:
        name = set(self.name.split())
        return words <= name or name <= words


def _clean(span: Span) -> tuple[int, int, str | None] | None:
    """Token range of a name without leading articles, titles and trailing possessives, and its title."""
    doc = span.doc
    start, end = span.start, span.end
    honorific = None
    if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        honorific = doc[start - 1].lower_.rstrip(".")
    while start < end and (doc[start].pos_ in ("DET", "PUNCT", "SPACE") or doc[start].is_space
                           or doc[start].lower_.rstrip(".") in HONORIFICS or doc[start].lemma_ == "say"):
        if doc[start].lower_.rstrip(".") in HONORIFICS:
            honorific = doc[start].lower_.rstrip(".")
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if end <= start or not doc[start].text[:1].isupper():
        return None
    return start, end, honorific


def person_mentions(doc: Doc) -> list[Mention]:
    """Mentions of people in ``doc``, in text order (see the module docstring).

    Parameters
    ----------
    doc : Doc
        A parsed text with named entities.

    Returns
    -------
    list of Mention
    """
    ranges: dict[int, tuple[int, int, str | None]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            r = _clean(ent)
            if r:
                ranges[r[0]] = r
    for tok in doc[:-1]:  # "Mr Mubanga" where the recogniser missed the name
        if tok.lower_.rstrip(".") in HONORIFICS and tok.text[:1].isupper() and doc[tok.i + 1].pos_ == "PROPN":
            end = tok.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":  # a title marks a person, whatever the label
                end += 1
            if end > tok.i + 1 and not any(s <= tok.i + 1 < e for s, e, _ in ranges.values()):
                ranges[tok.i + 1] = (tok.i + 1, end, tok.lower_.rstrip("."))
    out = []
    for start, end, honorific in sorted(ranges.values()):
        span = doc[start:end]
        if not honorific and (any(c.isdigit() for c in span.text) or len(span) == 1 and span.text.isupper()):
            continue  # "MI6", "BBC": the recogniser's people that are not names of people
        out.append(Mention(span.start_char, span.end_char, re.sub(r"\s+", " ", span.text), honorific))
    return out


def _chains(mentions: list[Mention]) -> list[_Chain]:
    chains: list[_Chain] = []
    for m in mentions:
        words = set(m.text.split())
        fits = [c for c in chains if c.matches(words)]
        if fits:
            max(fits, key=lambda c: c.mentions[-1].start).mentions.append(m)
        else:
            chains.append(_Chain([m]))
    return chains


def _pronoun_votes(doc: Doc, chains: list[_Chain], quoted: list[tuple[int, int]]) -> dict[int, Counter]:
    """Votes of honorifics and pronouns for each chain (index → Counter of genders and cues)."""
    votes: dict[int, Counter] = {i: Counter() for i in range(len(chains))}
    owner = sorted((m.start, m.end, i) for i, c in enumerate(chains) for m in c.mentions)
    for i, c in enumerate(chains):
        for m in c.mentions:
            gender = HONORIFICS.get(m.honorific or "")
            if gender:
                votes[i][(gender, m.honorific.capitalize())] += 1
    sent_of = {}
    for si, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = si
    for tok in doc:
        gender = PRONOUN_GENDER.get(tok.lower_)
        if gender is None or any(s <= tok.idx < e for s, e in quoted):
            continue
        before = [o for o in owner if o[1] <= tok.idx]
        if not before:
            continue
        start, end, i = before[-1]
        mention_tok = doc.char_span(start, end, alignment_mode="expand")
        if mention_tok is None or sent_of[tok.i] - sent_of[mention_tok.start] > PRONOUN_WINDOW:
            continue
        if any(t.lemma_.lower() in ROLE_NOUNS and t.pos_ == "NOUN" for t in doc[mention_tok.end:tok.i]):
            continue  # "Watson said the official … he": he is the official
        votes[i][(gender, tok.lower_)] += 1
    return votes


@lru_cache(maxsize=1)
def _name_detector():
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


def first_name_gender(name: str) -> str:
    """Gender of a full name's first name in the ``gender-guesser`` lexicon (``unknown`` when absent).

    Examples
    --------
    >>> first_name_gender("Helen Marsh"), first_name_gender("Marc Gasol"), first_name_gender("Gasol")
    ('female', 'male', 'unknown')
    """
    words = name.split()
    if len(words) < 2:
        return "unknown"
    guess = _name_detector().get_gender(words[0])
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(
        guess, "unknown")


def _gender(chain: _Chain, votes: Counter) -> tuple[str, str]:
    by_gender = Counter()
    for (gender, _), n in votes.items():
        by_gender[gender] += n
    if by_gender:
        cues = ", ".join(f"{cue} ×{n}" for (_, cue), n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])))
        if by_gender["female"] != by_gender["male"]:
            return max(by_gender, key=by_gender.get), f"text: {cues}"
        return "unknown", f"text, conflicting: {cues}"
    gender = first_name_gender(chain.name)
    if gender != "unknown":
        return gender, f"first name: {chain.name.split()[0]} (gender-guesser)"
    return "unknown", "none"


def source_person(source: str | None, people: list[Person]) -> Person | None:
    """The person a quotation's canonical source names, if any ("spokeswoman Adrienne Watson" → Watson).

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
    words = set(re.sub(r"(?:'s|’s)$", "", source).split())
    fits = [p for p in people if set(p.name.split()) <= words or words <= set(p.name.split())]
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
    """``found`` with ``is_source`` and ``n_quotes`` set from the people the quotations' sources name.

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
    counts = Counter()
    for q in quotes:
        if q.source_type == "person":
            p = source_person(q.source, found)
            if p is not None:
                counts[p.name] += 1
    return [Person(p.name, p.gender, p.gender_evidence, p.mentions, counts[p.name] > 0, counts[p.name])
            for p in found]


def quoted_spans(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Offsets of the quoted words (direct, mixed and continued quotations) of ``quotes``."""
    return [(q.start, q.end) for q in quotes if q.kind in ("direct", "mixed", "continuation")]


def identify_people(doc: Doc, quoted: list[tuple[int, int]] = ()) -> list[Person]:
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
    chains = _chains(person_mentions(doc))
    votes = _pronoun_votes(doc, chains, list(quoted))
    found = []
    for i, chain in enumerate(chains):
        gender, evidence = _gender(chain, votes[i])
        found.append(Person(chain.name, gender, evidence, tuple((m.start, m.end) for m in chain.mentions)))
    return found


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
    return [{"doc": doc_path, "name": p.name, "gender": p.gender, "gender_evidence": p.gender_evidence,
             "n_mentions": p.n_mentions, "is_source": p.is_source, "n_quotes": p.n_quotes} for p in found]


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
    out: dict = {"n_people": int(len(table)), "n_sources": int(table["is_source"].sum()) if len(table) else 0,
                 "n_quotes": int(table["n_quotes"].sum()) if len(table) else 0}
    for what, rows, weight in (("people", table, None), ("sources", table[table["is_source"]] if len(table)
                                                          else table, None),
                               ("quotes", table, "n_quotes")):
        counts = {g: int(rows.loc[rows["gender"] == g, weight].sum() if weight else (rows["gender"] == g).sum())
                  for g in GENDERS}
        known = counts["female"] + counts["male"]
        out[what] = {**counts, "share_female": counts["female"] / known if known else None}
    return out
