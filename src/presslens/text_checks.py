"""Checks of a text that warn about input presslens cannot analyse faithfully.

Each check returns warnings as short strings (no file name; the caller adds it):

* :func:`markup_warning` — HTML or XML markup left in the text (tags and
  entities are read as words and punctuation);
* :func:`language_warning` — text that is probably not English: a small share of
  Latin letters, or few English function words (spaCy's English stop-word
  list, offline). The statistics, keyterms and quotes of such a text are
  meaningless (a Flesch score of 200 for Chinese);
* :func:`invisible_character_warning` — zero-width and other format characters
  (U+200B, U+FEFF, soft hyphens…) and control characters, which
  :func:`clean_invisible` removes from the parsed text with offsets kept.
"""

from __future__ import annotations

import re
import unicodedata

_TAG = re.compile(r"</?(?:[a-z][a-z0-9]*)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#[0-9]{2,5}|#x[0-9a-f]{2,4});", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
#: Basic Latin, Latin-1, Latin Extended-A/B and Additional letters.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
#: Fewer English function words than this share of the words: probably not English.
MIN_FUNCTION_WORD_SHARE = 0.15
#: Fewer Latin letters than this share of the letters: probably not English.
MIN_LATIN_SHARE = 0.5
#: Texts with fewer words are not checked for language (a headline, a list of names).
MIN_WORDS_FOR_LANGUAGE = 40


def _is_invisible(c: str) -> bool:
    category = unicodedata.category(c)
    return category == "Cf" or (category == "Cc" and not c.isspace())


def _invisible_in(text: str) -> str:
    """A regex character class of the format (Cf) and non-space control (Cc) characters in ``text``, or ''."""
    found = sorted(c for c in set(text) if _is_invisible(c))
    return "[" + "".join(re.escape(c) for c in found) + "]" if found else ""


def clean_invisible(text: str) -> str:
    """``text`` with format and control characters removed, the same length.

    Inside each run of non-space characters that holds one, they are removed
    and the run is padded with spaces at its end ("Tali\u200bban" becomes
    "Taliban "), so words stay whole and every offset outside such a run, word
    and sentence boundaries included, is unchanged.
    """
    found = _invisible_in(text)
    if not found:
        return text
    invisible = re.compile(found)

    def pad(m: re.Match) -> str:
        kept = invisible.sub("", m.group(0))
        return kept + " " * (len(m.group(0)) - len(kept))

    return re.sub(r"\S*" + found + r"\S*", pad, text)


#: A line break inside a sentence of hard-wrapped copy (wire services wrap at about 70 characters):
#: after a line of :data:`WRAPPED_LINE_CHARS` or more that ends in no sentence or clause mark, before
#: a line that starts with a word.
WRAPPED_LINE_CHARS = 40
_WRAP = re.compile(
    r"(?m)^([^\n]{" + str(WRAPPED_LINE_CHARS - 1) + r",}?[^\s.!?:;\"\u201d\u2019')\]])"
    r"([ \t]*\n)(?=[ \t]*[^\W_])"
)


def join_wrapped_lines(text: str) -> str:
    r"""``text`` with the line breaks of hard-wrapped paragraphs made spaces, the same length.

    AP-style wire copy breaks lines inside sentences ("… members of Congress
    announced\nWednesday that …"); the parser takes such a break for a boundary
    and cuts names and noun phrases in two ("Federation for American\nImmigration
    Reform"). A break after a line of at least :data:`WRAPPED_LINE_CHARS`
    characters that does not end in a sentence or clause mark, before a line that
    starts with a word, becomes a space. Blank lines (paragraphs), short lines
    (headlines) and lines that end a sentence keep their break; every offset is
    unchanged.

    Parameters
    ----------
    text : str

    Returns
    -------
    str

    Examples
    --------
    >>> join_wrapped_lines("A coalition of members of Congress announced\nWednesday a suit.\n\nNext.")
    'A coalition of members of Congress announced Wednesday a suit.\n\nNext.'
    >>> join_wrapped_lines("A short headline\nThe body starts here.")
    'A short headline\nThe body starts here.'
    """
    return _WRAP.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def invisible_character_warning(text: str) -> str | None:
    """A warning naming how many format/control characters ``text`` holds and the first offset."""
    chars = _invisible_in(text)
    if not chars:
        return None
    found = [m.start() for m in re.finditer(chars, text)]
    names = sorted({unicodedata.name(text[i], f"U+{ord(text[i]):04X}") for i in found})
    return (
        f"{len(found)} invisible or control character{'s' if len(found) > 1 else ''} "
        f"({', '.join(names[:3])}{', …' if len(names) > 3 else ''}; first at character {found[0]}) "
        "ignored in the analysis"
    )


def markup_warning(text: str) -> str | None:
    """A warning when ``text`` holds HTML/XML tags or character entities (3 or more in all)."""
    tags, entities = len(_TAG.findall(text)), len(_ENTITY.findall(text))
    if tags + entities < 3:
        return None
    return (
        f"looks like HTML ({tags} tags, {entities} entities): markup is analysed as words; extract the text first"
    )


def language_warning(text: str) -> str | None:
    """A warning when ``text`` is probably not English (see the module docstring)."""
    if not text.isascii():
        letters = len(_LETTER.findall(text))
        latin = len(_LATIN_LETTER.findall(text))
        if letters >= 100 and latin < MIN_LATIN_SHARE * letters:
            return (
                f"probably not English ({100 * latin / letters:.0f}% Latin letters): "
                "presslens analyses English text"
            )
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    from spacy.lang.en.stop_words import STOP_WORDS

    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < MIN_FUNCTION_WORD_SHARE:
        return (
            f"probably not English ({100 * share:.0f}% English function words, "
            f"{100 * MIN_FUNCTION_WORD_SHARE:.0f}% or more expected): presslens analyses English text"
        )
    return None


def text_warnings(text: str, body: str) -> list[str]:
    """Every warning about ``text`` (the whole file) and ``body`` (the text to analyse).

    Parameters
    ----------
    text : str
        The whole file.
    body : str
        The text to analyse.

    Returns
    -------
    list of str
        One line per warning.
    """
    found = [markup_warning(text), language_warning(body), invisible_character_warning(text)]
    return [w for w in found if w]
