"""Find photo credits and captions that a scrape has run into the body text.

News pages put a caption and a credit under each photo ("... a leaked report.
AFP via Getty Images"); scraped text often keeps them inside the article, either
as a paragraph of their own or glued to the next paragraph ("... the Afghan
affiliate. Xinhua News Agency via Getty Images The White House declined ...").
They are not the reporter's prose, so text statistics, keywords and quotes must
not count them, but they are data: :func:`find_captions` returns them with
character offsets so they can be listed and analysed on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Photo agencies and picture desks seen in credits ("via Getty Images", "REUTERS/Name").
AGENCIES = (
    "Getty Images",
    "Getty",
    "REUTERS",
    "Reuters",
    "AP Photo",
    "AP",
    "AFP",
    "EPA-EFE",
    "EPA",
    "Shutterstock",
    "Bloomberg",
    "Xinhua",
    "Alamy",
    "NurPhoto",
    "SIPA USA",
    "Sipa USA",
    "ZUMA Wire",
    "ZUMA Press",
    "Zuma Press",
    "Polaris",
    "Redux",
    "Anadolu Agency",
    "Anadolu",
    "SOPA Images",
    "LightRocket",
    "UPI",
    "Pool",
    "TNS",
    "Newscom",
    "PA Images",
    "PA Wire",
    "Rex Features",
    "Corbis",
    "Imago",
    "dpa",
    "MediaNews Group",
    "Associated Press",
)

#: A paragraph ending in a credit is a caption of its own up to this many words; a longer one is
#: body text signed off by the agency (a story saved as one line: "... the report said. AP").
MAX_CAPTION_WORDS = 60

# Words that start a sentence of body text rather than continue a photographer's name.
_SENTENCE_STARTERS = (
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "As",
    "This",
    "That",
    "These",
    "Those",
    "When",
    "While",
    "After",
    "Before",
    "US",
    "If",
    "His",
    "Her",
    "Their",
    "Its",
    "According",
    "There",
    "For",
    "Some",
    "Many",
    "One",
    "Two",
)

_AGENCY = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
_CAP = r"(?!(?:" + "|".join(_SENTENCE_STARTERS) + r")\b)[A-Z][\w'&.\-]*"
_NAME = rf"{_CAP}(?: {_CAP}){{0,3}}"
# A credit stands at the start of a paragraph or right after a sentence end.
_AFTER_SENTENCE = r"(?:(?<=^)|(?<=[.!?\"”’)]\s)|(?<=\n))"
CREDIT_RE = re.compile(
    _AFTER_SENTENCE
    + r"(?P<credit>"
    # "AFP via Getty Images", "Xinhua News Agency via Getty Images", "via REUTERS"
    + rf"(?:{_NAME} )?via {_AGENCY}(?:/{_NAME})?"
    # "REUTERS/Jonathan Ernst", "AP Photo/Evan Vucci", "Jim Watson/AFP"
    + rf"|{_AGENCY}/{_NAME}|{_NAME}/{_AGENCY}"
    # "(AP Photo/Natacha Pisarenko)", bracketed after the caption
    + rf"|\((?:{_AGENCY}/{_NAME}|{_NAME}/{_AGENCY})\)"
    # "Photo: Jane Doe" before more text; "Photo credit: ..." to the end of a short line (not the
    # rest of a text saved as one line: that is the article)
    + rf"|(?:Photo|Image|Picture)(?: credit)?: (?:[^\n]{{1,80}}$|{_CAP}(?: {_CAP}){{1,2}}?(?:/{_AGENCY})?)"
    + r")"
    + r"(?=\s|$)",
    re.MULTILINE,
)
# A bare agency name ("... the report. Getty Images") counts only at the end of a paragraph.
BARE_CREDIT_RE = re.compile(_AFTER_SENTENCE + rf"(?P<credit>{_AGENCY})\s*$")

# A sentence boundary: end punctuation (and closing quotes) followed by space.
_BOUNDARY_RE = re.compile(r"[.!?][\"”’)]*\s+")
_ABBREV_RE = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Jr|Sr|Lt|Col|Sgt|Capt)\.)$")


@dataclass(frozen=True)
class Caption:
    """A piece of photo furniture found in the text.

    Attributes
    ----------
    kind : {"caption", "credit"}
        ``"credit"`` for the photographer/agency line, ``"caption"`` for the
        descriptive sentence(s) it belongs to.
    text : str
        The characters ``source[start:end]``.
    start, end : int
        Character offsets into the article's decoded text.
    """

    kind: str
    text: str
    start: int
    end: int


def _caption_start(paragraph: str, credit_start: int) -> int:
    """Offset in ``paragraph`` where the caption before a mid-paragraph credit begins."""
    head = paragraph[:credit_start].rstrip()
    start = 0
    for m in _BOUNDARY_RE.finditer(head):
        if m.end() >= len(head):
            break  # the full stop that closes the caption itself
        if _ABBREV_RE.search(head[: m.start() + 1]):
            continue
        start = m.end()
    return start


def find_captions(text: str, paragraphs: list[tuple[int, int]]) -> list[Caption]:
    """Find photo credits and their captions inside paragraphs.

    A credit is an agency credit ("AFP via Getty Images", "via REUTERS",
    "REUTERS/Name", "Photo: ...") that starts a paragraph or follows a sentence
    end. Its caption is

    - the whole rest of the paragraph before it when the credit ends the
      paragraph (a caption printed as a paragraph of its own) of at most
      :data:`MAX_CAPTION_WORDS` words (a longer one is a story the agency signs off: no caption), or
    - the single sentence before it when body text follows the credit in the
      same paragraph (a caption glued to the next paragraph).

    Parameters
    ----------
    text : str
        The article's decoded text.
    paragraphs : list of (int, int)
        Paragraph spans in ``text`` (see :func:`presslens.segmentation.paragraph_spans`).

    Returns
    -------
    list of Caption
        In text order; captions and credits never overlap.

    Examples
    --------
    >>> t = "A man waves. AFP via Getty Images The talks went on."
    >>> [(c.kind, c.text) for c in find_captions(t, [(0, len(t))])]
    [('caption', 'A man waves.'), ('credit', 'AFP via Getty Images')]
    """
    found: list[Caption] = []
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        matches = list(CREDIT_RE.finditer(para))
        if not matches:
            matches = list(BARE_CREDIT_RE.finditer(para))
        last_end = 0
        for m in matches:
            c_start, c_end = m.span("credit")
            at_paragraph_end = para[c_end:].strip() == ""
            cap_start = last_end if at_paragraph_end else max(last_end, _caption_start(para, c_start))
            if at_paragraph_end and len(para[cap_start:c_start].split()) > MAX_CAPTION_WORDS:
                cap_start = c_start  # a sign-off after a whole story ("... the report said. AP"): no caption
            cap_text = para[cap_start:c_start]
            lead = len(cap_text) - len(cap_text.lstrip())
            cap_text = cap_text.strip()
            if cap_text:
                s = p_start + cap_start + lead
                found.append(Caption("caption", cap_text, s, s + len(cap_text)))
            found.append(Caption("credit", m.group("credit"), p_start + c_start, p_start + c_end))
            last_end = c_end
    return found
