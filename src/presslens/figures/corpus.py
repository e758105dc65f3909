"""Figures that place one article within a reference corpus."""

from __future__ import annotations

import textwrap

import pandas as pd

from presslens.figures import new_figure, styled


@styled
def corpus_percentiles(percentiles: pd.Series, ax=None):
    """Horizontal bars: the article's percentile within a reference corpus for each statistic.

    Parameters
    ----------
    percentiles : Series
        Percentile (0-100) per statistic.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    fig, ax = new_figure(height=0.25 * len(percentiles) + 0.8, ax=ax)
    ax.barh(range(len(percentiles)), percentiles.values, color="C0")
    ax.axvline(50, color="0.4", linestyle=":")
    ax.set_yticks(range(len(percentiles)), [n.replace("_", " ") for n in percentiles.index])
    ax.set_xlim(0, 100)
    ax.set_xlabel("percentile in reference corpus")
    ax.invert_yaxis()
    return fig


#: Measures drawn per group of articles, with their axis labels.
GROUP_MEASURES = {"quotes_per_article": "quotations per article",
                  "share_quotes_anonymous": "share of quotations from unnamed sources",
                  "share_women_among_sources": "share of women among quoted people",
                  "mean_flesch_reading_ease": "mean Flesch Reading Ease"}


@styled
def group_panels(table: pd.DataFrame, by: str, line: bool = False):
    """One small panel per measure of :data:`GROUP_MEASURES`, groups on the x axis.

    Parameters
    ----------
    table : DataFrame
        :func:`presslens.batch.summary.group_measures` output (one row per group).
    by : str
        The grouping column (x axis).
    line : bool
        Lines with markers (for months) instead of bars (for outlets).

    Returns
    -------
    matplotlib.figure.Figure
    """
    from presslens.figures import PAGE_WIDTH
    measures = [m for m in GROUP_MEASURES if m in table and table[m].notna().any()]
    fig, axes = new_figure(PAGE_WIDTH, 2.2, ncols=len(measures), squeeze=False)
    x = range(len(table))
    for ax, measure in zip(axes[0], measures, strict=True):
        values = table[measure].astype(float)
        if line:
            ax.plot(x, values, marker="o", color="C0")
        else:
            ax.bar(x, values, color="C0")
        ax.set_xticks(x, [str(v) for v in table[by]], rotation=30, ha="right")
        ax.set_title("\n".join(textwrap.wrap(GROUP_MEASURES[measure], 24)), fontsize="small")
        if measure.startswith("share"):
            ax.set_ylim(0, 1)
    return fig
