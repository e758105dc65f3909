"""Named entities — people, organisations, places — grouped by what they refer to.

Mentions of one entity are grouped ("Jack Teixeira", "Teixeira"; "US",
"U.S.", "United States") and near-identical spellings of different groups are
flagged as possible variants or misspellings ("Teixeria" / "Teixeira"),
using Jaro–Winkler similarity from ``jellyfish``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import jellyfish
from spacy.language import Language
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from presslens.article import Article
from presslens.lexicon import (
    HONORIFICS,
    KIN_NOUNS,
    MARRIAGE_VERBS,
    PARTY_LABELS,
    POSTNOMINALS,
    RANK_TITLES,
    ROLE_NOUNS,
    ROLE_TITLES,
    SURNAME_HONORIFICS,
)
from presslens.names import COMMON_FIRST_NAME, common_first_name, first_name_count, is_common_word, surname

#: spaCy labels kept, and the kind reported for each.
ENTITY_KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
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


#: A possessive ending ("Ben Johnson's", "the Joneses'").
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@lru_cache(maxsize=16384)
def normalise_name(text: str) -> str:
    """Name for matching: no leading article, possessive or dots; whitespace folded."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the|The|THE) ", "", text)
    text = POSSESSIVE.sub("", text)
    return text.replace(".", "")


def acronym(name: str) -> str:
    """Initials of the capitalised words of a name ("United States" → "US")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _barrelled(name: str) -> bool:
    """Whether a name holds a double-barrelled word ("Kilroy-Silk"; not "ex-Yukos")."""
    return any("-" in w and all(p[:1].isupper() for p in w.split("-")) for w in name.split())


def _surname_of(surname: str, name: str) -> bool:
    """Whether ``surname`` ends ``name``, hyphens or spaces alike ("Kilroy-Silk", "Robert Kilroy
    Silk"), where one of them is double-barrelled."""
    if not (_barrelled(surname) or _barrelled(name)):
        return False
    words = surname.lower().replace("-", " ").split()
    return name.lower().replace("-", " ").split()[-len(words) :] == words


def _same(a: str, b: str, kind: str, words_may_nest: bool = True, surnames: frozenset[str] = frozenset()) -> bool:
    """Whether names ``a`` (a new mention's) and ``b`` (a grouped one's) name one referent of
    ``kind``: the same name, an acronym of the other, or (where ``words_may_nest``) a person's or
    organisation's name holding the other's words (a person's full name holds an earlier one-word
    name that ends another full name in the text, ``surnames``, only as its surname: "Thomas
    Sowell" is not the "Thomas" of Clarence Thomas; "Sharon Osbourne" is "Sharon"). The caller
    passes ``words_may_nest=False`` where one name was labelled a place and the other not: a place
    is no organisation named after it ("China" and "Air China", "London" and "the London Stock
    Exchange", "Ireland" and "Bank of Ireland")."""
    if a.lower() == b.lower():
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_.split()) > 1 and short.isupper() and short == acronym(long_):
        return True
    if (
        words_may_nest
        and kind in ("person", "organisation")
        and set(short.lower().split()) < set(long_.lower().split())
        and not (kind == "person" and len(b.split()) == 1 < len(a.split()) and b in surnames and surname(a) != b)
    ):
        return True  # "Van Nistelrooy" in "Ruud van Nistelrooy"
    if kind == "person" and (_surname_of(short, long_) or _surname_of(long_, short)):
        return True  # "Kilroy-Silk" in "Robert Kilroy Silk"; "Robert Kilroy-Silk", "Robert Kilroy Silk"
    return False


def _other_person(a: str, b: str) -> bool:
    """Two full names that are two people: other surnames ("Steve Bruce" and "Steve McGregor"), or
    one surname and first words that differ, neither the other's initial ("S Williams" and "Martyn
    Williams"; not "M Williams", "Tom Shanklin" and "T Shanklin", "Kilroy Silk" and "Robert Kilroy
    Silk", "Robert Kilroy-Silk" and "Robert Kilroy Silk", "Walter Ramazzini Jr" and "Walter
    Ramazzini", "Frances Nicoll" and "Frances Nicoll Holland")."""
    wa, wb = a.lower().split(), b.lower().split()
    short, long_ = sorted((wa, wb), key=len)
    if len(short) < 2 or long_[-len(short) :] == short or long_[: len(short)] == short:
        return False  # "Kilroy Silk" of "Robert Kilroy Silk"; "Frances Nicoll" of "Frances Nicoll Holland"
    if surname(a).lower() != surname(b).lower():
        return not (_surname_of(a, b) or _surname_of(b, a))
    fa, fb = wa[0], wb[0]
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] != fb[0]
    return fa != fb


