"""Render the analysis blocks as Markdown, self-contained HTML, and Typst → PDF."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from presslens.errors import require
from presslens.report.blocks import Block, Bullets, Figure, Heading, Paragraph, Table

_TYPST_SPECIAL = '\\#$*_`@<>[]~"=+-/'


#: Characters that Markdown (and the HTML it may hold) would read as syntax in text from an article.
_MARKDOWN_SPECIAL = frozenset("\\`*_[]<>|~#&")


def markdown_escape(text: str) -> str:
    """Text that a Markdown renderer shows as written: every syntax character backslash-escaped,
    so an article's ``<script>``, ``[link](javascript:…)`` or ``|`` is text, not markup.

    Parameters
    ----------
    text : str
        Plain text (prose, a name, a quotation, a table cell).

    Returns
    -------
    str

    Examples
    --------
    >>> print(markdown_escape('<img src=x onerror=alert(1)> a|b [x](javascript:y)'))
    \\<img src=x onerror=alert(1)\\> a\\|b \\[x\\](javascript:y)
    """
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


def column_label(name) -> str:
    """A table column's name as a reader sees it in the report ("source_type" -> "source type").

    Parameters
    ----------
    name : object
        The column name of a result table (the CSV keeps it as it is).

    Returns
    -------
    str
    """
    return str(name).replace("_", " ")


def _markdown_cell(value):
    return markdown_escape(value) if isinstance(value, str) else value


def to_markdown(blocks: list[Block]) -> str:
    """Markdown: headings, paragraphs, figures as images, tables as pipe tables; text escaped."""
    out = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append("#" * b.level + " " + markdown_escape(b.text))
        elif isinstance(b, Paragraph):
            out.append(markdown_escape(b.text))
        elif isinstance(b, Bullets):
            out.append("\n".join(f"- {markdown_escape(item)}" for item in b.items))
        elif isinstance(b, Figure):
            caption = markdown_escape(b.caption)
            out.append(f"![{caption}](figures/{b.name}.svg)\n\n*{caption}*")
        elif isinstance(b, Table):
            require("tabulate", "report")  # pandas writes pipe tables through it
            data = b.data.rename(columns=lambda c: markdown_escape(column_label(c))).map(_markdown_cell)
            out.append(data.to_markdown(index=False) + f"\n\n*{markdown_escape(b.caption)}*")
    return "\n\n".join(out) + "\n"


_CSS = """body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em}figure{margin:1.5em 0}img{max-width:100%}
figcaption,caption{font-size:.9em;color:#555}table{border-collapse:collapse;font-size:.85em;margin:1em 0}
th,td{padding:.2em .6em;border-bottom:1px solid #ccc;text-align:left}"""


def to_html(blocks: list[Block], output_dir: str | Path, title: str) -> str:
    """A single HTML file: no code, figures embedded (SVG as data URIs).

    Parameters
    ----------
    blocks : list of Block
        The analysis.
    output_dir : path
        The result set (figures are read from it).
    title : str
        The page title.

    Returns
    -------
    str
    """
    folder = Path(output_dir) / "figures"
    body = []
    for b in blocks:
        if isinstance(b, Heading):
            body.append(f"<h{b.level}>{html.escape(b.text)}</h{b.level}>")
        elif isinstance(b, Paragraph):
            body.append(f"<p>{html.escape(b.text)}</p>")
        elif isinstance(b, Bullets):
            body.append("<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in b.items) + "</ul>")
        elif isinstance(b, Figure):
            svg = (folder / f"{b.name}.svg").read_bytes()
            uri = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
            body.append(
                f'<figure><img src="{uri}" alt="{html.escape(b.caption)}">'
                f"<figcaption>{html.escape(b.caption)}</figcaption></figure>"
            )
        elif isinstance(b, Table):
            table = b.data.rename(columns=column_label).to_html(index=False, escape=True, border=0, na_rep="")
            # the caption goes right after the opening <table …> tag
            body.append(table.replace(">", f"><caption>{html.escape(b.caption)}</caption>", 1))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def typst_escape(text: str) -> str:
    """Escape Typst markup characters in plain text."""
    return "".join("\\" + c if c in _TYPST_SPECIAL else c for c in str(text))


def to_typst(blocks: list[Block], title: str) -> str:
    """Typst source of the analysis (A4, figures from ``figures/*.svg``).

    Parameters
    ----------
    blocks : list of Block
        The analysis.
    title : str
        The document title.

    Returns
    -------
    str
    """
    out = [
        f'#set document(title: "{title.replace(chr(34), "")}", author: "presslens", date: none)',
        '#set page(paper: "a4", margin: 2.2cm, numbering: "1")',
        '#set text(size: 10pt, lang: "en")',
        "#set par(justify: true)",
        "#show figure.caption: set text(size: 9pt)",
    ]
    for b in blocks:
        if isinstance(b, Heading) and b.level == 1:
            out.append(f'#align(center, text(size: 16pt, weight: "bold")[{typst_escape(b.text)}])')
        elif isinstance(b, Heading):
            out.append("=" * (b.level - 1) + " " + typst_escape(b.text))
        elif isinstance(b, Paragraph):
            out.append(typst_escape(b.text))
        elif isinstance(b, Bullets):
            out.append("\n".join(f"- {typst_escape(item)}" for item in b.items))
        elif isinstance(b, Figure):
            out.append(
                f'#figure(image("figures/{b.name}.svg", width: {b.width}), caption: [{typst_escape(b.caption)}])'
            )
        elif isinstance(b, Table):
            cols = len(b.data.columns)
            cells = [f"[*{typst_escape(column_label(c))}*]" for c in b.data.columns]
            for row in b.data.itertuples(index=False):
                cells += [f"[{typst_escape('' if v != v else v)}]" for v in row]  # NaN -> ''
            parts = ["table.hline()", *cells[:cols], "table.hline()", *cells[cols:], "table.hline()"]
            out.append(
                f"#figure(text(size: 8pt, table(columns: {cols}, stroke: none, "
                f"{', '.join(parts)})), kind: table, caption: [{typst_escape(b.caption)}])"
            )
    return "\n\n".join(out) + "\n"


def compile_pdf(typ_path: str | Path, pdf_path: str | Path) -> Path:
    """Compile Typst to PDF with Typst's bundled fonts only (the same bytes on every machine).

    Parameters
    ----------
    typ_path : path
        The Typst source.
    pdf_path : path
        The PDF to write.

    Returns
    -------
    Path
        The PDF.
    """
    typst = require("typst", "report")
    typ_path, pdf_path = Path(typ_path), Path(pdf_path)
    data = typst.compile(str(typ_path), root=str(typ_path.parent), ignore_system_fonts=True)
    tmp = pdf_path.with_suffix(".pdf.tmp")
    tmp.write_bytes(data)
    tmp.replace(pdf_path)
    return pdf_path
