"""An article's metadata as table columns, joined onto every per-document table of a corpus run."""

from __future__ import annotations

from presslens.article import Article

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