#: Words that end a name when they follow it ("US President Biden" is "US" and a title).
TITLE_WORDS = (
    frozenset(HONORIFICS)
    | ROLE_NOUNS
    | frozenset(
        "president prime minister chancellor secretary senator governor mayor king queen prince princess "
        "mp mep general chief judge bishop pope ceo chairman chairwoman".split()
    )
)
#: Words that, at either end of a recognised name, are no part of it ("Said Mr", "Mr Smith").
_EDGE_WORDS = frozenset(HONORIFICS) | {"said", "says", "say", "told", "according"}
#: Common nouns that head institutions' names: alone ("State", "the House") and inside exactly
#: one longer name of the text ("Islamic State"), they are that name.
GENERIC_NAME_WORDS = frozenset(
    """state states house council department ministry party government court
union office agency committee commission army navy police bank league club group company corporation
university college school church city county republic kingdom federation assembly parliament senate
congress board service services authority foundation institute centre center museum hospital""".split()
)


#: Role nouns that end what precedes a person's name when the recogniser took them into it;
#: ranks stay (:data:`presslens.lexicon.RANK_TITLES`: "Prince Charles").
_ROLES_BEFORE_NAMES = (ROLE_TITLES - RANK_TITLES) | {"member"}


#: Zipf frequency below which a word is no English word ("Parmjit" 0, "Unison" 3.3, "Kenyan" 3.6).
_ENGLISH_WORD_ZIPF = 2.0


def _foreign_first_name_before(doc: Doc, start: int) -> bool:
    """Whether the token before a person's name is a capitalised proper noun without a label that
    English text never uses and the name data knows as a first name ("MP *Parmjit* Singh Gill")."""
    if start == 0:
        return False
    tok = doc[start - 1]
    return (
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.is_alpha
        and tok.text[:1].isupper()
        and first_name_count(tok.text) > 0
        and zipf_frequency(tok.lower_, "en") < _ENGLISH_WORD_ZIPF
        and tok.lower_ not in HONORIFICS
    )


def word_before_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the first token of a name range of three or more is no part of the name: a
    capitalised word that is no frequent first name before a common first name and a surname
    ("Unison Dave Prentis", "Kenyan Bernard Lagat", "Tory Liam Fox"; "Sarah Jessica Parker" stays), or that is no
    first name at all before a frequent one of either gender ("Belgian Kim Gevaert"), and a word
    English text uses (no first name the English of the news has never seen: "Parmjit Singh Gill"
    stays).

    Parameters
    ----------
    doc : Doc
        The parse.
    start, end : int
        The name's token range.

    Returns
    -------
    bool
    """
    return (
        end - start >= 3
        and doc[start].text[:1].isupper()
        and (first_name_count(doc[start].text) < COMMON_FIRST_NAME or doc[start].text in PARTY_LABELS)
        and zipf_frequency(doc[start].lower_, "en") >= _ENGLISH_WORD_ZIPF
        and doc[start].lower_.rstrip(".") not in HONORIFICS
        and doc[start + 1].text[:1].isupper()  # "Ruud van Nistelrooy" stays
        and (
            common_first_name(doc[start + 1].text)
            # a frequent first name of either gender after a word no name data holds: "Belgian Kim
            # Gevaert", "Magistrate Lee Gilmore" ("Bonny Lee Bakley" stays)
            or first_name_count(doc[start + 1].text) >= COMMON_FIRST_NAME
            and first_name_count(doc[start].text) == 0
        )
    )


def _edge_trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (
        doc[start].lower_.rstrip(".") in _EDGE_WORDS
        or doc[start].is_punct
        or _participle_before_name(doc, start, end)
    ):
        start += 1
    while end > start and (
        doc[end - 1].lower_.rstrip(".") in _EDGE_WORDS
        or doc[end - 1].is_punct
        or doc[end - 1].text in POSTNOMINALS  # "William Haughey OBE"
    ):
        end -= 1
    return start, end


def _participle_before_name(doc: Doc, i: int, end: int) -> bool:
    """A participle opening a sentence that the recogniser took into the name after it
    ("*Describing* Mr Jackson as …", "*Speaking* Tony Blair …" is no first name)."""
    return (
        i + 1 < end
        and doc[i].pos_ == "VERB"
        and doc[i].tag_ in ("VBG", "VBN", "VBD")
        and doc[i + 1].pos_ == "PROPN"
    )


#: Tokens that no name runs across: a name in brackets after another is a name of its own
#: ("Aurelien Rougerie (Clermont)").
_BRACKETS = frozenset("()[]{}")
_DASHES = frozenset("- – —".split())


def _bracket_pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of ``doc[start:end]`` between brackets and dashes that stand apart ("MPs -
    Keith Vaz": two pieces; "Jean-Marc" one), and before a title inside it ("the relief deal with
    Tanzania Mr Brown said", a comma left out: "Tanzania" and "Mr Brown"); the whole range when
    it has none."""
    pieces, s = [], start
    for i in range(start, end):
        spaced_dash = doc[i].text in _DASHES and i > 0 and doc[i - 1].whitespace_ and doc[i].whitespace_
        if doc[i].text in _BRACKETS or spaced_dash:
            pieces.append((s, i))
            s = i + 1
        elif i > s and doc[i].lower_.rstrip(".") in SURNAME_HONORIFICS - {"miss"}:  # "Little Miss Sunshine"
            last = i  # the piece before ends at its last proper noun ("the Commons after Mr Brown")
            while last > s and doc[last - 1].pos_ != "PROPN":
                last -= 1
            pieces.append((s, last))
            s = i
    pieces.append((s, end))
    return [(a, b) for a, b in pieces if a < b]


