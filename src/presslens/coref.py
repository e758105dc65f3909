"""One mention layer: every mention of each referent of an article, clustered (coreference).

Computed once per article and read by the entities, the people, the quotation
sources and the report, so that they count the same referents. Deterministic
sieves, in the spirit of Lee et al. (2013), "Deterministic coreference
resolution based on entity-centric, precision-ranked rules":

1. **Names.** The recogniser's names, repaired and grouped as
   :func:`presslens.entities.extract_entities` groups them (exact and partial
   name match, acronyms, aliases the text defines, a surname alone), plus titled
   names the recogniser missed ("Mr Mubanga"). One name is one person within an
   article: every other occurrence of a person's one-word name or surname joins
   that person, however the recogniser labelled it. Two people of one surname stay
   apart when their titles or first names disagree ("Mrs Howard" is not
   "Michael Howard").
2. **Descriptions.** A definite noun phrase headed by a role noun ("the chief
   executive", "the Arsenal boss", "the club's manager") is the person named
   with that role: as an apposition or predicate ("Rick Parry, the chief
   executive"; "Parry is the chief executive"), else the most recent person whose
   title or apposition shares a word with it ("Liverpool chief executive Rick
   Parry" … "the chief executive"). Otherwise it is an unnamed person of its own,
   unless, after the pronouns, it opens its sentence as the subject of an office
   the person subject of the sentence before may hold ("Ferguson believes … The
   United boss said"; :meth:`_Builder.office_holders`).
3. **Pronouns.** he/she/him/her/his/hers (people), it/its (not people),
   they/them/their (groups and organisations) resolve to the most salient
   compatible referent of the current and the previous sentence (else the three
   before): features of salience in the spirit of Lappin & Leass (1994) —
   recency, subject, object, not inside a prepositional phrase, head noun, the
   same role as the pronoun, the nearest candidate, the subject of the main
   clause, the subject of the pronoun's own (or governing) clause — weighed by
   weights fitted on GAP development (``benchmarks/fit_coref_weights.py``; none
   of the features is a word). Gender
   and number must agree (gender from titles, first names, a lone clearly
   gendered first name, then earlier pronouns, :mod:`presslens.names`); a
   person pronoun never resolves to an organisation or a place, except a lone
   surname-like name the recogniser may have mislabelled ("Hartwig began …"
   labelled a place), at a price; a pronoun outside a quotation never resolves
   to a mention inside one; a non-reflexive object never resolves to the
   referent of its clause's subject, however that subject is written
   ("Ferguson attacked him", "Mary Cole, who hit her", "asked Joan to
   forgive her"), nor a possessive in a predicate noun ("Edith was appointed
   her successor"); the subject pronoun of a sentence never resolves to a
   person that sentence's quotation names ("“I said to Harry …,” he
   said": not Harry). A description headed by a gendered role noun ("his father",
   "the actress") agrees in gender. The "he said" of a quotation that opens its
   sentence is the person subject of the sentence before the quotation, the
   newswriting convention of introducing a speaker and then quoting them; so is
   the "He added" of a report that follows a report.
4. **Epithets.** "The Dutchman", "the Englishwoman", "the 36-year-old", "the
   French star" resolve as a pronoun of the gender the noun says would, to a
   person already named.

First-person pronouns (I, we) are left to the quotations (they are the speaker).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Doc, Span, Token

from presslens.lexicon import (
    FIRM_NAME_ENDINGS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    KIN_NOUNS,
    KIND_NOUNS,
    NEUTER_PRONOUNS,
    OCCUPATION_NOUNS,
    OFFICE_NOUNS,
    OFFICES_COVERED,
    PLURAL_PRONOUNS,
    POSTNOMINALS,
    PRONOUN_GENDER,
    ROLE_GENDER,
    ROLE_TITLES,
    SPEECH_VERBS,
    WORK_NOUNS,
    is_title_word,
)
from presslens.names import (
    COMMON_FIRST_NAME,
    COMMON_WORD_ZIPF,
    common_first_name,
    first_name_count,
    first_name_gender,
    is_common_word,
    is_surname,
    lone_first_name_gender,
    p_female,
    surname,
)
from presslens.syntax import SUBJECT_DEPS, subject_of
from presslens.titles import follows_a_kind_of_work, quoted_titles

#: Kinds of referent.
KINDS = ("person", "organisation", "place", "other")
#: Types of mention.
TYPES = ("name", "pronoun", "description")
#: Sentences before the pronoun's own that hold its candidates; the wider window is searched
#: only when the narrow one holds none.
PRONOUN_WINDOW = 1
WIDE_PRONOUN_WINDOW = 3
#: Prepositions of place: a one-word name only ever after one of them is no person ("at Bolton").
PLACE_PREPOSITIONS = frozenset("at in near outside inside across from".split())
#: Role titles that are common surnames too ("Stephen King", "Ellery Queen"): a name ending in one
#: may be a person's.
SURNAME_TITLES = frozenset("king queen prince bishop judge chair head star writer singer friend".split())
#: Nouns of what a person is known as that, after a nationality, make an epithet for a person named
#: before ("the French star", "the Welsh striker"), as "the Dutchman" does.
EPITHET_NOUNS = frozenset(
    "star striker midfielder defender goalkeeper keeper winger forward player singer actor actress writer author "
    "veteran youngster teenager international".split()
)
#: Nouns that name a person by age or experience alone; as the speaker of a quotation they
#: stand for the person just named ("the youngster said", "the veteran added").
PERSON_EPITHETS = frozenset("youngster teenager veteran".split())
#: Nouns of a title won in sport that, with what it was won in, make an epithet for a person named
#: before ("said the world indoor champion", "the Olympic champion added").
TITLE_HOLDER_NOUNS = frozenset("champion medallist medalist titleholder".split())
#: Modifiers that make another office of a role noun ("prime minister", "deputy leader").
OFFICE_MODIFIERS = frozenset("prime deputy shadow vice assistant junior".split())
#: A common English word this frequent (Zipf) before a role title makes a title, not a name: "Prime
#: Minister" (4.8), "Foreign Secretary"; "Tad Friend" (3.9) is a person. A name the recogniser
#: labels an organisation that is such a word and no surname is no person a pronoun may reach
#: ("Labour" 4.7; "Jones" and "White" may be).
COMMON_FIRST_WORD_ZIPF = 4.5
#: Prepositions whose object is a location, never a person ("in", not "to" or "from": "a letter to
#: Hartwig", "a call from Hartwig").
_PLACE_PREPOSITIONS = frozenset("in throughout across inside into near".split())
#: A place name this frequent in English ("London" 5.5, "England" 5.3, "Malaysia" 4.3) is never a latent person.
FAMOUS_PLACE_ZIPF = 4.2
#: A surname this frequent as an English word ("Palace" 4.45, "Villa" 4.2 are; "Campbell" 4.23
#: is not) keeps a "first name + word" the recogniser called an organisation one.
COMMON_SURNAME_WORD_ZIPF = 4.3
#: How clearly a first name must lean to one gender (P of it) for the pronouns resolved to its
#: bearer not to settle the bearer's gender against it: pronoun votes can be wrong.
NAME_LEAN = 0.8
_ENTITY_KIND = {"person": "person", "organisation": "organisation", "place": "place", "group": "other"}
_SUBJECT = SUBJECT_DEPS
_OBJECT = ("dobj", "dative", "attr", "oprd")


@dataclass(frozen=True)
class Mention:
    """One mention of a referent.

    Attributes
    ----------
    start, end : int
        Character offsets into the parsed text.
    text : str
        The mention as written.
    type : {"name", "pronoun", "description"}
    entity : int
        The referent's id (shared by every mention of it in the document).
    """

    start: int
    end: int
    text: str
    type: str
    entity: int


@dataclass
class Referent:
    """One person, organisation, place or other thing of the article, with all its mentions.

    Attributes
    ----------
    id : int
        Its id in the document (by first mention).
    name : str
        The canonical name: the longest name, else the first description.
    kind : {"person", "organisation", "place", "other"}
    mentions : list of Mention
        In text order.
    honorifics : Counter
        Gendered titles written before its names ("mrs" ×2).
    pronouns : Counter
        Gendered pronouns resolved to it outside quotations ("she" ×3).
    """

    id: int
    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    honorifics: Counter = field(default_factory=Counter)
    pronouns: Counter = field(default_factory=Counter)

    @property
    def names(self) -> list[Mention]:
        """Its name mentions."""
        return [m for m in self.mentions if m.type == "name"]

    @property
    def full_name(self) -> str:
        """Its name with the most words as written ("Michael Howard" rather than "Howard"), or ""."""
        return max((m.text for m in self.names), key=lambda t: len(t.split()), default="")


def gender_of(referent: Referent) -> tuple[str, str]:
    """A person's gender and what decided it: titles, else resolved pronouns, else the first name.

    Parameters
    ----------
    referent : Referent
        A person.

    Returns
    -------
    (str, str)
        ``female``/``male``/``unknown``, and the evidence: ``"title: Mrs ×2"``, ``"text: she ×3"``,
        ``"first name: Helen (nomquamgender)"`` or ``"none"``.
    """
    if referent.kind != "person":
        return "unknown", "none"
    for label, votes in (("title", referent.honorifics), ("text", referent.pronouns)):
        by_gender: Counter[str | None] = Counter()
        for cue, n in votes.items():
            by_gender[HONORIFICS.get(cue) or PRONOUN_GENDER.get(cue)] += n
        by_gender.pop(None, None)
        if by_gender:
            cues = ", ".join(
                f"{cue.capitalize() if label == 'title' else cue} ×{n}"
                for cue, n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
            )
            if by_gender["female"] != by_gender["male"]:
                return max(by_gender, key=lambda g: by_gender[g]) or "unknown", f"{label}: {cues}"
            return "unknown", f"{label}, conflicting: {cues}"
    full = referent.full_name
    gender = first_name_gender(full)
    if gender != "unknown":
        return gender, f"first name: {full.split()[0]} (nomquamgender)"
    return "unknown", "none"


@dataclass(frozen=True)
class MentionLayer:
    """The referents of one parsed text and a look-up of mentions by offset.

    Attributes
    ----------
    referents : tuple of Referent
    quoted : tuple of (int, int)
        The quoted passages the layer was built with (:func:`find_mentions`).
    titles : tuple of (int, int)
        The quoted titles of works in the text (:func:`presslens.titles.quoted_titles`).
    """

    referents: tuple[Referent, ...]
    quoted: tuple[tuple[int, int], ...] = ()
    titles: tuple[tuple[int, int], ...] = ()

    def mentions(self) -> list[Mention]:
        """Every mention, in text order."""
        return list(self._sorted)

    @cached_property
    def _sorted(self) -> tuple[Mention, ...]:
        return tuple(sorted((m for r in self.referents for m in r.mentions), key=lambda m: (m.start, m.end)))

    def referent(self, entity: int) -> Referent:
        """The referent of id ``entity``."""
        return self.referents[entity]

    def at(self, start: int, end: int) -> Referent | None:
        """The referent of the mention that covers ``start``–``end``, or of the mention inside it that
        ends last (a name's head comes last: "Clinton spokesman Nick Merrill" is Merrill).

        Parameters
        ----------
        start, end : int
            Character offsets.

        Returns
        -------
        Referent or None
        """
        inside = [m for m in self._sorted if m.start < end and m.end > start]
        if not inside:
            return None
        covering = [m for m in inside if m.start <= start and m.end >= end]
        if covering:
            best = min(covering, key=lambda m: m.end - m.start)
        else:
            best = max(inside, key=lambda m: (m.end, -m.start))
        return self.referents[best.entity]


def find_mentions(doc: Doc, quoted: list[tuple[int, int]] | tuple = ()) -> MentionLayer:
    """The mention layer of a parsed text (see the module docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse (with named entities and dependencies).
    quoted : list of (int, int)
        Quoted passages: a pronoun outside them never resolves into them, and their pronouns
        are no evidence of a person's gender.

    Returns
    -------
    MentionLayer
    """
    from presslens.entities import extract_entities
    from presslens.person_mentions import person_mentions

    quoted = sorted(quoted)
    builder = _Builder(doc, quoted)
    for e in extract_entities(doc):
        builder.add_names(e.name, _ENTITY_KIND.get(e.kind, "other"), sorted(e.spans))
    taken = [(m.start, m.end) for r in builder.referents for m in r.mentions]
    for pm in person_mentions(doc):  # titled names the recogniser missed ("Mr Mubanga")
        if not any(s < pm.end and pm.start < e for s, e in taken):
            builder.add_titled(pm.start, pm.end, pm.text)
    builder.proper_names()
    builder.split_by_title()
    builder.descriptions()
    builder.demote_unattested()
    builder.repeated_names()
    builder.pronouns()
    builder.office_holders()
    builder.delayed_identification()
    builder.merge_same_names()
    builder.merge_same_things()
    builder.kinds_after_merging()
    return builder.layer()


class _Builder:
    """Collects referents sieve by sieve; ids are fixed at the end, by first mention."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.quoted = quoted
        self.referents: list[Referent] = []
        self.tentative: set[int] = set()  # unrecognised names, kept only when a pronoun makes them people
        self.unheld: list[tuple[Referent, Token]] = []  # definite descriptions with no holder yet
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.text = doc.text  # Doc.text joins every token on each call: read it once
        self.titles = quoted_titles(self.text)

    def _span(self, m: Mention) -> Span | None:
        """The tokens of a mention."""
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    # -- names ---------------------------------------------------------------------------------
    def _honorific(self, start: int) -> str | None:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        prev = self.doc[span.start - 1].lower_.rstrip(".")
        return prev if prev in HONORIFICS else None

    def add_names(self, name: str, kind: str, spans: list[tuple[int, int]]) -> Referent:
        r = Referent(len(self.referents), name, kind)
        for s, e in spans:
            r.mentions.append(Mention(s, e, self.text[s:e], "name", r.id))
            h = self._honorific(s)
            if h and kind == "person":
                r.honorifics[h] += 1
        self.referents.append(r)
        return r

    def add_titled(self, start: int, end: int, text: str) -> None:
        from presslens.entities import normalise_name

        last = surname(normalise_name(text))

        def person_like(r: Referent) -> bool:  # "Herve Gaymard", labelled an organisation, then "Mr Gaymard"
            words = r.name.split()
            return r.kind == "person" or (
                r.kind == "organisation" and len(words) >= 2 and p_female(words[0]) is not None
            )

        fits = [
            r
            for r in self.referents
            if person_like(r)
            and any(
                m.type == "name" and surname(normalise_name(m.text)) == last and m.start < start
                for m in r.mentions
            )
        ]
        if fits:
            target = max(fits, key=lambda r: max(m.start for m in r.mentions if m.start < start))
            target.kind = "person"  # a title marks a person
            self._attach(target, start, end)
        else:
            self.add_names(text, "person", [(start, end)])

    def _attach(self, r: Referent, start: int, end: int) -> None:
        """Add a name mention to a referent, in text order, counting the title before it (a
        person's, or a tentative one's)."""
        r.mentions.append(Mention(start, end, self.text[start:end], "name", r.id))
        r.mentions.sort(key=lambda m: m.start)
        h = self._honorific(start)
        if h and (r.kind == "person" or r.id in self.tentative):
            r.honorifics[h] += 1

    def proper_names(self) -> None:
        """Names the recogniser missed or mislabelled: a proper noun that is a person's surname
        joins that person ("Sandra Collins" … "Collins", even where "Collins" was labelled an
        organisation); a run of proper nouns that starts with a first name of the name data is
        a person ("Kitty Oppenheimer"), the person called by its last word alone if there is
        one ("Marcel Desailly", unrecognised after a headline, and "Desailly")."""
        from presslens.entities import TITLE_WORDS, named_as_relative

        doc = self.doc
        def proper(k: int) -> bool:
            return doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].is_alpha

        def hyphen(k: int) -> bool:  # "Henin-Hardenne": one surname
            return (
                k + 1 < len(doc)
                and doc[k].text == "-"
                and not doc[k].whitespace_
                and not doc[k - 1].whitespace_
                and proper(k + 1)
            )

        runs, i = [], 0
        while i < len(doc):
            if proper(i):
                j = i + 1
                while j < len(doc) and (proper(j) or hyphen(j)):
                    j += 2 if hyphen(j) else 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        for i, j in runs:
            # "French Green MEP Alain Lipietz", no person to the recogniser: the person's name
            # follows the last title word
            titles = [
                k
                for k in range(i, j - 2)
                if doc[k].lower_.rstrip(".") in TITLE_WORDS and doc[k].lower_ not in _TITLES_OF_NAMES
            ]
            if (
                titles
                and p_female(doc[titles[-1] + 1].text) is not None
                and not any(doc[k].ent_type_ == "PERSON" for k in range(i, j))
                and (is_surname(doc[j - 1].text) or not is_common_word(doc[j - 1].text))
            ):
                i = titles[-1] + 1
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            words = self.text[start:end].split()
            owner = self._owner(start, end)
            if owner is not None and owner.kind == "person":
                continue
            surname_of = [
                r
                for r in self.referents
                if r.kind == "person"
                and r is not owner
                and not (len(words) == 1 and self._relative_only(r))
                and any(
                    m.type == "name" and len(m.text.split()) > 1 and surname(m.text) == words[-1]
                    for m in r.mentions
                )
            ]
            if len(words) == 1 and len(surname_of) == 1:
                if owner is not None:  # mislabelled: the mention moves to the person
                    owner.mentions = [m for m in owner.mentions if not (m.start < end and start < m.end)]
                target = surname_of[0]
            elif (
                owner is None
                and len(words) >= 2
                and (p_female(words[0]) is not None)
                and doc[i].ent_type_ in ("", "PERSON")
                and not self._title_word(i)
            ):
                called_by_surname = [
                    r
                    for r in self.referents
                    if r.kind == "person" and r.names and all(m.text == words[-1] for m in r.names)
                ]
                if len(called_by_surname) == 1 and not named_as_relative(doc, i, j):
                    target = called_by_surname[0]  # "Marcel Desailly", unrecognised, and "Desailly"
                    self._attach(target, start, end)
                    target.name = self._name(target.mentions)
                    continue
                target = Referent(len(self.referents), " ".join(words), "person")
                self.referents.append(target)
            elif (
                owner is None
                and doc[j - 1].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
                and doc[i].ent_type_ in ("", "PERSON", "ORG")
                and not self._title_word(i)
                and not any(t.is_upper for t in doc[i:j])
            ):
                # a name nobody recognised ("Hartwig began …"): kept only if a person pronoun takes it,
                # unless a role or a relative comes before it ("Barca midfielder Deco agreed")
                named_as_person = self._role_before(i)
                target = Referent(len(self.referents), " ".join(words), "person" if named_as_person else "other")
                self.referents.append(target)
                if not named_as_person:
                    self.tentative.add(target.id)
            else:
                continue
            self._attach(target, start, end)

    def repeated_names(self) -> None:
        """One name, one referent, within an article: every other occurrence of a person's
        one-word name or surname is that person ("Goodale" labelled a person once, an
        organisation or nothing the next time), unless the recogniser labelled the word
        something else more often than a person, or it is part of a longer name, or it is
        another person's name too; an unlabelled occurrence of a one-word organisation or
        place name is that organisation or place ("Portishead have …" … "Portishead will")."""
        owners: dict[str, set[int]] = {}
        by_text: Counter = Counter()  # name -> occurrences as a person minus as something else
        for r in self.referents:
            if r.id in self.tentative:
                continue
            relative_only = self._relative_only(r)
            for m in r.names:
                by_text[m.text] += 1 if r.kind == "person" else -1
                words = m.text.split()
                last = surname(m.text)
                if (
                    (r.kind == "person" or len(words) == 1)
                    and last.isalpha()
                    and _capitalised(last)
                    and not (len(words) > 1 and relative_only)
                ):
                    owners.setdefault(last, set()).add(r.id)
        for tok in self.doc:
            ids = owners.get(tok.text)
            if ids is None or len(ids) != 1:
                continue
            target = self.referents[next(iter(ids))]
            if target.kind == "person" and by_text[tok.text] < 0:
                continue
            start, end = tok.idx, tok.idx + len(tok)
            owner = self._owner(start, end)
            if owner is target:
                continue
            if owner is not None:
                here = [m for m in owner.mentions if m.start < end and start < m.end]
                if any(m.text != tok.text for m in here):
                    continue  # part of a longer name ("Goodale Park")
                if owner.id not in self.tentative and (owner.kind == "person" or target.kind != "person"):
                    continue  # another person's; or two labels of things, left to the entity grouping
                owner.mentions = [m for m in owner.mentions if m not in here]
            elif (
                tok.is_sent_start
                and is_common_word(tok.text)
                and not _speaker_of_report(tok)
                and not _introduces_quotation(tok)
            ):
                continue  # "White was …": possibly the colour; but "Pound continued:" is Dick Pound
            elif tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.text not in owners:
                continue  # "Goodale Park"
            self._attach(target, start, end)

    def _relative_only(self, r: Referent) -> bool:
        """Named in full only as someone's relative ("her husband John Patey"): the surname
        alone is not this person (:func:`presslens.entities.named_as_relative`)."""
        from presslens.entities import named_as_relative

        full = [s for m in r.mentions if m.type == "name" and " " in m.text.strip() and (s := self._span(m))]
        return bool(full) and all(named_as_relative(self.doc, s.start, s.end) for s in full)

    def _owner(self, start: int, end: int) -> Referent | None:
        for r in self.referents:
            for m in r.mentions:
                if m.start < end and start < m.end:
                    return r
        return None

    def _title_word(self, i: int) -> bool:
        return is_title_word(self.doc[i].text)

    def split_by_title(self) -> None:
        """People of one surname whose titles or first names disagree become two referents."""
        for r in list(self.referents):
            if r.kind != "person":
                continue
            signals = []
            for m in r.mentions:
                h = self._honorific(m.start)
                g = HONORIFICS.get(h) if h else None
                if g is None and len(m.text.split()) > 1:
                    g = first_name_gender(m.text)
                    g = None if g == "unknown" else g
                signals.append(g)
            if {"female", "male"} <= set(signals):
                groups: dict[str, list[Mention]] = {"female": [], "male": []}
                named = {g for m, g in zip(r.mentions, signals, strict=True) if g and len(m.text.split()) > 1}
                current = next(g for g in signals if g)
                for m, g in zip(r.mentions, signals, strict=True):
                    current = g or current
                    # a bare surname is the one named in full ("Michael Howard" … "Howard"); the other
                    # is called by title ("Mrs Howard")
                    groups[g or (next(iter(named)) if len(named) == 1 else current)].append(m)
                first = "female" if groups["female"][0].start < groups["male"][0].start else "male"
                other = "male" if first == "female" else "female"
                r.mentions = groups[first]
                r.honorifics = Counter(h for m in r.mentions if (h := self._honorific(m.start)))
                r.name = self._name(r.mentions)
                new = Referent(len(self.referents), self._name(groups[other]), "person")
                new.mentions = [Mention(m.start, m.end, m.text, m.type, new.id) for m in groups[other]]
                new.honorifics = Counter(h for m in new.mentions if (h := self._honorific(m.start)))
                self.referents.append(new)

    def _name(self, mentions: list[Mention]) -> str:
        best = max(mentions, key=lambda m: (len(m.text.split()), len(m.text)))
        name = re.sub(r"\s+", " ", best.text)
        name = re.sub(r"^(?:the|The) ", "", re.sub(r"(?:'s|’s)$", "", name))
        if len(name.split()) == 1:
            h = self._honorific(best.start)
            if h:
                return f"{h.capitalize()} {name}"  # "Mrs Howard", apart from "Michael Howard"
        return name

    # -- descriptions --------------------------------------------------------------------------
    def _in_name(self, tok: Token) -> bool:
        return any(m.start <= tok.idx < m.end for r in self.referents for m in r.mentions if m.type == "name")

    def descriptions(self) -> None:
        """Noun phrases headed by a role noun: "a senior US defense official" starts an unnamed
        person; "the official" is the named holder of the role (apposition, predicate, title), else
        the last unnamed person of that role, else a new one."""
        doc = self.doc
        people = [r for r in self.referents if r.kind == "person"]
        owners = sorted((m.start, m.end, r) for r in people for m in r.mentions if m.type == "name")
        by_head: dict[str, Referent] = {}  # role noun -> the last unnamed person described with it
        for tok in doc:
            noun = (
                tok.pos_ == "NOUN"
                or tok.pos_ == "PROPN"
                and tok.text.isupper()  # "the Salford MP"
                or tok.pos_ == "PROPN"  # "The Chancellor said", capitalised as an office, no name after
                and tok.i > 0
                and tok.doc[tok.i - 1].lower_ == "the"
                and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ != "PROPN")
            )
            if not noun or tok.lemma_.lower() not in ROLE_TITLES or tok.dep_ == "compound":
                continue
            if tok.tag_ in ("NNS", "NNPS") or self._in_name(tok) or _epithet(tok) is not None:
                continue  # an epithet ("the 73-year-old former Chelsea chairman") is resolved with the pronouns
            left = [c for c in tok.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nmod")]
            det = [c.lower_ for c in tok.lefts if c.dep_ == "det"]
            definite = det[:1] in (["the"], ["this"], ["that"]) or any(
                c.dep_ == "poss" and c.lower_ != "whose" for c in tok.lefts
            )
            indefinite = det[:1] in (["a"], ["an"], ["one"], ["another"])
            if not (definite or indefinite):
                continue
            start_tok = min([tok, *left, *(t for c in left for t in c.subtree)], key=lambda t: t.i)
            start, end = start_tok.idx, tok.idx + len(tok)
            if any(
                m.start < end and start < m.end
                for r in self.referents
                for m in r.mentions
                if m.type == "description"
            ):
                continue
            # "the prime minister" and "the deputy leader" are other offices than "the minister" and "the leader"
            head = " ".join([*(c.lower_ for c in left if c.lower_ in OFFICE_MODIFIERS), tok.lemma_.lower()])
            # "A crestfallen France coach, Bernard Laporte": a name in apposition
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
            held = definite or named or tok.dep_ in ("appos", "attr")
            holder = self._holder(tok, start, owners) if held else None
            if holder is None and definite:
                holder = by_head.get(head)
            if holder is None:
                holder = Referent(len(self.referents), self.text[start:end], "person")
                self.referents.append(holder)
                if definite:
                    self.unheld.append((holder, tok))
            if not holder.names:
                by_head[head] = holder
            holder.mentions.append(Mention(start, end, self.text[start:end], "description", holder.id))
            holder.mentions.sort(key=lambda m: m.start)

    def office_holders(self) -> None:
        """A definite description no sieve gave a holder varies the name of the person subject of
        the sentence before: "Ferguson believes … The United boss said …" (run once the
        recogniser's non-people are demoted: "The Lib Dems accused … The prime minister")."""
        for described, tok in self.unheld:
            owner = self._office_holder_before(tok)
            if owner is not None and owner.kind == "person" and owner is not described:
                self._absorb(owner, described)

    def delayed_identification(self) -> None:
        """An unnamed speaker is the person the next sentence names as its speaker: "…, a Home
        Office minister has said. Hazel Blears said innocent Muslims …" (a news convention: the
        lede describes, the second sentence names). After the lede the next sentence must give
        the person the description's words as a title (""…", the economy minister said. "…," said
        economy minister Heizo Takenaka")."""
        sents = [i for i, sent in enumerate(self.sents) if any(t.is_alpha for t in sent)]
        for k in range(len(sents) - 1):
            self._named_next(self.sents[sents[k]], self.sents[sents[k + 1]], in_lede=k == 0)

    def _named_next(self, first: Span, second: Span, in_lede: bool) -> None:
        """:meth:`delayed_identification` for one pair of sentences."""
        described = [
            (r, m)
            for r in self.referents
            if r.kind == "person" and not r.names
            for m in r.mentions
            if m.type == "description" and first.start_char <= m.start < first.end_char
        ]
        if len(described) != 1:
            return
        r, m = described[0]
        span = self._span(m)
        if span is None or not _speaker_of_report(span.root):
            return
        subject = self._speaker_of_sentence(second)
        if subject is None:
            return
        roles = {c.lemma_.lower() for c in subject.children if c.dep_ == "appos"} & ROLE_TITLES
        if roles and span.root.lemma_.lower() not in roles:
            return  # "…, a spokesman has said. John Reid, a lawyer, said …": two people
        named = self._owner(subject.idx, subject.idx + len(subject))
        if (
            named is None
            or named.kind != "person"
            or min(x.start for x in named.mentions) < second.start_char  # named before: someone else
        ):
            return
        if not in_lede:
            words = {t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop}
            if not words or not words <= _title_words(self.doc, subject.idx, subject.idx + len(subject)):
                return
        gender = ROLE_GENDER.get(span.root.lemma_.lower())
        if gender is not None and self._agreement_gender(named) not in (gender, "unknown"):
            return
        self._absorb(named, r)

    def _speaker_of_sentence(self, sent: Span) -> Token | None:
        """The subject of a sentence's root verb of saying, before it or inverted after it
        (""…," said economy minister Heizo Takenaka")."""
        subject = next((c for c in sent.root.children if c.dep_ in _SUBJECT), None)
        if subject is not None and _speaker_of_report(subject):
            return subject
        return None

    def _office_holder_before(self, tok: Token) -> Referent | None:
        """The named person subject of the sentence before an office description that is the
        subject of its sentence (as :meth:`_speaker_before`), unless the text gives that person
        another office ("Chancellor Gordon Brown … The premier …"); else the one person that
        sentence names, if the text gives them that office."""
        head = tok.lemma_.lower()
        if (
            head not in OFFICE_NOUNS
            or tok.dep_ != "nsubj"
            or tok.head != tok.sent.root
            or self._quote_of(tok.idx) is not None
        ):
            return None
        here = self._sent(tok.idx)
        covered = OFFICES_COVERED.get(head, {head})
        owner = self._previous_subject(here)
        # else the one person the sentence before names, given that office there
        # ("… after falling out with Magpies manager Graeme Souness. The Toon boss vowed …")
        fallback = owner is None
        if fallback:
            owner = self._only_person_named(self._previous_sentence(here))
        if owner is None or not owner.names:
            return None
        offices = self._offices(owner)
        if fallback and not offices & covered:
            return None
        gender = ROLE_GENDER.get(head)
        if gender is not None and self._agreement_gender(owner) not in (gender, "unknown"):
            return None
        return owner if not offices or offices & covered else None

    def _offices(self, r: Referent) -> set[str]:
        """The office nouns the text gives a person with their name ("Magpies manager Graeme Souness")."""
        return {w for m in r.names for w in _title_words(self.doc, m.start, m.end) if w in OFFICE_NOUNS}

    def _only_person_named(self, sent: int | None) -> Referent | None:
        """The one person a sentence names outside quotations ("Curfews … were other options,
        Lord Falconer said."), if it names exactly one."""
        if sent is None:
            return None
        named = self._people_named(self.sents[sent].start_char, self.sents[sent].end_char)
        return self.referents[named.pop()] if len(named) == 1 else None

    def _salient_person(self, tok: Token, gender: str | None) -> Referent | None:
        """The named person a definite description or an epithet most likely refers to: the best
        candidate a pronoun of that gender in its place would have, never a mislabelled name."""
        feats = {i: f for i, f in self.pronoun_features(tok, "person", gender).items() if not f.get("latent")}
        feats = {i: f for i, f in feats.items() if self.referents[i].names}
        return self.referents[best_candidate(feats)] if feats else None

    def _holder(self, tok: Token, start: int, owners: list) -> Referent | None:
        """The named person a description refers to (apposition, predicate, shared title word)."""

        doc = self.doc
        if tok.dep_ == "appos" or tok.dep_ == "attr":  # "Parry, the chief executive" / "Parry is the …"
            anchor = (
                tok.head
                if tok.dep_ == "appos"
                else next((c for c in tok.head.children if c.dep_ in _SUBJECT), None)
            )
            if anchor is not None:
                for s, e, r in owners:
                    if s <= anchor.idx < e:
                        return r
        for c in tok.children:  # "the party's leader, Nicola Sturgeon": the name in apposition
            if c.dep_ != "appos" or c.pos_ != "PROPN":
                continue
            # the name's tokens ("Guy Mansfield QC": the letters head the apposition)
            name = [t for t in c.subtree if t.pos_ == "PROPN" and t.text not in POSTNOMINALS] or [c]
            for s, e, r in owners:
                if any(s <= t.idx < e for t in name):
                    return r
            named = self._owner(name[0].idx, name[-1].idx + len(name[-1]))
            if (
                named is not None
                and named.kind != "person"
                and named.names
                and " " in named.names[0].text
                and p_female(named.names[0].text.split()[0]) is not None
            ):
                named.kind = "person"  # a first name and surname a role describes: the recogniser erred
                return named
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        if first is not None and first.start >= 2 and doc[first.start - 1].text == "," and tok.dep_ != "conj":
            # "Mirza, the first Indian woman to win …, will now face …": an apposition the parser
            # made the subject, the name before it a modifier
            comma = doc[first.start - 1]
            listed = doc[first.start - 2].dep_ in ("conj", "pobj", "dobj")
            for s, e, r in owners:
                if s < comma.idx and comma.idx - e <= 1 and not listed:
                    return r
        before = doc.char_span(start, tok.idx + len(tok), alignment_mode="expand")
        words = {
            t.lemma_.lower()
            for t in doc[(before.start if before is not None else tok.i) : tok.i + 1]
            if t.is_alpha and not t.is_stop and t.ent_type_ != "PERSON"
        }
        for s, e, r in reversed([o for o in owners if o[1] <= start]):
            title = _title_words(doc, s, e)
            # "the prime minister" is not "Deputy Prime Minister John Prescott", nor "the leader" a deputy
            if words & title and words & OFFICE_MODIFIERS == title & OFFICE_MODIFIERS:
                return r
        return None

    # -- pronouns ------------------------------------------------------------------------------
    def _quote_of(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.quoted, (pos, float("inf"))) - 1
        return i if i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1] else None

    def _named_in_quotations(self, sent: int) -> set[int]:
        """Referents named inside the quotations of a sentence: never the speaker that sentence
        names by a pronoun (“…I said to Harry …,” he said: not Harry)."""
        s = self.sents[sent]
        spans = [(a, b) for a, b in self.quoted if a < s.end_char and s.start_char < b]
        return {
            r.id
            for r in self.referents
            if any(m.type == "name" and any(a <= m.start < b for a, b in spans) for m in r.mentions)
        }

    def _sent(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def pronouns(self) -> None:
        doc = self.doc
        for tok in doc:
            low = tok.lower_
            epithet = _epithet(tok)
            if epithet is not None:
                self._resolve_epithet(tok, *epithet)
                continue
            if _firm_description(tok):
                self._resolve_firm_description(tok)
                continue
            if low in PRONOUN_GENDER:
                want = "person"
            elif low in NEUTER_PRONOUNS:
                want = "thing"
            elif low in PLURAL_PRONOUNS:
                want = "group"
            else:
                continue
            if tok.pos_ not in ("PRON", "DET") and low != "her":
                continue
            if tok.dep_ == "expl" or (want == "thing" and _extraposed(tok)):
                continue  # "it is raining", "it was reported that", "it was not logical he did not …"
            r = self._resolve_pronoun(tok, want)
            if r is None:
                continue
            r.mentions.append(Mention(tok.idx, tok.idx + len(tok), tok.text, "pronoun", r.id))
            r.mentions.sort(key=lambda m: m.start)
            if want == "person" and self._quote_of(tok.idx) is None:
                r.pronouns[low] += 1

    def _resolve_firm_description(self, tok: Token) -> None:
        """ "The company said", "the bank": the named organisation last the subject of a clause in
        its sentence or the two before ("Cairn said estimates had been revised … The company said"),
        by its name or so described. An analyst's employer ("at Dresdner") or a venue ("in
        Bournemouth") is no subject; a name the recogniser labelled a place or that starts with a
        common first name is no firm."""
        start = tok.doc[tok.i - 1].idx
        end = tok.idx + len(tok)
        if any(m.start < end and start < m.end for r in self.referents for m in r.mentions):
            return
        lo = self.sent_starts[max(0, self._sent(tok.idx) - 2)]
        subjects = [
            (m.start, r)
            for r in self.referents
            if r.kind == "organisation" and r.names and self._may_be_a_firm(r)
            for m in r.mentions
            if lo <= m.start and m.end <= start and m.type != "pronoun" and self._acts(m, possessor=False)
        ]
        if not subjects:
            return
        r = max(subjects, key=lambda x: x[0])[1]
        r.mentions.append(Mention(start, end, self.text[start:end], "description", r.id))
        r.mentions.sort(key=lambda m: m.start)

    def _may_be_a_firm(self, r: Referent) -> bool:
        """Whether no name of ``r`` is one the recogniser labelled a place ("in Slough", "Leicester")
        or that starts with a common first name ("Boy George", "Dougray Scott")."""
        return not any(
            (span := self._span(m)) is not None
            and (span.root.ent_type_ in ("GPE", "LOC", "FAC") or common_first_name(m.text.split()[0]))
            for m in r.names
        )

    def _in_quoted_title(self, m: Mention) -> bool:
        """A name inside a quoted title of a work that holds more than the name ("Glen Ross" of
        "Glengarry Glen Ross"), or in the title a kind of work introduces (:mod:`presslens.titles`)."""
        return any(
            s <= m.start and m.end <= e and (e - s > m.end - m.start or follows_a_kind_of_work(self.text, s - 1))
            for s, e in self.titles
        )

    def _opens_an_institution(self, m: Mention) -> bool:
        """A possessive name that opens the capitalised name of an institution, a venue or a work
        ("*Grauman*'s Chinese Theatre", "*Madame Tussaud*'s Museum")."""
        after = re.match(r"(?:'s|’s)((?: [A-Z][\w&-]*)+)", self.text[m.end : m.end + 60])
        return after is not None and after.group(1).split()[-1].lower() in INSTITUTION_NOUNS | WORK_NOUNS

    def _adjective(self, m: Mention) -> bool:
        """Whether a name is used as an adjective ("*Greek* sprinters", "its *Indian* oil fields")."""
        span = self._span(m)
        return span is not None and len(span) == 1 and (span.root.tag_ == "JJ" or span.root.dep_ == "amod")

    def _acts(self, m: Mention, possessor: bool = True) -> bool:
        """Whether a mention is the subject of its clause ("Cairn said") or (``possessor``) a
        possessor ("Cairn's shares")."""
        span = self._span(m)
        return span is not None and span.root.dep_ in (*_SUBJECT, *(("poss",) if possessor else ()))

    def _resolve_epithet(self, tok: Token, start: int, gender: str | None) -> None:
        """ "The Dutchman said", "the 36-year-old added": a person named before, found as a pronoun
        of that gender would be; the recogniser's "name" for the word ("Dutchman" as an
        organisation) is dropped."""
        end = tok.idx + len(tok)
        for other in self.referents:
            other.mentions = [
                m for m in other.mentions if not (m.type == "name" and m.start < end and start < m.end)
            ]
        r = self._speaker_before(tok, gender) or self._salient_person(tok, gender)
        if r is None:
            r = Referent(len(self.referents), self.text[start:end], "person")
            self.referents.append(r)
        r.mentions.append(Mention(start, end, self.text[start:end], "description", r.id))
        r.mentions.sort(key=lambda m: m.start)

    def merge_same_names(self) -> None:
        """People the pronouns made of two occurrences of one name are one person ("Goodale
        studied …", unlabelled, and "Goodale's mentor", labelled an organisation, each taken by
        a "her"), unless their titles disagree ("Mr Howard", "Mrs Howard"); a titled surname is
        the one full name ending with it; the first of two surnames is the one full name holding
        them ("Posada" … "Luis Posada Carriles")."""
        from presslens.entities import normalise_name

        groups: dict[str, list[Referent]] = {}
        for r in self.referents:
            if r.kind == "person" and r.names:
                groups.setdefault(self._name(r.names), []).append(r)
        for same in groups.values():
            titles = {HONORIFICS[h] for r in same for h in r.honorifics if HONORIFICS.get(h)}
            if len(same) < 2 or len(titles) > 1:
                continue
            first, *rest = same
            for r in rest:
                self._absorb(first, r)
        # a titled surname before the one full name that ends with it ("Science Minister Lord
        # Sainsbury" … "David Sainsbury"), unless their genders differ ("Mrs Blair" … "Tony Blair")
        people = [r for r in self.referents if r.kind == "person" and r.names]
        for r in people:
            if not r.honorifics or not r.mentions or any(len(m.text.split()) > 1 for m in r.names):
                continue
            word = normalise_name(r.names[0].text)
            fulls = [
                o
                for o in people
                if o is not r
                and o.mentions
                and any(len(m.text.split()) > 1 and surname(normalise_name(m.text)) == word for m in o.names)
            ]
            genders = {self._agreement_gender(x) for x in (r, *fulls)} - {"unknown"}
            if len(fulls) == 1 and len(genders) <= 1 and min(m.start for m in r.names) < fulls[0].names[0].start:
                self._absorb(fulls[0], r)
        # the first of two surnames, as Spanish and Portuguese names are shortened ("Luis Posada
        # Carriles" … "Posada"), when one full name has it there and no one else is called so
        people = [r for r in self.referents if r.kind == "person" and r.names]
        for r in people:
            words = {normalise_name(m.text) for m in r.names}
            if len(words) != 1 or " " in (word := words.pop()) or common_first_name(word):
                continue
            holders = [
                o
                for o in people
                if o is not r and any(word in normalise_name(m.text).split()[1:] for m in o.names)
            ]
            full = holders[0].names if len(holders) == 1 else []
            if not any(
                len(parts := normalise_name(m.text).split()) >= 3
                and parts[-2] == word
                and common_first_name(parts[0])
                for m in full
            ):
                continue
            if len({self._agreement_gender(x) for x in (r, holders[0])} - {"unknown"}) <= 1:
                self._absorb(holders[0], r)

    def merge_same_things(self) -> None:
        """One name, one referent: organisations, places and other things of one name are one
        ("Ask Jeeves", recognised once as a person and missed four times, is one firm), of the
        kind of the one mentioned most; tentative names only join a kept one."""
        groups: dict[str, list[Referent]] = {}
        for r in self.referents:
            if r.kind != "person" and r.names:
                groups.setdefault(r.name.lower(), []).append(r)
        for same in groups.values():
            kept = [r for r in same if r.id not in self.tentative]
            if len(same) < 2 or not kept:
                continue
            first = max(kept, key=lambda r: (len(r.mentions), -r.id))
            for r in same:
                if r is not first:
                    self._absorb(first, r)

    def kinds_after_merging(self) -> None:
        """Kinds read once each name's mentions are one referent: a firm's name written with "'s"
        (see :meth:`_merge_possessive_firm_names`); a place or thing the text calls a kind of firm
        is an organisation ("Dutch retailer Ahold"), and so is a "person" with no person's pronoun,
        title or role that the text describes as a kind of organisation or with "which"
        ("Borussia Dortmund, Germany's only … football club", "Babyshambles, which he formed")."""
        self._merge_possessive_firm_names()
        for r in self.referents:
            if r.kind in ("place", "other") and any(self._called_a_kind(m, _KINDS_OF_FIRMS) for m in r.names):
                r.kind = "organisation"  # "Dutch retailer Ahold", labelled a place or nothing: a firm
            elif (
                r.kind == "person"
                and r.names
                and not r.honorifics
                and not any(m.type == "pronoun" and m.text.lower() in PRONOUN_GENDER for m in r.mentions)
                and any(self._described_as_a_kind(m) or self._with_which(m) for m in r.names)
                and not any(self._described_as_a_person(m) for m in r.names)
            ):
                r.kind = "organisation"

    def _merge_possessive_firm_names(self) -> None:
        """A "person" named by one word that is a firm's name written with "'s" ("brewing giant
        Foster's Group … Foster's said", "Sainsbury's has") is that firm: it joins the
        organisation so named, or is one when its "'s" owns nothing ("Foster's bought a stake").
        Not a person with a title, a person's pronoun or a role."""
        firms: dict[str, Referent] = {}
        for r in self.referents:
            m = re.match(r"([A-Z][\w.&-]*)['’]s\b", r.name)
            if r.kind == "organisation" and r.mentions and m:
                firms.setdefault(m.group(1).lower(), r)
        for r in self.referents:
            if r.kind != "person" or not r.mentions or r.honorifics or any(
                m.type != "name" for m in r.mentions
            ):
                continue
            word = re.match(r"[A-Z][\w.&-]*", r.name)
            if word is None or not (r.name == word.group() or r.name.startswith(word.group() + "'s")):
                continue
            firm = firms.get(word.group().lower())
            if firm is not None and firm is not r:
                self._absorb(firm, r)
            elif r.name == word.group() and any(self._owns_nothing(m) for m in r.names):
                r.kind = "organisation"

    def _owns_nothing(self, m: Mention) -> bool:
        """A name whose "'s" is followed by a verb: the "'s" is part of the name ("Foster's said")."""
        span = self._span(m)
        if span is None or span.end + 1 >= len(self.doc):
            return False
        mark, after = self.doc[span.end], self.doc[span.end + 1]
        return mark.lower_ in ("'s", "’s") and after.pos_ in ("VERB", "AUX")

    @staticmethod
    def _absorb(first: Referent, r: Referent) -> None:
        """Make ``r``'s mentions, titles and pronouns ``first``'s (``r`` is dropped, mentionless)."""
        first.mentions = sorted(
            [*first.mentions, *(Mention(m.start, m.end, m.text, m.type, first.id) for m in r.mentions)],
            key=lambda m: m.start,
        )
        first.honorifics.update(r.honorifics)
        first.pronouns.update(r.pronouns)
        r.mentions = []

    def _compatible(self, r: Referent, want: str, gender: str | None) -> bool:
        """Agreement of a referent with a pronoun (descriptions are singular: "the officials" is none)."""
        if want == "person":
            return r.kind == "person" and (gender is None or self._agreement_gender(r) in (gender, "unknown"))
        if want == "thing":
            return r.kind in ("organisation", "place", "other") or self._latent_thing(r)
        return r.kind in ("organisation", "other")

    def _latent_thing(self, r: Referent) -> bool:
        """A "person" of the recogniser named by one word alone, with no title, description or
        pronoun, that is no common first name ("Yukos", "Gartner"): "it" may refer to it."""
        return (
            self._named_only(r)
            and all(" " not in m.text for m in r.mentions)
            and not common_first_name(r.mentions[0].text)
            and not any(self._after_a_role(m) for m in r.mentions)  # "Barca midfielder Deco agreed"
        )

    def _latent_person(self, r: Referent, gender: str | None) -> dict[str, float] | None:
        """Whether a referent not labelled a person may still be one a person pronoun refers to.

        A name the recogniser labelled an organisation, place or other, or did not label at
        all, named only by one proper noun, each time as a subject, possessor or conjunct
        ("MacKenzie studied …", "Helen" labelled an organisation, "Hartwig began …" labelled
        a place): small models often mislabel a surname standing alone. Returns the features
        that price the choice (None: it cannot be a person): ``latent`` (always 1),
        ``latent_unlabelled`` (the recogniser saw no name), ``latent_place`` (labelled a
        place), ``latent_first_name`` (a common first name of the pronoun's gender),
        ``latent_common`` (its Zipf frequency as a lower-case English word, so "Button" or
        "Arsenal" cost more than "Hanbury") and ``latent_repeated`` (mentions beyond the
        first: an organisation named again and again is less likely a person).
        """
        from wordfreq import zipf_frequency

        from presslens.entities import GENERIC_NAME_WORDS

        names = [m for m in r.mentions if m.type == "name"]
        if r.kind == "person" or not names or len(names) != len(r.mentions):
            return None
        if any(self._in_a_title(m) or self._affiliation(m) for m in names):
            return None  # "the Tate", "Arsenal's Thierry Henry": an institution, never a person
        full = max((m.text for m in names), key=len)
        if any(m.text != full and m.text not in full.split() for m in names):
            return None  # one name, written whole or by one of its words ("Chelsea Green", "Chelsea")
        word = full.split()[0]
        if not _capitalised(word) or full.lower() in GENERIC_NAME_WORDS:
            return None
        first_name = common_first_name(word)
        if " " in full and (not first_name or full.split()[-1].lower() in WORK_NOUNS):
            return None  # "Helen Anne Ward" labelled an organisation; not "Drew Show"
        roles = set()
        for m in names:
            span = self._span(m)
            if span is None or any(t.ent_type_ == "NORP" for t in span):  # "the Germans": a people
                return None
            roles.add(span.root.dep_)
        if not first_name and not roles & {*_SUBJECT, "poss", "conj"}:
            return None  # a surname-like word a person pronoun may reach only where people stand
        if (
            r.kind != "place"
            and not first_name
            and zipf_frequency(word.lower(), "en") >= COMMON_FIRST_WORD_ZIPF
            and not is_surname(word)
        ):
            return None  # "Labour": a common English word and no surname ("Jones", "White" may be people)
        if r.kind == "place" and zipf_frequency(full.lower(), "en") >= FAMOUS_PLACE_ZIPF:
            return None  # "London", "England": a place, whatever a pronoun nearby says
        if r.kind == "place" and any(self._somewhere(m) for m in names):
            return None  # "bombings in Cuba", "throughout his native Cuba": where things are, no one
        named_gender = first_name_gender(full) if " " in full else lone_first_name_gender(word)
        if gender is not None and named_gender not in ("unknown", gender):
            return None  # "Bruce" or "Beverly Hills" for "her" or "his": a first name of the other gender
        pf = p_female(word) if first_name else None
        return {
            "latent": 1.0,
            "latent_unlabelled": float(r.id in self.tentative),
            "latent_place": float(r.kind == "place"),
            "latent_first_name": float(
                pf is not None and gender is not None and (pf > 0.5) == (gender == "female")
            ),
            "latent_common": zipf_frequency(word.lower(), "en"),
            "latent_repeated": float(len(names) - 1),
        }

    def _candidates(self, tok: Token, want: str, gender: str | None, window: int):
        """(referent, mention, latent-person penalty, cataphora) a pronoun may resolve to."""
        here = self._sent(tok.idx)
        lo = self.sent_starts[max(0, here - window)]
        sent = self.sents[here]
        main_subject = next((c for c in sent.root.children if c.dep_ in _SUBJECT), None)
        cataphora = (
            main_subject is not None
            and main_subject.i > tok.i
            and tok.i not in {t.i for t in main_subject.subtree}
            and tok.dep_ in ("poss", "pobj", "nsubj")
            and tok.head.i != sent.root.i
        )
        for r in self.referents:
            latent = None
            if not self._compatible(r, want, gender):
                latent = self._latent_person(r, gender) if want == "person" else None
                if latent is None:
                    continue
            for m in r.mentions:
                if (
                    want == "group"
                    and r.kind == "organisation"
                    and (m.start < sent.start_char or not any(t.dep_ in _SUBJECT for t in self._span(m) or ()))
                ):
                    continue  # "they" is an organisation only as its own sentence's subject ("the club said they")
                if want != "person" and m.type == "name" and self._adjective(m):
                    continue  # "Greek sprinters", "its Indian oil fields": a word that describes, no referent
                if m.start >= lo and m.end <= tok.idx:
                    yield r, m, latent, False
                elif (
                    cataphora
                    and main_subject is not None
                    and m.type == "name"
                    and m.start <= main_subject.idx < m.end
                ):
                    yield r, m, latent, True  # "In his review, Robert Christgau …"

    def _agreement_gender(self, r: Referent) -> str:
        """The gender a pronoun must agree with: titles, else a clearly gendered first name, else the
        pronouns resolved to it so far (so one wrong resolution does not turn "Nicole" into a man)."""
        for votes in (r.honorifics,):
            genders = {g for h in votes if (g := HONORIFICS.get(h)) is not None}
            if len(genders) == 1:
                return genders.pop()
        full = r.full_name
        g = first_name_gender(full)
        if g != "unknown":
            return g
        g = lone_first_name_gender(full)  # "Vanessa" alone: a first name, rarely a surname
        if g != "unknown":
            return g
        genders = {g for m in r.mentions if m.type == "description" and (g := self._description_gender(m))}
        if len(genders) == 1:  # "his father": never "she"
            return genders.pop()
        genders = {PRONOUN_GENDER[p] for p in r.pronouns}
        if len(genders) != 1:
            return "unknown"
        voted = genders.pop()
        lean = p_female(full.split()[0]) if full.split() else None
        if lean is not None and abs(lean - (voted == "female")) >= 1 - NAME_LEAN:
            return "unknown"  # "Mary" taken by a wrong "his": her name says otherwise, so the vote does not bind
        return voted

    def _description_gender(self, m: Mention) -> str | None:
        span = self._span(m)
        return None if span is None else ROLE_GENDER.get(span.root.lemma_.lower())

    def pronoun_features(self, tok: Token, want: str, gender: str | None = None) -> dict[int, dict[str, float]]:
        """The evidence for each referent a pronoun may resolve to, one number per feature.

        Each candidate mention adds its features to its referent's (so a referent
        mentioned twice nearby gains twice); :func:`pronoun_weights` weighs them.
        """
        here = self._sent(tok.idx)
        own_quote = self._quote_of(tok.idx)
        role = _role(tok)
        feats: dict[int, Any] = {}  # id -> Counter of feature -> value (floats; a missing one reads 0)
        if (
            tok.dep_ in ("dobj", "dative", "pobj")
            and not tok.lower_.endswith("self")
            and tok.tag_ != "PRP$"
            and not _carried_along(tok)
        ):
            blocked = _clause_subject(tok)
        elif (
            tok.tag_ == "PRP$"
            and tok.head.dep_ in ("attr", "oprd")
            and not any(c.lower_ == "own" for c in tok.head.children)
        ):
            blocked = _clause_subject(tok.head)  # "Tey was not her mother": not Tey's own mother
        elif tok.dep_ in _SUBJECT and tok.lower_ in ("him", "her") and tok.tag_ == "PRP":
            # "Charles made him the Earl", "Claire allows her to do so": the governing verb's subject
            # is someone else
            blocked = subject_of(tok.head.head) if tok.head.dep_ in ("ccomp", "xcomp") else None
        elif tok.dep_ in _SUBJECT and not tok.lower_.endswith("self"):
            blocked = _relative_object(tok)  # "Savoca, with whom she had worked": not Savoca
        else:
            blocked = None
        blocked_ids = (
            set()
            if blocked is None
            else {  # the subject's referent, by whichever mention
                r.id
                for r in self.referents
                if any(m.start < blocked.idx + len(blocked) and blocked.idx < m.end for m in r.mentions)
            }
        )
        if own_quote is None and tok.dep_ in _SUBJECT and tok.head.dep_ == "ROOT":
            blocked_ids |= self._named_in_quotations(here)
        if tok.dep_ in _SUBJECT:
            for clause in _subjectless_adjuncts(tok.head):  # "Commenting on Mr Makarov's case, he said"
                blocked_ids |= {
                    r.id
                    for r in self.referents
                    for m in r.mentions
                    if m.type == "name"
                    and clause.left_edge.idx <= m.start < clause.right_edge.idx + len(clause.right_edge)
                }
        gender = PRONOUN_GENDER.get(tok.lower_, gender)
        window = PRONOUN_WINDOW
        candidates = [c for c in self._candidates(tok, want, gender, window) if c[0].id not in blocked_ids]
        if not candidates:
            window = WIDE_PRONOUN_WINDOW
            candidates = [c for c in self._candidates(tok, want, gender, window) if c[0].id not in blocked_ids]
        governor = None if blocked is not None else _governing_subject(tok)
        kept = []
        for r, m, latent, after in candidates:
            q = self._quote_of(m.start)
            if q is not None and q != own_quote:
                continue  # a pronoun never reaches into a quotation it is not in
            span = self._span(m)
            if span is None:
                continue
            head = span.root
            if want != "person" and head.dep_ == "compound":
                continue  # "the Biden administration … its": the administration, not Biden
            kept.append((r, m, head))
            f = feats.setdefault(r.id, Counter())
            f["recency"] += 0.5 ** (here - self._sent(m.start))
            for k, v in (latent or {}).items():
                f[k] = v
            f["cataphora"] += after
            mrole = _role(head)
            if mrole != "other":
                f[mrole] += 1
            f["not_oblique"] += head.dep_ != "pobj"
            f["not_modifier"] += head.dep_ not in ("poss", "compound")
            f["parallel"] += mrole == role
            f["pronoun"] += m.type == "pronoun"
            # one of a list ("clients were Shirley Temple, Robert Taylor and Barbara Stanwyck. She …"):
            # a list's members are seldom what the next sentence goes on about
            f["listed"] += head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
            f["same_sentence"] += self._sent(m.start) == here
            f["main_subject"] += head.dep_ in _SUBJECT and head.head.dep_ == "ROOT"
            f["apposition"] += head.dep_ == "appos" or self.text[max(0, m.start - 1) : m.start] == "("
            f["nearest_at"] = max(f["nearest_at"], m.start)
            if governor is not None and m.start <= governor.idx < m.end:
                f["clause_subject"] = 1
        if not feats:
            return {}
        nearest = max(feats, key=lambda i: feats[i]["nearest_at"])
        feats[nearest]["nearest"] = 1
        first = min(feats, key=lambda i: min(m.start for m in self.referents[i].mentions))
        feats[first]["first_in_text"] = 1
        if tok.tag_ == "PRP$":  # "his"/"her" most often own what the nearest person of its sentence does
            same = [(m.start, r.id) for r, m, _ in kept if self._sent(m.start) == here]
            if same:
                feats[max(same)[1]]["nearest_possessor"] = 1
        lo = self.sent_starts[max(0, here - window)]
        for rid, f in feats.items():  # salience carried over from earlier in the text, halved each sentence
            f["earlier"] = sum(
                0.5 ** (here - self._sent(m.start))
                for m in self.referents[rid].mentions
                if m.end <= tok.idx and m.start < lo
            )
        partner = _coordinated_owner(tok)
        if partner is not None:  # "Cate Blanchett and her husband": Blanchett's husband
            owner = [r.id for r, m, _ in kept if m.start <= partner.idx < m.end and not feats[r.id].get("latent")]
            if owner:
                return {owner[0]: feats[owner[0]]}
        return feats

    def _wholly_quoted(self, sent: Span) -> bool:
        """A sentence inside one quotation."""
        return any(a <= sent.start_char and sent.end_char <= b + 1 for a, b in self.quoted)

    def _speaker_before(self, tok: Token, gender: str | None = None) -> Referent | None:
        """The speaker a quotation's "he said" names: the person subject of the last sentence before
        the quotation ("Robbie Keane … echoed his manager's sentiments. “…,” he said."), the
        newswriting convention of introducing a speaker and then quoting them; and the speaker of
        a report that follows a report ("Peter Nielson said … He said that … He added: “…”")."""
        here = self._sent(tok.idx)
        sent = self.sents[here]
        gender = PRONOUN_GENDER.get(tok.lower_, gender)
        if (
            tok.dep_ not in _SUBJECT
            or tok.head.lemma_.lower() not in SPEECH_VERBS
            or self._quote_of(tok.idx) is not None
        ):
            return None
        before = self._previous_sentence(here)
        if not any(sent.start_char <= a and b <= tok.idx for a, b in self.quoted) and not (
            tok.dep_ == "nsubj"
            and tok.head == sent.root
            and before is not None
            and self.sents[before].root.lemma_.lower() in SPEECH_VERBS
            # "While Hodgson was talking with Eisenhower, he said": the sentence has its own candidates
            and not self._people_named(sent.start_char, tok.idx)
        ):
            return None  # the "“…,” he said" of a quotation opening its sentence, or a report after a report
        owner = self._previous_subject(here)
        if (
            owner is None
            or not self._compatible(owner, "person", gender)
            or owner.id in self._named_in_quotations(here)
        ):
            return None
        return owner

    def _people_named(self, start: int, end: int) -> set[int]:
        """The people named between two character offsets, outside quotations."""
        return {
            r.id
            for r in self.referents
            if r.kind == "person"
            for m in r.mentions
            if m.type == "name" and start <= m.start < end and self._quote_of(m.start) is None
        }

    def _previous_sentence(self, here: int) -> int | None:
        """The last sentence before sentence ``here`` that is not wholly a quotation, if it is at
        most two sentences back."""
        i = here - 1
        while i >= 0 and self._wholly_quoted(self.sents[i]):
            i -= 1
        return None if i < 0 or here - i > 2 else i

    def _previous_subject(self, here: int) -> Referent | None:
        """The named person subject of the last sentence before sentence ``here`` that is not
        wholly a quotation, if it is at most two sentences back."""
        i = self._previous_sentence(here)
        if i is None:
            return None
        # the subject nearest the verb ("…, Brad, Bob remarks": the parser's second subject is the one)
        root = self.sents[i].root
        subject = next((c for c in reversed(list(root.lefts)) if c.dep_ in _SUBJECT), None)
        if subject is None and root.pos_ in ("PROPN", "NOUN") and any(
            c.dep_ == "acl" and c.tag_ == "VBD" for c in root.rights
        ):
            subject = root  # "Trevor Phillips, chairman of …, called on …": the parser hangs the verb on the name
        if subject is None:
            return None
        # the subject's noun phrase up to its head, and a name in apposition ("Former Chelsea captain
        # Desailly, who …": the head is "captain")
        lo, hi = subject.left_edge.idx, subject.idx + len(subject)
        for c in subject.rights:
            if c.dep_ == "appos" or c.pos_ == "PROPN":  # the small model may attach the name otherwise
                hi = max(hi, c.idx + len(c))
        inside = [
            (m.start, r)
            for r in self.referents
            for m in r.mentions
            if lo <= m.start < hi and m.type in ("name", "pronoun") and r.kind == "person"
        ]
        return max(inside, key=lambda x: x[0])[1] if inside else None

    def _resolve_pronoun(self, tok: Token, want: str, gender: str | None = None) -> Referent | None:
        speaker = self._speaker_before(tok) if want == "person" else None
        if speaker is not None:
            return speaker
        feats = self.pronoun_features(tok, want, gender)
        if not feats:
            return None
        best = self.referents[best_candidate(feats)]
        if want == "person" and best.kind != "person":
            best.kind = "person"  # a person pronoun chose it: the recogniser's label was wrong
        elif want == "thing" and best.kind == "person":
            best.kind = "organisation"  # "Yukos said it …": no person
        return best

    def demote_unattested(self) -> None:
        """The recogniser's "people" that nothing in the text shows to be people are organisations.

        A name that starts with no first name of the name data and ends in a common English word
        ("Manchester United", "BBC Sport"), a name ending in a work noun ("Drew Show") or inside a title
        ("The Dawn and Drew Show"), a name without a frequent first name used as a place and never as a
        subject ("In Sri Lanka", "Sri Lanka's stock market"), and a one-word name only ever used as a
        place ("at Bolton", "in Anfield") or to qualify a role ("Everton midfielder"), the subject of a
        plural verb ("Portishead have", "Everton visit Plymouth") or a common English word and no common
        first name ("Labour"); a name ending in a plural that is no surname ("Lib Dems", "Happy
        Mondays") or in a common English word that is no surname ("Dairy Milk"), or starting with a
        common English word that is no frequent first name ("Ask Jeeves", "Snow Patrol"; "Kim Collins"
        stays); a name a "which" clause describes ("Varig, which operates …"); a word without a
        vowel ("Mbps"); a one-word "person" that "it" refers to is an
        organisation too (see :meth:`pronouns`). "Thaksin Shiniwatra", "Biden" and "Sandra" stay people.
        """
        from wordfreq import zipf_frequency

        for r in self.referents:
            if r.kind in ("organisation", "other") and r.id not in self.tentative and self._person_named(r):
                r.kind = "person"  # "Sam Allardyce" labelled an organisation
                continue
            words = r.name.split()
            if (
                r.kind == "organisation"
                and r.id not in self.tentative
                and len(words) >= 2
                and p_female(words[0]) is not None
                and words[-1].lower() not in _INSTITUTION_OR_FIRM
                and any(self._described_as_a_person(m) for m in r.names)
            ):
                r.kind = "person"  # "Anshuman Magazine, managing director, of CB Richard Ellis"
                continue
            if not self._named_only(r) or any(self._described_as_a_person(m) for m in r.names):
                continue
            words = r.full_name.split()
            if all(self._in_a_title(m) or self._after_the(m) for m in r.names) and any(
                self._in_a_title(m) for m in r.names
            ):  # "The Dawn and Drew Show": a show's name; "the Tate … The Tate is": an institution
                r.kind = "organisation"
            elif all(self._bracketed_after_a_person(m) for m in r.names):
                r.kind = "organisation"  # "Gordon Ross (Leeds Tykes), Iain Fullarton (Saracens)": their clubs
            elif any(self._with_which(m) for m in r.names):
                r.kind = "organisation"  # "Varig, which operates in 18 countries": no person is a "which"
            elif (
                not common_first_name(words[0])
                and not is_surname(words[-1])
                and all(self._plural_name(m) for m in r.names)
            ):
                r.kind = "organisation"  # "Lib Dems", "Falcons", "Happy Mondays": a party, a team, a band
            elif any(re.match(r", where\b", self.text[m.end : m.end + 8]) for m in r.names):
                r.kind = "place"  # "will visit Leicester South, where …": no person is a "where"
            elif len(words) == 1 and not re.search(r"[aeiouyAEIOUY]", words[0]):
                r.kind = "other"  # "Mbps", "Kbps": no name is written without a vowel
            elif all(self._in_quoted_title(m) for m in r.names):
                r.kind = "other"  # "his play “Glengarry Glen Ross”": part of a work's title
            elif all(self._opens_an_institution(m) for m in r.names):
                r.kind = "organisation"  # "Grauman's Chinese Theatre", "St Mary's Hospital": a place's name
            elif len(words) > 1:
                if words[-1].lower() in WORK_NOUNS:  # "Drew Show", "Daily Source Code": a work's name
                    r.kind = "organisation"
                elif words[-1].lower().rstrip(".") in _INSTITUTION_OR_FIRM and not is_surname(words[-1]):
                    # "Daniel Freeman Marina Hospital", "Michael Foods"; not "Charlotte Church"
                    r.kind = "organisation"
                elif any(self._called_a_kind(m) for m in r.names):
                    r.kind = "organisation"  # "building products group James Hardie": the text says what it is
                elif not common_first_name(words[0]) and all(self._as_employer(m) for m in r.names):
                    r.kind = "organisation"  # "Lib Dem MP", "Bolton West MP": a party, seat or firm before a role
                elif (
                    first_name_count(words[0]) < COMMON_FIRST_NAME
                    and not is_surname(words[-1])
                    and zipf_frequency(words[-1].lower(), "en") >= _MODIFIER_WORD_ZIPF
                    and all(self._as_employer(m) or self._qualifies_a_thing(m) for m in r.names)
                ):
                    # "a Lib Dem vote", "Lib Dem MP": only ever a modifier, and no person's name ("Jude Law
                    # film Closer", "a long Cesc Faregas ball" stay people)
                    r.kind = "organisation"
                elif (
                    zipf_frequency(words[0].lower(), "en") >= COMMON_FIRST_WORD_ZIPF
                    and not common_first_name(words[0])
                    and words[-1].lower() in ROLE_TITLES - SURNAME_TITLES
                ):
                    r.kind = "other"  # "Prime Minister", "Foreign Secretary": a role, not a name
                elif not common_first_name(words[0]) and all(self._after_indefinite_article(m) for m in r.names):
                    r.kind = "other"  # "a Prime Minister", "an Iron Curtain": no person is "a Tony Blair"
                elif not common_first_name(words[0]) and all(self._as_place(m) for m in r.names):
                    r.kind = "place"  # "explosions in Canary Wharf"
                elif (
                    first_name_count(words[0]) < COMMON_FIRST_NAME
                    and any(self._as_place(m) for m in r.names)
                    and not any(self._as_subject(m) for m in r.names)
                ):
                    r.kind = "place"  # "In Sri Lanka, …", "Sri Lanka's stock market": never a subject
                elif (
                    p_female(words[0]) is None
                    or (
                        not common_first_name(words[0])
                        and zipf_frequency(words[0].lower(), "en") >= COMMON_WORD_ZIPF + 1
                    )
                ) and is_common_word(words[-1]):
                    r.kind = "organisation"  # "Manchester United"; "New Labour" ("New" is no common first name)
                elif (
                    first_name_count(words[0]) < COMMON_FIRST_NAME
                    and words[0].isalpha()
                    and zipf_frequency(words[0].lower(), "en") >= COMMON_FIRST_WORD_ZIPF
                    and not (len(words) == 2 and is_title_word(words[0]))
                ):
                    r.kind = "organisation"  # "Ask Jeeves", "Snow Patrol": a common word starts no person's name
                elif (
                    not common_first_name(words[0])
                    and words[-1].isalpha()
                    and not re.fullmatch(r"[IVX]+", words[-1])
                    and not is_surname(words[-1])
                    and zipf_frequency(words[-1].lower(), "en") >= COMMON_FIRST_WORD_ZIPF
                ):
                    r.kind = "organisation"  # "Snow Patrol": a common word that is no surname ends no name
            elif not common_first_name(words[0]) and any(self._plural_subject(m) for m in r.names):
                r.kind = "organisation"  # "Portishead have revealed", "Everton visit Plymouth": a band, a club
            elif all(self._as_employer(m) for m in r.names):
                r.kind = "organisation"  # "Chelsea midfielder", "Troy actress": a first name, but a club or film
            elif all(self._prize(m) or self._after_the(m, ("the", "a", "an")) for m in r.names) and any(
                self._prize(m) for m in r.names
            ):
                r.kind = "other"  # "Oscar-nominated movie The Aviator", "won the Oscar", "won an Oscar"
            elif (
                not common_first_name(words[0])
                and not is_surname(words[0])
                and sum(self._names_a_kind_of_thing(m) for m in r.names) >= 2
                and all(self._names_a_kind_of_thing(m) or self._quote_of(m.start) is not None for m in r.names)
            ):
                # "the Betamax ruling", "the Sony Betamax case", "the Betamax principles": a word that is
                # no name of a person's and only ever names a kind of thing (quoted words aside)
                r.kind = "other"
            elif all(self._affiliation(m) or self._office_of(m) for m in r.names):
                r.kind = "organisation"  # "Chelsea's John Terry", "the captain of Chelsea": a club
            elif any(self._called_a_kind(m) for m in r.names):
                r.kind = "organisation"  # "engineering group Jarvis": the text says what it is
            elif (kind := self._labelled_a_thing(r)) is not None:
                r.kind = kind  # "Charlton midfielder …", "signing for Charlton" (labelled a place)
            elif self._listed_with_things(r):
                r.kind = "organisation"  # "chips produced by Yamaha and Rohm", "Barcelona and Valencia"
            elif not common_first_name(words[0]) and all(
                self._as_place(m) or self._as_employer(m) or self._bracketed_after_a_person(m) for m in r.names
            ):
                r.kind = "organisation"  # "uncapped Wrexham defender … Roberts (Wrexham)"
            elif not common_first_name(words[0]) and is_common_word(words[0]):
                r.kind = "organisation"  # "Labour" alone: a common English word, no surname the text attests
        # a list that the steps above made things makes its other one-word names things ("with
        # Everton, Chelsea and Charlton", the last two shown to be clubs)
        changed = True
        while changed:
            changed = False
            for r in self.referents:
                if self._named_only(r) and len(r.full_name.split()) == 1 and self._listed_with_things(r):
                    r.kind = "organisation"
                    changed = True

    @staticmethod
    def _named_only(r: Referent) -> bool:
        """A "person" known by name alone: no title, pronoun or description yet."""
        return (
            r.kind == "person"
            and bool(r.names)
            and not r.honorifics
            and all(m.type == "name" for m in r.mentions)
        )

    def _listed_with_things(self, r: Referent) -> bool:
        """A name without a common first name coordinated with an organisation's or a place's
        name and with no person's; not a name with its club in brackets after it ("A Persico
        (Agen), D dal Maso (Treviso)": a line-up the parser may coordinate with the clubs)."""
        return (
            not common_first_name(r.full_name.split()[0])
            and not any(self.text[m.end : m.end + 2] == " (" for m in r.names)
            and any(self._joined_to_organisation(m, ("organisation", "place")) for m in r.names)
            and not any(self._joined_to_organisation(m, ("person",)) for m in r.names)
        )

    def _bracketed_after_a_person(self, m: Mention) -> bool:
        """A name in brackets right after a person's ("Gordon Ross (Leeds Tykes)", "Jack Straw
        (Labour)"): the person's club, party or country."""
        span = self._span(m)
        if span is None or span.start < 2 or span.end >= len(self.doc):
            return False
        before, after = self.doc[span.start - 2], self.doc[span.end]
        return (
            self.doc[span.start - 1].text == "("
            and after.text in (")", ",")
            # a line-up's "L Nitoglia (Calvisano)", whose surname the recogniser may leave unlabelled
            and (before.ent_type_ == "PERSON" or before.pos_ == "PROPN" and before.text[:1].isupper())
            and not span.start <= before.i < span.end
        )

    def _described_as_a_person(self, m: Mention) -> bool:
        """A name with a person's role, relative or occupation in apposition ("Rich Ilczyszyn, a
        broker at Lind-Waldock", "Deco, the midfielder"): a person, whatever word it starts with."""
        return self._in_apposition(m, _PERSON_NOUNS)

    def _described_as_a_kind(self, m: Mention) -> bool:
        """A name with a kind of organisation in apposition ("Borussia Dortmund, Germany's only
        stock-market listed football club"): an organisation."""
        return self._in_apposition(m, _KINDS_OF_ORGANISATIONS)

    def _in_apposition(self, m: Mention, nouns: frozenset[str]) -> bool:
        """Whether a name has one of ``nouns`` (lemmas) in apposition."""
        span = self._span(m)
        if span is None:
            return False
        return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in span.root.children)

    def _with_which(self, m: Mention) -> bool:
        """A name a relative clause with "which" describes ("Varig, which operates in 18
        countries"): a thing, never a person. Not a name after a preposition, where the clause
        may describe the noun before it ("the speech by Blair, which …")."""
        span = self._span(m)
        if span is None or span.root.dep_ == "pobj":
            return False
        clauses = [c for c in span.root.children if c.dep_ == "relcl"]
        # "a gig starring Eric Clapton, Keane and Jools Holland, which raised …": after a list, the
        # clause may describe the noun before it
        joined = [c for c in span.root.children if c.dep_ == "conj"]
        return any(
            t.lower_ == "which" and t.i < c.i and not any(j.i < c.i for j in joined)
            for c in clauses
            for t in c.lefts
        )

    def _labelled_a_thing(self, r: Referent) -> str | None:
        """The kind of a one-word name the recogniser labelled an organisation or a place at one
        mention and a person at another, which the text never shows to be a person: no role
        before it ("midfielder Deco"), never reporting speech ("Deco agreed"), no apposition
        ("Deco, 27,"), never a subject ("Seetha is diagnosed"), and used as a club or a place at
        least once ("Charlton midfielder", "at Anfield"; not "working with Zilic"): an
        organisation ("Charlton midfielder Graham Stuart … signing for Charlton", the last labelled
        a place), or a place where only places were labelled ("in Brixton")."""
        labels = Counter(self._label(m) for m in r.names)
        things = {k: n for k, n in labels.items() if k in _THING_LABELS}
        if (
            not things
            or not any(self._as_employer(m) or self._as_place(m) for m in r.names)
            or any(self._called_a_person(m) or self._as_subject(m) for m in r.names)
        ):
            return None
        return "place" if set(things) <= _PLACE_LABELS else "organisation"

    def _label(self, m: Mention) -> str:
        span = self._span(m)
        return span.root.ent_type_ if span is not None else ""

    def _called_a_person(self, m: Mention) -> bool:
        """A name the text shows to be a person's: a role or relative before it ("midfielder Deco",
        "his son Jack"), reporting speech ("Deco agreed", "Rijkaard added:"), with an apposition
        ("Deco, 27,")."""
        span = self._span(m)
        if span is None:
            return False
        root = span.root
        return (
            self._after_a_role(m)
            or _speaker_of_report(root)
            or _introduces_quotation(root)
            or any(c.dep_ == "appos" for c in root.children)
        )

    def _after_a_role(self, m: Mention) -> bool:
        """A name right after a role or a relative in lower case ("midfielder Deco", "his son Jack")."""
        span = self._span(m)
        return span is not None and self._role_before(span.start)

    def _role_before(self, i: int) -> bool:
        """Whether token ``i`` follows a role or a relative in lower case."""
        if i == 0:
            return False
        before = self.doc[i - 1]
        return before.is_lower and before.lemma_.lower() in ROLE_TITLES | KIN_NOUNS

    def _plural_name(self, m: Mention) -> bool:
        """A name whose last word the tagger reads as a plural proper noun ("Lib Dems", "Falcons")."""
        span = self._span(m)
        return span is not None and span[-1].tag_ == "NNPS"

    def _after_indefinite_article(self, m: Mention) -> bool:
        """A name after "a"/"an" that is not itself a modifier ("a Prime Minister who", not "a David
        Attenborough show")."""
        span = self._span(m)
        return (
            span is not None
            and span.start > 0
            and self.doc[span.start - 1].lower_ in ("a", "an")
            and span.root.dep_ != "compound"
        )

    def _in_a_title(self, m: Mention) -> bool:
        """A name after "the" (or a capitalised "The" inside a sentence): a title or an institution."""
        span = self._span(m)
        if span is None or span.start == 0:
            return False
        before = self.doc[span.start - 1]
        # "The Dawn and Drew Show" inside a sentence; "the Tate managed to raise £12.5m": no person's name
        # takes the article
        return (before.text == "The" and not before.is_sent_start) or before.text == "the"

    def _somewhere(self, m: Mention) -> bool:
        """A name used as a location: the object of a preposition of place ("in Cuba", "throughout
        his native Cuba", "across Wales"), which a person's name never is."""
        span = self._span(m)
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in _PLACE_PREPOSITIONS

    def _affiliation(self, m: Mention) -> bool:
        """A name used as someone's club, firm or country, or called one: "*Arsenal*'s Thierry
        Henry", "fellow *WorldCom* board member Bert Roberts", "US telecoms firm *WorldCom*"."""
        span = self._span(m)
        if span is None:
            return False
        if span.start > 0 and self.doc[span.start - 1].lower_ in KIND_NOUNS:
            return True
        root = span.root
        head = root.head
        while head.dep_ == "compound" and head.head is not head:
            head = head.head
        if root.dep_ == "poss":
            return head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and not span.start <= head.i < span.end
        return root.dep_ == "compound" and (
            head.lemma_.lower() in ROLE_TITLES - KIN_NOUNS or head.lemma_.lower() == "member"
        )

    def _prize(self, m: Mention) -> bool:
        """A name right before "-winning", "-nominated" or "-winner", or qualifying a nomination, a
        winner or a ceremony: what is won ("Oscar-nominated", "her fourth Oscar nomination")."""
        after = self.text[m.end : m.end + 12].lower()
        if after.startswith(_PRIZE_SUFFIXES):
            return True
        noun = self._noun_qualified(m)
        return noun is not None and noun.lemma_.lower() in _PRIZE_NOUNS

    def _qualifies_a_thing(self, m: Mention) -> bool:
        """A name that only modifies a common noun ("a *Lib Dem* vote"), no person's role."""
        noun = self._noun_qualified(m)
        return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in ROLE_TITLES | KIN_NOUNS

    def _names_a_kind_of_thing(self, m: Mention) -> bool:
        """A name in a compound before a common noun that is no person's role ("the *Betamax*
        ruling", "its *Betamax* video recorder")."""
        span = self._span(m)
        if span is None or span.root.dep_ != "compound" or span.root.head.i < span.end:
            return False
        noun = span.root.head
        return noun.pos_ == "NOUN" and noun.lemma_.lower() not in ROLE_TITLES | KIN_NOUNS | OCCUPATION_NOUNS

    def _noun_qualified(self, m: Mention) -> Token | None:
        """The word right after a name that the name modifies ("Oscar *nomination*", "Lib Dem *vote*")."""
        span = self._span(m)
        if span is None or span.root.dep_ != "compound" or span.root.head.i != span.end:
            return None
        return span.root.head

    def _office_of(self, m: Mention) -> bool:
        """A name after "of" and an office ("the captain of *Chelsea*", "chairman of *Yukos*"), not a
        relative's ("the wife of Tony")."""
        span = self._span(m)
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "of":
            return False
        office = span.root.head.head
        return office.lemma_.lower() in ROLE_TITLES - KIN_NOUNS

    def _called_a_kind(self, m: Mention, kinds: frozenset[str] | None = None) -> bool:
        """A name right after a kind of organisation in lower case ("engineering group *Jarvis*"),
        not as a subject ("the club Ferguson built") nor after someone's ("her company Sally married");
        ``kinds``: the kinds (default: every kind of :data:`_KINDS_BEFORE_A_NAME`)."""
        span = self._span(m)
        if span is None or span.start == 0:
            return False
        k = span.start - 1
        while k > 0 and span.start - k <= 2 and self.doc[k].text[:1].isupper() and not self.doc[k].ent_type_:
            k -= 1  # "ABC serial Desperate Housewives": the first words of a title the recogniser left out
        before = self.doc[k]
        labels = before.dep_ == "compound" and span.start <= before.head.i < span.end  # "group James Hardie has"
        determined = any(c.dep_ == "det" for c in before.children)
        owned = any(c.dep_ == "poss" for c in before.children)
        if (span.root.dep_ in _SUBJECT and not labels and determined) or owned:
            # "the club Ferguson built", "wanted her company Sally married him" (not "helping Dutch
            # retailer Ahold inflate earnings")
            return False
        return before.is_lower and before.lower_ in (_KINDS_BEFORE_A_NAME if kinds is None else kinds)

    def _after_the(self, m: Mention, articles: tuple[str, ...] = ("the",)) -> bool:
        """A name after "the" or a sentence-opening "The" (``articles``: or after another article:
        "won an Oscar")."""
        span = self._span(m)
        return span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in articles

    def _as_employer(self, m: Mention) -> bool:
        """A name that qualifies a role ("Former *Everton* midfielder Thomas Gravesen"), alone or
        joined to another that does ("the former Rangers and *Everton* boss"): a club or firm."""
        span = self._span(m)
        if span is None:
            return False
        root = span.root
        if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod") and root.head.i < root.i:
            root = root.head  # "Rangers and Everton boss": Everton is joined to Rangers
        return root.dep_ in ("compound", "nmod") and root.head.lower_ in ROLE_TITLES and root.head.i > root.i

    def _person_named(self, r: Referent) -> bool:
        """A first name and a surname the recogniser labelled an organisation or a thing: "Sam
        Allardyce", "Darren Campbell", not "Crystal Palace" (a common word after the first name),
        "Morgan Stanley" (no common first name), "the Tate Gallery" or "Drew Show"."""
        from wordfreq import zipf_frequency

        words = r.full_name.split()
        return (
            2 <= len(words) <= 3
            and all(_capitalised(w) and w.replace("-", "").replace("'", "").isalpha() for w in words)
            and common_first_name(words[0])
            and words[0].lower() not in ROLE_TITLES  # "King Crimson"
            and words[-1].lower() not in WORK_NOUNS
            and zipf_frequency(words[-1].lower(), "en") < COMMON_SURNAME_WORD_ZIPF
            and not any(self._in_a_title(m) for m in r.names)
            and not any(self._plural_subject(m) for m in r.names)
            and not any(self._joined_to_organisation(m) for m in r.names)
        )

    def _joined_to_organisation(self, m: Mention, kinds: tuple[str, ...] = ("organisation",)) -> bool:
        """A name coordinated with an organisation's name ("Audi and Mercedes Benz", "Mercedes Benz
        and BMW"): one of a list of firms, clubs or bands, not a person (``kinds``: of these kinds)."""
        span = self._span(m)
        if span is None:
            return False
        others = [t for t in span.root.conjuncts if not span.start <= t.i < span.end]
        first = min([span.root, *others], key=lambda t: t.i)
        before = self.doc[first.i - 1] if first.i > 0 else first
        if first.head.lemma_.lower() in ROLE_TITLES or before.lemma_.lower() in ROLE_TITLES:
            return False  # "backing singers Pepsi and Shirlie": people, whatever else is called so
        return any(
            o.kind in kinds and any(om.start <= t.idx < om.end for om in o.names)
            for t in others
            for o in self.referents
            if o.id != m.entity
        )

    def _plural_subject(self, m: Mention) -> bool:
        """A name alone as the subject of a plural verb ("Portishead have", "Arsenal were"): in
        British usage a team, band or firm, never one person."""
        span = self._span(m)
        if span is None or span.root.dep_ not in _SUBJECT:
            return False
        root = span.root
        if any(c.dep_ in ("conj", "cc") for c in root.children):
            return False  # "Smith and Jones were"
        verb = root.head
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)

    def _as_subject(self, m: Mention) -> bool:
        span = self._span(m)
        return span is not None and span.root.dep_ in _SUBJECT

    def _as_place(self, m: Mention) -> bool:
        span = self._span(m)
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPOSITIONS

    def layer(self) -> MentionLayer:
        kept = [r for r in self.referents if r.mentions and not (r.id in self.tentative and r.kind != "person")]
        kept.sort(key=lambda r: min(m.start for m in r.mentions))
        out = []
        for new_id, r in enumerate(kept):
            name = _persons_name(r.name) if r.kind == "person" else r.name
            r2 = Referent(new_id, name, r.kind, honorifics=r.honorifics, pronouns=r.pronouns)
            r2.mentions = [
                Mention(m.start, m.end, m.text, m.type, new_id)
                for m in sorted(r.mentions, key=lambda m: (m.start, m.end))
            ]
            out.append(r2)
        return MentionLayer(tuple(out), tuple(self.quoted), tuple(self.titles))


