"""People, their genders and the quotations attributed to them, on hand-written articles."""

import pandas as pd
import pytest
from support import ROOT, SEED

from presslens.cli import main
from presslens.names import first_name_gender
from presslens.people import gender_shares, people, people_records
from presslens.quotes import find_quotes
from presslens.quotes.extract import NOT_SPEAKERS


def _analyse(nlp, text):
    doc = nlp(text)
    qs = find_quotes(doc)
    return qs, {p.name: p for p in people(doc, qs)}


def _source_of(qs, fragment):
    return next(q for q in qs if fragment in q.text).source


def test_pronoun_after_a_newly_introduced_person(nlp):
    text = (
        "Ann Lee said the talks had failed. Later that day Marc Gasol joined the team in Memphis. "
        "He said the new plan would work."
    )
    qs, _ = _analyse(nlp, text)
    assert _source_of(qs, "new plan") == "Marc Gasol"  # not the last speaker, Ann Lee


def test_apposition_and_title_give_the_person(nlp):
    text = (
        "BT chief executive Ben Verwaayen said the company would grow. "
        "The affable proprietor, Alfonso Espinos, said business was good."
    )
    qs, found = _analyse(nlp, text)
    assert _source_of(qs, "company would grow") == "Ben Verwaayen"
    assert _source_of(qs, "business was good") == "Alfonso Espinos"
    assert found["Ben Verwaayen"].is_source and found["Alfonso Espinos"].n_quotes == 1


def test_canonical_source_is_the_full_name(nlp):
    text = "Doug McCallum said the budget was tight. McCallum said the council would vote in May."
    qs, found = _analyse(nlp, text)
    assert {q.source for q in qs} == {"Doug McCallum"}
    assert found["Doug McCallum"].n_mentions == 2 and found["Doug McCallum"].n_quotes == 2


def test_organisation_pronoun_is_the_organisation(nlp):
    text = (
        "BT said profits rose by 10%. Ben Verwaayen, its chief executive, said he was pleased. "
        "It added that prices would not change."
    )
    qs, _ = _analyse(nlp, text)
    assert _source_of(qs, "prices would not change") == "BT"


def test_quote_internal_words_are_never_speakers(nlp):
    text = (
        "Nobody said the vote would be easy, the mayor said. You say the plan is late, "
        "but something said in the meeting changed minds, Ann Lee told reporters."
    )
    qs, _ = _analyse(nlp, text)
    # hand-read: two attributions, to the mayor and to Ann Lee; "Nobody", "You" and "something" are
    # inside the reported speech
    assert sorted(q.speaker.text for q in qs if q.speaker is not None) == ["Ann Lee", "the mayor"]
    assert all(q.speaker.text.lower() not in NOT_SPEAKERS for q in qs if q.speaker is not None)


def test_pronouns_decide_where_the_name_does_not_and_never_against_a_clear_first_name(nlp):
    assert first_name_gender("Jean Smith") == "unknown"  # a name of both genders: the data abstain
    _, found = _analyse(nlp, "Jean Smith said the vote was close. She added that turnout had been high.")
    assert (found["Jean Smith"].gender, found["Jean Smith"].gender_evidence) == ("female", "text: she ×1")
    # "she" cannot be a Michael (agreement): it stays unresolved instead of making him a woman
    _, found = _analyse(nlp, "Michael Smith said the vote was close. She added that turnout had been high.")
    assert found["Michael Smith"].gender == "male"
    assert found["Michael Smith"].gender_evidence == "first name: Michael (nomquamgender)"


def test_spouses_of_one_surname_stay_apart_by_title(nlp):
    text = (
        "Michael Howard said the party would win. Mrs Howard, who campaigned with him, said the "
        "voters were tired. Howard later told reporters he was confident."
    )
    _, found = _analyse(nlp, text)
    assert found["Michael Howard"].gender == "male"
    wife = next(p for name, p in found.items() if name != "Michael Howard" and "Howard" in name)
    assert wife.gender == "female" and wife.n_mentions == 1


def test_gender_from_honorific_and_from_first_name(nlp):
    text = "Ms Okafor opened the meeting. Helen Marsh chaired it."
    _, found = _analyse(nlp, text)
    assert (found["Okafor"].gender, found["Okafor"].gender_evidence) == ("female", "title: Ms ×1")
    assert found["Helen Marsh"].gender == "female"
    assert found["Helen Marsh"].gender_evidence == "first name: Helen (nomquamgender)"


def test_unknown_when_nothing_says(nlp):
    assert first_name_gender("Tautahi Ngata") == "unknown" and first_name_gender("Ngata") == "unknown"
    _, found = _analyse(nlp, "Tautahi Ngata said the vote was close.")
    assert (found["Tautahi Ngata"].gender, found["Tautahi Ngata"].gender_evidence) == ("unknown", "none")


def test_gender_shares_by_hand():
    table = pd.DataFrame(
        {
            "gender": ["female", "male", "male", "unknown"],
            "is_source": [True, True, False, True],
            "n_quotes": [3, 1, 0, 2],
        }
    )
    shares = gender_shares(table)
    assert (shares["n_people"], shares["n_sources"], shares["n_quotes"]) == (4, 3, 6)
    assert shares["sources"]["female"] == 1 and shares["sources"]["share_female"] == pytest.approx(1 / 2)
    assert shares["quotes"]["female"] == 3 and shares["quotes"]["share_female"] == pytest.approx(3 / 4)
    assert shares["people"]["share_female"] == pytest.approx(1 / 3)
    assert gender_shares(table.iloc[:0])["sources"]["share_female"] is None


def test_seed_unnamed_official_stays_anonymous(seed_doc):
    qs = find_quotes(seed_doc)
    found = people(seed_doc, qs)
    official = [
        q
        for q in qs
        if q.speaker is not None
        and "official" in q.speaker.text.lower()
        and "officials" not in q.speaker.text.lower()
    ]
    assert official and all(q.source_type == "anonymous" for q in official)
    assert not any("official" in p.name.lower() for p in found)  # an unnamed official is no person record
    records = people_records(found, "seed")
    assert sum(r["n_quotes"] for r in records) == sum(q.source_type == "person" for q in qs)


def test_cli_people_csv_columns(capsys):
    """The CSV the CLI prints has the columns (in order) and rows of the committed people table."""
    import csv
    import io

    assert main(["people", str(SEED), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["doc", "name", "gender", "gender_evidence", "n_mentions", "is_source", "n_quotes"]
    table = (ROOT / "results" / "tables" / "people.csv").read_text(encoding="utf-8")
    committed = list(csv.reader(io.StringIO(table)))
    assert [r[1:] for r in rows[1:]] == [r[1:] for r in committed[1:]]  # doc: the path as given
    assert all(r[2] in ("female", "male", "unknown") for r in rows[1:])


def test_role_noun_is_the_person_named_with_that_role(nlp):
    text = (
        "Arsenal manager Arsene Wenger praised his young players on Saturday. "
        "Chelsea won again. The Arsenal boss said the title race was still open."
    )
    qs, found = _analyse(nlp, text)
    assert _source_of(qs, "title race") == "Arsene Wenger"
    assert found["Arsene Wenger"].n_quotes == 1


def test_a_source_names_the_person_its_last_word_names():
    from presslens.people import Person, source_person

    people = [Person(n, "male", "none", ()) for n in ("Howard Flight", "Howard", "Adrienne Watson")]
    assert source_person("spokeswoman Adrienne Watson", people).name == "Adrienne Watson"
    assert source_person("Watson", people).name == "Adrienne Watson"
    assert source_person("Sacked MP Howard Flight's local Conservative association", people) is None


@pytest.mark.parametrize(
    ("text", "name", "is_person"),
    [
        # where the person is from, set off by commas, marks a person whatever the recogniser's label
        (
            "Toshihiko Horiuchi, from Hitachi's research laboratory, said the robot was fast.",
            "Toshihiko Horiuchi",
            True,
        ),
        # so does a role right before the name
        ("Liberal Democrat shadow chancellor Vince Cable warned the picture was not rosy.", "Vince Cable", True),
        # a firm named after a person is from nowhere
        ("Louis Vuitton said sales rose.", "Louis Vuitton", False),
    ],
)
def test_a_name_labelled_an_organisation_is_a_person_by_what_the_text_says(nlp, text, name, is_person):
    from spacy.tokens import Span

    from presslens.person_mentions import person_mentions

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]
    assert (name in {m.text for m in person_mentions(doc)}) is is_person


def test_a_party_label_a_hyphenated_surname_and_a_currency_are_read_as_people_are(nlp):
    """Hand-read (BBC politics/220, politics/292, entertainment/045): "Tory Liam Fox" is Liam Fox; "Mr
    Kilroy-Silk" is Robert Kilroy-Silk, not a second person "Kilroy"; "5.45m Euros" names no one."""
    text = (
        "The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a choice. "
        "Robert Kilroy-Silk left the party. Mr Kilroy-Silk said he was irritated. "
        "Jugnot made 5.45m Euros (3.77m pounds) last year and Depardieu made 2.2m Euros."
    )
    _, found = _analyse(nlp, text)
    assert "Liam Fox" in found and not any(n.startswith("Tory") for n in found), sorted(found)
    assert found["Robert Kilroy-Silk"].n_quotes == 1 and "Kilroy" not in found, sorted(found)
    assert "Euros" not in found, sorted(found)
