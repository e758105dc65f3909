"""Wire-copy furniture (presslens.wire) and how the article reader leaves it out of the body."""

import pytest

from presslens.article import article_from_text, segments
from presslens.segmentation import paragraph_spans
from presslens.wire import find_furniture


def furniture(text):
    return [(f.kind, f.text, f.place) for f in find_furniture(text, paragraph_spans(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP, with the em dash, a state abbreviation, a country; Reuters with a date; CP's underscore
        ("LOS ANGELES (AP) — Penelope Cruz has a star.", [("dateline", "LOS ANGELES (AP) —", "LOS ANGELES")]),
        (
            "RAPID CITY, S.D. (AP) — The leader was named.",
            [("dateline", "RAPID CITY, S.D. (AP) —", "RAPID CITY, S.D.")],
        ),
        (
            "NEW DELHI, April 2 (Reuters) - India said so.",
            [("dateline", "NEW DELHI, April 2 (Reuters) -", "NEW DELHI")],
        ),
        ("TORONTO, Ont. (CP) _ The Leafs lost again.", [("dateline", "TORONTO, Ont. (CP) _", "TORONTO, Ont.")]),
        # a newspaper's dateline without an agency: the lede after the dash starts with a capital
        ("HALIFAX — Nova Scotia's premier says so.", [("dateline", "HALIFAX —", "HALIFAX")]),
        # a byline right before the dateline, names in two forms
        (
            "By Denny Thomas and Fiona Lau HONG KONG (Reuters) - Glencore has approval.",
            [
                ("byline", "By Denny Thomas and Fiona Lau", None),
                ("dateline", "HONG KONG (Reuters) -", "HONG KONG"),
            ],
        ),
        # an editor's note before the dateline, a reporting credit at the end
        (
            "(Corrects name in paragraph 5) SAN FRANCISCO, April 1 (Reuters) - The bank led. "
            "(Reporting by Chip Barnett; Editing by Leslie Adler)",
            [
                ("note", "(Corrects name in paragraph 5)", None),
                ("dateline", "SAN FRANCISCO, April 1 (Reuters) -", "SAN FRANCISCO"),
                ("credit", "(Reporting by Chip Barnett; Editing by Leslie Adler)", None),
            ],
        ),
        # a label in a dateline's place is furniture but no place; a dateline without its dash; a slug
        ("EXCLUSIVE – Roger Stone said on Monday.", [("note", "EXCLUSIVE –", None)]),
        (
            "AUBURN HILLS, Mich. (AP) Dennis Rodman has been voted in.",
            [("dateline", "AUBURN HILLS, Mich. (AP)", "AUBURN HILLS, Mich.")],
        ),
        (
            "UPDATE 1-Bank of America top muni underwriter\nNEW YORK (Reuters) - Bank of America led.",
            [("note", "UPDATE 1-", None), ("dateline", "NEW YORK (Reuters) -", "NEW YORK")],
        ),
        # capitals and a dash that are prose, not a dateline
        ("NATO - the alliance - met on Monday.", []),
        ("US — the country — is big.", []),
        ("The talks in WASHINGTON - the capital - went on.", []),
        ("The Palestinian Authority (PA) was exerting a 100% effort, Mr Abbas added.", []),
        ("Reuters reported the deal on Monday - The firm said nothing.", []),
    ],
)
def test_furniture_of_each_house_style(text, expected):
    assert furniture(text) == expected


def test_a_byline_of_its_own_and_a_contributor_line():
    text = (
        "By JOHN SMITH\nAssociated Press Writer\n\nOTTAWA — The federal government said it would act.\n\n"
        "It did.\n\nAssociated Press writer Jane Doe in Paris contributed to this report."
    )
    assert furniture(text) == [
        ("byline", "By JOHN SMITH\nAssociated Press Writer", None),
        ("dateline", "OTTAWA —", "OTTAWA"),
        ("credit", "Associated Press writer Jane Doe in Paris contributed to this report.", None),
    ]


def test_a_dateline_only_starts_the_story():
    # the second paragraph's capitals and dash are prose ("an interview in OTTAWA — Mr Smith ...")
    text = "WASHINGTON (AP) — The Senate voted.\n\nOTTAWA — The Canadians were not asked."
    assert [f.text for f in find_furniture(text, paragraph_spans(text))] == ["WASHINGTON (AP) —"]


def test_the_article_leaves_furniture_out_of_the_body_and_keeps_the_dateline():
    text = (
        "date 2011-04-01\n\nBy Denny Thomas HONG KONG (Reuters) - Glencore International has approval to list.\n\n"
        "The listing is the largest this year. (Reporting by Fiona Lau; Editing by Chris Lewis)"
    )
    art = article_from_text(text, "wire.txt")
    assert art.dateline == "HONG KONG" and art.byline == "Denny Thomas"
    assert art.body == "Glencore International has approval to list.\n\nThe listing is the largest this year."
    kinds = [p["kind"] for p in segments(art)]
    assert kinds == ["header", "byline", "dateline", "body", "body", "credit"]
    parse_text = art.parse_text
    assert len(parse_text) == len(text) and "Reuters" not in parse_text and "Denny" not in parse_text


def test_an_article_without_furniture_has_no_dateline():
    art = article_from_text("date 2011-04-01\n\nThe BBC said - and the crowd agreed.", "bbc.txt")
    assert art.furniture == () and art.dateline is None and art.byline is None


def test_a_byline_in_the_text_is_the_author_unless_the_metadata_name_one():
    from presslens.metadata import document_metadata

    text = "By Denny Thomas and Fiona Lau HONG KONG (Reuters) - Glencore has approval to list."
    assert document_metadata(article_from_text(f"date 2011-04-01\n\n{text}", "w.txt"))["author"] == (
        "Denny Thomas and Fiona Lau"
    )
    header = f"date 2011-04-01\nauthor: Reuters staff\n\n{text}"
    assert document_metadata(article_from_text(header, "w.txt"))["author"] == "Reuters staff"


def test_a_title_case_dateline_with_an_agency_after_a_title_line():
    """Hand-read (AFP copy in PolNeAR): "Clinton swipes at Trump over Brexit.\\n\\nWashington (AFP) –
    Democrat …": a title the reader left in the body does not end the story's top."""
    text = "Clinton swipes at Trump over Brexit.\n\nWashington (AFP) – Democrat Hillary Clinton has taken a swipe."
    paragraphs = [(0, 36), (38, len(text))]
    found = find_furniture(text, paragraphs)
    assert [(f.kind, f.text, f.place) for f in found] == [("dateline", "Washington (AFP) –", "Washington")]
    # a name and an agency in brackets inside a sentence are no dateline
    text = "Barack Obama (AP) said nothing."
    assert find_furniture(text, [(0, len(text))]) == []
