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

from presslens.analysis import ArticleAnalysis, analyze  # noqa: E402
from presslens.article import Article, Caption, load_article  # noqa: E402
from presslens.batch.runner import RunSummary, analyze_corpus  # noqa: E402
from presslens.values import AnalysisValues, load_values, read_values, write_values  # noqa: E402

__all__ = ["AnalysisValues", "Article", "ArticleAnalysis", "Caption", "RunSummary", "__version__", "analyze",
           "analyze_corpus", "load_article", "load_values", "read_values", "write_values"]