def _continues_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues the name that ends just before it ("Islamic" + "State")."""
    tok = doc[i]
    return (
        doc[i - 1].whitespace_ != ""
        and tok.text[:1].isupper()
        and not tok.is_sent_start
        and tok.pos_ == "PROPN"
        and tok.lower_.rstrip(".") not in TITLE_WORDS
    )


def entity_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """Token ranges and kinds of the entity mentions of ``doc``, repaired.

    The recogniser's mentions without titles or speech verbs at their edges
    ("Said Mr" is no name), extended by capitalised proper nouns that follow
    them, and two mentions side by side joined (its "Islamic" + "State" is
    "Islamic State", an organisation); people are never joined to a following
    name.
    """
    out: list[list] = []
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        for piece_start, piece_end in _bracket_pieces(doc, ent.start, ent.end):
            start, end = _edge_trimmed(doc, piece_start, piece_end)
            # "Striker Thierry Henry", "Balco boss Victor Conte" (labelled an organisation): the name
            # follows the role
            roles = [
                i
                for i in range(start, end - 1)
                if doc[i].lower_ in _ROLES_BEFORE_NAMES
                and (kind == "person" or common_first_name(doc[i + 1].text))
            ]
            start = roles[-1] + 1 if roles else start
            if kind == "person" and word_before_name(doc, start, end):
                start += 1  # "Unison Dave Prentis", "Kenyan Bernard Lagat"
            if kind == "person" and start == piece_start and _foreign_first_name_before(doc, start):
                start -= 1  # "MP Parmjit Singh Gill": the recogniser left out a first name English never uses
            if start >= end or not any(c.isupper() for c in doc[start:end].text):
                continue  # no name without a capital: "where" of "Sheffield United - where", "200bn"
            if (
                out
                and out[-1][1] == start
                and out[-1][2] != "person"
                and kind != "person"
                and _continues_name(doc, start)
            ):
                out[-1][1] = end
                out[-1][2] = (
                    "organisation" if "organisation" in (out[-1][2], kind) or out[-1][2] == "group" else out[-1][2]
                )
                continue
            out.append([start, end, kind])
    for m in out:  # capitalised proper nouns the recogniser left out ("Islamic" + "State"), not a
        # person's name after a nationality ("Russian Svetlana Kuznetsova")
        while (
            m[1] < len(doc)
            and m[2] != "person"
            and not doc[m[1]].ent_type_
            and _continues_name(doc, m[1])
            and not first_name_after_nationality(doc, m[1])
        ):
            m[1] += 1
            if m[2] == "group":
                m[2] = "organisation"
        if (  # "Deputy Speaker Sylvia Heal": a first name alone, its surname left out
            m[2] == "person"
            and m[1] - m[0] == 1
            and m[1] < len(doc)
            and common_first_name(doc[m[0]].text)
            and not doc[m[1]].ent_type_
            and _continues_name(doc, m[1])
        ):
            m[1] += 1
    return [(s, e, k) for s, e, k in out]


def _rare_word(word: str) -> bool:
    """Below :data:`presslens.names.COMMON_WORD_ZIPF`: a surname, not the place or thing the
    recogniser may also have meant ("Sharapova"; "Washington" 5.1 is not rare)."""
    return not is_common_word(word)


def first_name_after_nationality(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capitalised common first name after a nationality: it starts a
    person's name, no part of the nationality's ("Russian Svetlana Kuznetsova").

    Parameters
    ----------
    doc : Doc
        The parse.
    i : int
        A token index.

    Returns
    -------
    bool
    """
    return (
        i > 0
        and doc[i - 1].ent_type_ == "NORP"
        and doc[i].text[:1].isupper()
        and common_first_name(doc[i].text)
    )


