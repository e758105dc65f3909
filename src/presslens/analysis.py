"""One article, every analysis: :func:`analyze` and the :class:`ArticleAnalysis` record.

``pl.analyze(path)`` reads and parses an article once; each analysis (text
statistics, key terms, entities, quotations, people, anomalies) is computed the
first time it is asked for and kept. The same record serves every driver: the
notebooks (:meth:`ArticleAnalysis.tables`, :meth:`ArticleAnalysis.values`), the
command line and the corpus workers (:meth:`ArticleAnalysis.records`, through
:data:`presslens.analyses.ANALYSES`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from presslens.analyses import ANALYSES, CAPTION_COLUMNS, article_records, caption_records, people_records
from presslens.article import Article, article_from_text, load_article
from presslens.cache import DEFAULT_CACHE_DIR
from presslens.errors import InputError
from presslens.values import (
    AnalysisValues,
)


@dataclass(frozen=True, eq=False, repr=False)
class ArticleAnalysis:
    """An article with its parse; every analysis is computed on first access and kept.

    Attributes
    ----------
    article : Article
        The article read from its file (body, captions, metadata).
    doc : spacy.tokens.Doc or None
        The parse of :attr:`Article.parse_text` (offsets are file offsets); None
        when only the file-level tables (``article``, ``captions``) are wanted.
    nlp : spacy.language.Language or None
        The pipeline that parsed it (captions are parsed with it too).
    top : int
        Key terms per method.
    methods : tuple of str, optional
        Key-term methods compared in :meth:`tables` (default: every method installed,
        :func:`presslens.keywords.available_methods`).
    """

    article: Article
    doc: Doc | None
    nlp: Language | None
    top: int = 10
    methods: tuple[str, ...] | None = None

    @property
    def _parsed(self) -> Doc:
        """The parsed body; an analysis that needs it raises :class:`ValueError` when there is none."""
        if self.doc is None:
            raise ValueError(f"{self.article.path}: this analysis needs the parsed text, and doc is None")
        return self.doc

    @property
    def _model(self) -> Language:
        """The spaCy pipeline; :class:`ValueError` when there is none."""
        if self.nlp is None:
            raise ValueError(f"{self.article.path}: this analysis needs the spaCy pipeline, and nlp is None")
        return self.nlp

    def __repr__(self) -> str:
        """One line: the document, its size and date (never the whole text)."""
        from presslens.stats.counts import count_words

        art = self.article
        n_words = count_words(self.doc.text) if self.doc is not None else None
        size = f"{n_words:,} words" if n_words is not None else f"{len(art.text):,} characters, not parsed"
        date = f", {art.date}" if getattr(art, "date", None) else ""
        return f"<ArticleAnalysis {art.path!r}: {size}{date}>"

    # -- the analyses -----------------------------------------------------------------------
    @cached_property
    def stats(self) -> dict[str, Any]:
        """Text statistics of the body (:func:`presslens.stats.text_stats`)."""
        from presslens.stats import text_stats

        return text_stats(self._parsed)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per body sentence (:func:`presslens.stats.sentence_table`)."""
        from presslens.stats import sentence_table

        return sentence_table(self._parsed)

    @cached_property
    def keyterms(self) -> pd.DataFrame:
        """Top :attr:`top` terms of each of :attr:`methods`, long format
        (:func:`~presslens.keywords.compare.compare_methods`)."""
        from presslens.keywords import available_methods
        from presslens.keywords.compare import compare_methods

        return compare_methods(
            self._parsed, self.methods or available_methods(), topn=self.top, mentions=self.mentions
        )

    @cached_property
    def default_keyterms(self) -> pd.DataFrame:
        """The rows of :attr:`keyterms` of the default method (:data:`presslens.keywords.DEFAULT_METHOD`)."""
        from presslens.keywords import DEFAULT_METHOD

        return self.keyterms[self.keyterms.method == DEFAULT_METHOD].reset_index(drop=True)

    @cached_property
    def keyness(self) -> list:
        """Words and phrases by keyness against general English (:func:`presslens.keywords.keyness.keyness`)."""
        from presslens.keywords.keyness import keyness

        return keyness(self._parsed)

    @cached_property
    def entities(self) -> list:
        """Named entities of the body: the referents of the mention layer named at least once
        (:func:`presslens.coref.named_entities`)."""
        from presslens.coref import named_entities

        return named_entities(self.mentions)

    @cached_property
    def variants(self) -> list:
        """Near-identical name spellings in the body and the captions
        (:func:`~presslens.entities.spelling_variants`)."""
        from presslens.entities import caption_entities, spelling_variants

        return spelling_variants(self.entities + caption_entities(self.article, self._model))

    @cached_property
    def _quotes_and_people(self) -> tuple[list, list, Any]:
        from presslens.quotes import quotes_people_and_mentions

        return quotes_people_and_mentions(self._parsed)

    @cached_property
    def mentions(self):
        """The mention layer: every mention of each referent, clustered
        (:func:`presslens.coref.find_mentions`); entities, people and sources are read from it."""
        return self._quotes_and_people[2]

    @cached_property
    def quotes(self) -> list:
        """Quotations with resolved, typed sources (:func:`presslens.quotes.find_quotes`)."""
        return self._quotes_and_people[0]

    @cached_property
    def people(self) -> list:
        """People named, with inferred gender and whether quoted (:func:`presslens.people.people`)."""
        from presslens.people import count_quotations

        # on the people identified while attributing the quotes
        return count_quotations(self._quotes_and_people[1], self.quotes)

    @cached_property
    def anomalies(self) -> list:
        """Textual anomalies (:func:`presslens.anomalies.find_anomalies`)."""
        from presslens.anomalies import find_anomalies

        return find_anomalies(self.article, self._parsed, self._model, self.variants)  # captions parsed once

    @cached_property
    def model_id(self) -> str:
        """``lang_name-version`` of the pipeline."""
        from presslens.model import model_id

        return model_id(self._model)

    # -- records: the rows of the CLI and the corpus tables ---------------------------------
    def records(self, table: str, **options: Any) -> list[dict]:
        """The JSON-ready rows of one per-document table (the CLI's and the corpus run's schema).

        Parameters
        ----------
        table : str
            A name of :data:`presslens.analyses.ANALYSES`.
        **options
            ``method`` and ``top`` for ``keywords``.

        Returns
        -------
        list of dict
            Rows, each with ``doc`` (the article's path) first.
        """
        return ANALYSES[table].run(self, **options)

    # -- tables: what the notebooks show and save ---------------------------------------------
    def tables(self) -> Mapping[str, pd.DataFrame]:
        """Every result table of the article, by the name it is saved under (``tables/NAME.csv``).

        Returns
        -------
        dict of DataFrame
            ``article``, ``captions``, ``text_stats``, ``sentences``, ``entities``,
            ``entity_variants``, ``keyterms``, ``keyterms_side_by_side``,
            ``keyterms_agreement``, ``keyness``, ``quotes``, ``quotes_per_source``,
            ``quotes_per_type``, ``quotes_per_kind``, ``people``, ``anomalies``: a mapping
            that computes a table when it is first read (so a notebook that reads one table
            runs only the analyses it needs). The tables that are also per-document records
            (article, captions, entities, key terms, quotes, people) are those records as a
            DataFrame, without ``doc`` (except ``article`` and ``people``) and ``spans``.
        """
        return LazyTables(self)

    @cached_property
    def article_table(self) -> pd.DataFrame:
        return pd.DataFrame(article_records(self))

    @cached_property
    def captions_table(self) -> pd.DataFrame:
        return pd.DataFrame(caption_records(self), columns=list(CAPTION_COLUMNS)).drop(columns="doc")

    @cached_property
    def text_stats_table(self) -> pd.DataFrame:
        from presslens.stats import STATS_KEYS

        return pd.DataFrame({"statistic": STATS_KEYS, "value": [self.stats[k] for k in STATS_KEYS]})

    @cached_property
    def sentences_table(self) -> pd.DataFrame:
        return self.sentences

    @cached_property
    def entities_table(self) -> pd.DataFrame:
        from presslens.entities import entity_table

        table = entity_table(self.entities, len(self.article.text), self.article.path)
        return table.drop(columns=["doc", "spans"])

    @cached_property
    def entity_variants_table(self) -> pd.DataFrame:
        return pd.DataFrame([asdict(v) for v in self.variants], columns=["name_a", "name_b", "kind", "similarity"])

    @cached_property
    def keyterms_table(self) -> pd.DataFrame:
        return self.keyterms.drop(columns=["spans", "key"])

    @cached_property
    def keyterms_side_by_side_table(self) -> pd.DataFrame:
        from presslens.keywords.compare import side_by_side

        return side_by_side(self.keyterms)

    @cached_property
    def keyterms_agreement_table(self) -> pd.DataFrame:
        from presslens.keywords.compare import agreement

        return agreement(self.keyterms)

    @cached_property
    def keyness_table(self) -> pd.DataFrame:
        return pd.DataFrame(
            [asdict(k) for k in self.keyness[:15]],
            columns=["term", "count", "log_likelihood", "log_ratio", "reference_frequency"],
        )

    @cached_property
    def quotes_table(self) -> pd.DataFrame:
        from presslens.quotes.counting import quote_table

        return quote_table(self.quotes, len(self.article.text))

    @cached_property
    def quotes_per_source_table(self) -> pd.DataFrame:
        from presslens.quotes.counting import quotes_per_source

        return quotes_per_source(self.quotes_table)

    @cached_property
    def quotes_per_type_table(self) -> pd.DataFrame:
        from presslens.quotes.counting import quotes_per_type

        return quotes_per_type(self.quotes_table)

    @cached_property
    def quotes_per_kind_table(self) -> pd.DataFrame:
        from presslens.quotes.counting import quotes_per_kind

        return quotes_per_kind(self.quotes_table)

    @cached_property
    def people_table(self) -> pd.DataFrame:
        from presslens.people import PEOPLE_COLUMNS

        return pd.DataFrame(people_records(self), columns=PEOPLE_COLUMNS)

    @cached_property
    def anomalies_table(self) -> pd.DataFrame:
        return pd.DataFrame(
            [asdict(a) for a in self.anomalies], columns=["kind", "description", "start", "end", "text"]
        )

    # -- values: the numbers of the written analysis --------------------------------------------
    def values(
        self,
        *,
        evaluation: dict | None = None,
        percentiles: dict[str, dict[str, float]] | None = None,
        output_dir: str | Path | None = None,
    ) -> AnalysisValues:
        """The typed values record of the article (:func:`presslens.report.article_values.article_values`).

        Parameters
        ----------
        evaluation : dict, optional
            Headline evaluation figures (:func:`presslens.report.load_evaluation`).
        percentiles : dict, optional
            Percentile ranks in a reference corpus, by comparison (``stats``, ``entities``, ``quotes``).
        output_dir : path, optional
            The result set being written: its changes do not make the code version "dirty".

        Returns
        -------
        AnalysisValues
        """
        from presslens.report.article_values import article_values

        return article_values(self, evaluation=evaluation, percentiles=percentiles, output_dir=output_dir)

    def prose(self, section: str, output_dir: str | Path = ".") -> str:
        """One section of the written analysis as Markdown (:func:`presslens.report.article_values.section_prose`).

        Parameters
        ----------
        section : str
            ``provenance``, ``readability``, ``topics``, ``speakers`` or ``anomalies``.
        output_dir : path
            The result set (sections that cite tables read them there).

        Returns
        -------
        str
        """
        from presslens.report.article_values import section_prose

        return section_prose(self, section, output_dir)


