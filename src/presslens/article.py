"""The :class:`Article` record and loading one article from a plain-text file.

An article keeps the file's decoded text untouched; everything else (header,
body paragraphs, photo captions and credits) is described by character offsets
into that text, so every later result can point back to the exact source
characters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from presslens.captions import Caption, find_captions
from presslens.decoding import decode_bytes
from presslens.errors import InputError, os_reason, printable_path
from presslens.segmentation import paragraph_spans
from presslens.text_checks import clean_invisible, join_wrapped_lines, text_warnings
from presslens.wire import Furniture, find_furniture

#: Header keys recognised in ``key value`` / ``key: value`` lines at the top of a file.
HEADER_KEYS = ("date", "title", "source", "url", "author", "byline", "publisher", "outlet", "section")
#: Metadata fields naming the outlet, in order of preference (see :attr:`Article.outlet`).
OUTLET_KEYS = ("outlet", "publisher", "source")
_HEADER_RE = re.compile(
    r"^[ \t]*(?P<key>" + "|".join(HEADER_KEYS) + r")[ \t]*[:\t ][ \t]*(?P<value>\S[^\n]*?)[ \t]*$",
    re.IGNORECASE,
)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d.%m.%Y")


class InputWarning(UserWarning):
    """Something about an input was unusual, but processing goes on."""


class NoDateWarning(InputWarning):
    """The text has no date header (a corpus run reports these as one count)."""


#: A headline: at most this many words, on one line of its own, without final punctuation.
MAX_HEADLINE_WORDS = 20
#: A headline may share its paragraph with the story when the line after it is this long or more
#: (a story saved as one line), and at least twice as long as the headline.
HEADLINE_BODY_CHARS = 200
_SENTENCE_END = tuple(".!…:;,")
_CLOSING_QUOTES = "\"”’'"

#: Longest run of punctuation and symbols passed to the parser (see :attr:`Article.parse_text`).
MAX_CHARACTER_RUN = 16
#: A longer run of signs ("=====…", ".!.!.!…", "_____"): letters and digits are never cut (the
#: tokenizer is fast on them, and names stay as written).
_LONG_RUN = re.compile(r"((?:[^\w\s]|_){" + str(MAX_CHARACTER_RUN) + r"})(?:[^\w\s]|_)+")


@dataclass(frozen=True)
class Article:
    """One news article, its text and where each part of it lies.

    Attributes
    ----------
    id : str
        Short identifier (the file stem, or the record id inside a corpus file).
    path : str
        Where the text came from (``file`` or ``file#record``); used as ``doc`` in outputs.
    text : str
        The decoded source text, exactly as in the file. All offsets index into it.
    sha256 : str
        SHA-256 of the source bytes (of the UTF-8 text for records from JSONL/CSV).
    date : datetime.date or None
        From a ``date`` header line; ``None`` when the file has none.
    title : str or None
        From a ``title`` header line, else the headline (see :attr:`title_source`); ``None`` when
        the file has neither.
    title_source : str or None
        ``"header"``, ``"metadata"`` (a corpus record's ``title`` column), ``"headline"``
        (the first line, see :func:`find_headline`) or ``None``.
    title_span : (int, int) or None
        The headline in :attr:`text` (not part of the body); ``None`` for a header title.
    header : dict
        Every recognised header line, key to value.
    metadata : dict
        Every metadata field, key to value: the header lines, and for records of a
        JSONL/CSV corpus every other column (``outlet``, ``date``, ``author``…);
        record columns win over header lines of the same name.
    header_span : (int, int) or None
        The header block in :attr:`text`.
    body_spans : tuple of (int, int)
        Body paragraphs (captions, credits and wire furniture removed) as spans in :attr:`text`.
    captions : tuple of Caption
        Photo captions and credits found in the text, kept as data.
    furniture : tuple of Furniture
        Wire-copy furniture found in the text, kept as data: datelines, bylines, editors' notes,
        agency tags, reporting credits (:func:`presslens.wire.find_furniture`).
    encoding : str
        The codec the bytes were decoded with.
    warnings : tuple of str
        What is unusual about the input (bad bytes replaced, HTML markup, probably
        not English, invisible characters); also issued as :class:`InputWarning`.
    """

    id: str
    path: str
    text: str
    sha256: str
    date: dt.date | None = None
    title: str | None = None
    header: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    metadata: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    header_span: tuple[int, int] | None = None
    title_source: str | None = None
    title_span: tuple[int, int] | None = None
    body_spans: tuple[tuple[int, int], ...] = ()
    captions: tuple[Caption, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def outlet(self) -> str | None:
        """The outlet from the metadata (``outlet``, else ``publisher``, else ``source``), or None."""
        return next((self.metadata[k] for k in OUTLET_KEYS if self.metadata.get(k)), None)

    @property
    def dateline(self) -> str | None:
        """The place of the story's dateline as written ("LOS ANGELES", "RAPID CITY, S.D."), or None."""
        return next((f.place for f in self.furniture if f.kind == "dateline"), None)

    @property
    def byline(self) -> str | None:
        """The names of the story's byline as written ("Denny Thomas and Fiona Lau"), or None."""
        return next((f.names for f in self.furniture if f.kind == "byline"), None)

    @property
    def body(self) -> str:
        """Body text for reading: the body paragraphs joined by blank lines."""
        return "\n\n".join(self.text[s:e] for s, e in self.body_spans)

    @cached_property
    def parse_text(self) -> str:
        """The text to parse: :attr:`text` with all non-body characters blanked.

        Header, captions, credits and wire furniture are replaced by spaces (newlines are kept),
        so the string has the same length as :attr:`text` and a character offset
        in a parsed document *is* the offset in the source file. A run of
        punctuation, symbols or underscores longer than :data:`MAX_CHARACTER_RUN`
        ("=====…", a divider of 20,000 signs; ".!.!.!…") is cut to that length the
        same way: the tokenizer's time grows with the square of such a run. Zero-width, format and
        control characters are taken out of the words they sit in
        (:func:`presslens.text_checks.clean_invisible`), and the line breaks of
        hard-wrapped copy inside a sentence become spaces
        (:func:`presslens.text_checks.join_wrapped_lines`).
        """
        chars = [c if c in "\n\r" else " " for c in self.text]
        for s, e in self.body_spans:
            chars[s:e] = self.text[s:e]
        text = _LONG_RUN.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - MAX_CHARACTER_RUN), "".join(chars))
        return join_wrapped_lines(clean_invisible(text))


