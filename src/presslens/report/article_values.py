"""The values of one article: the typed record behind ``values.json``, ``macros.tex`` and the report.

:func:`article_values` builds :class:`~presslens.values.AnalysisValues` from an
:class:`~presslens.analysis.ArticleAnalysis` (each section computes only the analyses it needs);
:func:`section_prose` writes one section of the written analysis from them. The analysis record
keeps the analyses; this module turns them into numbers to cite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presslens.analyses import article_records
from presslens.values import (
    AnalysisValues,
    AnomalyValues,
    DataValues,
    GenderCounts,
    KeywordValues,
    ModelValues,
    PeopleValues,
    QuoteValues,
    SoftwareValues,
    TextStatsValues,
)

if TYPE_CHECKING:
    from presslens.analysis import ArticleAnalysis

#: Which section of the values each reference-corpus comparison belongs to.
PERCENTILE_SECTIONS = {"stats": "text_stats", "entities": "keywords", "quotes": "quotes"}
#: The sections of :class:`~presslens.values.AnalysisValues` computed from the article.
VALUE_SECTIONS = ("data", "text_stats", "keywords", "quotes", "people", "anomalies", "model", "software")
#: The value sections each section of the written analysis reads.
PROSE_NEEDS = {
    "provenance": ("data",),
    "readability": ("text_stats",),
    "topics": ("keywords",),
    "speakers": ("quotes", "people"),
    "anomalies": ("anomalies",),
}
#: Kinds of anomaly :func:`presslens.anomalies.find_anomalies` reports (each counted in the values).
ANOMALY_KINDS = ("name_variant", "caption_glued_to_body", "broken_sentence", "space_before_punctuation")


def article_values(
    analysis: ArticleAnalysis,
    *,
    evaluation: dict | None = None,
    percentiles: dict[str, dict[str, float]] | None = None,
    output_dir: str | Path | None = None,
) -> AnalysisValues:
    """The typed values record that ``values.json``, ``macros.tex`` and the report are made from.

    Parameters
    ----------
    analysis : ArticleAnalysis
        The article.
    evaluation : dict, optional
        Headline evaluation figures (:func:`presslens.report.load_evaluation`).
    percentiles : dict, optional
        The article's percentile ranks in a reference corpus, by comparison
        (``stats``, ``entities``, ``quotes``; :func:`presslens.batch.reference.reference_percentiles`).
    output_dir : path, optional
        The result set being written: its changes do not make the code version "dirty".

    Returns
    -------
    AnalysisValues
    """
    pct = {PERCENTILE_SECTIONS[k]: dict(v) for k, v in (percentiles or {}).items()}
    sections = {
        name: section_values(analysis, name, pct.get(name)) for name in VALUE_SECTIONS if name != "software"
    }
    return AnalysisValues(**sections, software=software_values(output_dir), evaluation=dict(evaluation or {}))


def section_values(analysis: ArticleAnalysis, section: str, percentiles: dict[str, float] | None = None) -> Any:
    """The values of one section of :class:`~presslens.values.AnalysisValues` (only what it needs is computed).

    Parameters
    ----------
    analysis : ArticleAnalysis
        The article.
    section : str
        A name of :data:`VALUE_SECTIONS`.
    percentiles : dict, optional
        Percentile ranks in a reference corpus (``text_stats``, ``keywords``, ``quotes``).

    Returns
    -------
    dataclass
        ``DataValues``, ``TextStatsValues``, … (see :mod:`presslens.values`).
    """
    if section == "software":
        return software_values()
    if section in ("text_stats", "keywords", "quotes"):
        return _BUILDERS[section](analysis, percentiles)
    return _BUILDERS[section](analysis)


def section_prose(analysis: ArticleAnalysis, section: str, output_dir: str | Path = ".") -> str:
    """The written analysis's paragraphs of one section, as Markdown (a notebook's "What this shows").

    Parameters
    ----------
    analysis : ArticleAnalysis
        The article.
    section : str
        ``provenance``, ``readability``, ``topics``, ``speakers`` or ``anomalies``.
    output_dir : path
        The result set (sections that cite tables read them there; only paragraphs are kept).

    Returns
    -------
    str
    """
    from presslens.report import section_markdown
    from presslens.values import plain

    values = {name: plain(asdict(section_values(analysis, name))) for name in PROSE_NEEDS[section]}
    return section_markdown(section, values, output_dir)


def _data(analysis: ArticleAnalysis) -> DataValues:
    a, record = analysis.article, article_records(analysis)[0]
    return DataValues(
        doc=a.path,
        sha256=a.sha256,
        date=a.date.isoformat() if a.date else None,
        title=a.title,
        title_source=a.title_source,
        publisher=a.outlet,
        **{k: record[k] for k in ("n_chars_file", "n_chars_body", "n_body_paragraphs", "n_captions", "n_credits")},
    )


def _text_stats(analysis: ArticleAnalysis, percentiles: dict | None) -> TextStatsValues:
    from presslens.stats import LONG_SENTENCE_WORDS, STATS_KEYS
    from presslens.stats.readability import flesch_band

    return TextStatsValues(
        **{k: analysis.stats[k] for k in STATS_KEYS},
        settings=analysis.stats["settings"],
        flesch_band=flesch_band(analysis.stats["flesch_reading_ease"]),
        long_sentence_words=LONG_SENTENCE_WORDS,
        n_long_sentences=int((analysis.sentences.n_words > LONG_SENTENCE_WORDS).sum()),
        corpus_percentiles=percentiles,
    )


def _keywords(analysis: ArticleAnalysis, percentiles: dict | None) -> KeywordValues:
    from presslens.entities import entity_summary
    from presslens.keywords import DEFAULT_METHOD

    terms, agree = analysis.keyterms, analysis.keyterms_agreement_table
    return KeywordValues(
        default_method=DEFAULT_METHOD,
        default_terms=analysis.default_keyterms.term.tolist(),
        **entity_summary(analysis.entities),
        variants=analysis.entity_variants_table.to_dict("records"),
        n_terms_shared_by_all_methods=int((agree.n_methods == terms.method.nunique()).sum()),
        corpus_percentiles=percentiles,
    )


def _quotes(analysis: ArticleAnalysis, percentiles: dict | None) -> QuoteValues:
    from presslens.quotes.counting import quote_summary, top_source

    return QuoteValues(
        **quote_summary(analysis.quotes_table, analysis.stats["n_words"]),
        **top_source(analysis.quotes_per_source_table),
        corpus_percentiles=percentiles,
    )


def _people(analysis: ArticleAnalysis) -> PeopleValues:
    from presslens.people import gender_shares

    shares = gender_shares(analysis.people_table)
    return PeopleValues(
        n_people=shares["n_people"],
        n_sources=shares["n_sources"],
        n_quotes=shares["n_quotes"],
        people=GenderCounts(**shares["people"]),
        sources=GenderCounts(**shares["sources"]),
        quotes=GenderCounts(**shares["quotes"]),
    )


def _anomalies(analysis: ArticleAnalysis) -> AnomalyValues:
    kinds = analysis.anomalies_table.kind.value_counts()
    return AnomalyValues(
        items=analysis.anomalies_table[["kind", "description", "text"]].to_dict("records"),
        **{f"n_{k}": int(kinds.get(k, 0)) for k in ANOMALY_KINDS},
    )


def _model(analysis: ArticleAnalysis) -> ModelValues:
    return ModelValues(analysis.model_id)


def software_values(output_dir: str | Path | None = None) -> SoftwareValues:
    """presslens's version and the checkout's commit (``-dirty`` with uncommitted changes outside
    ``output_dir``), from :func:`presslens.provenance.code_version`."""
    from presslens.provenance import code_version

    code = code_version(exclude=(output_dir,) if output_dir is not None else ())
    full = code["commit"]
    commit = full[:12] + ("-dirty" if code["dirty"] else "") if isinstance(full, str) and full else None
    return SoftwareValues(presslens=str(code["version"]), commit=commit)


_BUILDERS: dict[str, Callable[..., Any]] = {
    "data": _data,
    "text_stats": _text_stats,
    "keywords": _keywords,
    "quotes": _quotes,
    "people": _people,
    "anomalies": _anomalies,
    "model": _model,
}
