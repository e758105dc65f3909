"""Warnings about input presslens cannot analyse faithfully, and invisible characters."""

from __future__ import annotations

import pytest

from presslens.article import InputWarning, article_from_text
from presslens.text_checks import clean_invisible, language_warning, markup_warning, text_warnings

ENGLISH = (
    "The council said on Monday that the bridge would close for repairs. Residents told reporters "
    "they had not been warned, and the mayor promised that a ferry would run while the work went "
    "on. Engineers found cracks in two of the supports last month."
)
FRENCH = (
    "Le conseil municipal a annoncé lundi que le pont serait fermé pour travaux. Les habitants ont "
    "déclaré aux journalistes qu'ils n'avaient pas été prévenus, et le maire a promis qu'un bac "
    "circulerait pendant les travaux. Des ingénieurs ont trouvé des fissures dans deux piliers."
)
CHINESE = "市议会周一表示，这座桥将因维修而关闭。居民告诉记者，他们没有得到警告。" * 4


def test_english_news_has_no_warning():
    assert text_warnings(ENGLISH, ENGLISH) == []


@pytest.mark.parametrize("text,share", [(FRENCH, "English function words"), (CHINESE, "Latin letters")])
def test_other_languages_are_flagged(text, share):
    warning = language_warning(text)
    assert warning is not None and "probably not English" in warning and share in warning


def test_html_is_flagged_and_plain_text_with_a_bracket_is_not():
    html = "<html><body><p>The council said <b>no</b>.</p>&nbsp;</body></html>"
    assert "looks like HTML" in markup_warning(html)
    assert markup_warning("Shares rose 3% (<5% forecast) & bonds fell.") is None


def test_invisible_characters_are_removed_inside_words_with_offsets_kept():
    text = "The Tali\u200bban and ISIS\u00ad-K met.\u200b Then\x07 more."
    clean = clean_invisible(text)
    assert len(clean) == len(text)
    assert clean.split() == ["The", "Taliban", "and", "ISIS-K", "met.", "Then", "more."]
    # offsets of the words after the cleaned ones are unchanged
    assert clean.index("and") == text.index("and") and clean.index("more.") == text.index("more.")


def test_article_warns_and_keeps_warnings(nlp):
    text = "date 2024-01-01\n\n" + ENGLISH.replace("bridge", "bri\u200bdge")
    with pytest.warns(InputWarning, match="1 invisible or control character .*ZERO WIDTH SPACE"):
        art = article_from_text(text, "zw.txt")
    assert len(art.warnings) == 1
    doc = nlp(art.parse_text)
    assert "bridge" in [t.text for t in doc]
    assert len(doc.text) == len(art.text)


def test_article_from_non_english_text_warns():
    with pytest.warns(InputWarning, match="probably not English"):
        art = article_from_text("date 2024-01-01\n\n" + FRENCH, "fr.txt")
    assert any("not English" in w for w in art.warnings)


def test_hard_wrapped_lines_are_joined_for_the_parser_with_offsets_kept(nlp):
    """Wire copy wrapped at ~70 characters: the break inside "Federation for American Immigration Reform"
    no longer cuts the name; blank lines and a short headline line keep their breaks."""
    from presslens.article import article_from_text

    text = (
        "Congress members plan suit over census\n\n"
        "Some 40 members of the House joined the Federation for American\n"
        "Immigration Reform in announcing that the suit would be filed.\n\n"
        "The group contends that the count is unfair."
    )
    article = article_from_text(text, "wrapped.txt")
    assert len(article.parse_text) == len(text)
    assert "American Immigration Reform" in article.parse_text
    assert article.parse_text.count("\n\n") == 2
    doc = nlp(article.parse_text)
    start = text.index("Federation")
    assert any(e.start_char <= start and e.end_char >= text.index("Reform") + len("Reform") for e in doc.ents)
