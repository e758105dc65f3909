"""An article's metadata as table columns, joined onto every per-document table of a corpus run."""

from __future__ import annotations

from collections.abc import Container

from presslens.article import Article

#: Metadata columns of every article, joined onto every per-document table of a corpus run.
DOCUMENT_FIELDS = ("date", "outlet", "title", "author", "section", "url")

#: Columns presslens computes in some per-document table (and ``reason`` of ``errors``). A metadata
#: field of the same name is kept as ``meta_<name>``, so it never overwrites a computed value and
#: is never dropped from a table that has the computed one (``tests/test_metadata.py`` checks that
#: every column of every analysis is listed here).
COMPUTED_COLUMNS = frozenset(
    """
doc id reason sha256 encoding title_source n_chars_file n_chars_body n_body_paragraphs n_captions n_credits
warnings kind text start end settings method rank score spans term entity count first_start first_position
mentions addressee addressee_type cue n_words position source source_type speaker gender gender_evidence
is_source n_mentions n_quotes n_occurrences name automated_readability_index coleman_liau_index dale_chall
flesch_kincaid_grade flesch_reading_ease gunning_fog hdd mattr mtld n_chars n_difficult_words n_long_words
n_paragraphs n_polysyllable_words n_sentences n_syllables n_unique_words oov_syllable_rate sentence_length_max
sentence_length_mean sentence_length_median sentence_length_sd smog_index ttr
speaker_start speaker_end cue_start cue_end type
""".split()
)

#: The prefix of a metadata field named like a computed column.
META_PREFIX = "meta_"


def document_metadata(article: Article) -> dict:
    """The article's metadata as columns: :data:`DOCUMENT_FIELDS` first, then every other field
    of its header or corpus record (``byline`` and ``publisher`` feed ``author`` and ``outlet``; a
    byline in the text feeds ``author`` when neither does: :attr:`presslens.article.Article.byline`)."""
    meta = article.metadata
    out = {
        "date": article.date.isoformat() if article.date else None,
        "outlet": article.outlet,
        "title": article.title,
        "author": meta.get("author") or meta.get("byline") or article.byline,
        "section": meta.get("section"),
        "url": meta.get("url"),
    }
    extra = {k: v for k, v in meta.items() if k not in out and k not in ("byline", "publisher", "source")}
    plain = {k: v for k, v in extra.items() if k not in COMPUTED_COLUMNS}
    out.update(plain)
    for key, value in extra.items():
        if key in COMPUTED_COLUMNS:
            out[metadata_column(key, out)] = value
    return out


def metadata_column(key: str, taken: Container[str] = frozenset()) -> str:
    """The column name of metadata field ``key``: ``key`` itself, or ``meta_<key>`` when presslens
    computes a column of that name (:data:`COMPUTED_COLUMNS`) or ``taken`` holds it already.

    Parameters
    ----------
    key : str
        The field's name in the header or the corpus record.
    taken : dict or set
        Column names already used.

    Returns
    -------
    str

    Examples
    --------
    >>> metadata_column("outlet_country"), metadata_column("sha256"), metadata_column("doc")
    ('outlet_country', 'meta_sha256', 'meta_doc')
    """
    name = key
    while name in COMPUTED_COLUMNS or name in taken:
        name = META_PREFIX + name
    return name
