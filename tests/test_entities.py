import json

from conftest import SEED

from presslens.cli import main
from presslens.entities import acronym, caption_entities, extract_entities, spelling_variants


def test_grouping_surnames_and_acronyms(nlp):
    doc = nlp("Jack Teixeira was arrested in the United States. Teixeira worked for the US Air "
              "National Guard. Officials in the U.S. said Teixeira acted alone.")
    ents = {e.name: e for e in extract_entities(doc)}
    assert ents["Jack Teixeira"].count == 3
    assert set(ents["Jack Teixeira"].mentions) == {"Jack Teixeira", "Teixeira"}
    us = next(e for e in ents.values() if "U.S." in e.mentions or "US" in e.mentions)
    assert us.name == "United States"


def test_acronym():
    assert acronym("United States") == "US" and acronym("Federal Bureau of Investigation") == "FBI"


def test_variants_flagged_not_merged(nlp):
    doc = nlp("Jack Teixeria posted the files. Later, Jack Teixeira was charged.")
    ents = extract_entities(doc)
    variants = spelling_variants(ents)
    assert [(v.name_a, v.name_b) for v in variants] == [("Jack Teixeria", "Jack Teixeira")]
    assert variants[0].similarity > 0.9


def test_seed_body_and_caption_spelling(seed_article, seed_doc, nlp):
    body = extract_entities(seed_doc)
    caps = caption_entities(seed_article, nlp)
    for e in caps:
        for s, t in e.spans:
            assert seed_article.text[s:t] in e.mentions
    names = {(v.name_a, v.name_b) for v in spelling_variants(body + caps)}
    assert ("Jack Teixeria", "Jack Teixeira") in names


def test_cli_entities(capsys):
    assert main(["entities", str(SEED), "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["count"] >= rows[-1]["count"]
    text = SEED.read_text()
    for r in rows:
        for s, e in r["spans"]:
            assert text[s:e] in r["mentions"]