#: The tables of :meth:`ArticleAnalysis.tables`, in the order the notebooks produce them.
TABLE_NAMES = (
    "article",
    "captions",
    "text_stats",
    "sentences",
    "entities",
    "entity_variants",
    "keyterms",
    "keyterms_side_by_side",
    "keyterms_agreement",
    "keyness",
    "quotes",
    "quotes_per_source",
    "quotes_per_type",
    "quotes_per_kind",
    "people",
    "anomalies",
)


class LazyTables(Mapping):
    """The tables of an :class:`ArticleAnalysis` by name, each computed when first read."""

    def __init__(self, analysis: ArticleAnalysis) -> None:
        self._analysis = analysis

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLE_NAMES:
            raise KeyError(name)
        return getattr(self._analysis, f"{name}_table")

    def __iter__(self):
        return iter(TABLE_NAMES)

    def __len__(self) -> int:
        return len(TABLE_NAMES)

    def __repr__(self) -> str:
        return f"<tables of {self._analysis.article.path!r}: {', '.join(TABLE_NAMES)}>"


# -- entry points -------------------------------------------------------------------------------

#: Suffixes of corpus files: a table of many documents, analysed by `analyze_corpus`, never as one article.
CORPUS_SUFFIXES = (".csv", ".jsonl", ".tsv", ".xlsx", ".parquet")


