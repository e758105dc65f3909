import datetime as dt
import warnings

import pytest

from presslens.article import (
    InputWarning,
    article_from_text,
    load_article,
    parse_date,
    parse_header,
    segments,
)
from presslens.captions import find_captions
from presslens.errors import InputError
from presslens.segmentation import paragraph_spans


def test_seed_header_and_date(seed_article):
    assert seed_article.date == dt.date(2023, 4, 24)
    assert seed_article.header == {"date": "2023-04-24"}
    s, e = seed_article.header_span
    assert seed_article.text[s:e].strip() == "date 2023-04-24"
    assert seed_article.title is None


def test_seed_credits_are_separated(seed_article):
    credits = [c.text for c in seed_article.captions if c.kind == "credit"]
    assert credits == [
        "AFP via Getty Images",
        "via REUTERS",
        "Xinhua News Agency via Getty Images",
        "Los Angeles Times via Getty Images",
    ]
    body = seed_article.body
    for credit in credits:
        assert credit not in body
    # the sentence after a glued caption stays... in the caption set only when it ends the paragraph
    captions = [c.text for c in seed_article.captions if c.kind == "caption"]
    assert captions[2] == "The Taliban acted as a check on ISIS-K, the Afghan affiliate."
    assert "Pentagon officials were aware of nine plots" in body


def test_offsets_map_back_exactly(seed_article):
    text = seed_article.text
    for c in seed_article.captions:
        assert text[c.start : c.end] == c.text
    for part in segments(seed_article):
        assert text[part["start"] : part["end"]] == part["text"]
    # parse_text keeps every offset: body characters are where they are in the file
    pt = seed_article.parse_text
    assert len(pt) == len(text)
    for s, e in seed_article.body_spans:
        assert pt[s:e] == text[s:e]
    for c in seed_article.captions:
        assert pt[c.start : c.end].strip() == ""


def test_segments_cover_all_non_blank_text(seed_article):
    covered = "".join(p["text"] for p in segments(seed_article))
    assert "".join(covered.split()) == "".join(seed_article.text.split())


def test_mid_paragraph_caption_takes_only_the_sentence_before():
    text = "Body one. Body two.\n\nThe man waves. Jim Doe/AFP The talks went on, officials said."
    art = article_from_text("date 2024-01-01\n\n" + text, "x.txt")
    kinds = [(c.kind, c.text) for c in art.captions]
    assert kinds == [("caption", "The man waves."), ("credit", "Jim Doe/AFP")]
    assert "The talks went on, officials said." in art.body
    assert "Body one. Body two." in art.body


def test_caption_paragraph_and_bare_credit():
    text = "First paragraph of news.\n\nA photo of a ship at sea. Getty Images\n\nLast one."
    paras = paragraph_spans(text)
    caps = find_captions(text, paras)
    assert [(c.kind, c.text) for c in caps] == [
        ("caption", "A photo of a ship at sea."),
        ("credit", "Getty Images"),
    ]


def test_reuters_in_prose_is_not_a_credit():
    text = "Reuters reported the deal on Monday. The company said it would not comment."
    assert find_captions(text, paragraph_spans(text)) == []


def test_header_variants():
    header, span = parse_header("Title: Big news\ndate: 2020-02-03\n\nBody.")
    assert header == {"title": "Big news", "date": "2020-02-03"}
    assert parse_header("Just a body line.\n")[0] == {}


def test_no_date_header_warns_and_sets_none():
    with pytest.warns(InputWarning, match="no date header"):
        art = article_from_text("Some news text here.", "n.txt")
    assert art.date is None


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file") as exc:
        load_article(tmp_path / "nope.txt")
    assert "nope.txt" in str(exc.value)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n")
    with pytest.raises(InputError, match="empty file") as exc:
        load_article(p)
    assert str(p) in str(exc.value)


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        load_article(p)


