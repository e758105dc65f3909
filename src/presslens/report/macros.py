"""``macros.tex``: every scalar of ``values.json`` as a LaTeX macro a paper can ``\\input``.

Names: ``\\pl`` + the section and key in CamelCase, digits spelled out
(LaTeX macro names take letters only): ``quotes.n_direct`` → ``\\plQuotesNDirect``,
``text_stats.n_sentences_over_30_words`` → ``\\plTextStatsNSentencesOverThreeZeroWords``.
Floats are written with two decimals; each macro is preceded by a comment
naming its ``values.json`` path.
"""

from __future__ import annotations

from presslens.latex import latex_escape

DIGITS = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")


def macro_name(section: str, key: str) -> str:
    """``("quotes", "n_direct")`` → ``"plQuotesNDirect"``.

    Parameters
    ----------
    section : str
        A section of the values.
    key : str
        A key in it.

    Returns
    -------
    str
    """
    words = f"{section}_{key}".replace("-", "_").split("_")
    name = "".join(w[:1].upper() + w[1:] for w in words if w)
    return "pl" + "".join(DIGITS[int(c)] if c.isdigit() else c for c in name if c.isalnum())


def render_macros(values: dict) -> str:
    """The text of ``macros.tex`` for a values dict (sections of scalars; lists and dicts skipped)."""
    lines = ["% presslens result macros: \\input{macros.tex}; generated from values.json, do not edit."]
    for section in sorted(values):
        content = values[section]
        if not isinstance(content, dict):
            continue
        for key in sorted(content):
            v = content[key]
            if isinstance(v, bool) or v is None or isinstance(v, (list, dict)):
                continue
            text = f"{v:.2f}" if isinstance(v, float) else latex_escape(str(v))
            lines.append(f"% {section}.{key}")
            lines.append(f"\\newcommand{{\\{macro_name(section, key)}}}{{{text}}}")
    return "\n".join(lines) + "\n"
