"""Per-group measures of a collection with their n and 95 % bootstrap intervals.

The unit of a collection is the article: every interval resamples the articles of a
group with replacement (``B`` resamples, a fixed seed, so a rerun gives the same
bounds) and takes the 2.5th and 97.5th percentiles of the measure. Shares are ratios
over the group's quotations or sources (``sum(numerator) / sum(denominator)`` over the
resampled articles), so an article with many quotations weighs more, as it does in the
point estimate.

The measures (:data:`MEASURES`) are read from the per-article tables of a corpus run
(``article``, ``stats``, ``quotes``, ``people``):

- ``quotes_per_article`` and ``quotes_per_1000_words``;
- ``share_quotes_anonymous``: quotations from an unnamed source (``source_type`` anonymous);
- ``share_quotes_women``, ``share_quotes_men``, ``share_quotes_other``: quotations whose source
  is a woman, a man, or anything else (a person of unknown gender, an organisation, a document);
- ``share_women_among_sources``: women among quoted people of known gender;
- ``mean_flesch_reading_ease``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

#: Resamples per interval.
BOOTSTRAP_RESAMPLES = 2000
#: Seed of the resampling (intervals are reproducible).
BOOTSTRAP_SEED = 20230424
#: Periods a collection can be grouped into, with their pandas period code.
PERIODS = {"month": "M", "quarter": "Q", "year": "Y"}


@dataclass(frozen=True)
class Estimate:
    """A measure of a group of articles.

    Attributes
    ----------
    value : float or None
        The point estimate (None when its denominator is zero).
    low, high : float or None
        The 95 % bootstrap interval (None with fewer than 2 articles or no denominator).
    n : int
        What the measure is over: articles for means and rates, quotations or sources for shares.
    """

    value: float | None
    low: float | None
    high: float | None
    n: int


def _bootstrap_ratio(
    num: np.ndarray, den: np.ndarray, rng: np.random.Generator, resamples: int
) -> tuple[float | None, float | None]:
    n = len(num)
    if n < 2:
        return None, None
    # resamples drawn in blocks of about a million indices: memory stays flat however many articles there
    # are, and the draws (hence the interval) are those of one (resamples, n) draw from the same generator
    step = max(1, 1_000_000 // n)
    nums, dens = np.empty(resamples), np.empty(resamples)
    for start in range(0, resamples, step):
        idx = rng.integers(0, n, size=(min(step, resamples - start), n))
        nums[start : start + len(idx)], dens[start : start + len(idx)] = num[idx].sum(axis=1), den[idx].sum(axis=1)
    ok = dens > 0
    if not ok.any():
        return None, None
    ratios = nums[ok] / dens[ok]
    low, high = np.percentile(ratios, [2.5, 97.5])
    return float(low), float(high)


def ratio_estimate(
    num, den, n: int | None = None, *, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED
) -> Estimate:
    """``sum(num) / sum(den)`` over articles, with a 95 % interval resampling articles.

    Parameters
    ----------
    num, den : array-like
        One value per article (a mean of a per-article value: ``den`` all ones).
    n : int, optional
        The ``n`` to report (default: ``sum(den)``).
    resamples : int
        Bootstrap resamples.
    seed : int
        Seed of the resampling.

    Returns
    -------
    Estimate

    Examples
    --------
    >>> e = ratio_estimate([1, 0, 1, 1], [1, 1, 1, 1])
    >>> e.value, e.n
    (0.75, 4)
    >>> ratio_estimate([0], [0]).value is None
    True
    """
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    total = den.sum()
    value = float(num.sum() / total) if total > 0 else None
    low, high = (
        (None, None) if value is None else _bootstrap_ratio(num, den, np.random.default_rng(seed), resamples)
    )
    return Estimate(value, low, high, int(total) if n is None else n)


#: The measures :func:`group_estimates` returns, in order.
MEASURES = (
    "quotes_per_article",
    "quotes_per_1000_words",
    "share_quotes_anonymous",
    "share_quotes_women",
    "share_quotes_men",
    "share_quotes_other",
    "share_women_among_sources",
    "mean_flesch_reading_ease",
)


def per_article(
    articles: pd.DataFrame, stats: pd.DataFrame, quotes: pd.DataFrame, people: pd.DataFrame
) -> pd.DataFrame:
    """One row per article with the counts every measure is made of.

    Parameters
    ----------
    articles : DataFrame
        The run's ``article`` table (``doc`` and metadata).
    stats, quotes, people : DataFrame
        The run's per-article tables (``doc`` column).

    Returns
    -------
    DataFrame
        ``doc``, ``n_words``, ``flesch_reading_ease``, ``n_quotes``, ``n_anonymous``,
        ``n_quotes_women``, ``n_quotes_men``, ``n_sources_women``, ``n_sources_men``.
    """
    out = articles[["doc"]].drop_duplicates().set_index("doc")
    s = stats.set_index("doc") if len(stats) else pd.DataFrame(columns=["n_words", "flesch_reading_ease"])
    out["n_words"] = s["n_words"].reindex(out.index).fillna(0)
    out["flesch_reading_ease"] = s["flesch_reading_ease"].reindex(out.index)
    q = quotes.groupby("doc")
    out["n_quotes"] = q.size().reindex(out.index, fill_value=0)
    anonymous = quotes[quotes["source_type"] == "anonymous"].groupby("doc").size()
    out["n_anonymous"] = anonymous.reindex(out.index, fill_value=0)
    for gender, label in (("female", "women"), ("male", "men")):
        own = people[people["gender"] == gender]
        out[f"n_quotes_{label}"] = own.groupby("doc")["n_quotes"].sum().reindex(out.index, fill_value=0)
        sources = own[own["is_source"].astype(bool)]
        out[f"n_sources_{label}"] = sources.groupby("doc").size().reindex(out.index, fill_value=0)
    return out.reset_index()


def group_estimates(
    rows: pd.DataFrame, *, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED
) -> dict[str, Estimate]:
    """Every measure of :data:`MEASURES` for one group of articles.

    Parameters
    ----------
    rows : DataFrame
        Rows of :func:`per_article` for the group's articles.
    resamples : int
        Bootstrap resamples.
    seed : int
        Seed of the resampling.

    Returns
    -------
    dict
        ``{measure: Estimate}``.
    """
    one = np.ones(len(rows))
    quotes = rows["n_quotes"].to_numpy(float)
    known = (rows["n_sources_women"] + rows["n_sources_men"]).to_numpy(float)
    readable = rows["flesch_reading_ease"].notna().to_numpy()
    kw = {"resamples": resamples, "seed": seed}
    n_articles = len(rows)
    return {
        "quotes_per_article": ratio_estimate(quotes, one, n_articles, **kw),
        "quotes_per_1000_words": ratio_estimate(quotes * 1000, rows["n_words"].to_numpy(float), n_articles, **kw),
        "share_quotes_anonymous": ratio_estimate(rows["n_anonymous"], quotes, **kw),
        "share_quotes_women": ratio_estimate(rows["n_quotes_women"], quotes, **kw),
        "share_quotes_men": ratio_estimate(rows["n_quotes_men"], quotes, **kw),
        "share_quotes_other": ratio_estimate(quotes - rows["n_quotes_women"] - rows["n_quotes_men"], quotes, **kw),
        "share_women_among_sources": ratio_estimate(rows["n_sources_women"], known, **kw),
        "mean_flesch_reading_ease": ratio_estimate(
            rows["flesch_reading_ease"].fillna(0).to_numpy(float), readable.astype(float), **kw
        ),
    }


def period_of(dates: pd.Series, period: str) -> pd.Series:
    """The period (``2024-03``, ``2024Q1``, ``2024``) of each ISO date; None where undated.

    Parameters
    ----------
    dates : Series
        ISO dates (strings or dates; missing values allowed).
    period : {"month", "quarter", "year"}
        The period.

    Returns
    -------
    Series of str
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: choose one of {', '.join(PERIODS)}")
    parsed = pd.to_datetime(dates, errors="coerce")
    return parsed.dt.to_period(PERIODS[period]).astype("string").where(parsed.notna(), None)


def estimates_table(estimates: dict[str, dict[str, Estimate]], by: str) -> pd.DataFrame:
    """A table of estimates: one row per group and measure (value, interval, n).

    Parameters
    ----------
    estimates : dict
        ``{group: {measure: Estimate}}``.
    by : str
        Name of the group column.

    Returns
    -------
    DataFrame
    """
    rows = [
        {by: group, "measure": m, **asdict(e)}
        for group, measures in estimates.items()
        for m, e in measures.items()
    ]
    return pd.DataFrame(rows, columns=[by, "measure", "value", "low", "high", "n"])
