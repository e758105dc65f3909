"""Figures: one style, journal sizes, and byte-identical PDF/SVG/PNG files.

Plotting functions live in one module per topic (``figures/stats.py``, …); each
returns a :class:`matplotlib.figure.Figure` drawn from library results, and
:func:`save_figure` writes it in the three formats with its caption.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from presslens.determinism import FIGURE_METADATA, fix_source_date  # noqa: E402
from presslens.output import atomic_write_text  # noqa: E402

STYLE = Path(__file__).with_name("presslens.mplstyle")
#: Figure widths in inches: one journal column and the full page width.
COLUMN_WIDTH = 3.5
PAGE_WIDTH = 7.2
FORMATS = ("pdf", "svg", "png")
@contextmanager
def style():
    """Context in which figures use the presslens style."""
    with plt.style.context(str(STYLE)):
        yield


def styled(func):
    """Decorator: draw the whole figure inside :func:`style` (colours, fonts, sizes)."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with style():
            return func(*args, **kwargs)
    return wrapper


def new_figure(width: float = COLUMN_WIDTH, height: float | None = None, **kwargs):
    """A styled figure and axes of the given width (inches); height defaults to width × 0.72.

    Parameters
    ----------
    width : float
        Inches (:data:`COLUMN_WIDTH` or :data:`PAGE_WIDTH`).
    height : float, optional
        Inches.
    **kwargs
        Passed to :func:`matplotlib.pyplot.subplots`.

    Returns
    -------
    (Figure, Axes)
    """
    with style():
        fig, ax = plt.subplots(figsize=(width, height or width * 0.72), layout="constrained",
                               **kwargs)
    return fig, ax


def save_figure(fig, output_dir: str | Path, name: str, caption: str) -> dict[str, Path]:
    """Write ``fig`` to ``output_dir/figures/NAME.{pdf,svg,png}`` and record its caption.

    Files are byte-identical across runs (see :mod:`presslens.determinism`).
    The caption goes into ``figures/captions.md`` (one section per figure,
    sorted by name).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure (closed afterwards).
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
    plt.close(fig)
    return paths


def _record_caption(path: Path, name: str, caption: str) -> None:
    entries: dict[str, str] = {}
    if path.is_file():
        for block in re.split(r"\n(?=## )", path.read_text(encoding="utf-8")):
            m = re.match(r"## (\S+)\n\n(.*)", block.strip(), re.DOTALL)
            if m:
                entries[m.group(1)] = m.group(2).strip()
    entries[name] = caption.strip()
    text = "# Figure captions\n\n" + "\n\n".join(
        f"## {k}\n\n{v}" for k, v in sorted(entries.items())) + "\n"
    atomic_write_text(path, text)
