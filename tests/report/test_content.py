"""The written analysis says what the library computes, and types no number by hand."""

from __future__ import annotations

import json
import re

import pytest
from support import RESULTS

from presslens.anomalies import find_anomalies
from presslens.entities import extract_entities
from presslens.quotes import find_quotes
from presslens.quotes.counting import quote_summary, quote_table
from presslens.report.numbers import count_noun, decimal, integer, percent
from presslens.stats import text_stats
from presslens.stats.counts import words


@pytest.fixture(scope="module")
def report_text():
    return (RESULTS / "report.md").read_text()


def _allowed_numbers(values) -> set[str]:
    allowed: set[str] = set()

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, bool) or v is None:
            return
        elif isinstance(v, (int, float)):
            allowed.update(
                {integer(v), decimal(v, 0), decimal(v, 1), decimal(v, 3), percent(v).split()[0], str(v)}
            )
            if isinstance(v, int) or float(v).is_integer():
                allowed.add(f"{int(v)}th")
        else:
            allowed.update(re.findall(r"\d[\d,.]*\d|\d", str(v)))

    walk(values)
    return allowed


def test_text_statistics_in_the_analysis_are_rederived(seed_doc, report_text):
    s = text_stats(seed_doc)
    for phrase in (
        f"{integer(s['n_words'])} words in {integer(s['n_sentences'])} sentences",
        f"Flesch Reading Ease is {decimal(s['flesch_reading_ease'])}",
        f"{decimal(s['flesch_kincaid_grade'])} (Flesch–Kincaid)",
        f"{decimal(s['gunning_fog'])} (Gunning Fog)",
        f"{decimal(s['smog_index'])} (SMOG)",
        f"new Dale–Chall score is {decimal(s['dale_chall'])}",
        f"MATTR {decimal(s['mattr'], 3)}",
        f"MTLD {decimal(s['mtld'])}",
    ):
        assert phrase in report_text, phrase


def test_quote_counts_in_the_analysis_are_rederived(seed_article, seed_doc, report_text):
    qs = find_quotes(seed_doc)
    summary = quote_summary(quote_table(qs, len(seed_article.text)), len(words(seed_doc)))
    assert (
        f"{count_noun(summary['n_quotes'], 'quotation or attribution', 'quotations and attributions')}"
        in report_text
    )
    assert f"{integer(summary['n_direct'])} direct" in report_text
    assert f"{integer(summary['n_indirect'])} indirect" in report_text
    assert f"{percent(summary['share_quotes_anonymous'])} of them rest on unnamed sources" in report_text
    top = max(set(q.source for q in qs), key=lambda s: sum(q.source == s for q in qs))
    assert f"The most quoted source is {top}" in report_text


def test_entities_and_anomalies_in_the_analysis_are_rederived(seed_article, seed_doc, nlp, report_text):
    ents = extract_entities(seed_doc)
    assert f"{ents[0].name} ({ents[0].count})" in report_text
    for a in find_anomalies(seed_article, seed_doc, nlp):
        assert a.description in report_text and a.text in report_text


def test_no_number_in_the_prose_is_typed_by_hand(report_text):
    values = json.loads((RESULTS / "values.json").read_text())
    allowed = _allowed_numbers(values)
    prose = [p for p in report_text.split("\n\n") if not p.startswith(("|", "!", "*", "#"))]
    # names that contain digits but are no results
    names = re.compile(r"SHA-256|F@10|500N-KPCrowd|Jaro–Winkler|[0-9a-f]{12,}|data/raw/\S+")
    for paragraph in prose:
        for number in re.findall(r"\d[\d,.]*\d|\d", names.sub("", paragraph)):
            assert number.rstrip(".,") in allowed, f"{number!r} in: {paragraph[:80]}…"


def test_entity_kinds_in_the_prose_are_the_entities_table(report_text):
    """The entity sentence's counts are those of the committed entities table, kind by kind."""
    import pandas as pd

    m = re.search(r"The body names (\d+) distinct entities: ([^.]+)\.", report_text)
    assert m, "no entity sentence"
    table = pd.read_csv(RESULTS / "tables" / "entities.csv")
    said = {
        kind: int(n)
        for n, kind in re.findall(r"(\d+) (people|person|organisations?|places?|groups?)\b", m.group(2))
    }
    plural = {
        "people": "person",
        "person": "person",
        "organisation": "organisation",
        "organisations": "organisation",
        "place": "place",
        "places": "place",
        "group": "group",
        "groups": "group",
    }
    said = {plural[k]: n for k, n in said.items()}
    assert int(m.group(1)) == len(table)
    assert said == {k: n for k, n in table["kind"].value_counts().items() if n}


def test_provenance_prose_on_a_headline_article_without_captions():
    from presslens.report.content import provenance

    data = {
        "n_chars_file": 2000,
        "sha256": "ab" * 32,
        "date": None,
        "title": "Ad sales boost Time Warner profit",
        "title_source": "headline",
        "publisher": None,
        "n_captions": 0,
        "n_credits": 0,
        "n_body_paragraphs": 1,
        "n_chars_body": 1900,
    }
    text = provenance({"data": data})[1].text
    assert "carries no date" in text
    assert "its headline, the first line, reads “Ad sales boost Time Warner profit”" in text
    assert "Apart from the headline, no photo captions or credit lines were found" in text
    assert "1 body paragraph (" in text and "kept as data" not in text


def test_a_share_of_women_comes_with_its_counts_and_not_for_a_handful():
    from presslens.report.content import gender_paragraph

    def values(female, male, q_female, q_male):
        known = female + male
        return {
            "n_people": known + 1,
            "n_sources": known,
            "sources": {
                "female": female,
                "male": male,
                "unknown": 0,
                "share_female": female / known if known else None,
            },
            "quotes": {
                "female": q_female,
                "male": q_male,
                "unknown": 0,
                "share_female": q_female / (q_female + q_male) if q_female + q_male else None,
            },
        }

    one = gender_paragraph(values(1, 0, 2, 0))
    assert "%" not in one and "1 quoted person of known gender, no share" in one  # "100 %" of one person
    many = gender_paragraph(values(2, 6, 3, 9))
    assert "Women are 25 % of the quoted people of known gender (2 of 8)" in many.replace("\u202f", " ")
    assert "25 % of their quotations (3 of 12)" in many.replace("\u202f", " ")
