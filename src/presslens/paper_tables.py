"""Save result tables as CSV and LaTeX (booktabs), the two forms a paper cites."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.export_schema import flatten_frame
from presslens.latex import latex_escape
from presslens.output import atomic_write_text


def _listed(value):
    if hasattr(value, "tolist"):  # a NumPy array (a table read from Parquet)
        value = value.tolist()
    return "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else value


#: Columns a paper table leaves out (the CSV keeps them): a file hash belongs in provenance.json, and
#: character offsets (``start``, ``speaker_end``, ...) are for checking against the text, not for reading.
LATEX_OMITTED = ("sha256", "start", "end", "first_start")
#: Column-name endings a paper table leaves out (offsets).
LATEX_OMITTED_SUFFIXES = ("_start", "_end")
#: Text columns longer than this (characters) wrap in a paragraph column.
WRAP_AT = 25


def _number_format(values: pd.Series, float_format: str) -> str:
    """Whole numbers without decimals ("2,388", not "2388.00"); tiny magnitudes in scientific
    notation ("2.75e-05", not "0.00"); the rest with ``float_format``."""
    known = values.dropna()
    if len(known) and (known == known.round()).all():
        return "{:,.0f}"
    if len(known) and (known != 0).any() and known.abs().max() < 0.01:
        return "{:.2e}"
    return float_format


def paper_frame(df: pd.DataFrame, float_format: str = "{:.2f}") -> pd.DataFrame:
    """What a paper's table shows of ``df``: lists joined with "; ", hashes and character offsets left
    out (:data:`LATEX_OMITTED`), a ``doc`` column that names one document throughout left out, and a
    single wide record (an article's metadata) turned into one row
    per field.

    Parameters
    ----------
    df : DataFrame
        A result table.
    float_format : str
        Format of decimals in a turned record.

    Returns
    -------
    DataFrame
    """
    df = df.drop(columns=[c for c in df.columns if c in LATEX_OMITTED or str(c).endswith(LATEX_OMITTED_SUFFIXES)])
    if "doc" in df.columns and len(df) > 1 and df["doc"].nunique(dropna=False) == 1:
        df = df.drop(columns="doc")  # one article's table: its path is in the caption's result set
    df = df.assign(**{c: df[c].map(_listed) for c in df.columns if df[c].dtype == object})
    if len(df) == 1 and len(df.columns) > 6:

        def shown(v):
            if isinstance(v, float):
                return "" if v != v else _number_format(pd.Series([v]), float_format).format(v)
            return "" if v is None else v

        from presslens.report.render import column_label

        df = pd.DataFrame(
            {"field": [column_label(c) for c in df.columns], "value": [shown(v) for v in df.iloc[0]]}
        )
    return df


def to_latex(
    df: pd.DataFrame, *, caption: str | None = None, label: str | None = None, float_format: str = "{:.2f}"
) -> str:
    """A booktabs ``tabular`` (in a ``table`` float when ``caption`` is given) for ``df``, ready for a
    paper (``\\usepackage{booktabs,graphicx}``): a float wider than the text or taller than a page is
    scaled down to fit;
    readable headers ("source type"), whole numbers without decimals, tiny values in
    scientific notation, empty cells for missing values, long text in wrapped ``p{}`` columns
    (see :func:`paper_frame` for what is left out or turned).

    Parameters
    ----------
    df : DataFrame
        The table (index not written).
    caption : str, optional
        Caption; without it a bare ``tabular``.
    label : str, optional
        LaTeX label.
    float_format : str
        Format of float columns with decimals.

    Returns
    -------
    str
        LaTeX source.
    """
    from presslens.report.render import column_label

    df = paper_frame(df, float_format)
    formats = {c: _number_format(df[c], float_format).format for c in df.select_dtypes("float").columns}
    styler = df.style.format(precision=2, escape="latex", na_rep="", formatter=formats)
    styler = styler.hide(axis="index")
    styler = styler.format_index(lambda name: latex_escape(column_label(name)), axis=1)
    long = [
        c
        for c in df.columns
        if not pd.api.types.is_numeric_dtype(df[c]) and df[c].astype(str).str.len().max() > WRAP_AT
    ]
    # a wrapped column's width follows its longest text (0.01 of the line per character, at most
    # 50 characters' worth), all of them together at most 0.45 of the line
    need = {c: min(int(df[c].astype(str).str.len().max()), 50) * 0.01 for c in long}
    scale = min(1.0, 0.45 / sum(need.values())) if need else 1.0
    kwargs = {
        "hrules": True,
        "column_format": "".join(
            "r"
            if pd.api.types.is_numeric_dtype(df[c])
            else (f"p{{{need[c] * scale:.2f}\\linewidth}}" if c in long else "l")
            for c in df.columns
        ),
    }
    if caption:
        kwargs.update(caption=latex_escape(caption), label=label, position_float="centering")
    tex = styler.to_latex(**kwargs)
    if caption:  # wider than the text or taller than a page: scaled down to fit, never up (graphicx's
        # \\width and \\totalheight idiom; the caption keeps a tenth of the page)
        tex = tex.replace(
            "\\begin{tabular}",
            "\\resizebox*{!}{\\ifdim\\totalheight>0.9\\textheight 0.9\\textheight\\else\\totalheight\\fi}{%\n"
            "\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n\\begin{tabular}",
            1,
        )
        tex = tex.replace("\\end{tabular}\n", "\\end{tabular}}}\n", 1)
    return tex


def save_table(
    df: pd.DataFrame,
    output_dir: str | Path,
    name: str,
    *,
    caption: str | None = None,
    latex: pd.DataFrame | None = None,
) -> dict[str, Path]:
    """Write ``df`` to ``output_dir/tables/NAME.csv`` and ``NAME.tex``.

    The CSV flattens lists and dicts the way every presslens CSV does
    (:func:`presslens.export_schema.csv_cell`: JSON text); the LaTeX table,
    which is for reading, lists a list's items separated by "; ".

    Parameters
    ----------
    df : DataFrame
        The table; its index is not written (reset it first to keep it).
    output_dir : path
        The result set's root folder.
    name : str
        File stem, also the LaTeX label ``tab:NAME``.
    caption : str, optional
        LaTeX caption; without it a bare ``tabular`` is written.
    latex : DataFrame, optional
        The table to typeset when a reader needs other cells than a program (labels for keys);
        default ``df``.

    Returns
    -------
    dict
        ``{"csv": path, "tex": path}``.
    """
    folder = Path(output_dir) / "tables"
    csv_path = atomic_write_text(
        folder / f"{name}.csv", flatten_frame(df).to_csv(index=False, lineterminator="\n")
    )
    typeset = df if latex is None else latex
    tex_path = atomic_write_text(folder / f"{name}.tex", to_latex(typeset, caption=caption, label=f"tab:{name}"))
    return {"csv": csv_path, "tex": tex_path}
