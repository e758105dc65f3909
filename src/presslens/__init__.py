"""presslens: reproducible analysis of news reports.

Text statistics, keyword extraction and quote counting over news articles,
with narrative notebooks that turn the results into citable figures, tables
and a written analysis.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("presslens")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

from presslens.article import Article, Caption, load_article  # noqa: E402

__all__ = ["Article", "Caption", "load_article", "__version__"]
