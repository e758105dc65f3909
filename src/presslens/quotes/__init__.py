"""Quotations and attributions: who is quoted, how, and how often.

- ``marks.py``: quoted passages from quote marks (unbalanced marks tolerated);
- ``cues.py``: speech cue lexicon;
- ``extract.py``: quotations and their cues, speakers and kinds;
- ``sources.py``: speakers resolved to canonical sources (people by full name) and typed;
- ``counting.py``: the counting tables (per source, type, kind; summary);
- ``evaluate.py``: scoring against brat attribution annotations (PolNeAR).
"""

from __future__ import annotations

from dataclasses import asdict

from spacy.tokens import Doc

from presslens.quotes.extract import KINDS, Quote, TextSpan, extract_quotes
from presslens.quotes.sources import SOURCE_TYPES, attribute_to_people, resolve_sources


def find_quotes(doc: Doc) -> list[Quote]:
    """Quotations of ``doc`` with resolved, typed sources: extraction, resolution of speakers,
    then the speaker's referent in the article's mention layer (:func:`presslens.coref.find_mentions`)."""
    return quotes_people_and_mentions(doc)[0]


def quotes_people_and_mentions(doc: Doc) -> tuple[list[Quote], list, object]:
    """:func:`find_quotes`, the people it attributed them to, and the mention layer both were read from.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed text.

    Returns
    -------
    quotes : list of Quote
        As :func:`find_quotes` returns them.
    people : list of presslens.people.Person
        The named people of the layer (:func:`presslens.people.count_quotations` counts the
        quotations on them).
    layer : presslens.coref.MentionLayer
        Computed once, with the quotations' spans (a pronoun outside a quotation never
        resolves into it).
    """
    from presslens.people import people_of

    found = extract_quotes(doc)
    layer = _layer(doc, found)
    known = people_of(layer)
    return attribute_to_people(resolve_sources(found, doc), doc, known, layer), known, layer


def mention_layer(doc: Doc):
    """The mention layer of ``doc`` as :func:`quotes_people_and_mentions` computes it (with its
    quotations' spans), for readers that need only the layer (the key terms' name clusters).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed text.

    Returns
    -------
    presslens.coref.MentionLayer
    """
    return _layer(doc, extract_quotes(doc))


def _layer(doc: Doc, found: list[Quote]):
    from presslens.coref import find_mentions
    from presslens.people import quoted_spans

    return find_mentions(doc, quoted_spans(found))


def quote_record(quote: Quote, doc_path: str) -> dict:
    """The JSON-ready record of one quotation (the CLI's JSONL line).

    Parameters
    ----------
    quote : Quote
        A quotation.
    doc_path : str
        The document's path.

    Returns
    -------
    dict
    """
    return {"doc": doc_path, **asdict(quote)}


__all__ = [
    "KINDS",
    "SOURCE_TYPES",
    "Quote",
    "TextSpan",
    "attribute_to_people",
    "extract_quotes",
    "find_quotes",
    "mention_layer",
    "quote_record",
    "quotes_people_and_mentions",
    "resolve_sources",
]
