"""The per-document tables that the CLI and the corpus runner produce, by name.

Each entry runs on an :class:`presslens.analysis.ArticleAnalysis` (the one
per-document driver, shared with the notebooks) and returns JSON-ready records
that carry ``doc`` (the input path). ``needs_doc`` says whether the table needs
the spaCy parse (the CLI and the runner parse only when one does).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from presslens.analysis import (
    CAPTION_COLUMNS,
    KEYTERM_COLUMNS,
    article_records,
    caption_records,
    entity_records,
    keyterm_records,
    mention_records,
    people_records,
    quote_records,
    stats_records,
)
from presslens.coref import MENTION_COLUMNS
from presslens.entities import ENTITY_COLUMNS
from presslens.people import PEOPLE_COLUMNS
from presslens.quotes.counting import QUOTE_COLUMNS


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
