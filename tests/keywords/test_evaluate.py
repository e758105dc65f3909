"""The key-term evaluation harness and its CLI (presslens.keywords.evaluate)."""

import json

import pytest
from support import KPCROWD_FIXTURE

from presslens.cli import main
from presslens.keywords.evaluate import evaluate_keyterms


def test_eval_harness_on_fixture(nlp):
    rows = {r["method"]: r for r in evaluate_keyterms(KPCROWD_FIXTURE, nlp, ["presslens", "yake"], top=10)}
    assert rows["presslens"]["documents"] == 1
    assert 0 < rows["presslens"]["F@10"] <= 100 and 0 < rows["presslens"]["R@10"] <= 100
    # gold floods/leeds/classrooms/councillors are all in the text: the default finds most of them
    assert rows["presslens"]["R@10"] >= 75


def test_cli_eval_keywords(capsys):
    assert (
        main(["eval", "keywords", "--gold", str(KPCROWD_FIXTURE), "--method", "presslens", "--format", "json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)[0]["method"] == "presslens"


@pytest.mark.shared
@pytest.mark.parametrize("name", ["kpcrowd", "inspec", "semeval2017"])
def test_harness_on_each_gold_set(nlp, name):
    """The harness reads each development gold set and leaves out title-only texts (needs ../shared)."""
    from support import shared_path

    from presslens.keywords.gold import MIN_WORDS, gold_documents

    folder = shared_path("eval", name)
    pairs = gold_documents(folder)
    assert pairs and all(len(t.read_text(encoding="utf-8").split()) >= MIN_WORDS for t, _ in pairs)
    assert len(pairs) < len(list((folder / "docsutf8").glob("*.txt"))) or name != "kpcrowd"
    rows = {r["method"]: r for r in evaluate_keyterms(folder, nlp, ["presslens", "first_phrases"], limit=4)}
    assert rows["presslens"]["documents"] == 4


def test_eval_on_empty_folder_is_an_error(nlp, tmp_path):
    with pytest.raises(ValueError, match="no docsutf8"):
        evaluate_keyterms(tmp_path, nlp, ["presslens"])
