"""The values record: every number the written analysis quotes, in one typed record.

:meth:`presslens.analysis.ArticleAnalysis.values` builds an :class:`AnalysisValues`
(one dataclass per section); ``values.json``, ``macros.tex`` and the report are
all generated from it (:func:`write_values`, :func:`presslens.report.build_report`).
Notebooks never assemble values themselves.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from presslens.output import atomic_write_text


@dataclass(frozen=True)
class DataValues:
    """The analysed file: provenance, metadata and the body/caption split."""

    doc: str
    sha256: str
    date: str | None
    title: str | None
    title_source: str | None
    publisher: str | None
    n_chars_file: int
    n_chars_body: int
    n_body_paragraphs: int
    n_captions: int
    n_credits: int


@dataclass(frozen=True)
class TextStatsValues:
    """Text statistics of the body (:func:`presslens.stats.text_stats`) and what the prose adds."""

    n_chars: int
    n_words: int
    n_sentences: int
    n_paragraphs: int
    n_syllables: int
    n_unique_words: int
    n_long_words: int
    n_polysyllable_words: int
    n_difficult_words: int
    sentence_length_mean: float
    sentence_length_median: float
    sentence_length_sd: float
    sentence_length_max: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    ttr: float
    mattr: float
    mtld: float
    hdd: float
    oov_syllable_rate: float
    flesch_band: str
    long_sentence_words: int
    n_long_sentences: int
    settings: dict[str, Any]
    corpus_percentiles: dict[str, float] | None = None


@dataclass(frozen=True)
class KeywordValues:
    """Entities and key terms: counts by kind, the top entities, the default method's terms."""

    default_method: str
    default_terms: list[str]
    n_entities: int
    n_people: int
    n_organisations: int
    n_places: int
    n_groups: int
    top_entities: list[dict[str, Any]]
    variants: list[dict[str, Any]]
    n_terms_shared_by_all_methods: int
    corpus_percentiles: dict[str, float] | None = None


@dataclass(frozen=True)
class QuoteValues:
    """Quotations: totals by kind and source type, shares, the most quoted source."""

    n_quotes: int
    n_sources: int
    n_direct: int
    n_mixed: int
    n_indirect: int
    n_continuation: int
    n_source_person: int
    n_source_anonymous: int
    n_source_organisation: int
    n_source_document: int
    n_source_outlet: int
    n_source_unknown: int
    n_words_quoted: int
    share_words_quoted: float
    share_quotes_anonymous: float
    share_quotes_named_person: float
    n_attributed_to_outlet: int
    n_told_to_outlet: int
    top_source: str | None
    top_source_type: str | None
    top_source_quotes: int
    corpus_percentiles: dict[str, float] | None = None


@dataclass(frozen=True)
class GenderCounts:
    """Counts by inferred gender, and women's share among those of known gender (None: none known)."""

    female: int
    male: int
    unknown: int
    share_female: float | None


@dataclass(frozen=True)
class PeopleValues:
    """People named, quoted people, and their quotations, by inferred gender."""

    n_people: int
    n_sources: int
    n_quotes: int
    people: GenderCounts
    sources: GenderCounts
    quotes: GenderCounts


@dataclass(frozen=True)
class AnomalyValues:
    """Textual anomalies found by code: every item, and a count of each kind (zero included)."""

    items: list[dict[str, str]]
    n_name_variant: int
    n_caption_glued_to_body: int
    n_broken_sentence: int
    n_space_before_punctuation: int


@dataclass(frozen=True)
class ModelValues:
    """The spaCy pipeline that parsed the text."""

    id: str


@dataclass(frozen=True)
class SoftwareValues:
    """The code that produced the values: presslens's version and the checkout's commit
    (12 hex digits, ``-dirty`` when tracked files had uncommitted changes; None outside git)."""

    presslens: str
    commit: str | None


@dataclass(frozen=True)
class AnalysisValues:
    """Every value of the written analysis, by section (the layout of ``values.json``)."""

    data: DataValues
    text_stats: TextStatsValues
    keywords: KeywordValues
    quotes: QuoteValues
    people: PeopleValues
    anomalies: AnomalyValues
    model: ModelValues
    software: SoftwareValues
    evaluation: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnalysisValues:
        """The record of a ``values.json`` read as dicts (the inverse of :meth:`to_dict`).

        Parameters
        ----------
        data : dict
            Sections by name, as :meth:`to_dict` writes them.

        Returns
        -------
        AnalysisValues

        Raises
        ------
        ValueError
            When a section or a field is missing (a values.json of another version).
        """
        sections: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "evaluation":
                sections[f.name] = dict(data.get("evaluation", {}))
                continue
            if f.name not in data:
                raise ValueError(f"values.json has no section {f.name!r}")
            section_type = _SECTION_TYPES[f.name]
            names = {g.name for g in fields(section_type)}
            missing = [
                g.name
                for g in fields(section_type)
                if g.name not in data[f.name] and g.default is MISSING and g.default_factory is MISSING
            ]
            if missing:
                raise ValueError(f"values.json section {f.name!r} lacks {', '.join(missing)}")
            sections[f.name] = section_type(**{k: v for k, v in data[f.name].items() if k in names})
        return cls(**sections)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready nested dicts (floats rounded to 6 places, absent corpus percentiles left out)."""
        out = plain(asdict(self))
        for section in out.values():
            if isinstance(section, dict) and section.get("corpus_percentiles", 0) is None:
                del section["corpus_percentiles"]
        return out


#: The dataclass of each section of :class:`AnalysisValues`.
_SECTION_TYPES = {
    "data": DataValues,
    "text_stats": TextStatsValues,
    "keywords": KeywordValues,
    "quotes": QuoteValues,
    "people": PeopleValues,
    "anomalies": AnomalyValues,
    "model": ModelValues,
    "software": SoftwareValues,
}


def plain(value: Any) -> Any:
    """Convert numpy scalars and dates to JSON-ready Python values."""
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def values_json(values: AnalysisValues) -> str:
    """The text of ``values.json``: sorted keys, two-space indent, UTF-8 characters kept."""
    return json.dumps(values.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_values(output_dir: str | Path, values: AnalysisValues) -> Path:
    """Write ``output_dir/values.json`` from ``values`` (atomically) and return its path.

    Parameters
    ----------
    output_dir : path
        The result set.
    values : AnalysisValues
        The record.

    Returns
    -------
    Path
        ``values.json``.
    """
    return atomic_write_text(Path(output_dir) / "values.json", values_json(values))


def read_values(output_dir: str | Path) -> AnalysisValues:
    """The record of ``output_dir/values.json``: the inverse of :func:`write_values`.

    Parameters
    ----------
    output_dir : path
        The result set.

    Returns
    -------
    AnalysisValues
    """
    path = Path(output_dir) / "values.json"
    return AnalysisValues.from_dict(json.loads(path.read_text(encoding="utf-8")))


def load_values(output_dir: str | Path) -> dict[str, Any]:
    """The values of ``output_dir/values.json`` as nested dicts (empty if there is none); for the
    typed record, :func:`read_values`."""
    path = Path(output_dir) / "values.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
