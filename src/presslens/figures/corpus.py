"""Figures that place one article within a reference corpus."""

from __future__ import annotations

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
