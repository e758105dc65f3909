"""Dependency-parse helpers shared by the mention layer (:mod:`presslens.coref`) and the quotation
finder (:mod:`presslens.quotes`): one definition of what a verb's subject is."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def subject_of(verb: Token, skip: Token | None = None) -> Token | None:
    """A verb's subject (other than ``skip``); the relative pronoun of a relative clause stands for
    the noun the clause describes ("Mary Cole, who hit her": Mary Cole; "injuries that threatened":
    injuries).

    Parameters
    ----------
    verb : Token
    skip : Token, optional
        A subject not to return (the pronoun being resolved).

    Returns
    -------
    Token or None
    """
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and (skip is None or c.i != skip.i)), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subject
