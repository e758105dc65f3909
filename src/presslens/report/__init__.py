"""The written analysis of a report, built only from computed results.

- ``content.py``: the prose, section by section, from ``values.json``;
- ``numbers.py``: how numbers are written;
- ``blocks.py``: the document model;
- ``render.py``: Markdown, self-contained HTML, Typst and PDF;
- ``macros.py``: ``macros.tex`` for LaTeX papers;
- ``article_values.py``: the values of one article (``values.json``), and the prose of a section.
"""

from __future__ import annotations

import json
from pathlib import Path

from presslens.output import atomic_write_text
from presslens.report.blocks import Heading, Paragraph
from presslens.report.content import analysis_blocks, section_blocks
from presslens.report.macros import render_macros
from presslens.report.render import compile_pdf, to_html, to_markdown, to_typst
from presslens.values import load_values


def load_evaluation(evaluation_dir: str | Path) -> dict:
    """The headline figures the benchmark harnesses wrote (``quotes.json``, ``keywords.json``,
    ``coref.json``), if present."""
    out = {}
    for name in ("quotes", "keywords", "coref"):
        path = Path(evaluation_dir) / f"{name}.json"
        if path.is_file():
            out[name] = json.loads(path.read_text(encoding="utf-8"))["headline"]
    return out


def section_markdown(name: str, values: dict, output_dir: str | Path = ".") -> str:
    """The prose of one section of the written analysis as Markdown (no heading, figures or tables),
    for a notebook's "What this shows".

    Parameters
    ----------
    name : str
        A section of :data:`presslens.report.content.SECTIONS` ("provenance", "readability", …).
    values : dict
        The values (:meth:`presslens.values.AnalysisValues.to_dict`).
    output_dir : path
        The result set (read by sections that cite tables; only their paragraphs are kept).

    Returns
    -------
    str
    """
    return to_markdown([b for b in section_blocks(name, values, output_dir) if isinstance(b, Paragraph)])


def build_report(output_dir: str | Path) -> dict[str, Path]:
    """Write ``report.md``, ``report.html``, ``report.typ``, ``report.pdf`` and ``macros.tex``.

    Parameters
    ----------
    output_dir : path
        A result set whose ``values.json``, tables and figures notebooks 00–03
        (and 04's anomaly and evaluation values) have written.

    Returns
    -------
    dict
        ``{"md"|"html"|"typ"|"pdf"|"macros": path}``.
    """
    output_dir = Path(output_dir)
    values = load_values(output_dir)
    blocks = analysis_blocks(values, output_dir)
    title = next(b.text for b in blocks if isinstance(b, Heading))
    paths = {
        "md": atomic_write_text(output_dir / "report.md", to_markdown(blocks)),
        "html": atomic_write_text(output_dir / "report.html", to_html(blocks, output_dir, title)),
        "typ": atomic_write_text(output_dir / "report.typ", to_typst(blocks, title)),
        "macros": atomic_write_text(output_dir / "macros.tex", render_macros(values)),
    }
    paths["pdf"] = compile_pdf(paths["typ"], output_dir / "report.pdf")
    return paths


__all__ = ["analysis_blocks", "build_report", "load_evaluation", "section_markdown"]
