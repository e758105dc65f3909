import json
from pathlib import Path

import pytest
from conftest import SEED

from presslens.cli import main
from presslens.quotes import find_quotes
from presslens.quotes.counting import quote_summary, quote_table, quotes_per_source
from presslens.quotes.evaluate import evaluate_quotes, read_brat
from presslens.quotes.marks import find_quote_marks

FIXTURE = Path(__file__).parent / "fixtures" / "brat"


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text):
        return find_quotes(nlp(text))
    return run


def _one(qs, kind):
    found = [q for q in qs if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in qs]
    return found[0]


def test_direct_quote_with_speaker_after(extract):
    text = "“We will rebuild the bridge,” Mayor Ann Lee said on Tuesday."
    q = _one(extract(text), "direct")
    assert text[q.start:q.end] == "“We will rebuild the bridge,”"  # marks included
    assert q.speaker.text == "Mayor Ann Lee" and q.cue.text == "said"
    assert q.source == "Ann Lee" and q.source_type == "person"  # the person by name, without the title


def test_indirect_with_that_clause_and_outlet_addressee(extract):
    text = "Two senior officials told The New York Times that the talks had collapsed."
    q = _one(extract(text), "indirect")
    assert q.text == "that the talks had collapsed"
    assert q.source_type == "anonymous"
    assert q.addressee.text == "The New York Times" and q.addressee_type == "outlet"


def test_according_to_a_document(extract):
    text = "Exports fell by a third last year, according to a leaked government report."
    q = _one(extract(text), "indirect")
    assert q.cue.text == "according to"
    assert q.text == "Exports fell by a third last year"
    assert q.speaker.text == "a leaked government report" and q.source_type == "document"


def test_mixed_quote(extract):
    text = 'The minister said the plan "will change everything for farmers" within a year.'
    q = _one(extract(text), "mixed")
    assert '"will change everything for farmers"' in q.text
    assert q.source == "The minister"


def test_pronoun_and_surname_resolve_to_the_full_mention(extract):
    text = ("Health Secretary Maria Gonzalez said the clinic would open in May.\n\n"
            "She added that funding was secure.\n\n"
            "Gonzalez also warned that staff were scarce.")
    qs = extract(text)
    assert [q.source for q in qs] == ["Maria Gonzalez"] * 3  # the person's full name, not the title
    assert [q.speaker.text for q in qs] == ["Health Secretary Maria Gonzalez", "She", "Gonzalez"]


def test_definite_description_resolves_to_earlier_source(extract):
    text = ("A senior police official said the suspect had fled.\n\n"
            "The official said officers were searching the area.")
    qs = extract(text)
    assert [q.source for q in qs] == ["A senior police official"] * 2
    assert all(q.source_type == "anonymous" for q in qs)


def test_continuation_goes_to_most_recent_speaker(extract):
    text = ("“The water is rising fast,” the fire chief said.\n\n"
            "“We have never seen anything like this in our town.”")
    qs = extract(text)
    cont = _one(qs, "continuation")
    assert cont.text == "“We have never seen anything like this in our town.”"
    assert cont.source == "the fire chief" and cont.cue is None


def test_multi_paragraph_quote_with_omitted_closing_mark(extract):
    text = ("“The first thing is to stop the flooding,” the engineer said. “Then we rebuild the road.\n\n"
            "“After that we will look at the bridges and the schools.”")
    marks = find_quote_marks(text)
    assert len({m.chain for m in marks[1:]}) == 1  # the open paragraph and the next one: one quotation
    qs = extract(text)
    assert all(q.source == "the engineer" for q in qs)
    assert max(q.end for q in qs) == len(text)


def test_odd_and_straight_marks_never_raise(extract):
    texts = ['He said "this is odd and never closed.',
             'Unbalanced ” closing mark, the spokesman said.',
             '"Straight quotes work too," she said. "And "nested" ones."',
             "“One ‘nested’ quote here,” the aide said."]
    for t in texts:
        extract(t)  # no exception
    q = _one(extract(texts[3]), "direct")
    assert q.text == "“One ‘nested’ quote here,”"


def test_offsets_point_at_the_source_characters(seed_article, seed_doc):
    for q in find_quotes(seed_doc):
        assert seed_article.text[q.start:q.end] == q.text
        for part in (q.cue, q.speaker, q.addressee):
            if part is not None:
                assert seed_article.text[part.start:part.end] == part.text