#: Lower-case words inside a person's name ("Ruud van Nistelrooy", "Lula da Silva").
NAME_PARTICLES = frozenset("van von de da der den di du la le del della dos das bin ibn al el ter ten y".split())


def _persons_name(name: str) -> str:
    """A person's name without the words before its last lower-case word that is no particle
    ("Perpignan centre Jean-Philippe Granclaude": Jean-Philippe Granclaude), when two or more
    capitalised words remain."""
    words = name.split()
    lower = [i for i, w in enumerate(words) if w[:1].islower() and w not in NAME_PARTICLES]
    rest = words[lower[-1] + 1 :] if lower else words
    if lower and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        return " ".join(rest)
    return name


def best_candidate(features: dict[int, dict[str, float]], weights: dict[str, float] | None = None) -> int:
    """The candidate referent a pronoun resolves to: the best score, ties to the nearest mention.

    Parameters
    ----------
    features : dict
        Referent id -> features (:meth:`_Builder.pronoun_features`, with ``nearest_at``).
    weights : dict, optional
        Default :func:`pronoun_weights`.

    Returns
    -------
    int
        The referent id.
    """
    return max(features, key=lambda i: (pronoun_score(features[i], weights), features[i].get("nearest_at", 0)))


#: Words in "-man"/"-woman" that name no nationality.
_NOT_NATIONALITIES = frozenset(
    "woman chairman chairwoman sportsman sportswoman spokesman spokeswoman businessman businesswoman".split()
)


