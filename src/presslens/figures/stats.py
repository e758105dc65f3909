"""Figures of text statistics: sentence lengths and readability bands."""

from __future__ import annotations

import math

import pandas as pd

from presslens.figures import PAGE_WIDTH, new_figure, styled
from presslens.stats.readability import FLESCH_BANDS

#: US school grade bands for the grade-level indices.
GRADE_BANDS = ((0, 8, "primary/middle school"), (8, 12, "high school"), (12, 16, "college"), (16, 22, "graduate"))
GRADE_INDICES = (
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
)


@styled
def sentence_length_histogram(sentences: pd.DataFrame, ax=None):
    """Histogram of words per sentence with mean and median marked.

    Parameters
    ----------
    sentences : DataFrame
        One row per sentence with ``n_words``.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    fig, ax = new_figure(ax=ax)
    lengths = sentences["n_words"]
    bins = range(0, int(lengths.max() if len(lengths) else 1) + 6, 5)
    ax.hist(lengths, bins=bins, color="C0", edgecolor="white")
    ax.axvline(lengths.mean(), color="C1", linestyle="--", label=f"mean {lengths.mean():.1f}")
    ax.axvline(lengths.median(), color="C2", linestyle=":", label=f"median {lengths.median():.0f}")
    ax.set_xlabel("words per sentence")
    ax.set_ylabel("sentences")
    ax.legend()
    return fig


#: How the readability indices are named in print.
INDEX_NAMES = {
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman–Liau",
    "automated_readability_index": "Automated Readability",
    "dale_chall": "Dale–Chall",
}


@styled
def readability_bands(stats: dict):
    """Grade-level indices against school-grade bands, and Flesch Reading Ease against its bands."""
    fig, (ax1, ax2) = new_figure(PAGE_WIDTH, 2.4, ncols=2, width_ratios=(3, 2))
    names = [n for n in GRADE_INDICES if not math.isnan(stats[n])]
    for i, (lo, hi, label) in enumerate(GRADE_BANDS):
        ax1.axvspan(lo, hi, color="0.92" if i % 2 else "0.97", zorder=0)
        ax1.text((lo + hi) / 2, -0.75, label, ha="center", va="center", fontsize=7)
    ax1.barh(range(len(names)), [stats[n] for n in names], color="C0", zorder=2)
    ax1.set_yticks(range(len(names)), [INDEX_NAMES.get(n, n.replace("_", " ")) for n in names])
    ax1.set_xlim(0, 22)
    ax1.set_ylim(len(names) - 0.4, -1.1)  # first index on top, band labels above the bars
    ax1.set_xlabel("US school grade")
    fre = stats["flesch_reading_ease"]
    for i, (lower, label) in enumerate(FLESCH_BANDS):
        upper = 100 if i == 0 else FLESCH_BANDS[i - 1][0]
        ax2.axhspan(lower, upper, color="0.92" if i % 2 else "0.97", zorder=0)
        ax2.text(0.02, (lower + upper) / 2, label, va="center", fontsize=7, transform=ax2.get_yaxis_transform())
    ax2.plot([0.75], [fre], marker="o", color="C1", zorder=3)
    ax2.annotate(f"{fre:.1f}", (0.75, fre), xytext=(6, 0), textcoords="offset points", va="center", fontsize=7)
    ax2.set_xlim(0, 1)
    ax2.set_ylim(0, 100)
    ax2.set_xticks([])
    ax2.set_ylabel("Flesch Reading Ease (higher = easier)")
    return fig
