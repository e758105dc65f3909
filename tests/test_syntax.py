"""presslens.syntax: dependency helpers read on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from presslens.syntax import subject_of


def _doc(words, heads, deps, pos=None):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos or ["X"] * len(words))


def test_the_subject_nearest_the_verb_when_the_parser_split_a_title_from_its_name():
    # the small model's parse of "North Devon landowner Giles Bradshaw was put in touch" (BBC politics/169)
    words = ["North", "Devon", "landowner", "Giles", "Bradshaw", "was", "put", "in", "touch"]
    heads = [1, 2, 6, 4, 6, 6, 6, 6, 7]
    deps = ["compound", "compound", "nsubjpass", "compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"]
    doc = _doc(words, heads, deps)
    assert subject_of(doc[6]).text == "Bradshaw"
    assert subject_of(doc[6], skip=doc[4]).text == "landowner"


def test_a_subject_after_its_verb_when_none_is_before():
    words = ["said", "Mr", "Milburn"]
    doc = _doc(words, [0, 2, 0], ["ROOT", "compound", "nsubj"])
    assert subject_of(doc[0]).text == "Milburn"
