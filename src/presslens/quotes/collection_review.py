"""A page to check a collection's attributions by eye: every quotation in one table, filterable.

:func:`collection_review_html` returns one self-contained HTML page (an inline script, nothing fetched
from the network): a row per quotation with its group, article, kind, speaker as written, canonical
source and its type, cue and text. A menu per group and per source type and a search box (source,
speaker or quotation) keep the rows that match; a line says how many are shown. The per-article page
(:mod:`presslens.quotes.review`) shows a quotation in its text.
"""

from __future__ import annotations

import html

import pandas as pd

#: The columns of the page, as (column of the ``quotes`` table, header).
COLUMNS = (
    ("doc", "article"),
    ("kind", "kind"),
    ("speaker", "speaker as written"),
    ("source", "source"),
    ("source_type", "source type"),
    ("cue", "cue"),
    ("text", "quotation"),
)

_STYLE = """
body { font: 14px/1.45 sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: #f4f4f4; }
td.text { font-family: Georgia, serif; max-width: 40em; }
.filters { margin: 0.5em 0 1em; display: flex; gap: 1em; flex-wrap: wrap; align-items: center; }
"""

_SCRIPT = """
const rows = Array.from(document.querySelectorAll("tbody tr"));
const group = document.getElementById("group"), type = document.getElementById("type");
const search = document.getElementById("search"), shown = document.getElementById("shown");
function apply() {
  const g = group.value, t = type.value, s = search.value.toLowerCase();
  let n = 0;
  for (const r of rows) {
    const keep = (!g || r.dataset.group === g) && (!t || r.dataset.type === t)
      && (!s || r.dataset.search.includes(s));
    r.style.display = keep ? "" : "none";
    n += keep;
  }
  shown.textContent = n + " of " + rows.length + " quotations shown";
}
for (const el of [group, type, search]) el.addEventListener("input", apply);
apply();
"""


def _cell(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _options(values, everything: str) -> str:
    out = [f'<option value="">{html.escape(everything)}</option>']
    out += [f'<option value="{html.escape(v, quote=True)}">{html.escape(v)}</option>' for v in values]
    return "".join(out)


def collection_review_html(quotes: pd.DataFrame, group_by: str | None = None, title: str = "Quotations") -> str:
    """Every quotation of a collection in one filterable table.

    Parameters
    ----------
    quotes : DataFrame
        The ``quotes`` table of a corpus run (:func:`presslens.batch.runner.analyze_corpus`), with the
        collection's metadata columns joined (``outlet``, ``date``, …).
    group_by : str, optional
        The metadata column to filter by (e.g. ``outlet``).
    title : str
        The page title.

    Returns
    -------
    str
        A self-contained HTML document.

    Examples
    --------
    >>> q = pd.DataFrame({"doc": ["a.txt"], "kind": ["direct"], "speaker": ["she"], "source": ["Jane Smith"],
    ...                   "source_type": ["person"], "cue": ["said"], "text": ["<b>We are ready</b>"],
    ...                   "outlet": ["Courier"]})
    >>> page = collection_review_html(q, "outlet")
    >>> page.count("<tr data-"), "&lt;b&gt;We are ready&lt;/b&gt;" in page
    (1, True)
    """
    groups = quotes[group_by].map(_cell) if group_by and group_by in quotes else pd.Series("", index=quotes.index)
    types = quotes["source_type"].map(_cell) if "source_type" in quotes else pd.Series("", index=quotes.index)
    headers = ([group_by] if group_by else []) + [header for _, header in COLUMNS]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    rows = []
    for i, (_, q) in enumerate(quotes.iterrows()):
        cells = [_cell(q.get(c)) for c, _h in COLUMNS]
        search = " ".join(_cell(q.get(c)) for c in ("source", "speaker", "text")).lower()
        tds = ([f"<td>{html.escape(groups.iloc[i])}</td>"] if group_by else []) + [
            f'<td class="{c}" title="{html.escape(v, quote=True)}">{html.escape(v.rsplit("/", 1)[-1])}</td>'
            if c == "doc"  # the file name (and record) shown, the whole path on hover
            else f'<td class="{c}">{html.escape(v)}</td>'
            for (c, _h), v in zip(COLUMNS, cells, strict=True)
        ]
        rows.append(
            f'<tr data-group="{html.escape(groups.iloc[i], quote=True)}" '
            f'data-type="{html.escape(types.iloc[i], quote=True)}" '
            f'data-search="{html.escape(search, quote=True)}">{"".join(tds)}</tr>'
        )
    group_menu = (
        f'<label>{html.escape(group_by)} <select id="group">'
        f"{_options(sorted(set(groups) - {''}), 'all')}</select></label>"
        if group_by
        else '<select id="group" hidden><option value=""></option></select>'
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body>\n<h1>{html.escape(title)}</h1>\n"
        f'<div class="filters">{group_menu}'
        f'<label>source type <select id="type">{_options(sorted(set(types) - {""}), "all")}</select></label>'
        '<label>search <input id="search" type="search" placeholder="source, speaker or words"></label>'
        '<span id="shown"></span></div>\n'
        f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
        f"<script>{_SCRIPT}</script>\n</body></html>\n"
    )