def named_as_relative(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is introduced as a relative of someone already in the text.

    Three frames: the object of "of" after a family noun ("the daughter of physicist
    Vazha Pruidze", "niece of Dan Shaughnessy"), a family noun with a possessive pronoun
    before the name ("her second husband Benny Stafford", "his wife, Cherie Blair") and
    the object of "marry" or "divorce" ("she married John Patey"); a name of first name and
    surname, not a title and one name ("her grandson Prince William"). The surname alone
    elsewhere in the text then most often names the person whose relative this is, so it
    is not grouped with this name (a Wikipedia biography calls its subject "Patey").

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse.
    start, end : int
        Token offsets of the name.

    Returns
    -------
    bool
    """
    words = [t for t in doc[start:end] if t.lower_.rstrip(".") not in TITLE_WORDS]
    if len(words) < 2:
        return False  # "her grandson Prince William": William is his own name, not a family's
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in KIN_NOUNS:
        return True
    if root.dep_ == "dobj" and head.lemma_.lower() in MARRIAGE_VERBS:
        return True
    kin = [t for t in root.lefts if t.lemma_.lower() in KIN_NOUNS]  # "her husband John Patey"
    if root.dep_ == "appos" and head.lemma_.lower() in KIN_NOUNS:  # "his wife, Cherie Blair"
        kin.append(head)
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for k in kin for c in k.children)


def _relative_only(g: Entity, relatives: set[int], full: set[int]) -> bool:
    """A group named in full only as someone's relative (:func:`named_as_relative`)."""
    return id(g) in relatives and id(g) not in full


def _generic(name: str) -> bool:
    return " " not in name and name.lower() in GENERIC_NAME_WORDS


def extract_entities(doc: Doc) -> list[Entity]:
    """Entities of ``doc`` with grouped mentions, most mentioned first (ties: first mention).

    Mentions (:func:`entity_mentions`) are grouped when their names match
    (case, "the", possessives and dots aside), one is the acronym of the other,
    a person's or organisation's name holds the other's words ("Watson" in
    "Adrienne Watson"), or the text defines one as the other's alias
    (:func:`presslens.aliases.defined_aliases`); a generic one-word name inside
    exactly one longer name ("State" and "Islamic State") joins it. Each
    entity's kind is the most frequent kind of its mentions, except for
    people, who are those of :func:`presslens.people.person_mentions` (the
    people of the people table): an entity with at least half its mentions
    there, or referred to by its last word alone as a person ("Phillips
    Idowu" … "Idowu"), is a person; the recogniser's other "people" take the kind of
    their other mentions or are left out ("unbeaten league run").
    """
    groups: list[Entity] = []
    kinds: dict[int, Counter] = {}
    group_of: dict[tuple[int, int], Entity] = {}
    called_by_surname: set[int] = set()
    relatives: set[int] = set()  # groups named in full only as someone's relative
    full: set[int] = set()  # groups named in full otherwise
    mentions = entity_mentions(doc)
    surnames = frozenset(  # the last words of people's full names ("Thomas" of "Clarence Thomas")
        words[-1]
        for words in (normalise_name(doc[s:e].text).split() for s, e, k in mentions if k == "person")
        if len(words) > 1
    )
    for start, end, kind in mentions:
        span = doc[start:end]
        name = normalise_name(span.text)
        if not name:
            continue
        one_word = len(name.split()) == 1
        # "Mr Howard": a surname, never the first name of "Howard Flight"
        surname_only = one_word and start > 0 and doc[start - 1].lower_.rstrip(".") in SURNAME_HONORIFICS
        relative = not one_word and named_as_relative(doc, start, end)
        target = None
        if one_word:  # a surname alone, whatever label NER gave it, is that person ("Mr Gate's" of
            # "Bill Gates" too: an apostrophe put before the name's own final "s")
            target = next(
                (
                    g
                    for g in groups
                    if "person" in (g.kind, kind)
                    and len(g.name.split()) > 1
                    and (
                        surname(g.name) == name
                        or (surname(g.name) == name + "s" and _possessive(doc, start, end))
                        or _surname_of(name, g.name)
                        or _barrelled(g.name) and name in g.name.split()[-1].split("-")
                    )
                    and not _relative_only(g, relatives, full)
                ),
                None,
            )
            if target is not None and (kind == "person" or _rare_word(name)):
                # "Maria Sharapova" … "Sharapova" labelled a place: a rare word is her surname, not the
                # place a common word or a famous place name may be ("George Washington" … "Washington")
                called_by_surname.add(id(target))
        if target is None:
            target = next(
                (g for g in groups if any(normalise_name(m).lower() == name.lower() for m in g.mentions)), None
            )
        if target is None:
            target = next(
                (
                    g
                    for g in groups
                    if (
                        g.kind == kind
                        or {g.kind, kind} <= {"place", "organisation"}
                        # "Pernod Ricard" … "Pernod said", labelled a person: the firm's short name
                        or (
                            one_word
                            and kind == "person"
                            and g.kind == "organisation"
                            and g.name.split()[0] == name
                            and not common_first_name(name)  # "Eleanor Beauchamp", labelled an organisation
                        )
                    )
                    and any(
                        _same(
                            name,
                            normalise_name(m),
                            kind,
                            g.kind == kind or "place" not in (g.kind, kind),
                            surnames,
                        )
                        for m in g.mentions
                    )
                    and not (one_word and _relative_only(g, relatives, full) and surname(g.name) == name)
                    and not (relative and all(len(normalise_name(m).split()) == 1 for m in g.mentions))
                    and not (
                        kind == "person" and any(_other_person(name, normalise_name(m)) for m in g.mentions)
                    )
                    and not (
                        surname_only and surname(g.name).lower() != name.lower() and not _surname_of(name, g.name)
                    )
                ),
                None,
            )
        if target is None:
            target = Entity(name, kind)
            groups.append(target)
        if not one_word:
            (relatives if relative else full).add(id(target))
        _add(target, span.text, (span.start_char, span.end_char), name)
        kinds.setdefault(id(target), Counter())[kind] += 1
        group_of[(start, end)] = target
    from presslens.aliases import defined_aliases

    merged_into: dict[int, Entity] = {}  # a group merged away -> the group that holds its mentions now

    def current(g: Entity | None) -> Entity | None:
        while g is not None and id(g) in merged_into:
            g = merged_into[id(g)]
        return g

    for a, b in defined_aliases(doc, [(s, e) for s, e, _ in mentions]):
        ga, gb = current(group_of.get(a)), current(group_of.get(b))
        if ga is not None and gb is not None and ga is not gb:
            _merge(gb, ga, groups, kinds)
            merged_into[id(gb)] = ga
    for g in list(groups):
        if _generic(g.name):
            longer = [h for h in groups if h is not g and g.name in re.split(r"[\s-]+", h.name)]
            if len(longer) == 1:
                _merge(g, longer[0], groups, kinds)
    from presslens.person_mentions import person_mentions

    person_spans = [(m.start, m.end) for m in person_mentions(doc)]
    text = doc.text  # Doc.text joins every token on each call: read it once
    kept = []
    for g in groups:
        counts = kinds[id(g)]
        covered = [any(s < pe and ps < e for ps, pe in person_spans) for s, e in g.spans]
        as_person = sum(covered)
        is_person = id(g) in called_by_surname or as_person and as_person >= len(g.spans) - as_person
        if is_person and id(g) not in called_by_surname and _firm_named_short(text, g, covered):
            is_person = False
        if is_person:
            g.kind = "person"
        else:  # the recogniser's "people" that presslens.people does not take for people are no people
            counts.pop("person", None)
            if not counts:
                continue
            g.kind = max(counts, key=lambda k: (counts[k], k == g.kind))
        kept.append(g)
    _unlabelled_repeats(doc, text, kept)
    return sorted(kept, key=lambda g: (-g.count, g.first_start))


def _unlabelled_repeats(doc: Doc, text: str, entities: list[Entity]) -> None:
    """Add to each organisation the occurrences of its name the recogniser did not label ("the
    IAAF said …" after "IAAF" was labelled once): the same words, capitals and all, outside every
    other mention and no part of a longer name. Only names no common word could be: an acronym
    or several capitalised words (a word alone may be a surname or a common word: "Apple",
    "Will")."""
    taken = sorted(span for g in entities for span in g.spans)
    for g in entities:
        if g.kind != "organisation":
            continue
        forms = {normalise_name(m) for m in g.mentions}
        for form in sorted(forms):
            words = form.split()
            distinct = (len(form) >= 2 and form.isupper() and form.isalpha()) or (
                len(words) > 1 and all(w[:1].isupper() for w in words)
            )
            if not distinct:
                continue
            for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                span = found.span()
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                tokens = doc.char_span(*span)
                if tokens is None or _inside_longer_name(doc, tokens.start, tokens.end):
                    continue  # not on word boundaries of the parse; "Virgin Radio Groove", "Amelie Mauresmo"
                _add(g, form, span, form)
                taken.append(span)
        g.spans.sort()


def _firm_named_short(text: str, g: Entity, covered: list[bool]) -> bool:
    """An organisation named in full ("Forrester Research", labelled so) whose people-labelled
    mentions are only its first word alone ("Forrester said"): a firm's short name, no person."""
    first = g.name.split()[0]
    texts = [normalise_name(text[s:e]) for s, e in g.spans]
    return (
        len(g.name.split()) > 1
        and not common_first_name(first)
        and any(len(t.split()) > 1 and not c for t, c in zip(texts, covered, strict=True))
        and all(t == first for t, c in zip(texts, covered, strict=True) if c)
    )


def _add(target: Entity, text: str, span: tuple[int, int], name: str) -> None:
    if text not in target.mentions:
        target.mentions.append(text)
    target.spans.append(span)
    if len(name) > len(target.name) and not name.isupper():
        target.name = name


def _possessive(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens ``start:end`` is written with a possessive ending."""
    return POSSESSIVE.search(doc[start:end].text) is not None or (end < len(doc) and doc[end].tag_ == "POS")


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` are next to another capitalised word of the same phrase."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    inside = any(
        t is not None and t.text[:1].isupper() and not t.is_sent_start and not t.is_punct for t in (before, after)
    )
    # a capitalised word opening the sentence before the name is part of it only if a proper noun
    opening = before is not None and bool(before.is_sent_start) and before.text[:1].isupper()
    return inside or (opening and before is not None and before.pos_ == "PROPN")


def _merge(source: Entity, target: Entity, groups: list[Entity], kinds: dict[int, Counter]) -> None:
    """Move every mention of ``source`` into ``target``."""
    for text in source.mentions:
        if text not in target.mentions:
            target.mentions.append(text)
    target.spans = sorted(target.spans + source.spans)
    longest = max([target.name, source.name], key=lambda n: (not n.isupper(), len(n)))
    target.name = longest
    kinds[id(target)].update(kinds.pop(id(source)))
    groups.remove(source)


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
    similarity; identical names are not variants, nor are inflections ("Brit
    Award" / "Brit Awards", "Sri Lanka" / "Sri Lankan") or two different first
    names standing alone ("Steven" / "Steve": two people as often as one). Most
    similar pairs first.

    Parameters
    ----------
    entities : list of Entity
        Entities of the body (and captions).
    threshold : float
        Jaro–Winkler similarity from which two names count as variants.

    Returns
    -------
    list of Variant
        Most similar first.
    """
    names: list[tuple[str, str]] = []
    for e in entities:
        for m in [e.name, *e.mentions]:
            n = normalise_name(m)
            if (n, e.kind) not in names:
                names.append((n, e.kind))
    out = []
    for i, (a, ka) in enumerate(names):
        for b, kb in names[i + 1 :]:
            wa, wb = set(re.split(r"[\s-]+", a)), set(re.split(r"[\s-]+", b))
            if ka != kb or a.lower() == b.lower() or wa <= wb or wb <= wa:
                continue  # the same name, or one a part of the other ("ISIS" / "ISIS-K")
            if _inflection(a, b) or ka == "person" and _first_names(a, b):
                continue
            sim = jellyfish.jaro_winkler_similarity(a.lower(), b.lower())
            if sim >= threshold:
                out.append(Variant(a, b, ka, round(sim, 4)))
    return sorted(out, key=lambda v: (-v.similarity, v.name_a, v.name_b))


#: Endings that make another form of the same word (plural, demonym, possessive).
_INFLECTIONS = ("s", "es", "n", "an", "ns", "'s", "’s")


def _inflection(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and long_[len(short) :] in _INFLECTIONS


def _first_names(a: str, b: str) -> bool:
    """Both one word and both first names in the name data (:mod:`presslens.names`)."""
    if " " in a or " " in b:
        return False
    from presslens.names import p_female

    return all(p_female(n) is not None for n in (a, b))


ENTITY_COLUMNS = ["doc", "entity", "kind", "count", "first_start", "first_position", "mentions", "spans"]


def entity_table(entities: list[Entity], text_length: int, doc_path: str):
    """The entity records as a DataFrame (fixed columns, also when there are no entities).

    Parameters
    ----------
    entities : list of Entity
        From :func:`extract_entities`.
    text_length : int
        Characters of the text (for ``first_position``).
    doc_path : str
        The document's path.

    Returns
    -------
    DataFrame
        Columns :data:`ENTITY_COLUMNS`.
    """
    import pandas as pd

    return pd.DataFrame(entity_records(entities, text_length, doc_path), columns=ENTITY_COLUMNS)


def entity_records(entities: list[Entity], text_length: int, doc_path: str) -> list[dict]:
    """JSON-ready rows: one per entity with its count, first position and mentions.

    Parameters
    ----------
    entities : list of Entity
        From :func:`extract_entities`.
    text_length : int
        Characters of the text (for ``first_position``).
    doc_path : str
        The document's path.

    Returns
    -------
    list of dict
        Keys :data:`ENTITY_COLUMNS`.
    """
    return [
        {
            "doc": doc_path,
            "entity": e.name,
            "kind": e.kind,
            "count": e.count,
            "first_start": e.first_start,
            "first_position": e.first_start / text_length if text_length else 0.0,
            "mentions": e.mentions,
            "spans": [list(s) for s in e.spans],
        }
        for e in entities
    ]


def entity_summary(entities: list[Entity], top: int = 5) -> dict:
    """Counts for the written analysis: ``n_entities``, ``n_people``, ``n_organisations``,
    ``n_places``, ``n_groups`` (nationalities, religious and political groups; the four add up
    to ``n_entities``), and the ``top`` entities (``name``, ``kind``, ``count``) in the given order.

    Parameters
    ----------
    entities : list of Entity
        From :func:`extract_entities`, most mentioned first.
    top : int
        Entities listed.

    Returns
    -------
    dict
    """
    return {
        "n_entities": len(entities),
        "n_people": sum(e.kind == "person" for e in entities),
        "n_organisations": sum(e.kind == "organisation" for e in entities),
        "n_places": sum(e.kind == "place" for e in entities),
        "n_groups": sum(e.kind == "group" for e in entities),
        "top_entities": [{"name": e.name, "kind": e.kind, "count": e.count} for e in entities[:top]],
    }


def caption_entities(article: Article, nlp: Language) -> list[Entity]:
    """Entities named in the article's photo captions (parsed on their own; offsets are file offsets).

    Parameters
    ----------
    article : Article
        The article.
    nlp : spacy.language.Language
        The pipeline.

    Returns
    -------
    list of Entity
    """
    entities: list[Entity] = []
    for cap in article.captions:
        if cap.kind != "caption":
            continue
        for e in extract_entities(nlp(cap.text)):
            e.spans = [(s + cap.start, t + cap.start) for s, t in e.spans]
            entities.append(e)
    return entities
