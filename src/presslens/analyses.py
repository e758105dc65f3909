"""The per-document analyses that the CLI and the corpus runner call by name.

Each analysis is a plain function ``(article, doc) -> list[dict]`` returning
JSON-ready records that carry ``doc`` (the input path); ``doc`` is the spaCy
parse of :attr:`presslens.article.Article.parse_text` (``None`` for analyses
that need no parse). Later capabilities register themselves in :data:`ANALYSES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from presslens.article import Article


@dataclass(frozen=True)
class Analysis:
    """A named per-document analysis.

    Attributes
    ----------
    name : str
        The CLI subcommand and the table name in ``analyze`` output.
    run : callable
        ``run(article, doc, **options) -> list[dict]``.
    needs_doc : bool
        Whether ``run`` needs the spaCy parse.
    options : tuple of str
        Keyword options ``run`` accepts (the CLI passes them when given).
    """

    name: str
    run: Callable[..., list[dict]]
    needs_doc: bool = True
    options: tuple[str, ...] = ()


#: Metadata columns of every article, joined onto every per-document table of a corpus run.
DOCUMENT_FIELDS = ("date", "outlet", "title", "author", "section", "url")


def document_metadata(article: Article) -> dict:
    """The article's metadata as columns: :data:`DOCUMENT_FIELDS` first, then every other field
    of its header or corpus record (``byline`` and ``publisher`` feed ``author`` and ``outlet``)."""
    meta = article.metadata
    out = {"date": article.date.isoformat() if article.date else None, "outlet": article.outlet,
           "title": article.title, "author": meta.get("author") or meta.get("byline"),
           "section": meta.get("section"), "url": meta.get("url")}
    out.update({k: v for k, v in meta.items() if k not in out and k not in ("byline", "publisher", "source")})
    return out


def article_record(article: Article, doc: Doc | None = None) -> list[dict]:
    """One record describing the article: provenance, metadata, body/caption split, basic counts."""
    meta = document_metadata(article)
    return [{
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
        "warnings": "; ".join(article.warnings),
        **{k: v for k, v in meta.items() if k not in DOCUMENT_FIELDS},
    }]


def caption_records(article: Article, doc: Doc | None = None) -> list[dict]:
    """One record per caption or credit removed from the body, with offsets into the file."""
    return [{"doc": article.path, "kind": c.kind, "text": c.text, "start": c.start, "end": c.end}
            for c in article.captions]


def stats_record(article: Article, doc: Doc | None) -> list[dict]:
    """One record of text statistics (body only) for the article; see :func:`presslens.stats.text_stats`."""
    from presslens.stats import text_stats
    return [{"doc": article.path, **text_stats(doc)}]


def quote_records(article: Article, doc: Doc | None) -> list[dict]:
    """One record per quotation: kind, content, cue, speaker, canonical source and its type."""
    from presslens.quotes import find_quotes, quote_record
    return [quote_record(q, article.path) for q in find_quotes(doc)]


def people_records(article: Article, doc: Doc | None) -> list[dict]:
    """One record per person: name, gender and its evidence, mentions, and whether and how often quoted."""
    from presslens.people import people
    from presslens.people import people_records as records
    from presslens.quotes import find_quotes
    return records(people(doc, find_quotes(doc)), article.path)


def keyterm_records(article: Article, doc: Doc | None, method: str = "presslens",
                    top: int = 10) -> list[dict]:
    """One record per keyterm: method, rank, term, score and the character spans where it occurs."""
    from presslens.keywords import extract_keyterms
    return [{"doc": article.path, "method": k.method, "rank": k.rank, "term": k.term, "score": k.score,
             "spans": [list(s) for s in k.spans]} for k in extract_keyterms(doc, method, top)]


def entity_records(article: Article, doc: Doc | None) -> list[dict]:
    """One record per entity (people, organisations, places) with mentions grouped and counted."""
    from presslens.entities import entity_records as records
    from presslens.entities import extract_entities
    return records(extract_entities(doc), len(article.text), article.path)


ANALYSES: dict[str, Analysis] = {
    "article": Analysis("article", article_record, needs_doc=False),
    "captions": Analysis("captions", caption_records, needs_doc=False),
    "stats": Analysis("stats", stats_record),
    "keywords": Analysis("keywords", keyterm_records, options=("method", "top")),
    "entities": Analysis("entities", entity_records),
    "quotes": Analysis("quotes", quote_records),
    "people": Analysis("people", people_records),
}
