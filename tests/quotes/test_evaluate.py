"""Scoring quotations against brat attribution gold (presslens.quotes.evaluate)."""

import json

import pytest
from support import BRAT_FIXTURE

from presslens.cli import main
from presslens.quotes.evaluate import evaluate_quotes, read_brat


def test_read_brat_fixture():
    golds = read_brat(BRAT_FIXTURE / "attributions" / "tiny_a1.ann")
    assert len(golds) == 4
    text = (BRAT_FIXTURE / "text" / "tiny.txt").read_text()
    s, e = golds[1].content[0]
    assert text[s:e] == "“We are ready,”"


def test_evaluate_on_tiny_fixture(nlp):
    rows = {r["slice"]: r for r in evaluate_quotes(BRAT_FIXTURE, nlp)}
    # 4 gold attributions; "Polls show ..." is not speech and is not predicted
    assert rows["all"]["gold"] == 4 and rows["all"]["recall@30"] == pytest.approx(3 / 4)
    assert rows["all"]["precision@30"] == pytest.approx(1.0)
    assert rows["speech"]["gold"] == 2 and rows["speech"]["recall@30"] == 1.0
    assert rows["quoted"]["gold"] == 2 and rows["unquoted"]["gold"] == 2
    assert rows["all"]["speaker_accuracy"] == 1.0 and rows["all"]["cue_accuracy"] == 1.0


def test_cli_eval_quotes(capsys):
    assert main(["eval", "quotes", "--gold", str(BRAT_FIXTURE), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["slice"] == "all" and rows[0]["gold"] == 4


@pytest.mark.shared
def test_polnear_dev_smoke(nlp):
    """The harness on real PolNeAR documents (skipped when ../shared is absent)."""
    from support import shared_path

    rows = {r["slice"]: r for r in evaluate_quotes(shared_path("eval", "polnear", "dev"), nlp, limit=3)}
    assert rows["all"]["documents"] == 3 and rows["all"]["gold"] > 0
    assert 0 < rows["all"]["recall@30"] <= 1 and 0 < rows["all"]["precision@30"] <= 1


def test_the_gold_person_is_the_source_not_a_person_in_its_description(nlp):
    """The person a gold source span is about: its head, not the longest name in it."""
    from presslens.quotes.evaluate import gold_person

    text = (
        "Don Fowler, who led the party in the 1990s and backs Hillary Clinton, said the race was close. "
        "Hillary Clinton's campaign manager Robby Mook said it was not. Officials said nothing."
    )
    doc = nlp(text)

    def span(fragment):
        i = text.index(fragment)
        return ((i, i + len(fragment)),)

    fowler = span("Don Fowler, who led the party in the 1990s and backs Hillary Clinton")
    assert gold_person(doc, fowler) == "Don Fowler"
    assert gold_person(doc, span("Hillary Clinton's campaign manager Robby Mook")) == "Robby Mook"
    assert gold_person(doc, span("Officials")) is None
