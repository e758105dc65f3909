"""Figures of a collection's report: measures per group or period with n and 95 % intervals."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd

from presslens.figures import PAGE_WIDTH, new_figure, styled

#: Measures drawn, with their titles.
PANELS = {
    "quotes_per_article": "quotations per article",
    "share_quotes_women": "quotations from women (%)",
    "share_quotes_anonymous": "quotations from unnamed sources (%)",
    "share_women_among_sources": "women among quoted people of known gender (%)",
}


def _series(section: dict, measure: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    scale = 100.0 if measure.startswith("share") else 1.0

    def num(v):
        return np.nan if v is None else scale * v

    values = np.array([num(v[measure]) for v in section.values()])
    low = np.array([num(v[f"{measure}_low"]) for v in section.values()])
    high = np.array([num(v[f"{measure}_high"]) for v in section.values()])
    return values, low, high, [int(v[f"{measure}_n"]) for v in section.values()]


@styled
def estimate_panels(section: dict, over_time: bool = False):
    """One panel per measure of :data:`PANELS`: groups as bars, or periods as a line on a time axis,
    each with its 95 % interval and its n written at the point.

    Parameters
    ----------
    section : dict
        ``values["groups"]`` or ``values["periods"]`` of :func:`presslens.corpus_report.collection_values`
        (``{name: {measure: value, measure_low, measure_high, measure_n}}``).
    over_time : bool
        The names are periods (``2024-03``, ``2024Q1``, ``2024``): a line on a date axis,
        empty periods left as gaps.

    Returns
    -------
    matplotlib.figure.Figure
    """
    names = list(section)
    fig, axes = new_figure(PAGE_WIDTH, 2.4, ncols=len(PANELS), squeeze=False)
    if over_time:
        x = np.array([pd.Period(n).start_time for n in names], dtype="datetime64[ns]")
    else:
        x = np.arange(len(names))
    for ax, (measure, title) in zip(axes[0], PANELS.items(), strict=True):
        values, low, high, ns = _series(section, measure)
        if over_time:
            ax.plot(x, values, marker="o", color="C0", clip_on=False)
            ax.fill_between(x, low, high, color="C0", alpha=0.2, linewidth=0)
            ax.margins(x=0.12)  # the first and last n clear of the axes' edges
            if len(names) <= 12:  # a tick per period, named as in the tables
                ax.set_xticks(x, names, rotation=30, ha="right")
            else:
                import matplotlib.dates as mdates

                locator = mdates.AutoDateLocator(maxticks=6)
                ax.xaxis.set_major_locator(locator)
                ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        else:
            ax.bar(x, np.nan_to_num(values), color="C0")
            err = np.vstack([values - low, high - values])
            ax.errorbar(
                x,
                values,
                yerr=np.where(np.isnan(err), 0, err),
                fmt="none",
                ecolor="0.2",
                elinewidth=0.8,
                capsize=2,
            )
            ax.set_xticks(x, [textwrap.shorten(n, 18) for n in names], rotation=30, ha="right")
        top = np.nanmax(np.concatenate([high, values, [0.0]]))
        ceiling = 100.0 if measure.startswith("share") else (top * 1.25 or 1.0)
        ax.set_ylim(0, ceiling)  # zero baseline: a zero bar and a small share read as what they are
        for xi, v, n in zip(x, values, ns, strict=True):
            label = f"n={n}" if not np.isnan(v) else f"n={n}\nn/a"
            ax.annotate(
                label,
                (xi, 0),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7,
                color="0.15" if over_time else "white" if v > 0.12 * ceiling else "0.15",
            )
        ax.set_title("\n".join(textwrap.wrap(title, 24)), fontsize=7)
    return fig
