"""Property-based test: random and adversarial strings through every analysis of a parsed text.

Each input must go through text statistics, every keyterm method, entities, quotations,
people and the mention layer without an exception, in under two seconds (parse included). The examples are drawn
deterministically (``derandomize``) and bounded, so CI runs the same inputs every time;
``PRESSLENS_HYPOTHESIS_EXAMPLES`` raises the count for a longer local search.
"""

import functools
import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens.article import article_from_text
from presslens.coref import find_mentions
from presslens.decoding import decode_bytes
from presslens.entities import extract_entities
from presslens.errors import InputError
from presslens.keywords import METHODS, extract_keyterms
from presslens.model import load_model
from presslens.people import people
from presslens.quotes import find_quotes
from presslens.stats import text_stats

#: Pieces that have broken text tools: quote marks, titles, brackets, markup, scripts, controls.
PIECES = [
    "“",
    "”",
    '"',
    "'",
    "«",
    "»",
    "said",
    "says",
    "he",
    "she",
    "it",
    "who",
    "Mr",
    "Ms.",
    "Dr",
    "U.S.",
    "(",
    ")",
    "(ISIS-K)",
    "also known as",
    "-",
    "—",
    "=" * 40,
    "\u200b",
    "\u00ad",
    "\t",
    "\n",
    "\n\n",
    "<p>",
    "&amp;",
    "&#039;",
    "漢字",
    "مرحبا",
    "🙂",
    "\x00",
    "\x07",
    "Floods",
    "Leeds",
    "Jane Smith",
    "The",
    "according to",
    ",",
    ".",
    "!",
    "?",
    "...",
    "42",
    "3.5%",
    "www.x.org",
    " ",
    "Aurelien Rougerie (Clermont)",
    "(Biarritz)",
    "Mrs Howard",
    "Michael Howard",
    "the chief executive",
    "his",
    "her",
    "they",
    "them",
    "Arsenal",
    "at Bolton",
    "―",
    # what the fault-injection audit of issue 21 found: alternating punctuation, a zero-width
    # character inside a long token, transcript labels, "Said X:", CSV/Markdown syntax
    ".!" * 400,
    "a" * 500 + "\u200b" + "b" * 500,
    "WALLACE:",
    "Said Ellis:",
    "=HYPERLINK(",
    "|",
    "<script>",
]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
)
EXAMPLES = int(os.environ.get("PRESSLENS_HYPOTHESIS_EXAMPLES", "40"))


@functools.lru_cache(maxsize=1)
def _warm_up() -> None:
    """Every analysis once on a short text: imports, the model and the word lists load here."""
    doc = load_model()('Jane Smith said: "It works." She added that it did. The Arsenal boss agreed.')
    text_stats(doc)
    for method in METHODS:
        extract_keyterms(doc, method)
    people(doc, find_quotes(doc))
    find_mentions(doc)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_analysis_survives_any_text(text):
    nlp = load_model()
    _warm_up()  # the limit is for the analyses, not for imports and word lists loaded once
    t0 = time.perf_counter()
    try:
        article = article_from_text(text, "random.txt")
    except Exception as exc:  # an empty or binary text is refused with a one-line InputError
        assert type(exc).__name__ == "InputError" and "random.txt" in str(exc)
        return
    assert len(article.parse_text) == len(article.text)  # offsets in the parse are file offsets
    doc = nlp(article.parse_text)
    text_stats(doc)
    for method in METHODS:
        for term in extract_keyterms(doc, method):
            assert all(0 <= s < e <= len(article.text) for s, e in term.spans)
    extract_entities(doc)
    found = find_quotes(doc)
    people(doc, found)
    layer = find_mentions(doc)
    for m in layer.mentions():  # the parsed characters at the file's offsets (invisible ones taken out)
        assert article.parse_text[m.start : m.end] == m.text and layer.referent(m.entity).mentions
    assert time.perf_counter() - t0 < 2.0, f"{len(text)} characters took {time.perf_counter() - t0:.1f} s"


BYTES = st.one_of(
    st.binary(max_size=400),
    st.lists(
        st.sampled_from(
            [p.encode(c) for p in PIECES for c in ("utf-8", "utf-16")]
            + [b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\xe9", b"\x80"]
        ),
        max_size=60,
    ).map(b"".join),
)


@settings(max_examples=4 * EXAMPLES, deadline=None, derandomize=True)
@given(BYTES)
def test_any_bytes_decode_or_are_refused_in_one_line(data):
    try:
        decoded = decode_bytes(data, "random.bin")
    except InputError as exc:
        assert str(exc).startswith("random.bin: ") and "\n" not in str(exc)
        return
    assert isinstance(decoded.text, str) and decoded.text.strip()
