"""Text segmentation below the article: paragraphs, split at blank lines.

Used by the article reader (body and captions), the sentence splitter, the
counts and the quote-mark scanner; it depends on nothing else in presslens.
"""

from __future__ import annotations

import re

#: A blank line, with any line ending (``\n``, ``\r\n`` or a lone ``\r`` of old Mac files).
_NEWLINE = r"(?:\r\n|\n|\r(?!\n))"
_PARAGRAPH_BREAK_RE = re.compile(_NEWLINE + r"[ \t]*" + _NEWLINE)


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text[start:]``, split at blank lines, whitespace trimmed.

    Parameters
    ----------
    text : str
        The text.
    start : int
        Where to start (e.g. after a header).

    Returns
    -------
    list of (int, int)
        Character spans into ``text``.
    """
    spans = []
    pos = start
    for m in [*_PARAGRAPH_BREAK_RE.finditer(text, start), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + len(chunk.rstrip())))
        pos = m.end() if m else len(text)
    return spans
