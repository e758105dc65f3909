"""Map extracted terms back to the characters where they occur."""

from __future__ import annotations

from spacy.tokens import Doc


def find_term_spans(doc: Doc, term: str) -> list[tuple[int, int]]:
    """Character spans of every occurrence of ``term`` in ``doc``.

    A token sequence matches when each token's lower-cased text or lemma equals
    the corresponding word of ``term`` (lower-cased), so normalised terms
    ("islamic state plot") find their surface forms ("Islamic State plots").

    Returns
    -------
    list of (int, int)
        Offsets into ``doc.text`` (file offsets for an article's ``parse_text``).
    """
    words = term.lower().split()
    if not words:
        return []
    toks = [t for t in doc if not t.is_space]
    keys = [(t.lower_, t.lemma_.lower()) for t in toks]
    spans = []
    n = len(words)
    i = 0
    while i <= len(toks) - n:
        if all(words[j] in keys[i + j] for j in range(n)):
            first, last = toks[i], toks[i + n - 1]
            spans.append((first.idx, last.idx + len(last)))
            i += n
        else:
            i += 1
    return spans
