"""Figures of keyterms: methods side by side, and where key terms occur in the article."""

from __future__ import annotations

import numpy as np
import pandas as pd

from presslens.figures import PAGE_WIDTH, new_figure, styled


@styled
def method_agreement(table: pd.DataFrame, ax=None):
    """Heat map: which top terms (rows) each method (columns) ranks, and at what rank.

    ``table`` has columns ``method``, ``rank`` and ``key`` (a normalised term).

    Parameters
    ----------
    table : DataFrame
        Columns ``method``, ``rank``, ``key`` and ``term``.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    pivot = table.pivot_table(index="key", columns="method", values="rank", aggfunc="min")
    pivot = pivot.loc[pivot.notna().sum(axis=1).sort_values(ascending=False, kind="stable").index]
    fig, ax = new_figure(PAGE_WIDTH * 0.75, 0.16 * len(pivot) + 1.0, ax=ax)
    data = pivot.to_numpy(dtype=float)
    # rank 1 darkest, fading with rank but never to white: white is a term the method does not list
    from matplotlib import colormaps
    from matplotlib.colors import ListedColormap

    cmap = ListedColormap(colormaps["Blues_r"](np.linspace(0.0, 0.8, 256)))
    im = ax.imshow(data, aspect="auto", cmap=cmap, vmin=1, vmax=table["rank"].max())
    ax.set_xticks(range(pivot.shape[1]), pivot.columns, rotation=30, ha="right")
    labels = table.drop_duplicates("key").set_index("key")["term"].str.lower()
    ax.set_yticks(range(pivot.shape[0]), [labels[k] for k in pivot.index])
    ax.tick_params(axis="y", labelsize=7)
    fig.colorbar(im, ax=ax, label="rank (1 = best)", shrink=0.6)
    return fig


@styled
def term_positions(terms: pd.DataFrame, text_length: int, ax=None):
    """Strip plot: where each occurrence of the top terms falls in the article (0 = top).

    ``terms`` has columns ``term`` and ``spans`` (lists of [start, end]).

    Parameters
    ----------
    terms : DataFrame
        Key terms with ``term`` and ``spans`` (one method).
    text_length : int
        Characters of the text.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    fig, ax = new_figure(PAGE_WIDTH, 0.22 * len(terms) + 0.8, ax=ax)
    for i, spans in enumerate(terms["spans"]):
        xs = [s / text_length for s, _ in spans]
        ax.scatter(xs, [i] * len(xs), s=14, color="C0", zorder=3)
    ax.set_yticks(range(len(terms)), terms["term"])
    ax.set_ylim(len(terms) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.grid(axis="x", color="0.9")
    ax.set_xlabel("position in the article (fraction of characters)")
    return fig


@styled
def keyness_bars(table: pd.DataFrame, ax=None):
    """Bars: log-likelihood of the most key terms against general English.

    Parameters
    ----------
    table : DataFrame
        Columns ``term`` and ``log_likelihood``, most key first.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    fig, ax = new_figure(height=0.2 * len(table) + 0.8, ax=ax)
    ax.barh(range(len(table)), table["log_likelihood"], color="C2")
    ax.set_yticks(range(len(table)), table["term"])
    ax.invert_yaxis()
    ax.set_xlabel("log-likelihood G² vs general English")
    return fig


@styled
def entity_counts(table: pd.DataFrame, ax=None):
    """Bars: mentions per entity, coloured by kind.

    Parameters
    ----------
    table : DataFrame
        Columns ``entity``, ``kind`` and ``count``, most mentioned first.
    ax : matplotlib.axes.Axes, optional
        Axes to draw into (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on.
    """
    colours = {"person": "C0", "organisation": "C1", "place": "C2", "group": "C3"}
    fig, ax = new_figure(height=0.2 * len(table) + 0.8, ax=ax)
    ax.barh(range(len(table)), table["count"], color=[colours[k] for k in table["kind"]])
    ax.set_yticks(range(len(table)), [f"{e} ({k})" for e, k in zip(table["entity"], table["kind"], strict=True)])
    ax.invert_yaxis()
    ax.set_xlabel("mentions")
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig
