"""Gold keyphrase folders and the standard matching protocol (the 500N-KPCrowd / Inspec / SemEval-2017 layout).

Layout: ``DIR/docsutf8/NAME.txt`` and ``DIR/keys/NAME.key`` (one keyphrase a
line). A predicted term matches a gold keyphrase when both are equal after
lower-casing and Porter-stemming every word (:func:`presslens.keywords.stems.normalise`).
Used by scoring (:mod:`presslens.keywords.evaluate`) and fitting (:mod:`presslens.keywords.fit`).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

from presslens.article import article_from_text
from presslens.decoding import read_utf8
from presslens.errors import InputError
from presslens.keywords.stems import normalise
from presslens.text_checks import join_wrapped_lines

#: Texts with fewer words than this are titles without a body, and are not scored.
MIN_WORDS = 20


def dedupe(phrases: Iterable[str]) -> list[str]:
    """Normalised phrases, first occurrence kept, order preserved."""
    seen: list[str] = []
    for p in phrases:
        n = normalise(p)
        if n and n not in seen:
            seen.append(n)
    return seen


def prf_at(predicted: list[str], gold: list[str], k: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of the top ``k`` normalised predictions.

    Parameters
    ----------
    predicted : list of str
        Normalised predictions, best first.
    gold : list of str
        Normalised gold phrases.
    k : int
        The cut-off.

    Returns
    -------
    (float, float, float)
        Precision, recall, F1 (0 when either list is empty).
    """
    top = predicted[:k]
    if not top or not gold:
        return 0.0, 0.0, 0.0
    hits = len(set(top) & set(gold))
    p, r = hits / len(top), hits / len(gold)
    return p, r, (2 * p * r / (p + r) if hits else 0.0)


def gold_documents(gold_dir: str | Path) -> list[tuple[Path, Path]]:
    """``(text, keys)`` pairs of a gold folder, sorted by name, without texts of under :data:`MIN_WORDS` words."""
    gold_dir = Path(gold_dir)
    pairs = []
    for text in sorted((gold_dir / "docsutf8").glob("*.txt")):
        keys = gold_dir / "keys" / f"{text.stem}.key"
        if keys.is_file() and len(read_utf8(text).split()) >= MIN_WORDS:
            pairs.append((text, keys))
    return pairs


def gold_text(path: str | Path) -> str:
    """A gold document's text as presslens parses an article: photo captions and credits and wire
    furniture (datelines, bylines, reporting credits) blanked, hard-wrapped lines joined.

    The first line stays in: these sets' texts start with a title that the annotators read.

    Parameters
    ----------
    path : path
        A ``docsutf8/*.txt`` file.

    Returns
    -------
    str
        The text, the same length (:attr:`presslens.article.Article.parse_text` of the text read
        without taking a headline out).
    """
    text = read_utf8(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # no date header, markup: the gold texts are what they are
            return article_from_text(text, str(path), headline=False).parse_text
    except InputError:  # nothing left once captions are out: score the text as it is
        return join_wrapped_lines(text)