def parse_header(text: str) -> tuple[dict[str, str], tuple[int, int] | None]:
    """Read ``key value`` header lines at the top of the text.

    Returns the header fields (keys lower-cased) and the span of the header
    block, or ``({}, None)`` when the first non-blank line is not a header line.
    """
    header: dict[str, str] = {}
    span_start = span_end = None
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if header:
                break
            pos += len(line)
            continue
        m = _HEADER_RE.match(line.rstrip("\r\n"))
        if not m:
            break
        header.setdefault(m.group("key").lower(), m.group("value"))
        if span_start is None:
            span_start = pos
        span_end = pos + len(line.rstrip("\r\n"))
        pos += len(line)
    if not header or span_start is None or span_end is None:
        return {}, None
    return header, (span_start, span_end)


def find_headline(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a headline at the top of the body, or None.

    A headline is a first paragraph of one short line (at most
    :data:`MAX_HEADLINE_WORDS` words) that does not end like a statement (no
    final full stop, ``!``, colon, semicolon or comma before any closing quote;
    a question mark is allowed: "Could rivalry overshadow election?"), followed
    by a blank line and more text — the layout of files saved from news sites
    and of the BBC corpus ("Ad sales boost Time Warner profit") — or the first
    line of a first paragraph whose next line is a whole story on one line
    (:data:`HEADLINE_BODY_CHARS` characters or more, at least twice the headline's).

    Parameters
    ----------
    text : str
        The article text.
    paragraphs : list of (int, int)
        The paragraph spans after the header.

    Returns
    -------
    (int, int) or None
    """
    if not paragraphs:
        return None
    s, e = paragraphs[0]
    line = text[s:e]
    if "\n" in line or "\r" in line:
        # a headline on a line of its own above a story saved as one long line ("Glencore gets HK
        # nod for planned IPO\nHONG KONG (Reuters) - Glencore ..."), not a hard-wrapped first line
        # (every line of wrapped copy is about as long)
        first, _, rest = line.replace("\r\n", "\n").replace("\r", "\n").partition("\n")
        second = rest.split("\n", 1)[0].strip()
        if len(second) < max(HEADLINE_BODY_CHARS, 2 * len(first)) or not _headline_like(first):
            return None
        return s, s + len(first.rstrip())
    if len(paragraphs) < 2 or not _headline_like(line):
        return None
    return s, e


def _headline_like(line: str) -> bool:
    """A short line that does not end like a statement (see :func:`find_headline`)."""
    words = line.split()
    return (
        not line.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END)
        and 0 < len(words) <= MAX_HEADLINE_WORDS
        and any(c.isalpha() for c in line)
    )


def parse_date(value: str | None, path: str | Path = "", dayfirst: bool | None = None) -> dt.date | None:
    """Parse a header date (ISO 8601 first, then common forms); warn and return None if unreadable.

    Forms other than ISO are read with dateutil ("Mar 3, 2024", "5 Mar 2024", RSS dates); a numeric
    date whose day and month could be swapped ("05/02/2024") is not guessed unless ``dayfirst`` says
    how the source writes dates: a warning names it. A month without a day ("March 2024") is read as
    the month's first day.

    Parameters
    ----------
    value : str or None
        The header's date field.
    path : path
        The file, named in the warning.
    dayfirst : bool, optional
        How the source writes numeric dates: ``True`` day first (05/02/2024 is 5 February),
        ``False`` month first (May 2); ``None`` (default) leaves an ambiguous one unread.

    Returns
    -------
    datetime.date or None
        None when there is no date or it cannot be read.

    Examples
    --------
    >>> parse_date("05/02/2024", dayfirst=True), parse_date("05/02/2024", dayfirst=False)
    (datetime.date(2024, 2, 5), datetime.date(2024, 5, 2))
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    numeric = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\s*", value)
    if (
        dayfirst is None
        and numeric
        and int(numeric.group(1)) <= 12
        and int(numeric.group(2)) <= 12
        and numeric.group(1) != numeric.group(2)
    ):
        warnings.warn(
            f"{path}: ambiguous date {value!r} (day/month or month/day?), date set to None; "
            "write it as YYYY-MM-DD",
            InputWarning,
            stacklevel=2,
        )
        return None
    from dateutil import parser as dateparser

    try:  # "Mar 3, 2024", "5 Mar 2024", RSS "Tue, 05 Mar 2024 10:00:00 GMT", "25/12/2024"
        return dateparser.parse(
            value,
            dayfirst=bool(numeric and int(numeric.group(1)) > 12) if dayfirst is None else dayfirst,
            default=dt.datetime(1, 1, 1),
        ).date()
    except (ValueError, OverflowError):
        pass
    warnings.warn(f"{path}: unreadable date {value!r}, date set to None", InputWarning, stacklevel=2)
    return None


def article_from_text(
    text: str,
    path: str,
    *,
    id: str | None = None,
    sha256: str | None = None,
    encoding: str = "utf-8",
    notes: tuple[str, ...] = (),
    headline: bool = True,
    metadata: Mapping[str, object] | None = None,
    dayfirst: bool | None = None,
) -> Article:
    """Build an :class:`Article` from decoded text.

    Parameters
    ----------
    text : str
        The decoded text, header included.
    path : str
        Where it came from (``doc`` in outputs).
    id : str, optional
        Defaults to the stem of ``path``.
    sha256 : str, optional
        Checksum of the source bytes; defaults to the SHA-256 of ``text`` in UTF-8.
    encoding : str
        The codec the text was decoded with.
    notes : tuple of str
        Warnings from reading the text (bad bytes); the checks of
        :func:`presslens.text_checks.text_warnings` are added to them.
    headline : bool
        When the header has no ``title``, take a headline in the first line as the
        title and leave it out of the body (:func:`find_headline`); ``False``
        analyses the first line as body text.
    metadata : dict, optional
        Fields from outside the text (a corpus record's other columns); with the
        header lines they make :attr:`Article.metadata`, and their ``date`` and
        ``title`` count like header lines.
    dayfirst : bool, optional
        How the source writes numeric dates (see :func:`parse_date`).

    Returns
    -------
    Article
    """
    if not text.strip():
        raise InputError(path, "empty text (no text to analyse)")
    header, header_span = parse_header(text)
    fields = {
        **header,
        **{
            str(k).strip().lower(): str(v).strip()
            for k, v in (metadata or {}).items()
            if v is not None and str(v).strip()
        },
    }
    if "date" not in fields:
        warnings.warn(f"{path}: no date header, date set to None", NoDateWarning, stacklevel=2)
    paragraphs = paragraph_spans(text, header_span[1] if header_span else 0)
    title, title_span = fields.get("title"), None
    title_source = None if title is None else "header" if header.get("title") == title else "metadata"
    if title is None and headline and (title_span := find_headline(text, paragraphs)) is not None:
        title, title_source = text[title_span[0] : title_span[1]], "headline"
        paragraphs = _subtract(paragraphs, [title_span], text)
    captions = find_captions(text, paragraphs)
    without_captions = _subtract(paragraphs, [(c.start, c.end) for c in captions], text)
    furniture = find_furniture(text, without_captions)
    body_spans = _subtract(without_captions, [(f.start, f.end) for f in furniture], text)
    if not body_spans:
        raise InputError(path, "no body text after removing the header and captions")
    found = (*notes, *text_warnings(text, "\n\n".join(text[s:e] for s, e in body_spans)))
    for note in found:
        warnings.warn(f"{path}: {note}", InputWarning, stacklevel=2)
    return Article(
        id=id if id is not None else Path(path.split("#")[0]).stem,
        path=path,
        text=text,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        date=parse_date(fields.get("date"), path, dayfirst),
        title=title,
        header=header,
        metadata=fields,
        header_span=header_span,
        title_source=title_source,
        title_span=title_span,
        body_spans=tuple(body_spans),
        captions=tuple(captions),
        furniture=tuple(furniture),
        encoding=encoding,
        warnings=found,
    )


def load_article(path: str | Path, *, headline: bool = True, dayfirst: bool | None = None) -> Article:
    """Load one article from a plain-text file.

    The file may start with header lines such as ``date 2023-04-24`` or
    ``title: ...``; paragraphs are separated by blank lines; photo captions
    and credits run into the text are separated from the body
    (:func:`presslens.captions.find_captions`).

    Parameters
    ----------
    path : str or Path
        A text file: UTF-8, UTF-16/32 with a byte-order mark, or cp1252/latin-1
        with a warning (:func:`presslens.decoding.decode_bytes`).
    headline : bool
        Take a headline in the first line as the title (see :func:`article_from_text`).
    dayfirst : bool, optional
        How the source writes numeric dates (see :func:`parse_date`).

    Returns
    -------
    Article

    Raises
    ------
    InputError
        When the path does not exist or is not a file, or the file is empty or binary.

    Examples
    --------
    >>> art = load_article("data/raw/000_e2f50357b3b0a754.txt")
    >>> art.date
    datetime.date(2023, 4, 24)
    """
    p = Path(path)
    label = printable_path(path)
    if not p.exists():
        raise InputError(label, "no such file or directory")
    if not p.is_file():
        raise InputError(label, "not a regular file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(label, os_reason(exc)) from None
    decoded = decode_bytes(data, label)
    return article_from_text(
        decoded.text,
        label,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        notes=decoded.warnings,
        headline=headline,
        dayfirst=dayfirst,
    )


def _subtract(spans: list[tuple[int, int]], holes: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Remove ``holes`` from ``spans``, trimming whitespace; drop pieces left blank."""
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for ps, pe in pieces:
                if he <= ps or hs >= pe:
                    nxt.append((ps, pe))
                    continue
                if hs > ps:
                    nxt.append((ps, hs))
                if he < pe:
                    nxt.append((he, pe))
            pieces = nxt
        for ps, pe in pieces:
            chunk = text[ps:pe]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                out.append((ps + lead, ps + len(chunk.rstrip())))
    return out


def segments(article: Article) -> list[dict]:
    """Every part of the article in text order: header, headline, body paragraphs, captions, credits,
    and wire furniture (datelines, bylines, editors' notes, agency tags, reporting credits).

    Returns
    -------
    list of dict
        Records with ``kind``, ``start``, ``end`` and ``text`` (``text`` is
        ``article.text[start:end]``), ready for ``pandas.DataFrame``.
    """
    parts = [("body", s, e) for s, e in article.body_spans]
    parts += [(c.kind, c.start, c.end) for c in article.captions]
    parts += [(f.kind, f.start, f.end) for f in article.furniture]
    if article.header_span:
        parts.append(("header", *article.header_span))
    if article.title_span:
        parts.append(("title", *article.title_span))
    return [
        {"kind": k, "start": s, "end": e, "text": article.text[s:e]}
        for k, s, e in sorted(parts, key=lambda p: p[1])
    ]
