"""Find quoted passages from quotation marks, tolerating unbalanced and nested marks.

Straight (``"``) and curly (``“ ”``) double quotes delimit quotations; single
quotes (``‘ ’``) are treated as nested quotes and never open a quotation of
their own. Nothing here raises on odd marks:

- a quotation still open at the end of a paragraph is closed there (news
  style omits the closing mark when a quotation runs on into the next
  paragraph, which then opens with a new mark); such pieces are *chained*;
- a closing mark with no opener closes a quotation that began at the start
  of the paragraph;
- an opening mark while a quotation is open closes the open one just before it;
  when it stands at the start of a sentence, the open quotation goes on in it
  (the multi-paragraph convention with the paragraph break lost: ``“Steven is
  above money. He is the future. “It doesn't matter …”``), so both pieces
  share a chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from presslens.segmentation import paragraph_spans

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'


@dataclass(frozen=True)
class QuoteMarkSpan:
    """A passage between quotation marks.

    Attributes
    ----------
    start, end : int
        Offsets of the passage *including* its quote marks (where present).
    chain : int
        Pieces of one quotation that runs over several paragraphs share a chain number.
    balanced : bool
        Whether both marks were found.
    """

    start: int
    end: int
    chain: int
    balanced: bool


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-/:;,"


def find_quote_marks(text: str) -> list[QuoteMarkSpan]:
    """Quoted passages of ``text`` in order (see the module docstring for the rules).

    Examples
    --------
    >>> t = 'He said "yes," and left. “Odd” ones” too.'
    >>> [t[q.start:q.end] for q in find_quote_marks(t)]
    ['"yes,"', '“Odd”']
    """
    spans: list[QuoteMarkSpan] = []
    chain = -1
    prev_open_at_end = False
    for p_start, p_end in paragraph_spans(text):
        open_at: int | None = None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch in OPENERS or (
                ch == STRAIGHT
                and _is_opening_straight(text, i)
                and (open_at is None or i + 1 < p_end and not text[i + 1].isspace() and text[i - 1 : i].isspace())
            ):
                continues = False
                if open_at is not None:  # missing closer: close before this opener
                    spans.append(QuoteMarkSpan(open_at, _rstrip(text, open_at, i), chain, False))
                    continues = _sentence_start(text, open_at, i)
                if not (prev_open_at_end and i == p_start) and not continues:
                    chain += 1
                open_at = i
            elif ch in CLOSERS or ch == STRAIGHT:
                if open_at is None:  # closer without opener: quote from paragraph start
                    if not spans or spans[-1].end <= p_start:
                        chain += 1
                        spans.append(QuoteMarkSpan(p_start, i + 1, chain, False))
                    continue
                spans.append(QuoteMarkSpan(open_at, i + 1, chain, True))
                open_at = None
        if open_at is not None:
            spans.append(QuoteMarkSpan(open_at, _rstrip(text, open_at, p_end), chain, False))
            prev_open_at_end = True
        else:
            prev_open_at_end = False
    return spans


def _sentence_start(text: str, open_at: int, i: int) -> bool:
    """Whether the opener at ``i`` starts a new sentence of the quotation opened at ``open_at``."""
    before = text[open_at + 1 : i].rstrip()
    return len(before.split()) >= 2 and before[-1:] in ".!?" and text[i - 1 : i].isspace()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
