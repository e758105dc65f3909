"""Place one article within a reference corpus: per-article measures and percentiles.

The corpus is analysed once by :func:`presslens.batch.runner.analyze_corpus`
(cached, so every notebook that asks again reads the same run) and each
measure of the article is given its percentile rank among the corpus articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from presslens.batch.runner import analyze_corpus
from presslens.cache import DEFAULT_CACHE_DIR, code_fingerprint
from presslens.corpus import corpus_files

TABLES = ("stats", "quotes", "entities")


def reference_tables(
    corpus_path: str | Path, *, limit: int | None = None, cache_dir: str | Path = DEFAULT_CACHE_DIR
) -> dict[str, pd.DataFrame]:
    """The per-article tables of a reference corpus (the first ``limit`` ``.txt`` files, sorted).

    The corpus is analysed by :func:`cached_run`.

    Parameters
    ----------
    corpus_path : path
        A folder of ``.txt`` files, or one JSONL/CSV corpus.
    limit : int, optional
        Use the first ``limit`` files.
    cache_dir : path
        The presslens cache.

    Returns
    -------
    dict of DataFrame
        The ``stats``, ``quotes`` and ``entities`` tables of the corpus run.
    """
    corpus_path = Path(corpus_path)
    files = corpus_files(corpus_path) if corpus_path.is_dir() else [corpus_path]
    out = cached_run(files[:limit], TABLES, cache_dir=cache_dir)
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


def cached_run(
    files: Iterable[str | Path],
    analyses: Iterable[str] | None = None,
    *,
    cache_dir: str | Path = DEFAULT_CACHE_DIR,
) -> Path:
    """Analyse a corpus into a folder of the cache and return the folder.

    The folder (``reference-runs/`` in the cache) is keyed by the file list, the
    analyses and the code fingerprint, and the run is resumed every time, so only
    files added or edited since are analysed, and no table of older code or older
    texts is served. Nothing machine-specific reaches the result folder.

    Parameters
    ----------
    files : iterable of path
        Files of the corpus (text files, JSONL or CSV).
    analyses : iterable of str, optional
        Analyses to run (default: all).
    cache_dir : path
        The presslens cache.

    Returns
    -------
    Path
        The run's output folder (``TABLE.parquet`` per analysis, corpus tables).
    """
    names = [str(f) for f in files]
    chosen = list(analyses) if analyses is not None else None
    key = hashlib.sha256("\n".join([*names, *(chosen or ["all"]), code_fingerprint()]).encode()).hexdigest()[:16]
    out = Path(cache_dir) / "reference-runs" / key
    analyze_corpus(names, out, cache_dir=cache_dir, analyses=chosen, progress=False, overwrite=True)
    return out


def quote_measures(quotes: pd.DataFrame, docs: Iterable[str]) -> pd.DataFrame:
    """Per article: ``n_quotes``, ``n_sources``, ``share_anonymous``, ``share_direct`` (0 for no quotes).

    Parameters
    ----------
    quotes : DataFrame
        A ``quotes`` table (``doc``, ``source``, ``source_type``, ``kind``).
    docs : iterable of str
        Every article, also those without quotations.

    Returns
    -------
    DataFrame
        One row per article.
    """
    docs = list(docs)
    g = quotes.groupby("doc")
    out = pd.DataFrame({"doc": docs})
    out["n_quotes"] = out["doc"].map(g.size()).fillna(0).astype(int)
    out["n_sources"] = out["doc"].map(g["source"].nunique()).fillna(0).astype(int)
    for name, column, value in (
        ("share_anonymous", "source_type", "anonymous"),
        ("share_direct", "kind", "direct"),
    ):
        share = quotes.assign(hit=quotes[column] == value).groupby("doc")["hit"].mean()
        out[name] = out["doc"].map(share).fillna(0.0)
    return out


def entity_measures(entities: pd.DataFrame, docs: Iterable[str]) -> pd.DataFrame:
    """Per article: distinct entities overall and of each kind.

    Parameters
    ----------
    entities : DataFrame
        An ``entities`` table (``doc``, ``kind``).
    docs : iterable of str
        Every article, also those without entities.

    Returns
    -------
    DataFrame
        One row per article.
    """
    docs = list(docs)
    out = pd.DataFrame({"doc": docs})
    out["n_entities"] = out["doc"].map(entities.groupby("doc").size()).fillna(0).astype(int)
    for kind in ("person", "organisation", "place"):
        counts = entities[entities["kind"] == kind].groupby("doc").size()
        out[f"n_{kind}"] = out["doc"].map(counts).fillna(0).astype(int)
    return out


def stats_measures(stats: pd.DataFrame, docs: Iterable[str]) -> pd.DataFrame:
    """Per article: its row of text statistics (articles without one are left out).

    Parameters
    ----------
    stats : DataFrame
        A ``stats`` table.
    docs : iterable of str
        The articles to keep.

    Returns
    -------
    DataFrame
        One row per article.
    """
    return stats[stats["doc"].isin(list(docs))].reset_index(drop=True)


@dataclass(frozen=True)
class Comparison:
    """What to compare for one table: measures, their names, captions and file stem."""

    table: str
    measures: Callable[[pd.DataFrame, Iterable[str]], pd.DataFrame]
    keys: tuple[str, ...]
    what: str
    name: str


#: The comparisons of notebooks 01–03, by table.
COMPARISONS = {
    "stats": Comparison(
        "stats",
        stats_measures,
        (
            "sentence_length_mean",
            "flesch_reading_ease",
            "flesch_kincaid_grade",
            "gunning_fog",
            "smog_index",
            "dale_chall",
            "mattr",
            "mtld",
            "hdd",
        ),
        "text statistics",
        "text_stats_corpus_percentiles",
    ),
    "entities": Comparison(
        "entities",
        entity_measures,
        ("n_entities", "n_person", "n_organisation", "n_place"),
        "entity counts",
        "entities_corpus_percentiles",
    ),
    "quotes": Comparison(
        "quotes",
        quote_measures,
        ("n_quotes", "n_sources", "share_anonymous", "share_direct"),
        "quotation measures",
        "quotes_corpus_percentiles",
    ),
}


def compare_with_reference(
    table: str,
    article_rows: pd.DataFrame,
    doc: str,
    corpus_path: str | Path | None,
    output_dir: str | Path,
    *,
    limit: int | None = None,
):
    """Place an article's ``table`` rows within a reference corpus; saved as table and figure.

    Parameters
    ----------
    table : {"stats", "entities", "quotes"}
        Which :data:`COMPARISONS` entry.
    article_rows : DataFrame
        The article's rows of that table (as the corpus run writes them).
    doc : str
        The article's path (its ``doc`` value).
    corpus_path : path or None
        The reference corpus; nothing is done when it is empty or does not exist.
    output_dir : path
        The result set.
    limit : int, optional
        Use the first ``limit`` files of the corpus.

    Returns
    -------
    (Series, Figure) or None
        Percentile per measure and the figure (see :func:`save_comparison`), or
        None without a reference corpus.
    """
    if not corpus_path or not Path(corpus_path).exists():
        return None
    c = COMPARISONS[table]
    ref = reference_tables(corpus_path, limit=limit)
    article = c.measures(article_rows.assign(doc=doc), [doc]).iloc[0].to_dict()
    return save_comparison(
        article, c.measures(ref[c.table], ref["stats"]["doc"]), c.keys, output_dir, c.name, c.what
    )


def percentiles(article: dict, reference: pd.DataFrame, keys: Iterable[str]) -> pd.Series:
    """Percentile rank (0–100, ties counted half) of each of the article's values in ``reference``.

    Parameters
    ----------
    article : dict
        The article's measures.
    reference : DataFrame
        One row per reference article.
    keys : iterable of str
        The measures to rank.

    Returns
    -------
    Series
        Percentile per measure (measures missing from ``reference`` left out).
    """
    from scipy import stats as _scipy_stats  # only runs with a reference corpus

    return pd.Series(
        {
            k: float(_scipy_stats.percentileofscore(reference[k].dropna(), article[k], kind="mean"))
            for k in keys
            if k in reference
        }
    )


def save_comparison(
    article: dict, reference: pd.DataFrame, keys: Iterable[str], output_dir: str | Path, name: str, what: str
):
    """Percentiles of the article in ``reference``, saved as table and figure ``NAME``.

    Parameters
    ----------
    article : dict
        The article's measures.
    reference : DataFrame
        One row per reference article, same measures.
    keys : iterable of str
        The measures to compare.
    output_dir : path
        The result set.
    name : str
        File stem of ``tables/NAME.*`` and ``figures/NAME.*``.
    what : str
        What the measures are, for captions ("text statistics", "quotation measures").

    Returns
    -------
    (Series, Figure)
        Percentile per measure, and the figure.
    """
    from presslens.figures import save_figure
    from presslens.figures.corpus import corpus_percentiles
    from presslens.paper_tables import save_table

    ranks = percentiles(article, reference, keys)
    save_table(
        ranks.rename("percentile").rename_axis("measure").reset_index(),
        output_dir,
        name,
        caption=f"Percentile of the article's {what} within {len(reference)} reference articles.",
    )
    fig = corpus_percentiles(ranks)
    save_figure(
        fig,
        output_dir,
        name,
        f"Percentile rank of the article's {what} among {len(reference)} reference articles.",
    )
    return ranks, fig


def compare_article(
    analysis, table: str, corpus_path: str | Path | None, output_dir: str | Path, *, limit: int | None = None
):
    """:func:`compare_with_reference` for one table of an :class:`~presslens.analysis.ArticleAnalysis`.

    Parameters
    ----------
    analysis : ArticleAnalysis
        The article.
    table : {"stats", "entities", "quotes"}
        Which comparison.
    corpus_path : path or None
        The reference corpus (nothing is done without one).
    output_dir : path
        The result set.
    limit : int, optional
        Use the first ``limit`` files of the corpus.

    Returns
    -------
    (Series, Figure) or None
        As :func:`compare_with_reference`.
    """
    rows = {
        "stats": lambda: pd.DataFrame([analysis.stats]),
        "entities": lambda: analysis.entities_table,
        "quotes": lambda: analysis.quotes_table,
    }[table]()
    return compare_with_reference(table, rows, analysis.article.path, corpus_path, output_dir, limit=limit)


def reference_percentiles(
    analysis, corpus_path: str | Path | None, output_dir: str | Path, *, limit: int | None = None
) -> dict[str, dict[str, float]]:
    """The article's percentile ranks in a reference corpus, for every comparison of :data:`COMPARISONS`.

    Parameters
    ----------
    analysis : ArticleAnalysis
        The article.
    corpus_path : path or None
        The reference corpus; without one the result is empty.
    output_dir : path
        The result set (each comparison's table and figure are saved there).
    limit : int, optional
        Use the first ``limit`` files of the corpus.

    Returns
    -------
    dict
        ``{"stats" | "entities" | "quotes": {measure: percentile}}``, for
        :meth:`~presslens.analysis.ArticleAnalysis.values`.
    """
    out = {}
    for table in COMPARISONS:
        result = compare_article(analysis, table, corpus_path, output_dir, limit=limit)
        if result is not None:
            out[table] = result[0].to_dict()
    return out
