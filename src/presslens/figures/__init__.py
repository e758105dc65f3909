"""Figures: one style, journal sizes, and byte-identical PDF/SVG/PNG files.

Plotting functions live in one module per topic (``figures/stats.py``, …); each
returns a :class:`matplotlib.figure.Figure` drawn from library results, and
:func:`save_figure` writes it in the three formats with its caption. Functions
that draw one panel take ``ax=`` (as pandas and scikit-learn do) to draw into a
figure of the caller's.

The library never selects a matplotlib backend nor touches pyplot's state:
figures are made directly as :class:`NotebookFigure` (a
:class:`~matplotlib.figure.Figure` that Jupyter shows as an image whether or
not pyplot was imported), and a script's own backend is left as it was.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from pathlib import Path

import matplotlib.style
from matplotlib.figure import Figure

from presslens.determinism import FIGURE_METADATA, fix_source_date
from presslens.output import atomic_write_text

STYLE = Path(__file__).with_name("presslens.mplstyle")
#: Figure widths in inches: one journal column and the full page width.
COLUMN_WIDTH = 3.5
PAGE_WIDTH = 7.2
FORMATS = ("pdf", "svg", "png")


@contextmanager
def style():
    """Context in which figures use the presslens style."""
    with matplotlib.style.context(str(STYLE)):
        yield


def styled(func):
    """Decorator: draw the whole figure inside :func:`style` (colours, fonts, sizes)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with style():
            return func(*args, **kwargs)

    return wrapper


class NotebookFigure(Figure):
    """A :class:`~matplotlib.figure.Figure` that IPython and Jupyter show as a PNG image.

    A figure made without pyplot has no display hook until pyplot's inline
    backend is loaded; this one renders itself (``_repr_png_``, at twice its
    dpi, shown at its size), so ``fig`` as a cell's last line shows the figure.
    Where the inline backend is loaded its own formatter is used instead.
    """

    def _repr_png_(self):
        import io

        buffer = io.BytesIO()
        with style():
            self.savefig(buffer, format="png", dpi=2 * self.dpi, metadata=FIGURE_METADATA["png"])
        data = buffer.getvalue()
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return data, {"width": width // 2, "height": height // 2}


def new_figure(width: float = COLUMN_WIDTH, height: float | None = None, *, ax=None, **kwargs):
    """A styled figure and axes of the given width (inches); height defaults to width × 0.72.

    Parameters
    ----------
    width : float
        Inches (:data:`COLUMN_WIDTH` or :data:`PAGE_WIDTH`).
    height : float, optional
        Inches.
    ax : matplotlib.axes.Axes, optional
        Axes of the caller's to draw into: returned with its figure, nothing is made.
    **kwargs
        Passed to :meth:`matplotlib.figure.Figure.subplots` (``ncols``, ``sharey``, …).

    Returns
    -------
    (Figure, Axes)
        A :class:`~matplotlib.figure.Figure` made without pyplot (no global state, any backend).
    """
    if ax is not None:
        return ax.figure, ax
    with style():
        fig = NotebookFigure(figsize=(width, height or width * 0.72), layout="constrained")
        axes = fig.subplots(**kwargs)
    return fig, axes


def save_figure(fig, output_dir: str | Path, name: str, caption: str) -> dict[str, Path]:
    """Write ``fig`` to ``output_dir/figures/NAME.{pdf,svg,png}`` and record its caption.

    Files are byte-identical across runs (see :mod:`presslens.determinism`).
    The caption goes into ``figures/captions.md`` (one section per figure,
    sorted by name).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    output_dir : path
        The result set.
    name : str
        File stem.
    caption : str
        Its caption, for ``figures/captions.md``.

    Returns
    -------
    dict
        ``{format: path}``.
    """
    folder = Path(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    fix_source_date()
    paths = {}
    with style():
        for fmt in FORMATS:
            path = folder / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, metadata=FIGURE_METADATA[fmt])
            paths[fmt] = path
    _record_caption(folder / "captions.md", name, caption)
    return paths


def _record_caption(path: Path, name: str, caption: str) -> None:
    entries: dict[str, str] = {}
    if path.is_file():
        for block in re.split(r"\n(?=## )", path.read_text(encoding="utf-8")):
            m = re.match(r"## (\S+)\n\n(.*)", block.strip(), re.DOTALL)
            if m:
                entries[m.group(1)] = m.group(2).strip()
    entries[name] = caption.strip()
    text = "# Figure captions\n\n" + "\n\n".join(f"## {k}\n\n{v}" for k, v in sorted(entries.items())) + "\n"
    atomic_write_text(path, text)
