"""Text from an article reaches report.md and CSV cells as text, never as markup or a formula."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from presslens.output import write_records
from presslens.report.blocks import Heading, Paragraph, Table
from presslens.report.render import to_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[click](javascript:alert(3))",
    "a | b",
    '=HYPERLINK("http://evil.example","x")',
    "+1",
    "-2 cmd",
    "@SUM(A1)",
]


def test_hostile_text_renders_as_text_in_the_markdown_report():
    mistune = pytest.importorskip("mistune")
    table = pd.DataFrame({"source": HOSTILE, "n": range(len(HOSTILE))})
    md = to_markdown(
        [Heading(HOSTILE[0], 1), Paragraph(" ".join(HOSTILE)), Table(table, "Caption with <b>tags</b> | pipes")]
    )
    rendered = mistune.create_markdown(plugins=["table"])(md)
    for tag in ("<script", "<img", "<b>", 'href="javascript'):
        assert tag not in rendered, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered  # shown, as written
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert len(rows) == len(HOSTILE) + 2  # header, rule, one row each: no cell split by its "|"
    assert all(line.count("|") - line.count("\\|") == 3 for line in rows)


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    fh = io.StringIO()
    write_records([{"text": t, "n": -1.5} for t in HOSTILE], fh, "csv")
    cells = {row["text"]: row["n"] for row in csv.DictReader(io.StringIO(fh.getvalue()))}
    assert all(c[:1] not in "=+-@" for c in cells)
    assert '\'=HYPERLINK("http://evil.example","x")' in cells and "'-2 cmd" in cells
    assert set(cells.values()) == {"-1.5"}  # numbers stay numbers


def test_latex_tables_escape_captions_and_leave_missing_cells_empty(tmp_path):
    """A caption with LaTeX specials compiles as written; a missing value is an empty cell, not 'None'."""
    from presslens.paper_tables import to_latex

    tex = to_latex(
        pd.DataFrame({"source": ["R&D", None], "share": [0.5, None]}),
        caption="Sources of R&D: 50% in n_quotes",
        label="tab:x",
    )
    assert r"\caption{Sources of R\&D: 50\% in n\_quotes}" in tex
    assert "None" not in tex and "nan" not in tex
    assert r"R\&D & 0.50 \\" in tex


def test_report_tables_show_readable_column_names():
    md = to_markdown([Table(pd.DataFrame({"source_type": ["anonymous"], "n_quotes": [3]}), "Sources.")])
    header = md.splitlines()[0]
    assert "source type" in header and "n quotes" in header and "_" not in header


def test_latex_tables_are_paper_ready():
    """Readable headers, whole numbers without decimals, tiny frequencies not rounded to 0.00, long
    text wrapped in a p{} column, a file hash left out, one wide record turned into field/value rows."""
    from presslens.paper_tables import to_latex

    tex = to_latex(
        pd.DataFrame(
            {
                "term": ["islamic", "taliban"],
                "n_words": [2388.0, 12.0],
                "reference_frequency": [2.75e-05, 4.9e-06],
                "log_ratio": [9.494, 10.81],
            }
        )
    )
    assert "term & n words & reference frequency & log ratio" in tex
    assert r"islamic & 2,388 & 2.75e-05 & 9.49 \\" in tex and "2388.00" not in tex
    quote = "An answer long enough to need wrapping in a printed table of quotations."
    tex = to_latex(pd.DataFrame({"kind": ["direct"], "text": [quote]}))
    assert r"\begin{tabular}{lp{0.45\linewidth}}" in tex
    record = {
        "doc": "a.txt",
        "sha256": "ab" * 32,
        "encoding": "utf-8",
        "date": "2024-01-02",
        "outlet": None,
        "n_chars_file": 3487,
        "n_captions": 4,
        "warnings": [],
    }
    tex = to_latex(pd.DataFrame([record]))
    assert "ab" * 32 not in tex and r"n chars file & 3487 \\" in tex and r"outlet &  \\" in tex
    assert tex.count(r"\\") == 1 + len(record) - 1  # the header, one row per field but sha256


def test_latex_tables_compile(tmp_path):
    """Every committed result table compiles in a plain article with booktabs and graphicx, without a
    table wider than the text or taller than a page (needs pdflatex; skipped without it)."""
    import re
    import shutil
    import subprocess

    import pytest
    from support import RESULTS

    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex not installed (apt-get install texlive-latex-recommended)")
    from presslens.paper_tables import to_latex

    names = []
    for table in sorted((RESULTS / "tables").glob("*.csv")):
        tex = to_latex(pd.read_csv(table), caption=table.stem, label=table.stem)
        (tmp_path / f"{table.stem}.tex").write_text(tex)
        names.append(table.stem)
    body = "\n".join(f"\\input{{{n}}}\\clearpage" for n in names)
    preamble = "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{booktabs,graphicx}"
    (tmp_path / "main.tex").write_text(f"{preamble}\\begin{{document}}{body}\\end{{document}}\n")
    done = subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "main.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    log = (tmp_path / "main.log").read_text(errors="replace")
    too_wide = [float(w) for w in re.findall(r"Overfull \\hbox \(([0-9.]+)pt too wide", log)]
    # tables wider than the text are scaled down to it; what remains is a long unbreakable word (a file
    # path) sticking out of its wrapped cell by a few characters, never a column cut off (hundreds of pt)
    assert max(too_wide, default=0) < 50, too_wide
    # the 80 rows of the seed's key terms of every method ran off the page before
    assert "Float too large for page" not in log, re.findall(r"Float too large for page by [0-9.]+pt", log)