def test_seed_quotes(seed_article, seed_doc):
    qs = find_quotes(seed_doc)
    by_text = {q.text[:25]: q for q in qs}
    direct = by_text["“We see a lot of talk and"]
    assert direct.kind == "direct" and direct.source == "a senior US defense official"
    assert direct.speaker.text == "the official"
    strange = by_text["“In a strange world, we h"]
    assert strange.kind == "continuation" and strange.source == "a senior US defense official"
    mixed = next(q for q in qs if q.kind == "mixed")
    assert "“maintains the capability" in mixed.text
    assert mixed.source == "Adrienne Watson"  # "National Security Council spokeswoman Adrienne Watson"
    assert mixed.addressee_type == "outlet"
    watson = next(q for q in qs if q.speaker and q.speaker.text == "Watson")
    assert watson.source == mixed.source
    according = next(q for q in qs if q.cue and q.cue.text == "according to")
    assert according.source_type == "document"
    # the caption's "according to a leaked Pentagon report" is not body text
    assert all("playground for terror plots" not in q.text for q in qs)


def test_counting_tables_by_hand():
    """Counts checked against numbers worked out by hand on four made-up quotations."""
    from presslens.quotes.extract import Quote, TextSpan

    def q(kind, text, start, source, source_type, addressee_type=None):
        speaker = TextSpan(source, 0, len(source))
        return Quote(kind, text, start, start + len(text), None, speaker, source, source_type,
                     None, addressee_type)

    qs = [q("direct", "“We are ready now”", 0, "Jane Smith", "person", "outlet"),  # 4 words
          q("continuation", "“and we will stay”", 30, "Jane Smith", "person"),     # 4 words
          q("indirect", "the roads were closed", 60, "an official", "anonymous"),  # 4 words
          q("direct", "“Open the gates”", 90, "the Post", "outlet")]                # 3 words
    table = quote_table(qs, 200)
    assert table["n_words"].tolist() == [4, 4, 4, 3]
    assert table["position"].tolist() == [0.0, 0.15, 0.3, 0.45]
    per_source = quotes_per_source(table)
    assert per_source[["source", "quotes", "words"]].values.tolist() == [
        ["Jane Smith", 2, 8], ["an official", 1, 4], ["the Post", 1, 3]]
    summary = quote_summary(table, 60)
    assert (summary["n_quotes"], summary["n_sources"], summary["n_direct"], summary["n_indirect"],
            summary["n_continuation"], summary["n_mixed"]) == (4, 3, 2, 1, 1, 0)
    assert summary["n_words_quoted"] == 15 and summary["share_words_quoted"] == 0.25
    assert summary["share_quotes_anonymous"] == 0.25 and summary["share_quotes_named_person"] == 0.5
    assert summary["n_told_to_outlet"] == 1 and summary["n_attributed_to_outlet"] == 2


def test_read_brat_fixture():
    golds = read_brat(FIXTURE / "attributions" / "tiny_a1.ann")
    assert len(golds) == 4
    text = (FIXTURE / "text" / "tiny.txt").read_text()
    s, e = golds[1].content[0]
    assert text[s:e] == "“We are ready,”"


def test_evaluate_on_tiny_fixture(nlp):
    rows = {r["slice"]: r for r in evaluate_quotes(FIXTURE, nlp)}
    # 4 gold attributions; "Polls show ..." is not speech and is not predicted
    assert rows["all"]["gold"] == 4 and rows["all"]["recall@30"] == pytest.approx(3 / 4)
    assert rows["all"]["precision@30"] == pytest.approx(1.0)
    assert rows["speech"]["gold"] == 2 and rows["speech"]["recall@30"] == 1.0
    assert rows["quoted"]["gold"] == 2 and rows["unquoted"]["gold"] == 2
    assert rows["all"]["speaker_accuracy"] == 1.0 and rows["all"]["cue_accuracy"] == 1.0


def test_cli_quotes_jsonl(capsys):
    assert main(["quotes", str(SEED), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and set(lines[0]) >= {"doc", "kind", "text", "start", "end", "cue", "speaker",
                                       "source", "source_type"}
    assert {x["kind"] for x in lines} <= {"direct", "mixed", "indirect", "continuation"}


def test_cli_eval_quotes(capsys):
    assert main(["eval", "quotes", "--gold", str(FIXTURE), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["slice"] == "all" and rows[0]["gold"] == 4


def test_polnear_dev_smoke(nlp):
    """The harness on real PolNeAR documents (skipped when ../shared is absent)."""
    from conftest import shared_path
    rows = {r["slice"]: r for r in evaluate_quotes(shared_path("eval", "polnear", "dev"), nlp, limit=3)}
    assert rows["all"]["documents"] == 3 and rows["all"]["gold"] > 0
    assert 0 < rows["all"]["recall@30"] <= 1 and 0 < rows["all"]["precision@30"] <= 1