def _as_article(source: str | os.PathLike | Article | None, text: str | None, headline: bool) -> Article:
    if (source is None) == (text is None):
        raise TypeError("analyze() takes a path or an Article, or text=...: exactly one of them")
    if text is not None:
        if not isinstance(text, str):
            raise TypeError(f"text= must be a str, not {type(text).__name__}")
        return article_from_text(text, "<text>", headline=headline)
    if isinstance(source, Article):
        return source
    if isinstance(source, str) and ("\n" in source or len(source) >= 4096):
        raise InputError(
            source[:40].split("\n")[0] + "...",
            "a text where a path is expected: pass the text as analyze(text=...)",
        )
    if source is None:  # unreachable: exactly one of source and text is given
        raise TypeError("analyze() needs a path or an Article")
    if str(source).lower().endswith(CORPUS_SUFFIXES):
        raise InputError(
            os.fspath(source),
            "a corpus file (many documents): use presslens.analyze_corpus(...) or `presslens analyze`",
        )
    return load_article(os.fspath(source), headline=headline)


def analyze(
    source: str | os.PathLike | Article | None = None,
    *,
    text: str | None = None,
    model: str | None = None,
    top: int = 10,
    methods: tuple[str, ...] | None = None,
    headline: bool = True,
    cache_dir: str | Path | None = DEFAULT_CACHE_DIR,
) -> ArticleAnalysis:
    """Read and parse one article; its analyses are computed when first asked for.

    Parameters
    ----------
    source : path or Article, optional
        A text file (a ``Path`` or a string naming it) or an :class:`Article`.
        A corpus file (``.csv``, ``.jsonl``, ...) is refused: see
        :func:`presslens.batch.runner.analyze_corpus`.
    text : str, optional
        The article's text itself, instead of ``source``.
    model : str, optional
        The spaCy model (default: :func:`presslens.model.resolve_model`).
    top : int
        Key terms per method.
    methods : tuple of str, optional
        Key-term methods to compare (default: every method installed).
    headline : bool
        Read a short first line as the headline (see :func:`presslens.article.load_article`).
    cache_dir : path or None
        The parse cache (``None``: always parse).

    Returns
    -------
    ArticleAnalysis

    Raises
    ------
    presslens.errors.InputError
        When the file is missing, empty, not text or a corpus (one line naming it), or
        ``source`` is a text rather than a path.

    Examples
    --------
    >>> import presslens as pl
    >>> a = pl.analyze(text="Floods hit Leeds on Monday, the council said.\\n", cache_dir=None)
    >>> a.stats["n_words"], a.stats["n_sentences"]
    (8, 1)
    """
    from presslens.model import load_model
    from presslens.parse import parse_article

    article = _as_article(source, text, headline)
    nlp = load_model(model)
    doc = parse_article(article, nlp, cache_dir=cache_dir)
    return ArticleAnalysis(article, doc, nlp, top=top, methods=tuple(methods) if methods else None)
