"""The per-document tables that the CLI and the corpus runner produce, by name.

Each entry runs on an :class:`presslens.analysis.ArticleAnalysis` (the one
per-document driver, shared with the notebooks) and returns JSON-ready records
that carry ``doc`` (the input path). ``needs_doc`` says whether the table needs
the spaCy parse (the CLI and the runner parse only when one does).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presslens.coref import MENTION_COLUMNS
from presslens.entities import ENTITY_COLUMNS
from presslens.people import PEOPLE_COLUMNS
from presslens.quotes.counting import QUOTE_COLUMNS

if TYPE_CHECKING:
    from presslens.analysis import ArticleAnalysis


def article_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record describing the article: provenance, metadata, body/caption split, basic counts."""
    from presslens.metadata import DOCUMENT_FIELDS, document_metadata

    article = analysis.article
    meta = document_metadata(article)
    return [
        {
            "doc": article.path,
            "id": article.id,
            "sha256": article.sha256,
            "encoding": article.encoding,
            **{k: meta[k] for k in DOCUMENT_FIELDS},
            "title_source": article.title_source,
            "n_chars_file": len(article.text),
            "n_chars_body": sum(e - s for s, e in article.body_spans),
            "n_body_paragraphs": len(article.body_spans),
            "n_captions": sum(c.kind == "caption" for c in article.captions),
            "n_credits": sum(c.kind == "credit" for c in article.captions),
            "warnings": list(article.warnings),
            **{k: v for k, v in meta.items() if k not in DOCUMENT_FIELDS},
        }
    ]


#: The keys of :func:`caption_records`.
CAPTION_COLUMNS = ("doc", "kind", "start", "end", "text")
#: The keys of :func:`keyterm_records`.
KEYTERM_COLUMNS = ("doc", "method", "rank", "term", "score", "n_occurrences", "spans")


def caption_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record per caption, credit or piece of wire-copy furniture (dateline, byline, editor's
    note, agency tag, reporting credit) removed from the body, with offsets into the file, in text
    order; found by the presslens.captions and presslens.wire modules."""
    article = analysis.article
    pieces = [(c.kind, c.start, c.end, c.text) for c in article.captions]
    pieces += [(f.kind, f.start, f.end, f.text) for f in article.furniture]
    return [
        dict(zip(CAPTION_COLUMNS, (article.path, *p), strict=True)) for p in sorted(pieces, key=lambda p: p[1])
    ]


def stats_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record of text statistics (body only); see :func:`presslens.stats.text_stats`."""
    return [{"doc": analysis.article.path, **analysis.stats}]


def keyterm_records(analysis: ArticleAnalysis, method: str | None = None, top: int | None = None) -> list[dict]:
    """One record per key term: method (by default ``presslens``), rank, term,
    score, how often and where (character spans) it occurs.

    Parameters
    ----------
    analysis : ArticleAnalysis
        The article.
    method : str, optional
        A name of :data:`presslens.keywords.METHODS`.
    top : int, optional
        Terms to return (default: the analysis's ``top``).

    Returns
    -------
    list of dict
        One row per term, best first.
    """
    from presslens.keywords import DEFAULT_METHOD, extract_keyterms

    method = method or DEFAULT_METHOD
    top = analysis.top if top is None else top
    return [
        dict(
            zip(
                KEYTERM_COLUMNS,
                (
                    analysis.article.path,
                    k.method,
                    k.rank,
                    k.term,
                    k.score,
                    len(k.spans),
                    [list(s) for s in k.spans],
                ),
                strict=True,
            )
        )
        for k in extract_keyterms(analysis._parsed, method, top, mentions=analysis.mentions)
    ]


def entity_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record per entity (people, organisations, places, groups) with mentions grouped and counted."""
    from presslens.entities import entity_records as records

    return records(analysis.entities, len(analysis.article.text), analysis.article.path)


def quote_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record per quotation: the columns of the ``quotes`` table
    (:func:`~presslens.quotes.counting.quote_table`)."""
    from presslens.quotes.counting import quote_rows

    rows = quote_rows(analysis.quotes, len(analysis.article.text))
    return [{"doc": analysis.article.path, **row} for row in rows]


def people_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record per person: name, gender and its evidence, mentions, and whether and how often quoted."""
    from presslens.people import people_records as records

    return records(analysis.people, analysis.article.path)


def mention_records(analysis: ArticleAnalysis) -> list[dict]:
    """One record per mention of a person, organisation, place or thing (name, description or
    pronoun), with the id of the referent it belongs to (:mod:`presslens.coref`)."""
    from presslens.coref import mention_records as records

    return records(analysis.mentions, analysis.article.path)


@dataclass(frozen=True)
class Analysis:
    """A named per-document table.

    Attributes
    ----------
    name : str
        The CLI subcommand and the table name in ``analyze`` output.
    run : callable
        ``run(analysis, **options) -> list[dict]`` on an :class:`~presslens.analysis.ArticleAnalysis`.
    needs_doc : bool
        Whether ``run`` needs the spaCy parse.
    options : tuple of str
        Keyword options ``run`` accepts (the CLI passes them when given).
    columns : tuple of str
        The record's keys where they are fixed (an empty table is written with them as its header).
    """

    name: str
    run: Callable[..., list[dict]]
    needs_doc: bool = True
    options: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()


ANALYSES: dict[str, Analysis] = {
    "article": Analysis("article", article_records, needs_doc=False),
    "captions": Analysis("captions", caption_records, needs_doc=False, columns=CAPTION_COLUMNS),
    "stats": Analysis("stats", stats_records),
    "keywords": Analysis("keywords", keyterm_records, options=("method", "top"), columns=KEYTERM_COLUMNS),
    "entities": Analysis("entities", entity_records, columns=tuple(ENTITY_COLUMNS)),
    "quotes": Analysis("quotes", quote_records, columns=("doc", *QUOTE_COLUMNS)),
    "people": Analysis("people", people_records, columns=tuple(PEOPLE_COLUMNS)),
    "mentions": Analysis("mentions", mention_records, columns=tuple(MENTION_COLUMNS)),
}
