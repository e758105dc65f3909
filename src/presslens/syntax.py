"""Dependency-parse helpers shared by the mention layer (:mod:`presslens.coref`) and the quotation
finder (:mod:`presslens.quotes`): one definition of what a verb's subject is."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def subject_of(verb: Token, skip: Token | None = None) -> Token | None:
    """A verb's subject (other than ``skip``); the relative pronoun of a relative clause stands for
    the noun the clause describes ("Mary Cole, who hit her": Mary Cole; "injuries that threatened":
    injuries). Of two subjects before the verb, the nearer ("North Devon landowner | Giles Bradshaw
    was put": the small model splits a title from its name).

    Parameters
    ----------
    verb : Token
    skip : Token, optional
        A subject not to return (the pronoun being resolved).

    Returns
    -------
    Token or None
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and (skip is None or c.i != skip.i)]
    # two subjects before the verb are most often a title the parser split from its name ("North Devon
    # landowner | Giles Bradshaw was put"): the one nearest the verb is the name
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else (subjects[0] if subjects else None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subject
