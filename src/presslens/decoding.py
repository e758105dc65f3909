"""Decode the bytes of a text file: UTF-8 first, a byte-order mark when there is one, cp1252 as a last resort.

The rules, in order:

1. A byte-order mark names the codec: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE).
2. Valid UTF-8 is UTF-8.
3. UTF-8 with a few bad bytes (no more bad sequences than valid multi-byte
   characters, which a cp1252 file almost never holds) stays UTF-8: each bad
   byte becomes U+FFFD and a warning names the byte offset of the first one.
4. Otherwise the file is cp1252 (Windows Western European), else latin-1,
   with a warning.

Binary data (NUL bytes without a UTF-16/32 mark, or many control characters)
and empty files are refused with an :class:`presslens.errors.InputError`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from presslens.errors import InputError

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec used and what was unusual about the bytes."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _bad_utf8(data: bytes) -> tuple[int, int, int]:
    """(bad sequences, valid multi-byte characters, offset of the first bad byte) of ``data`` as UTF-8."""
    bad = valid_multibyte = 0
    first = -1
    pos = 0
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    while pos < len(data):
        try:
            text = decoder.decode(data[pos:], final=True)
            valid_multibyte += sum(1 for c in text if ord(c) > 127)
            break
        except UnicodeDecodeError as exc:
            valid_multibyte += sum(1 for c in data[pos : pos + exc.start].decode("utf-8") if ord(c) > 127)
            if first < 0:
                first = pos + exc.start
            bad += 1
            pos += exc.end
            decoder.reset()
    return bad, valid_multibyte, first


def _family(codec: str) -> str:
    """The codec without its byte order ("utf-16-le" -> "utf-16"), which reads a byte-order mark."""
    return codec.removesuffix("-le").removesuffix("-be")


def stream_encoding(start: bytes) -> str:
    """The encoding to open a text stream whose first bytes are ``start`` (4 suffice).

    A byte-order mark names it and is skipped when read (``utf-8-sig``, ``utf-16``,
    ``utf-32``); without one, UTF-8.
    """
    for bom, codec in BOMS:
        if start.startswith(bom):
            return "utf-8-sig" if codec == "utf-8" else _family(codec)
    return "utf-8"


def decode_bytes(data: bytes, path: str | Path) -> Decoded:
    """Decode file bytes to text, refusing binary data.

    Parameters
    ----------
    data : bytes
        The raw file content.
    path : str or Path
        Named in errors and warnings.

    Returns
    -------
    Decoded
        The text (a byte-order mark removed), the codec name and warnings
        (bad bytes replaced, a fallback codec).

    Raises
    ------
    InputError
        When the file is empty, blank or binary.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"byte-order mark says {codec.upper()} but byte {exc.start + len(bom)} is not ({exc.reason})",
                ) from None
            if not text.strip():
                raise InputError(path, "empty file (no text to analyse)")
            return Decoded(text, _family(codec))
    if not data.strip():
        raise InputError(path, "empty file (no text to analyse)")
    if b"\x00" in data[:8192]:
        raise InputError(
            path, "binary file (contains NUL bytes, no UTF-16/32 byte-order mark), expected plain text"
        )
    notes: list[str] = []
    try:
        text, codec, bad = data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        bad, valid_multibyte, first = _bad_utf8(data)
    if not bad:
        pass
    elif bad <= valid_multibyte:
        text, codec = data.decode("utf-8", errors="replace"), "utf-8"
        notes.append(
            f"{bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} replaced by U+FFFD (first at byte {first})"
        )
    else:
        try:
            text, codec = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, codec = data.decode("latin-1"), "latin-1"
        notes.append(f"not valid UTF-8 ({bad} bad byte sequences, first at byte {first}), decoded as {codec}")
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls > 0.05 * len(sample):
        raise InputError(path, "binary file (control characters), expected plain text")
    return Decoded(text, codec, tuple(notes))


def read_utf8(path: str | Path) -> str:
    """The text of a UTF-8 file that is data rather than an article (gold keys, annotations).

    Parameters
    ----------
    path : path
        The file.

    Returns
    -------
    str

    Raises
    ------
    presslens.errors.InputError
        When the file is not UTF-8 (one line naming it and the first bad byte).
    """
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text (byte {exc.start:,} is 0x{data[exc.start]:02x})") from None