#: Nouns a news story calls a named organisation by once it has named it ("Shares in Cairn Energy
#: … The company said"): what "the" and one of them stand for.
FIRM_DESCRIPTION_NOUNS = frozenset(
    """company firm group airline carrier bank operator retailer insurer lender giant manufacturer
carmaker charity club""".split()
)


def _firm_description(tok: Token) -> bool:
    """ "The company", "the firm's": "the" and a singular organisation noun alone, nothing that
    restricts it after it ("the group of investors", "the firm that makes …" are other ones)."""
    return (
        tok.tag_ == "NN"
        and tok.lemma_.lower() in FIRM_DESCRIPTION_NOUNS
        and tok.dep_ != "compound"
        and [c.lower_ for c in tok.lefts] == ["the"]
        and tok.doc[tok.i - 1].lower_ == "the"
        and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in tok.rights)
    )


#: Nouns for one person of a nation that the recogniser may label otherwise ("The Briton, made a
#: dame …", labelled an organisation).
_DEMONYMS = frozenset("Briton Brit Scot Spaniard Dane Swede Finn Pole Turk Aussie Kiwi".split())


def _epithet(tok: Token) -> tuple[int, str | None] | None:
    """Whether a token heads an epithet for a person named before: "the Dutchman", "the
    Irishman", "the 36-year-old" (sports and news style); returns the character offset where
    the epithet starts and the gender its noun says (None: any).

    A nationality noun in "-man"/"-woman" with a capitalised stem, or one the recogniser labels a
    nationality (NORP) in the singular, or "<number>-year-old", or a nationality before a noun of
    :data:`EPITHET_NOUNS` ("the French star"), after "the" and heading a subject, object or
    prepositional object.
    """
    if tok.dep_ not in (*_SUBJECT, *_OBJECT, "pobj") or tok.i == 0:
        return None
    text = tok.text
    if _is_age(tok):
        first = tok.i - 4
        gender = None
    elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(_is_age(t) for c in tok.lefts for t in c.subtree):
        first = tok.i  # "the 73-year-old former Chelsea chairman"
        gender = ROLE_GENDER.get(tok.lemma_.lower())
    elif re.fullmatch(r"[A-Z][a-z]+(?:man|woman)", text) and text.lower() not in _NOT_NATIONALITIES:
        first = tok.i
        gender = "female" if text.endswith("woman") else "male"
    elif (
        (tok.ent_type_ == "NORP" or text in _DEMONYMS)
        and tok.tag_ in ("NN", "NNP")
        and text[:1].isupper()
        and not text.endswith("s")
    ):
        first = tok.i  # "the Dutch", labelled a nationality; "the Briton", labelled an organisation
        gender = None
    elif (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in EPITHET_NOUNS
        and any(c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound") for c in tok.lefts)
    ):
        first = tok.i  # "the French star", "the Welsh striker"
        gender = ROLE_GENDER.get(tok.lemma_.lower())
    elif (
        tok.lemma_.lower() in PERSON_EPITHETS
        and tok.tag_ == "NN"
        and tok.dep_ in _SUBJECT
        and tok.head.lemma_.lower() in SPEECH_VERBS
    ):
        first = tok.i  # ""It's incredible," the youngster said": the speaker just named
        gender = None
    elif (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in TITLE_HOLDER_NOUNS
        and any(c.dep_ in ("amod", "compound", "nmod") for c in tok.lefts)
    ):
        first = tok.i  # "the world indoor champion", "the Olympic 800m champion"
        gender = None
    else:
        return None
    modifiers = [t.i for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod", "nmod") for t in c.subtree]
    first = min([first, *modifiers])  # "the 21-year-old Scot"
    before = tok.doc[first - 1] if first > 0 else None
    if before is None or before.lower_ != "the":
        return None
    return before.idx, gender


def _is_age(tok: Token) -> bool:
    """The "old" of "36-year-old"."""
    words = [t.lower_ for t in tok.doc[max(0, tok.i - 3) : tok.i]]
    return tok.lower_ == "old" and words == ["-", "year", "-"] and tok.i >= 4 and tok.doc[tok.i - 4].like_num


def _capitalised(word: str) -> bool:
    """A name's spelling: an initial capital, not all capitals ("MacKenzie", "O'Neal"; not "NATO")."""
    return word[:1].isupper() and not word.isupper()


def _role(tok: Token) -> str:
    if tok.dep_ in _SUBJECT:
        return "subject"
    if tok.dep_ in _OBJECT:
        return "object"
    if tok.dep_ == "poss" or tok.tag_ == "PRP$":
        return "possessor"
    if tok.dep_ == "pobj":
        return "oblique"
    return "other"


#: Where the weight of each pronoun-resolution feature (:meth:`_Builder.pronoun_features`) is
#: kept: fitted on GAP development by ``benchmarks/fit_coref_weights.py`` (a conditional logit
#: over each pronoun's candidate referents; features of syntax and salience in the spirit of
#: Lappin & Leass 1994, none of them words).
PRONOUN_WEIGHTS_FILE = files("presslens") / "data" / "pronoun_weights.json"


@lru_cache(maxsize=1)
def pronoun_weights() -> dict[str, float]:
    """The fitted weight of each pronoun-resolution feature (:data:`PRONOUN_WEIGHTS_FILE`).

    Returns
    -------
    dict
        Feature name -> weight; recency of a mention one sentence back weighs about 10.
    """
    return dict(json.loads(PRONOUN_WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"])


def pronoun_score(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """A candidate referent's score for a pronoun: the weighted sum of its features.

    Parameters
    ----------
    features : dict
        From :meth:`_Builder.pronoun_features` (unknown names weigh nothing).
    weights : dict, optional
        Default :func:`pronoun_weights`.

    Returns
    -------
    float
    """
    w = pronoun_weights() if weights is None else weights
    return sum(w.get(k, 0.0) * v for k, v in features.items())


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a pronoun object sits in ("Ferguson attacked him": Ferguson).

    The controller of an infinitive ("Cole asked Joan Baker to forgive her": Joan Baker; "the
    manager wanted to sign him": the manager) and the noun a relative clause describes ("Mary
    Cole, who hit her": Mary Cole) count as that subject.
    """
    verb = tok.head
    if tok.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "oprd"):
        verb = verb.head  # "Anna, who was very fond of her": the adjective's clause is the verb's
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(verb.head)  # "Salome rapes Taramis and confines her": Salome's subject
    if subject is None and verb.dep_ == "xcomp":
        governor = verb.head
        subject = next((c for c in governor.children if c.dep_ == "dobj"), None) or next(
            (c for c in governor.children if c.dep_ in _SUBJECT), None
        )
    return subject


#: Verbs after which "with him"/"with her" is the subject ("brought with him the documents").
_CARRYING_VERBS = frozenset(("bring", "take", "carry"))


def _subjectless_adjuncts(verb: Token) -> list[Token]:
    """Participle clauses without a subject of their own that modify ``verb`` ("Commenting on Mr
    Makarov's case, he said", "After meeting Blair, he said"): their subject is ``verb``'s, so a
    name inside them is not that subject (one does not comment on one's own case by name)."""
    out = []
    for c in verb.children:
        clause: Token | None = c
        if c.dep_ == "prep":
            clause = next((g for g in c.children if g.dep_ == "pcomp"), None)
        elif c.dep_ != "advcl":
            continue
        if (
            clause is not None
            and clause.tag_ in ("VBG", "VBN")
            and not any(g.dep_ in _SUBJECT for g in clause.children)
        ):
            out.append(clause)
    return out


#: Titles that are part of the name they lead ("Queen Elizabeth II", "King Arthur").
_TITLES_OF_NAMES = frozenset("king queen prince princess pope emperor empress".split())


def _carried_along(tok: Token) -> bool:
    """ "with him" after a verb of carrying: the subject itself ("moved to Dalby and brought with
    him the documents")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_ in _CARRYING_VERBS


def _coordinated_owner(tok: Token) -> Token | None:
    """For "his"/"her" on a noun coordinated with a name ("Cate Blanchett and her husband",
    "Smith, his wife and their son"), the head word of that name; else None."""
    if tok.tag_ != "PRP$" or tok.head.dep_ != "conj" or tok.head.head.i > tok.i:
        return None
    owned, first = tok.head, tok.head.head
    after = owned.doc[owned.right_edge.i + 1] if owned.right_edge.i + 1 < len(owned.doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return None  # "a student of Birkhoff and his initial work concentrated on …": a new clause
    return first if first.pos_ == "PROPN" else None


#: Zipf frequency from which the last word of a name that only modifies nouns is an English word, no
#: surname ("Dem" 3.9; "Faregas" 0).
_MODIFIER_WORD_ZIPF = 3.0

#: The recogniser's labels of organisations and places (of places alone: ``_PLACE_LABELS``).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_THING_LABELS = _PLACE_LABELS | {"ORG"}

#: What follows a prize's name in a hyphenated modifier ("Oscar-winning", "Bafta-nominated").
_PRIZE_SUFFIXES = ("-winning", "-nominated", "-winner", "-award")
#: Nouns a prize's name qualifies ("Oscar nomination", "Bafta winner", "the Grammy ceremony", "Oscar
#: voters").
_PRIZE_NOUNS = frozenset(
    "nomination nominee winner ceremony statuette voter campaign race contender hopeful".split()
)

#: Kinds of named things that, in lower case right before a name, say what it is ("heavy metal
#: band Metallica", "ship Diligence", "Bollywood classic Mohabbatein", "ABC serial Desperate Housewives").
_KINDS_OF_THINGS = frozenset(
    """band ship vessel brand label classic serial sitcom soap film movie album novel product drug
medicine vaccine device console handset software browser gadget""".split()
)
#: What business press calls a firm before its name ("Korean phone giant Pantech", "car maker
#: Ford" is left out: "film-maker Michael Moore" is a person).
_KINDS_OF_FIRMS = frozenset(
    """giant retailer manufacturer carmaker automaker insurer lender conglomerate distributor chain
supplier wholesaler exporter importer refiner firm company group bank airline carrier operator
subsidiary arm affiliate""".split()
)
#: What sports copy calls a team before its name ("English side Saracens", "Premiership outfit Bolton").
_KINDS_OF_TEAMS = frozenset(("side", "outfit"))
#: Last words of a name that make it an institution's or a firm's, unless a surname.
_INSTITUTION_OR_FIRM = INSTITUTION_NOUNS | FIRM_NAME_ENDINGS
#: Kinds of organisations, whose apposition makes a name an organisation's (see ``_described_as_a_kind``).
_KINDS_OF_ORGANISATIONS = KIND_NOUNS | _KINDS_OF_FIRMS | _KINDS_OF_TEAMS
#: Every lower-case kind that says what the name after it names (see ``_called_a_kind``).
_KINDS_BEFORE_A_NAME = KIND_NOUNS | WORK_NOUNS | _KINDS_OF_THINGS | _KINDS_OF_FIRMS | _KINDS_OF_TEAMS
#: Nouns of people, whose apposition makes a name a person's (see ``_described_as_a_person``).
_PERSON_NOUNS = ROLE_TITLES | KIN_NOUNS | OCCUPATION_NOUNS


#: Verbs whose "it" subject stands for a clause after them ("it seems that", "it turned out").
_RAISING_VERBS = frozenset("seem appear happen turn matter".split())


def _extraposed(tok: Token) -> bool:
    """Whether "it" stands for a clause that comes later in its sentence, not for a referent (Lappin
    & Leass's pleonastic "it"): the subject of "be" and an adjective with a clause after it ("it was
    not logical he did not give a news conference", "it is clear that", "it is hard to say"), of a
    passive of saying or thinking with a clause ("it is believed that", "it was reported that"),
    or of "seem", "appear", "happen" with a clause ("it seems that")."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > tok.i]
    if tok.dep_ == "nsubjpass":
        return bool(clauses)
    if verb.lemma_ == "be":
        adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
        clauses += [c for a in adjectives for c in a.children if c.dep_ in ("ccomp", "xcomp")]
        return bool(adjectives and clauses)
    return verb.lemma_ in _RAISING_VERBS and bool(clauses)


def _introduces_quotation(tok: Token) -> bool:
    """Whether a noun is the subject of a verb followed by a colon ("Pound continued: "…"")."""
    verb = tok.head
    return tok.dep_ in _SUBJECT and verb.i + 1 < len(tok.doc) and tok.doc[verb.i + 1].text == ":"


def _speaker_of_report(tok: Token) -> bool:
    """Whether a noun is the subject of a verb of saying ("a minister has said", "Blears said")."""
    return tok.dep_ in _SUBJECT and tok.head.lemma_.lower() in SPEECH_VERBS


def _relative_object(tok: Token) -> Token | None:
    """The noun a relative clause describes when a subject pronoun's clause has it as object
    ("Savoca, with whom she had worked", "the man whom she married"): one clause, two people."""
    verb = tok.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relatives = [c for c in verb.children if c.tag_ in ("WP", "WDT") and c.dep_ not in _SUBJECT]
    relatives += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.tag_ in ("WP", "WDT")]
    return verb.head if relatives else None


def _governing_subject(tok: Token) -> Token | None:
    """The subject of the clause a pronoun sits in, else of the clause that governs it
    ("Gwen … is rewarded for her loyalty": Gwen; "Veronica says she …": Veronica; "Mayada
    Ashraf, killed while carrying out her duty": Mayada Ashraf).

    Parameters
    ----------
    tok : Token
        The pronoun.

    Returns
    -------
    Token or None
        The subject's head word (a relative pronoun stands for the noun it describes).
    """

    def verb_above(node: Token) -> Token:
        for _ in range(12):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        return node

    node = verb_above(tok.head if tok.tag_ == "PRP$" else tok)
    for _ in range(4):
        if node.pos_ not in ("VERB", "AUX"):
            return None
        subject = subject_of(node, skip=tok)
        if subject is not None:
            return subject
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "relcl", "acl") or node.head.i == node.i:
            return None
        node = verb_above(node.head)
    return None


#: Parts of speech that end the title before a name (see :func:`_title_words`).
_NO_TITLE_POS = frozenset(("ADP", "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PART"))


def _title_words(doc: Doc, start: int, end: int) -> set[str]:
    """Words describing a person mention: its title before it and an apposition after it, in its sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    # the words right before it (a comma aside: "by Ofsted chief, David Bell"), up to a
    # preposition, verb or punctuation: "A spokeswoman for Bat" gives Bat no title
    first = span.start - 1 if span.start > sent.start and doc[span.start - 1].text == "," else span.start
    while first > max(sent.start, span.start - 4) and doc[first - 1].pos_ not in _NO_TITLE_POS:
        first -= 1
    before = doc[first : span.start]
    appos = [t for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
    # not another person's name before it ("Moazzam Begg, Martin Mubanga": no title "Begg")
    return {
        t.lemma_.lower() for t in [*before, *appos] if t.is_alpha and not t.is_stop and t.ent_type_ != "PERSON"
    }


def named_entities(layer: MentionLayer) -> list:
    """The referents named at least once as :class:`presslens.entities.Entity` records (the
    ``entities`` table), most mentioned first (ties: first mention); kind ``other`` is the
    entity kind ``group``.

    Parameters
    ----------
    layer : MentionLayer
        From :func:`find_mentions`.

    Returns
    -------
    list of presslens.entities.Entity
    """
    from presslens.entities import Entity

    out = []
    for r in layer.referents:
        names = r.names
        if not names:
            continue
        e = Entity(r.name, "group" if r.kind == "other" else r.kind)
        for m in names:
            if m.text not in e.mentions:
                e.mentions.append(m.text)
            e.spans.append((m.start, m.end))
        out.append(e)
    return sorted(out, key=lambda e: (-e.count, e.first_start))


#: Columns of the ``mentions`` table (:func:`mention_records`).
MENTION_COLUMNS = ["doc", "entity", "name", "kind", "type", "start", "end", "text"]


def mention_records(layer: MentionLayer, doc_path: str) -> list[dict]:
    """One JSON-ready record per mention, in text order: the ``mentions`` table.

    Parameters
    ----------
    layer : MentionLayer
        From :func:`find_mentions`.
    doc_path : str
        The document's path.

    Returns
    -------
    list of dict
        Keys :data:`MENTION_COLUMNS`.
    """
    return [
        {
            "doc": doc_path,
            "entity": m.entity,
            "name": layer.referents[m.entity].name,
            "kind": layer.referents[m.entity].kind,
            "type": m.type,
            "start": m.start,
            "end": m.end,
            "text": m.text,
        }
        for m in layer.mentions()
    ]
