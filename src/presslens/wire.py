"""Wire-copy furniture: datelines, agency tags, bylines, editors' notes and reporting credits.

Agency and newspaper copy wraps the story in lines that are not the reporter's prose::

    By Denny Thomas and Fiona Lau HONG KONG (Reuters) - Glencore has got approval ...
    LOS ANGELES (AP) — Penelope Cruz has been enshrined in concrete.
    OTTAWA — The federal government ...
    (Corrects to Luna from Almodovar in paragraph 5) LOS ANGELES (Reuters) - ...
    ... (Reporting by Joseph Nasr; Writing by Marie-Louise Gumuchian; Editing by Andrew Dobbie)
    Associated Press writer Jane Doe in Paris contributed to this report.

They name places and people the story is not about: the dateline's city is where
the report was filed, the byline's and credits' names are the agency's staff.
Counted as text they put "LOS ANGELES", "AP" and the editors among an article's
key terms, places and people. :func:`find_furniture` returns them with character
offsets, like :mod:`presslens.captions` does for photo furniture; the article
reader leaves them out of the body (:class:`presslens.article.Article`) and keeps
the dateline's place as data (:attr:`presslens.article.Article.dateline`).

Only the forms the agencies' stylebooks prescribe are taken:

- a dateline is a place in capitals at the start of the story (or of the second
  line of its first paragraph, or before an agency tag), followed by a dash;
- a byline is "By" and names right before a dateline or a line break;
- an editor's note is a bracketed note that starts the story with a word of the
  agencies' correction and update notes, a label in capitals where a
  dateline goes ("EXCLUSIVE –"), or a slug before a headline ("UPDATE 1-");
- a credit names reporters or editors ("Reporting by", "contributed to this
  report") or the agency's copyright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: News agencies and syndicates whose tag follows a dateline ("(AP)", "(Reuters)", "(CP)").
AGENCY_TAGS = (
    "AP",
    "Reuters",
    "AFP",
    "CP",
    "The Canadian Press",
    "Canadian Press",
    "UPI",
    "dpa",
    "Bloomberg",
    "PA",
    "IANS",
    "PTI",
    "Xinhua",
    "ANSA",
    "EFE",
    "Kyodo",
    "Yonhap",
    "AAP",
    "TASS",
    "Interfax",
    "RNS",
    "CNS",
    "BNO",
    "MCT",
    "TNS",
    "Hollywood Reporter",
    "The Hollywood Reporter",
    "Variety",
    "HealthDay News",
    "CNN",
)
#: First words of the bracketed notes agencies put before a corrected or updated story.
NOTE_WORDS = (
    "Corrects",
    "Correcting",
    "Correction",
    "Corrected",
    "Updates",
    "Updated",
    "Updating",
    "Adds",
    "Add",
    "Adding",
    "Recasts",
    "Repeats",
    "Refiles",
    "Changes",
    "Fixes",
    "Removes",
    "Rewrites",
    "Writes through",
    "Inserts",
    "Clarifies",
)

#: Labels in capitals that some outlets put where a dateline goes ("EXCLUSIVE – Roger Stone said"):
#: furniture, but no place.
LABEL_WORDS = frozenset(
    "EXCLUSIVE BREAKING UPDATE UPDATED ANALYSIS OPINION WATCH LISTEN VIDEO PHOTOS EDITORIAL "
    "COMMENTARY REVIEW LIVE COMMENT".split()
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCY_TAGS, key=len, reverse=True)) + ")"
#: A word of a place in capitals ("LOS", "ST.", "JOHN'S", "WINSTON-SALEM"): two letters or more.
_PLACE_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
#: A state, province or country after the city, as AP writes it ("Argentina", "S.D.", "N.L.", "Calif.").
_REGION = r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}"
_DASH = r"(?:[—–―]|-{1,2}|_)"
#: The dateline proper: the place, a region, a date, an agency tag, a dash. Used after a line start
#: (the dash required) or anywhere before an agency tag and a dash.
DATELINE_RE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}})"
    rf"(?:, (?P<region>{_REGION}))?"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}))?"
    rf"(?: ?\((?P<agency>{_AGENCY})\)(?: ?{_DASH})?| ?{_DASH})(?= )"
)
#: A dateline written in title case, as AFP's English service does ("Washington (AFP) –"): only with
#: an agency tag and a dash, at the start of a paragraph.
TITLED_DATELINE_RE = re.compile(
    rf"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})"
    rf"(?:, (?P<region>{_REGION}))?"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}))?"
    rf" ?\((?P<agency>{_AGENCY})\) ?{_DASH}(?= )"
)
_NAME = r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,3}?"
#: "By NAME" (and more names) before a dateline or the end of its line.
BYLINE_RE = re.compile(
    rf"By (?P<names>{_NAME}(?:(?:,| and|, and) {_NAME})*)"
    r"(?:(?:, | *\n)(?:The )?(?:Associated Press|Canadian Press|Reuters|AFP|Bloomberg|Postmedia News)"
    r"(?: (?:Writers?|Reporters?|Correspondents?|Staff))?)?"
    rf"(?= *(?:\n|$)| (?:{DATELINE_RE.pattern}))",
)
#: Reuters's slugs before a headline ("UPDATE 1-Bank of America ...", "WRAPUP 3-Fitch says ...").
SLUG_RE = re.compile(
    r"(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|PREVIEW|TIMELINE|BRIEF)"
    r"(?: \d+)?-(?=[A-Z\d])"
)
NOTE_RE = re.compile(r"\((?:" + "|".join(NOTE_WORDS) + r")\b[^()\n]{0,300}\)")
_AGENCY_TAG_RE = re.compile(rf"\((?:{_AGENCY})\)")
#: Reporting credits, bracketed anywhere or as a paragraph of their own.
CREDIT_RE = re.compile(
    r"\((?:(?:Additional|Further) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Pp]roduced)"
    r" by\b[^()]{0,400}\)"
    r"|^(?:(?:Additional|Further) )?(?:Reporting|Writing|Editing|Compiled|Edited) by\b[^\n]{0,400}$"
    r"|^(?:The )?(?:Associated Press|AP|Canadian Press|Reuters)\b[^\n]{0,300}?\bcontributed\b[^\n]{0,80}$"
    r"|^(?:Copyright|©|\([Cc]\)) ?(?:©|\([Cc]\))? ?\d{4}\b[^\n]{0,300}$",
    re.MULTILINE,
)
#: How many paragraphs from the top a dateline or byline may stand in (a byline and a note of their
#: own come first).
LEAD_PARAGRAPHS = 3


@dataclass(frozen=True)
class Furniture:
    """A piece of wire-copy furniture found in the text.

    Attributes
    ----------
    kind : {"dateline", "byline", "note", "agency", "credit"}
        ``"note"`` is an editor's note, a label or a slug.
        ``"agency"`` is an agency tag outside a dateline, closing a line or before the dateline
        ("Star gets award (AP) LOS ANGELES (AP) —").
    text : str
        The characters ``source[start:end]``.
    start, end : int
        Character offsets into the article's decoded text.
    place : str or None
        A dateline's place as written ("BUENOS AIRES, Argentina").
    names : str or None
        A byline's names as written ("Denny Thomas and Fiona Lau").
    """

    kind: str
    text: str
    start: int
    end: int
    place: str | None = None
    names: str | None = None


def _lead(text: str, start: int, end: int, found: list[Furniture]) -> bool:
    """Take the furniture at ``text[start:end]``'s start (note, byline, dateline, in any order);
    whether anything was taken."""
    pos = start
    took = False
    while pos < end:
        while pos < end and text[pos] in " \t":
            pos += 1
        for kind, pattern in (
            ("note", SLUG_RE),
            ("note", NOTE_RE),
            ("byline", BYLINE_RE),
            ("dateline", DATELINE_RE),
            ("dateline", TITLED_DATELINE_RE),
        ):
            m = pattern.match(text, pos, end)
            if m and (kind != "dateline" or _is_dateline(m)):
                if kind == "dateline" and m.group("place") in LABEL_WORDS and not m.group("region"):
                    kind = "note"  # "EXCLUSIVE –"
                place = _place(m) if kind == "dateline" else None
                names = m.group("names") if kind == "byline" else None
                found.append(Furniture(kind, m.group(0), m.start(), m.end(), place, names))
                pos = m.end()
                took = True
                break
        else:
            return took
    return took


def _is_dateline(m: re.Match) -> bool:
    """A place in capitals and a dash is a dateline with an agency tag or a date, or when the place
    has three letters or more and the lede after the dash starts with a capital ("OTTAWA — The
    government"; not "NATO - the alliance", not "US — ")."""
    if m.group("agency") or m.group("date"):
        return True
    letters = sum(c.isalpha() for c in m.group("place"))
    after = m.string[m.end() : m.end() + 3].lstrip(" ")
    return letters >= 3 and after[:1].isupper()


def _place(m: re.Match) -> str:
    return m.group("place") + (f", {m.group('region')}" if m.group("region") else "")


def find_furniture(text: str, paragraphs: list[tuple[int, int]]) -> list[Furniture]:
    """Find datelines, bylines, editors' notes, agency tags and reporting credits.

    Parameters
    ----------
    text : str
        The article's decoded text.
    paragraphs : list of (int, int)
        The body's paragraph spans (after the header, headline and captions).

    Returns
    -------
    list of Furniture
        In text order, never overlapping.

    Examples
    --------
    >>> t = "LOS ANGELES (AP) — Penelope Cruz has a star."
    >>> [(f.kind, f.text, f.place) for f in find_furniture(t, [(0, len(t))])]
    [('dateline', 'LOS ANGELES (AP) —', 'LOS ANGELES')]
    """
    found: list[Furniture] = []
    in_lead = True
    for i, (p_start, p_end) in enumerate(paragraphs):
        if in_lead and i < LEAD_PARAGRAPHS:
            # the story's top: the paragraph's start, or its second line (after a headline run into it)
            second = text.find("\n", p_start, p_end)
            took = _lead(text, p_start, p_end, found)
            if second != -1 and (not took or found[-1].end <= second):
                took = _lead(text, second + 1, p_end, found) or took
            if not took:
                # run into a paragraph after a caption: "... 2011. (AP Photo/X) BUENOS AIRES (AP) - Canadian"
                _tagged_dateline(text, p_start, p_end, found)
            pieces = [f for f in found if p_start <= f.start < p_end]
            left = text[p_start:p_end]
            for f in reversed(pieces):
                left = left[: f.start - p_start] + left[f.end - p_start :]
            # a byline or note of its own, or a title line the reader left in the body ("Clinton swipes
            # at Trump over Brexit."): the top goes on
            title_line = i == 0 and not pieces and "\n" not in left.strip() and len(left.split()) <= 20
            in_lead = (bool(pieces) and not left.strip()) or title_line
        for m in CREDIT_RE.finditer(text, p_start, p_end):
            if not _overlaps(found, m):
                found.append(Furniture("credit", m.group(0), m.start(), m.end()))
        for m in _AGENCY_TAG_RE.finditer(text, p_start, p_end):
            # a tag closing a line or before the dateline ("... Fame star (AP) LOS ANGELES (AP) —"); not
            # one spelling out a name ("the Palestinian Authority (PA) was")
            nxt = p_end - len(text[m.end() : p_end].lstrip(" "))
            closes = (
                nxt == p_end or text[nxt] == "\n" or any(f.kind == "dateline" and f.start == nxt for f in found)
            )
            if closes and not _overlaps(found, m):
                found.append(Furniture("agency", m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _overlaps(found: list[Furniture], m: re.Match) -> bool:
    """Whether a match overlaps furniture already found."""
    return any(f.start < m.end() and m.start() < f.end for f in found)


def _tagged_dateline(text: str, start: int, end: int, found: list[Furniture]) -> None:
    """A dateline with an agency tag inside the paragraph, after a sentence end."""
    for m in DATELINE_RE.finditer(text, start, end):
        if m.group("agency") and (m.start() == start or text[m.start() - 2 : m.start()].rstrip()[-1:] in '.)"”'):
            found.append(Furniture("dateline", m.group(0), m.start(), m.end(), _place(m)))
            return
