"""News-aware sentence and paragraph segmentation with character offsets.

General-purpose splitters break news sentences at "U.S.", "Mr." or "Gen.";
this one splits at sentence-final punctuation only when what follows starts a
new sentence, and knows the abbreviations, initials and dotted acronyms that
news prose is full of. Sentences never cross paragraph boundaries.
"""

from __future__ import annotations

import re

from presslens.segmentation import paragraph_spans

#: Abbreviations whose full stop does not end a sentence (compared case-sensitively, no dot).
ABBREVIATIONS = frozenset(
    """
Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt Insp Det
St Mt Ft Jr Sr Inc Corp Co Ltd Bros No Nos vs Vol Fig approx est dept Jan Feb Mar Apr Jun Jul
Aug Sep Sept Oct Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich
Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo e.g i.e cf al
""".split()
)

#: Capitalised words that start a sentence; after a dotted acronym ("U.S.") they signal a boundary.
SENTENCE_STARTERS = frozenset(
    """
The A An He She It They We I You But And Or So Yet As In On At For This That These Those There
When While After Before If Although Though Because Since His Her Its Their Our My Many Some
Most Several Both Each Every No Not What Who Why How Where Still Meanwhile However Instead Others
""".split()
)

# End punctuation, optional closing quotes/brackets, whitespace, then what may open a sentence.
_CANDIDATE_RE = re.compile(r"(?P<end>[.!?…]+)(?P<close>[\"”’')\]]*)(?P<space>\s+)(?=[\"“‘'(\[]?[A-Z0-9])")
_WORD_BEFORE_RE = re.compile(r"([\w.'’-]+)$")
_NEXT_WORD_RE = re.compile(r"[\"“‘'(\[]?([A-Za-z]+)")
_ACRONYM_RE = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


def _is_boundary(text: str, m: re.Match) -> bool:
    if m.group("end") != "." or m.group("close"):
        return True  # ! ? … or a full stop inside closing quotes ends the sentence
    # search a short window before the full stop (from the text start it is quadratic)
    lo = max(0, m.start() - 64)
    before = _WORD_BEFORE_RE.search(text, lo, m.start())
    if before is not None and before.start() == lo and lo > 0:  # a longer run: widen
        before = _WORD_BEFORE_RE.search(text, 0, m.start())
    word = before.group(1) if before else ""
    nxt = _NEXT_WORD_RE.match(text, m.end())
    next_word = nxt.group(1) if nxt else ""
    if word in ABBREVIATIONS or word.lower() in {"e.g", "i.e"}:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return False
    if _ACRONYM_RE.match(word):  # "U.S." ends a sentence only before a sentence starter
        return next_word in SENTENCE_STARTERS
    return True


def sentence_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Parameters
    ----------
    text : str
        The text (for an article, :attr:`~presslens.article.Article.parse_text`,
        so offsets are file offsets).
    paragraphs : list of (int, int), optional
        Paragraph spans; sentences never cross them. Default: split at blank lines.

    Returns
    -------
    list of (int, int)
        Sentence spans, whitespace trimmed, in text order.

    Examples
    --------
    >>> t = 'Mr. J. Smith paid $3.5 million to U.S. firms. "Why?" he asked. It rose.'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. J. Smith paid $3.5 million to U.S. firms.', '"Why?" he asked.', 'It rose.']
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    spans = []
    for p_start, p_end in paragraphs:
        # Blank runs inside a paragraph (removed captions) also separate sentences.
        for chunk in re.finditer(r"\S(?:.*?\S)?(?=\s{3,}|$)", text[p_start:p_end], re.DOTALL):
            c_start, c_end = p_start + chunk.start(), p_start + chunk.end()
            start = c_start
            for m in _CANDIDATE_RE.finditer(text, c_start, c_end):
                if _is_boundary(text, m):
                    spans.append((start, m.start("space")))
                    start = m.end()
            if start < c_end:
                spans.append((start, c_end))
    return spans
