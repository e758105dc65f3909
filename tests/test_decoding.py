"""Decoding file bytes: byte-order marks, a few bad bytes, legacy codecs, binary data, line endings."""

from __future__ import annotations

import codecs
import warnings

import pytest

from presslens.article import InputWarning, load_article
from presslens.decoding import decode_bytes
from presslens.errors import InputError

TEXT = "date 2021-05-06\n\nThe café said “we opened” on Monday.\n\nA second paragraph — with a dash."


@pytest.mark.parametrize(
    "codec,bom",
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_byte_order_marks_name_the_codec(tmp_path, codec, bom):
    p = tmp_path / "bom.txt"
    p.write_bytes(bom + TEXT.encode(codec))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning: the mark is authoritative
        art = load_article(p)
    assert art.text == TEXT and art.encoding == codec[:6]
    assert len(art.body_spans) == 2


def test_a_few_bad_bytes_keep_utf8_and_name_the_offset(tmp_path):
    data = TEXT.encode("utf-8")
    bad = data.index(b"Monday")
    p = tmp_path / "one-bad-byte.txt"
    p.write_bytes(data[:bad] + b"\xff" + data[bad:])
    message = f"1 invalid UTF-8 byte sequence replaced by U\\+FFFD \\(first at byte {bad}\\)"
    with pytest.warns(InputWarning, match=message):
        art = load_article(p)
    assert art.encoding == "utf-8"
    # every other character decodes as UTF-8, not as cp1252 mojibake
    assert "café said “we opened” on \ufffdMonday" in art.text and "â€" not in art.text
    assert any("invalid UTF-8" in w for w in art.warnings)


def test_legacy_text_without_utf8_is_cp1252(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(TEXT.encode("cp1252"))
    with pytest.warns(InputWarning, match="decoded as cp1252"):
        art = load_article(p)
    assert art.text == TEXT and art.encoding == "cp1252"


def test_utf16_without_mark_is_binary_with_a_clear_reason():
    with pytest.raises(InputError, match="no UTF-16/32 byte-order mark"):
        decode_bytes(TEXT.encode("utf-16-le"), "x.txt")


def test_bad_byte_after_a_mark_is_one_line():
    with pytest.raises(InputError, match="byte-order mark says UTF-16-LE"):
        decode_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")[:-1], "odd.txt")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_paragraphs_with_every_line_ending(tmp_path, newline):
    p = tmp_path / "endings.txt"
    p.write_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    art = load_article(p)
    assert art.date is not None
    assert [art.text[s:e] for s, e in art.body_spans] == [
        "The café said “we opened” on Monday.",
        "A second paragraph — with a dash.",
    ]


def test_crlf_inside_a_paragraph_is_not_a_break(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"One line\r\nand its continuation.\r\n\r\nNext paragraph.")
    art = load_article(p)
    assert len(art.body_spans) == 2
