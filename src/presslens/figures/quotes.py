"""Figures of quotations: per source, per source type, and where quotes sit in the article."""

from __future__ import annotations

import textwrap

import pandas as pd

from presslens.figures import PAGE_WIDTH, new_figure, styled
from presslens.quotes.extract import KINDS

KIND_COLOURS = {"direct": "C0", "mixed": "C1", "indirect": "C2", "continuation": "C3"}


def _label(text: str, width: int = 34) -> str:
    return "\n".join(textwrap.wrap(text, width)[:3])


@styled
def quotes_by_source(per_source: pd.DataFrame, ax=None):
    """Stacked horizontal bars: quotations per canonical source, split by kind.

    Parameters
    ----------
    per_source : DataFrame
        One row per source: ``source``, ``source_type`` and a count per kind.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    n = len(per_source)
    fig, ax = new_figure(PAGE_WIDTH * 0.62, 0.38 * n + 0.9, ax=ax)
    left = pd.Series(0, index=per_source.index)
    for kind in KINDS:
        if kind in per_source and per_source[kind].any():
            ax.barh(range(n), per_source[kind], left=left, color=KIND_COLOURS[kind], label=kind)
            left = left + per_source[kind]
    ax.set_yticks(
        range(n),
        [_label(f"{s} ({t})") for s, t in zip(per_source["source"], per_source["source_type"], strict=True)],
    )
    ax.invert_yaxis()
    ax.set_xlabel("quotations")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right")
    return fig


@styled
def quotes_by_type(per_type: pd.DataFrame):
    """Bars: quotations and quoted words per source type."""
    fig, (ax1, ax2) = new_figure(ncols=2, sharey=True)
    y = range(len(per_type))
    ax1.barh(y, per_type["quotes"], color="C0")
    ax2.barh(y, per_type["words"], color="C1")
    ax1.set_yticks(y, per_type["source_type"])
    ax1.invert_yaxis()
    ax1.set_xlabel("quotations")
    ax2.set_xlabel("words quoted")
    ax1.xaxis.get_major_locator().set_params(integer=True)
    return fig


@styled
def quote_positions(table: pd.DataFrame, ax=None):
    """Strip plot: where each quotation starts in the article (0 = top), by kind.

    Parameters
    ----------
    table : DataFrame
        One row per quotation: ``kind`` and ``position``.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    fig, ax = new_figure(PAGE_WIDTH, 1.6, ax=ax)
    for i, kind in enumerate(KINDS):
        pos = table.loc[table["kind"] == kind, "position"]
        ax.scatter(pos, [i] * len(pos), color=KIND_COLOURS[kind], s=18, zorder=3)
    ax.set_yticks(range(len(KINDS)), KINDS)
    ax.set_xlim(0, 1)
    ax.set_ylim(len(KINDS) - 0.5, -0.5)
    ax.set_xlabel("position in the article (fraction of characters)")
    ax.grid(axis="x", color="0.9")
    return fig
