"""Save result tables as CSV and LaTeX (booktabs), the two forms a paper cites."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.export_schema import flatten_frame
from presslens.output import atomic_write_text


def _listed(value):
    if hasattr(value, "tolist"):  # a NumPy array (a table read from Parquet)
        value = value.tolist()
    return "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else value


def to_latex(df: pd.DataFrame, *, caption: str | None = None, label: str | None = None,
             float_format: str = "{:.2f}") -> str:
    """A booktabs ``tabular`` (in a ``table`` float when ``caption`` is given) for ``df``.

    Parameters
    ----------
    df : DataFrame
        The table (index not written).
    caption : str, optional
        Caption; without it a bare ``tabular``.
    label : str, optional
        LaTeX label.
    float_format : str
        Format of float columns.

    Returns
    -------
    str
        LaTeX source.
    """
    df = df.assign(**{c: df[c].map(_listed) for c in df.columns if df[c].dtype == object})
    styler = df.style.format(precision=2, escape="latex", na_rep="", formatter={
        c: float_format.format for c in df.select_dtypes("float").columns})
    styler = styler.hide(axis="index")
    styler = styler.format_index(escape="latex", axis=1)
    kwargs = {"hrules": True, "column_format": "".join(
        "r" if pd.api.types.is_numeric_dtype(df[c]) else "l" for c in df.columns)}
    if caption:
        kwargs.update(caption=latex_escape(caption), label=label, position_float="centering")
    return styler.to_latex(**kwargs)


#: LaTeX's special characters and what typesets each as itself.
_LATEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                  "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def latex_escape(text: str) -> str:
    """Text typeset as written in LaTeX (a caption naming "R&D", "50%" or "n_quotes").

    Parameters
    ----------
    text : str
        Plain text.

    Returns
    -------
    str

    Examples
    --------
    >>> print(latex_escape("R&D up 50% in n_quotes {a}"))
    R\\&D up 50\\% in n\\_quotes \\{a\\}
    """
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in text)


def save_table(df: pd.DataFrame, output_dir: str | Path, name: str, *,
               caption: str | None = None) -> dict[str, Path]:
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

    Returns
    -------
    dict
        ``{"csv": path, "tex": path}``.
    """
    folder = Path(output_dir) / "tables"
    csv_path = atomic_write_text(folder / f"{name}.csv",
                                 flatten_frame(df).to_csv(index=False, lineterminator="\n"))
    tex_path = atomic_write_text(folder / f"{name}.tex",
                                 to_latex(df, caption=caption, label=f"tab:{name}"))
    return {"csv": csv_path, "tex": tex_path}
