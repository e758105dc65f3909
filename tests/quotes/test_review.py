"""The quote review page marks every quotation, cue and speaker at its offsets."""

from __future__ import annotations

import html
import re

from presslens.article import article_from_text
from presslens.quotes import find_quotes
from presslens.quotes.review import ReviewFrame, review_html


def test_every_quotation_cue_and_speaker_is_marked(nlp):
    article = article_from_text(
        "date 2024-01-01\n\nStorm hits the coast\n\n“We are ready,” Jane Smith told reporters. "
        "The mayor said schools would close.\n\nAFP via Getty Images",
        "review.txt",
    )
    found = find_quotes(nlp(article.parse_text))
    assert len(found) >= 2
    page = review_html(article, found)
    text_only = html.unescape(
        re.sub(
            r"<sup>\d+</sup>",
            "",
            re.sub(r"<(?!sup|/sup)[^>]+>", "", page.split('<div class="text">')[1].split("</div>")[0]),
        )
    )
    assert text_only == article.text  # the whole file, every character once, in order
    for n, q in enumerate(found, 1):
        assert f"[{n}] {q.kind}; source: {html.escape(q.source or 'none found')}" in page
        assert f'class="kind-{q.kind}' in page
        if q.speaker is not None:
            assert html.escape(q.speaker.text) in page and "speaker" in page
    assert 'class="skip"' in page  # header and the credit are shown as not analysed
    assert review_html(article, found) == page  # deterministic
    assert ReviewFrame(page)._repr_html_().startswith("<iframe srcdoc=")
