"""presslens: reproducible analysis of news reports.

Text statistics, keyword extraction and quote counting over news articles,
with narrative notebooks that turn the results into citable figures, tables
and a written analysis.

>>> import presslens as pl
>>> a = pl.analyze("data/raw/000_e2f50357b3b0a754.txt")      # doctest: +SKIP
>>> a.tables()["quotes_per_source"]                           # doctest: +SKIP
>>> a.values().quotes.n_quotes                                # doctest: +SKIP
>>> pl.analyze_corpus(["../shared/bench/bbc"], "runs/bbc")    # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("presslens")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

# The public names are imported on first use (PEP 562), so that ``import presslens`` does not load pandas,
# spaCy or matplotlib until something needs them.
_EXPORTS = {
    "ArticleAnalysis": "presslens.analysis",
    "analyze": "presslens.analysis",
    "Article": "presslens.article",
    "Caption": "presslens.article",
    "load_article": "presslens.article",
    "RunSummary": "presslens.batch.runner",
    "analyze_corpus": "presslens.batch.runner",
    "AnalysisValues": "presslens.values",
    "load_values": "presslens.values",
    "read_values": "presslens.values",
    "write_values": "presslens.values",
}

__all__ = [
    "AnalysisValues",
    "Article",
    "ArticleAnalysis",
    "Caption",
    "RunSummary",
    "__version__",
    "analyze",
    "analyze_corpus",
    "load_article",
    "load_values",
    "read_values",
    "write_values",
]


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'presslens' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
