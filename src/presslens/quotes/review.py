"""A page to check every attribution by eye: the article with quotations, cues and speakers marked.

:func:`review_html` returns one self-contained HTML page (no scripts, no
network): the whole file with each quotation's content shaded by kind, its
cue in bold, its speaker outlined, and the canonical source on hover and in
the numbered table below, so a researcher can check each attribution against
the text. Header, captions and credits are shown greyed, as they are not
analysed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from presslens.article import Article, segments
from presslens.quotes.extract import Quote

#: Background of a quotation's content per kind.
KIND_COLOURS = {"direct": "#cfe8ff", "mixed": "#e3d7ff", "indirect": "#fff1b8", "continuation": "#d9f2d0"}

_STYLE = """
body { font: 16px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; color: #222; }
.text { white-space: pre-wrap; }
.skip { color: #999; }
.cue { font-weight: bold; text-decoration: underline; }
.speaker { outline: 2px solid #c0392b; border-radius: 2px; }
sup { color: #c0392b; font-size: 0.7em; }
table { border-collapse: collapse; font: 14px/1.4 sans-serif; margin-top: 2em; }
td, th { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.legend span { padding: 0 0.4em; margin-right: 0.6em; }
"""


def _intervals(article: Article, quotes: Sequence[Quote]) -> list[tuple[int, int, str, str]]:
    out = [(p["start"], p["end"], "skip", p["kind"]) for p in segments(article) if p["kind"] != "body"]
    for n, q in enumerate(quotes, 1):
        label = f"[{n}] {q.kind}; source: {q.source or 'none found'} ({q.source_type})"
        out.append((q.start, q.end, f"kind-{q.kind}", label))
        if q.cue is not None:
            out.append((q.cue.start, q.cue.end, "cue", f"[{n}] cue"))
        if q.speaker is not None:
            out.append((q.speaker.start, q.speaker.end, "speaker", f"[{n}] speaker: {q.speaker.text}"))
    return out


def review_html(article: Article, quotes: Sequence[Quote], title: str | None = None) -> str:
    """The article with every quotation, cue and speaker marked, as one HTML page.

    Parameters
    ----------
    article : Article
        The article the quotations were found in (offsets index its text).
    quotes : sequence of Quote
        Its quotations (:func:`presslens.quotes.find_quotes`).
    title : str, optional
        The page title (default: the article's title or path).

    Returns
    -------
    str
        A self-contained HTML document.
    """
    text = article.text
    intervals = _intervals(article, quotes)
    bounds = sorted({0, len(text), *(s for s, _, _, _ in intervals), *(e for _, e, _, _ in intervals)})
    starts_of: dict[int, list[int]] = {}
    for n, q in enumerate(quotes, 1):
        starts_of.setdefault(q.start, []).append(n)
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a >= b:
            continue
        covering = [iv for iv in intervals if iv[0] <= a and b <= iv[1]]
        numbers = "".join(f"<sup>{n}</sup>" for n in starts_of.get(a, []))
        chunk = html.escape(text[a:b])
        if not covering:
            pieces.append(numbers + chunk)
            continue
        classes = " ".join(sorted({c for _, _, c, _ in covering}))
        tip = html.escape(" | ".join(label for _, _, _, label in covering), quote=True)
        pieces.append(f'{numbers}<span class="{classes}" title="{tip}">{chunk}</span>')
    style = _STYLE + "".join(f".kind-{k} {{ background: {c}; }}\n" for k, c in KIND_COLOURS.items())
    legend = "".join(f'<span class="kind-{k}">{k}</span>' for k in KIND_COLOURS)
    rows = "".join(
        f"<tr><td>{n}</td><td>{html.escape(q.kind)}</td><td>{html.escape(q.source or '')}</td>"
        f"<td>{html.escape(q.source_type)}</td><td>{html.escape(q.cue.text if q.cue else '')}</td>"
        f"<td>{html.escape(q.speaker.text if q.speaker else '')}</td>"
        f"<td>{html.escape(q.text[:160] + ('…' if len(q.text) > 160 else ''))}</td></tr>"
        for n, q in enumerate(quotes, 1)
    )
    page_title = html.escape(title or article.title or article.path)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Quotations: {page_title}</title><style>{style}</style></head><body>\n"
        f"<h1>Quotations in {page_title}</h1>\n"
        f'<p class="legend">Content by kind: {legend} <span class="cue">cue</span> '
        '<span class="speaker">speaker</span> <span class="skip">not analysed (header, captions)</span>; '
        "hover for the source.</p>\n"
        f'<div class="text">{"".join(pieces)}</div>\n'
        "<table><tr><th>#</th><th>kind</th><th>source</th><th>type</th><th>cue</th><th>speaker</th>"
        f"<th>content</th></tr>{rows}</table>\n</body></html>\n"
    )


def save_review(article: Article, quotes: Sequence[Quote], output_dir, name: str = "quotes") -> str:
    """Write :func:`review_html` to ``output_dir/NAME.html``; return the page.

    Parameters
    ----------
    article : Article
    quotes : sequence of Quote
    output_dir : str or Path
        The result folder.
    name : str
        The file's stem.

    Returns
    -------
    str
        The HTML page written.
    """
    from pathlib import Path

    from presslens.output import atomic_write_text

    page = review_html(article, quotes)
    atomic_write_text(Path(output_dir) / f"{name}.html", page)
    return page


def as_iframe(page: str, height: int = 600) -> str:
    """``page`` inside an ``<iframe srcdoc>``, to show it in a notebook without its styles leaking out.

    Parameters
    ----------
    page : str
        A whole HTML page.
    height : int
        Pixels.

    Returns
    -------
    str
    """
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;'
        'border:1px solid #ddd"></iframe>'
    )


@dataclass(frozen=True)
class ReviewFrame:
    """A review page that Jupyter shows in a frame (the last expression of a cell, or ``display``)."""

    page: str
    height: int = 600

    def _repr_html_(self) -> str:
        return as_iframe(self.page, self.height)