def test_cp1252_text_warns_and_decodes(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("date 2021-05-06\n\nThe caf\u00e9 \u201copened\u201d.".encode("cp1252"))
    with pytest.warns(InputWarning, match="decoded as cp1252"):
        art = load_article(p)
    assert art.encoding == "cp1252"
    assert "caf\u00e9 \u201copened\u201d" in art.body


def test_utf8_bom_is_not_a_warning(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffdate 2021-05-06\n\nText.".encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        art = load_article(p)
    assert art.date == dt.date(2021, 5, 6)


def test_long_runs_of_one_character_are_cut_for_the_parser(nlp):
    """A 20,000-sign divider is parsed in well under a second; offsets stay file offsets."""
    import time

    from presslens.article import MAX_CHARACTER_RUN

    text = "Title\n\n" + "=" * 20000 + "\n\nFloods hit Leeds on Monday, the council said."
    article = article_from_text(text, "divider.txt")
    assert len(article.parse_text) == len(text)
    assert "=" * MAX_CHARACTER_RUN in article.parse_text
    assert "=" * (MAX_CHARACTER_RUN + 1) not in article.parse_text
    t0 = time.perf_counter()
    doc = nlp(article.parse_text)
    assert time.perf_counter() - t0 < 5  # was about a minute: the tokenizer is quadratic in such a run
    leeds = next(t for t in doc if t.text == "Leeds")
    assert text[leeds.idx : leeds.idx + 5] == "Leeds"


@pytest.mark.parametrize(
    "first, is_headline",
    [
        ("Ad sales boost Time Warner profit", True),
        ("Call centre users 'lose patience'", True),
        ("Could rivalry overshadow election?", True),
        ("The council closed the bridge on Monday.", False),  # a first sentence, not a headline
        ("Officials said: ", False),
        (
            "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty twentyone",
            False,
        ),  # too long for a headline
    ],
)
def test_headline_in_the_first_line(first, is_headline):
    text = f"{first}\n\nQuarterly profits at the firm jumped 76%, it said.\n\nA second paragraph."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = article_from_text(text, "bbc.txt")
        plain = article_from_text(text, "bbc.txt", headline=False)
    assert (art.title == first.strip()) is is_headline
    assert (art.title_source == "headline") is is_headline
    body = [art.text[s:e] for s, e in art.body_spans]
    assert (first.strip() in body) is not is_headline
    assert plain.title is None and first.strip() in [plain.text[s:e] for s, e in plain.body_spans]
    if is_headline:
        kinds = [p["kind"] for p in segments(art)]
        assert kinds == ["title", "body", "body"]


def test_a_title_header_wins_over_the_first_line():
    text = "title: From the header\ndate 2024-01-01\n\nShort first line\n\nThe body goes on here."
    art = article_from_text(text, "x.txt")
    assert art.title == "From the header" and art.title_source == "header"
    assert len(art.body_spans) == 2


def test_long_runs_of_mixed_punctuation_are_cut_for_the_parser_offsets_kept():
    """ ".!" x 10,000 took the tokenizer 70-150 s (its time grows with the square of a token's length):
    the parser sees at most MAX_CHARACTER_RUN signs of a run, blanks for the rest, same length."""
    import re

    from presslens.article import MAX_CHARACTER_RUN, article_from_text

    body = "Floods hit Leeds. " + ".!" * 10_000 + " -=" * 3 + " The mayor said so."
    a = article_from_text("Title\n\n" + body + "\n", "x.txt")
    assert len(a.parse_text) == len(a.text)
    runs = [len(m.group(0)) for m in re.finditer(r"[^\w\s]+", a.parse_text)]
    assert max(runs) == MAX_CHARACTER_RUN
    assert "Floods hit Leeds." in a.parse_text and "The mayor said so." in a.parse_text
    assert " -= -= -=" in a.parse_text  # short runs untouched


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Mar 3, 2024", dt.date(2024, 3, 3)),
        ("5 Mar 2024", dt.date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 5)),
        ("25/12/2024", dt.date(2024, 12, 25)),
        ("12/25/2024", dt.date(2024, 12, 25)),
        ("2024-03-05T10:00:00Z", dt.date(2024, 3, 5)),
    ],
)
def test_dates_in_the_forms_news_feeds_use(value, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # read without a warning
        assert parse_date(value, "a.txt") == expected


def test_a_day_month_swap_is_not_guessed():
    with pytest.warns(UserWarning, match="ambiguous date '05/02/2024'"):
        assert parse_date("05/02/2024", "a.txt") is None


def test_a_story_saved_as_one_line_is_not_lost_to_a_credit():
    # "Photo: Name" before more text is a credit of a name, not the rest of the line; a long
    # paragraph signed off by a bare agency is the story, not a caption
    story = "Critics liked the show. " * 20
    text = (
        f"date 2011-04-01\n\nThis week's music. {story}Photo: Eric Richmond Tim Garland has a new album. {story}"
    )
    art = article_from_text(text, "one-line.txt")
    assert [(c.kind, c.text) for c in art.captions] == [
        ("caption", "Critics liked the show."),
        ("credit", "Photo: Eric Richmond"),
    ]
    assert "Tim Garland has a new album." in art.body and len(art.body.split()) > 150
    signed = article_from_text(f"date 2011-04-01\n\n{story}the report said. AP", "signed.txt")
    assert [(c.kind, c.text) for c in signed.captions] == [("credit", "AP")]
    assert signed.body.startswith("Critics liked the show.")


def test_a_bracketed_agency_photo_credit():
    text = "A star kisses his bride in Buenos Aires. (AP Photo/Natacha Pisarenko) The couple married."
    caps = find_captions(text, paragraph_spans(text))
    assert [(c.kind, c.text) for c in caps] == [
        ("caption", "A star kisses his bride in Buenos Aires."),
        ("credit", "(AP Photo/Natacha Pisarenko)"),
    ]


def test_a_headline_above_a_story_saved_as_one_line():
    # a scraped story: headline, one line break, the whole story on one line; not a hard-wrapped lede
    story = "Glencore International AG, the global commodities trader, has got approval to list. " * 4
    art = article_from_text(f"Glencore gets HK nod for planned IPO\nHONG KONG (Reuters) - {story}", "scraped.txt")
    assert art.title == "Glencore gets HK nod for planned IPO" and art.title_source == "headline"
    assert art.dateline == "HONG KONG" and art.body == story.strip()
    wrapped = "Black Americans suffer six times more tuberculosis\nthan whites do, a study says.\n\nMore."
    assert article_from_text(wrapped, "wrapped.txt").title is None
