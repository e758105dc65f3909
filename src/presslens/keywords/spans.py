"""Map extracted terms back to the characters where they occur."""

from __future__ import annotations

from spacy.tokens import Doc


def token_keys(doc: Doc) -> list[tuple[int, int, str, str]]:
    """``(start, end, lower text, lower lemma)`` of every non-space token: computed once per document."""
    return [(t.idx, t.idx + len(t), t.lower_, t.lemma_.lower()) for t in doc if not t.is_space]


def find_term_spans(doc: Doc, term: str, keys: list[tuple[int, int, str, str]] | None = None
                    ) -> list[tuple[int, int]]:
    """Character spans of every occurrence of ``term`` in ``doc``.

    A token sequence matches when each token's lower-cased text or lemma equals
    the corresponding word of ``term`` (lower-cased), so normalised terms
    ("islamic state plot") find their surface forms ("Islamic State plots").

    ``keys`` may pass the document's precomputed :func:`token_keys`.

    Returns
    -------
    list of (int, int)
        Offsets into ``doc.text`` (file offsets for an article's ``parse_text``).
    """
    words = term.lower().split()
    if not words:
        return []
    keys = token_keys(doc) if keys is None else keys
    spans = []
    n = len(words)
    i = 0
    while i <= len(keys) - n:
        if all(words[j] in keys[i + j][2:] for j in range(n)):
            spans.append((keys[i][0], keys[i + n - 1][1]))
            i += n
        else:
            i += 1
    return spans
