"""Plain text typeset as written in LaTeX: the one escaping of the LaTeX tables and ``macros.tex``."""

from __future__ import annotations

#: LaTeX's special characters and what typesets each as itself.
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


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
