"""Speech cues: the verbs and phrases that introduce reported speech.

``SPEECH_VERBS`` (kept in :mod:`presslens.lexicon`, which the mention layer reads too) are
lemmas of verbs of saying (and of writing, posting and testifying) that news uses to attribute
statements; ``ACCORDING_TO`` is the
prepositional cue. ``OBJECT_CONTENT_VERBS`` may carry their content as a
direct object ("Watson cited a raid") rather than as a clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from presslens.lexicon import (
    ANONYMOUS_NOUNS,
    KIN_NOUNS,
    KIND_NOUNS,
    OCCUPATION_NOUNS,
    ORGANISATION_NOUNS,
    ROLE_TITLES,
    SPEECH_VERBS,
)
from presslens.syntax import subject_of

#: Verbs whose direct object can be the content ("cited a raid", "announced a plan").
OBJECT_CONTENT_VERBS = frozenset("cite announce deny confirm acknowledge report reveal disclose".split())

#: Verbs that are speech cues only with a clause or a quotation ("asked" alone is not reported speech;
#: "charging towards German lines" is no accusation).
WEAK_VERBS = frozenset("ask point agree describe mention maintain post repeat estimate relate charge".split())

#: Verbs of saying that mean something else with a noun as their object and no clause after it
#: ("claimed the title", "added 146,000 jobs", "wrote a book", "to observe the curfew").
NOUN_OBJECT_NOT_SPEECH = frozenset("claim add write observe".split())

ACCORDING_TO = "according to"


def is_according_to(token: Token) -> bool:
    """Whether ``token`` is "according" in "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


#: Verbs of saying that commit to or warn of what will happen: with a thing as subject they
#: report no speech ("threatened to", "promise to").
_COMMISSIVES = frozenset(("threaten", "promise", "vow"))
#: Verbs of answering that, with a thing as subject, report a reaction ("prices responded to
#: US-dollar weakness", "markets reacted").
_REACTIONS = frozenset(("respond", "react"))


#: Verbs that say a verb of saying after them did not happen ("refused to explain").
_REFUSALS = frozenset("refuse decline fail avoid neglect".split())
#: Pronouns that stand for what someone says ("everything he says").
_WHATEVER = frozenset("everything anything nothing something whatever".split())


def _is_finite_speech(tok: Token) -> bool:
    """A verb of saying used as such: not a bare participle ("the said report"), but "has said" is;
    "point" only as "point out"; "claim" and "add" not with a noun as their object and no clause
    after it ("claimed the title", "claimed victory": won, took; "US firms added 146,000 jobs":
    created; but "claimed painkillers had reacted badly"); never the end of a hyphenated word
    ("co-wrote"); not a base form with one person as its subject ("one Ben Kay charge apart"); not
    "deny" with two objects ("deny mafia gangs the profits")."""
    if tok.lemma_.lower() == "point" and not any(c.lower_ == "out" for c in tok.children):
        return False
    if tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_:
        return False  # part of a hyphenated word: "Kudrow co-wrote the pilot episode"
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # "athletes cannot predict what fate has in store": nothing is reported
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ == "xcomp" and first.head.lemma_.lower() in _REFUSALS:
        return False  # "refuses to release his tax records or explain how …": nothing was said
    said = tok.head if tok.dep_ == "relcl" else subject_of(tok)
    if said is not None and (
        said.lower_ in _WHATEVER
        or any(c.dep_ == "compound" and c.lower_ in _WHATEVER for c in said.children)
    ):
        return False  # "Everything Trump says is a lie", "nothing he said": what is said is the subject
    reaction = tok.lemma_.lower() in _REACTIONS and not any(c.dep_ == "ccomp" for c in tok.children)
    committed = subject_of(tok) if tok.lemma_.lower() in _COMMISSIVES or reaction else None
    if committed is not None and (
        is_thing(committed) or committed.tag_ == "DT" or _named_thing(committed)
    ):  # "and that could threaten"
        # "injuries that threatened to end her career", "new battery chemistries promise to cram
        # more power", "as prices responded to US-dollar weakness": no one spoke
        return False
    if tok.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        subject = subject_of(tok)
        if (
            subject is not None
            and subject.ent_type_ == "PERSON"
            and subject.tag_ == "NNP"
            and not any(c.dep_ == "conj" for c in subject.children)
        ):
            return False  # "one Ben Kay charge apart": no one person "charge"s; the tagger took a noun
    if tok.lemma_.lower() == "deny" and sum(c.dep_ in ("dobj", "dative") for c in tok.children) >= 2:
        return False  # "passed to deny mafia gangs the profits of their crimes": to withhold, not to say
    if tok.lemma_.lower() in NOUN_OBJECT_NOT_SPEECH:
        kids = list(tok.children)
        won = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids)
        if won and not any(c.dep_ == "ccomp" and c.i > tok.i for c in kids):
            return False
    if tok.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in tok.children)
    return tok.pos_ in ("VERB", "AUX")


def is_thing(tok: Token | None) -> bool:
    """A common noun that names no person, kind of organisation or relative ("injuries", "the
    match", "new battery chemistries"), without a name in it or an owner."""
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and not tok.ent_type_
        and tok.lemma_.lower() not in ROLE_TITLES | KIN_NOUNS | KIND_NOUNS
        and not any(
            c.dep_ == "poss" or c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_) for c in tok.children
        )
    )


#: Nouns of people and of bodies of people: what they threaten or promise is said.
_PEOPLE_OR_BODIES = ROLE_TITLES | KIN_NOUNS | KIND_NOUNS | OCCUPATION_NOUNS | ANONYMOUS_NOUNS | ORGANISATION_NOUNS


def _named_thing(tok: Token) -> bool:
    """A common noun a name qualifies that names no person or body ("a Nitoglia break", "the Microsoft
    deal"; not "the Bush administration", "the Labour leader", "an Abraham Lincoln impersonator who")."""
    return (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and tok.lemma_.lower() not in _PEOPLE_OR_BODIES
        and tok.lower_ not in _PEOPLE_OR_BODIES
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
        and not any(c.dep_ == "poss" for c in tok.children)
        and not _described_by_who(tok)  # "an Abraham Lincoln impersonator who promises …": a person
    )


def _described_by_who(tok: Token) -> bool:
    """Whether a noun has a relative clause opened by "who" or "whom"."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children) for c in tok.children)


def cue_tokens(sent: Span) -> list[Token]:
    """Candidate cue tokens of a sentence: verbs of saying and "according" (of "according to")."""
    out = []
    for tok in sent:
        if is_according_to(tok):
            out.append(tok)
        elif tok.lemma_.lower() in SPEECH_VERBS and _is_finite_speech(tok):
            out.append(tok)
    return out
