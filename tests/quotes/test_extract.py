"""Quotations, cues and kinds (presslens.quotes.extract, presslens.quotes.find_quotes)."""

import json

from support import SEED, only_one, said_by

from presslens.cli import main
from presslens.quotes import find_quotes
from presslens.quotes.marks import find_quote_marks


def test_direct_quote_with_speaker_after(extract):
    text = "“We will rebuild the bridge,” Mayor Ann Lee said on Tuesday."
    q = only_one(extract(text), "direct")
    assert text[q.start : q.end] == "“We will rebuild the bridge,”"  # marks included
    assert q.speaker.text == "Mayor Ann Lee" and q.cue.text == "said"
    assert q.source == "Ann Lee" and q.source_type == "person"  # the person by name, without the title


def test_indirect_with_that_clause_and_outlet_addressee(extract):
    text = "Two senior officials told The New York Times that the talks had collapsed."
    q = only_one(extract(text), "indirect")
    assert q.text == "that the talks had collapsed"
    assert q.source_type == "anonymous"
    assert q.addressee.text == "The New York Times" and q.addressee_type == "outlet"


def test_according_to_a_document(extract):
    text = "Exports fell by a third last year, according to a leaked government report."
    q = only_one(extract(text), "indirect")
    assert q.cue.text == "according to"
    assert q.text == "Exports fell by a third last year"
    assert q.speaker.text == "a leaked government report" and q.source_type == "document"


def test_mixed_quote(extract):
    text = 'The minister said the plan "will change everything for farmers" within a year.'
    q = only_one(extract(text), "mixed")
    assert '"will change everything for farmers"' in q.text
    assert q.source == "The minister"


def test_multi_paragraph_quote_with_omitted_closing_mark(extract):
    text = (
        "“The first thing is to stop the flooding,” the engineer said. “Then we rebuild the road.\n\n"
        "“After that we will look at the bridges and the schools.”"
    )
    marks = find_quote_marks(text)
    assert len({m.chain for m in marks[1:]}) == 1  # the open paragraph and the next one: one quotation
    qs = extract(text)
    assert all(q.source == "the engineer" for q in qs)
    assert max(q.end for q in qs) == len(text)


def test_odd_and_straight_marks_never_raise(extract):
    texts = [
        'He said "this is odd and never closed.',
        "Unbalanced ” closing mark, the spokesman said.",
        '"Straight quotes work too," she said. "And "nested" ones."',
        "“One ‘nested’ quote here,” the aide said.",
    ]
    for t in texts:
        extract(t)  # no exception
    q = only_one(extract(texts[3]), "direct")
    assert q.text == "“One ‘nested’ quote here,”"


def test_offsets_point_at_the_source_characters(seed_article, seed_doc):
    for q in find_quotes(seed_doc):
        assert seed_article.text[q.start : q.end] == q.text
        for part in (q.cue, q.speaker, q.addressee):
            if part is not None:
                assert seed_article.text[part.start : part.end] == part.text


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


def test_cli_quotes_jsonl(capsys):
    assert main(["quotes", str(SEED), "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and set(lines[0]) >= {
        "doc",
        "kind",
        "text",
        "start",
        "end",
        "cue",
        "speaker",
        "source",
        "source_type",
    }
    assert {x["kind"] for x in lines} <= {"direct", "mixed", "indirect", "continuation"}
    text = SEED.read_text(encoding="utf-8")
    for x in lines:  # speaker and cue offsets point at the words in the file, to check each attribution
        for part in ("speaker", "cue"):
            if x[part] is not None:
                assert text[x[f"{part}_start"] : x[f"{part}_end"]] == x[part]
            else:
                assert x[f"{part}_start"] is None and x[f"{part}_end"] is None


def test_continued_quotation_signed_quotation_and_new_attribution_forms(extract):
    text = (
        'He told BBC Five Live: "Steven is above money. He is the future of Liverpool. '
        "\"It doesn't matter if it's £30m,\" Rick Parry said.\n\n"
        "“We are ready for anything.” ― Pamela Padilla\n\n"
        "Alex Ferguson accused Arsene Wenger of lying about the incident. "
        "The plan, the mayor said, is working well."
    )
    qs = extract(text)
    first = next(q for q in qs if "above money" in q.text)
    assert "£30m" in first.text and first.kind == "direct"  # one quotation across the lost break
    signed = next(q for q in qs if "ready for anything" in q.text)
    assert signed.speaker.text == "Pamela Padilla" and signed.source == "Pamela Padilla"
    accused = next(q for q in qs if "lying" in q.text)
    assert accused.source == "Alex Ferguson" and accused.cue.text == "accused"
    plan = next(q for q in qs if "working well" in q.text)
    assert plan.speaker.text == "the mayor" and plan.text.startswith("The plan")


def test_an_inverted_speaker_inside_the_content_is_the_speaker(extract):
    """Hand-read (BBC politics/305, tech/283): "The tone of the campaign, said Mr Milburn, would be
    …": the parser gives "said" two subjects; the one after the cue is the speaker and the other
    opens the content."""
    qs = extract(
        "Alan Milburn spoke in London. The tone of the campaign, said Mr Milburn, would be more "
        "conversational than rhetorical."
    )
    tone = next(q for q in qs if "conversational" in q.text)
    assert tone.speaker.text == "Mr Milburn" and tone.text.startswith("The tone of the campaign")


def test_a_name_after_a_cue_set_off_by_commas_is_the_speaker(extract):
    """Hand-read (BBC tech/367, 213, 234): "Also, said Mr Trainor, research is being done" (the parser
    makes "Trainor" the subject of "done") and "The problem, said Shailendra Jain, head of MMS firm
    Adamind, is educating people": the name is the speaker and ends at the comma; what the
    speaker's apposition holds is no content."""
    qs = extract(
        "Mike Trainor works for Intel. Also, said Mr Trainor, research is being done on ways to cut "
        "energy use. The problem, said Shailendra Jain, head of MMS firm Adamind, is educating people."
    )
    research = next(q for q in qs if "research is being done" in q.text)
    assert research.speaker.text == "Mr Trainor" and research.text.startswith("research"), research
    problem = next(q for q in qs if "educating people" in q.text)
    assert problem.speaker.text == "Shailendra Jain" and problem.text.startswith("The problem"), problem


def test_a_cue_set_off_by_commas_the_parser_hung_on_the_content(extract):
    """Hand-read (BBC tech/216): "What this means, said Stacey Jolna, senior vice president of TV Guide
    TV group, is that …": the parser makes "said" a parataxis of "is" and "Jolna" its subject; the
    content opens the sentence, the speaker ends at the comma."""
    qs = extract(
        "Stacey Jolna works for TV Guide. What this means, said Stacey Jolna, senior vice president of TV "
        "Guide TV group, is that the way people find the content they want to watch has to be simplified."
    )
    means = next(q for q in qs if "simplified" in q.text)
    assert means.speaker.text == "Stacey Jolna" and means.text.startswith("What this means"), means


def test_according_to_a_source_with_no_comma_before_the_content(extract):
    """Hand-read (BBC tech/375): "According to statistics 50% of all muggings … involve mobiles": the
    parser makes "50%" an apposition of "statistics"; the source is "statistics" alone."""
    qs = extract("According to statistics 50% of all muggings and snatch theft offences involve mobiles.")
    assert [(q.speaker.text, q.text) for q in qs] == [
        ("statistics", "50% of all muggings and snatch theft offences involve mobiles.")
    ]


def test_the_noun_a_participle_cue_describes_is_its_speaker(extract):
    """Hand-read (BBC business/337): "Victims groups accusing it of trying to escape its
    responsibilities by moving abroad, a charge the company denies." has no verb of its own; the groups
    accuse, and a speaker never holds its cue."""
    qs = extract(
        "Hardie moved its headquarters to the Netherlands. Victims groups accusing it of trying to escape "
        "its responsibilities by moving abroad, a charge the company denies."
    )
    accused = next(q for q in qs if q.cue.text == "accusing")
    assert accused.speaker.text == "Victims groups" and accused.text.startswith("of trying"), accused


def test_a_name_set_off_after_an_according_to_description_is_the_source(extract):
    """Hand-read (BBC business/073): "According to the statistics office, Destatis, rising exports …":
    the name is the office's; in "according to police, Smith, 45, was arrested" it is the content's."""
    qs = extract(
        "According to the statistics office, Destatis, rising exports were outweighed by weak demand. "
        "According to police, Smith, 45, was arrested on Monday."
    )
    office = next(q for q in qs if "exports" in q.text)
    assert office.speaker.text == "the statistics office, Destatis" and office.text.startswith("rising")
    police = next(q for q in qs if "arrested" in q.text)
    assert police.speaker.text == "police" and police.text.startswith("Smith")


def test_a_base_form_with_one_person_as_its_subject_is_no_cue(extract):
    """Hand-read (BBC sport/414): "… forward momentum, one Ben Kay charge apart": the tagger reads the
    noun "charge" as a verb, but no one person "charge"s; "that could further threaten" reports
    nothing (a thing, as with "injuries that threatened")."""
    qs = extract(
        "France twice turned over England ball at the breakdown early on as the home side struggled to "
        "generate forward momentum, one Ben Kay charge apart. The ECB's mandate is to fight rising prices "
        "by boosting interest rates - and that could further threaten Germany's hopes of recovery."
    )
    assert qs == []


def test_a_doubled_cue_gives_one_quotation(extract):
    """Hand-read (BBC tech/185): "“We believe …,” said David Yarnton, Nintendo Europe's general manager
    said at the recent press launch": one quotation, David Yarnton's, not a second one without a
    speaker around it."""
    qs = extract(
        '"We believe the DS will appeal to all ages," said David Yarnton, Nintendo Europe\'s general '
        "manager said at the recent press launch for the handheld."
    )
    assert len(qs) == 1 and qs[0].speaker.text.startswith("David Yarnton"), qs


def test_transcript_labels_inverted_cues_and_phrases_quoted_by_a_sentence_subject(extract):
    """Hand-read attributions: a quoted transcript's labelled turns; "Said Ellis:"; a phrase quoted in a
    sentence whose subject is a named person; a cue the parser hung under the quoted words."""
    text = (
        '"WALLACE: If I may, sir, we have limited time. Will she be there?"\n\n'
        '"PENCE: She will not be attending the debate tonight."\n\n'
        'Tax experts doubt the plan. Said Ellis: "I do not see any interest in reform at all."\n\n'
        'Ohio party chairman David Pepper called the decision a "huge win for Ohio voters."\n\n'
        '"I will make this promise to you: We will achieve justice in this case," Tulsa police Chief '
        "Chuck Jordan said Monday."
    )
    qs = extract(text)

    def source(fragment):
        return next(q for q in qs if fragment in q.text).source

    assert source("limited time") == "WALLACE" and source("not be attending") == "PENCE"
    assert source("interest in reform") == "Ellis"
    assert source("huge win") == "David Pepper"
    assert source("achieve justice") == "Chuck Jordan"


def test_notes_in_capitals_are_no_speakers(extract):
    qs = extract('"NOTE: the figures were revised on Monday, as the agency explained."\n\nThe mayor said so.')
    assert all(q.speaker is None or q.speaker.text != "NOTE" for q in qs)


def test_claiming_a_title_is_not_speech_and_a_bracketed_acronym_stays_whole(extract):
    """ "claimed the individual titles" / "claimed victory" (won) report nothing, while "claimed <noun>
    had …" does; a speaker written "Committee (JURI)" keeps its closing bracket."""
    assert extract("Meanwhile, Stephen Cairns and Jill Shannon claimed the individual titles in Coleraine.") == []
    assert extract("Helen Clitheroe claimed victory in the 3000m on Saturday.") == []
    q = only_one(extract("Sir Nicholas claimed strong painkillers had reacted badly with alcohol."), "indirect")
    assert q.speaker.text == "Sir Nicholas" and q.text == "strong painkillers had reacted badly with alcohol"
    q = only_one(
        extract("The Legal Affairs Committee (JURI) said the Commission should re-submit it."), "indirect"
    )
    assert q.speaker.text == "The Legal Affairs Committee (JURI)"


def test_adding_jobs_is_not_speech_and_the_subject_of_a_passive_cue_is_not_its_speaker(extract):
    """Hand-read (BBC business/007, politics/228): "US firms added only 146,000 jobs" (created)
    reports nothing; "The Labour Party has been accused of anti-Semitism" has no speaker, and
    the agent of a passive cue is its speaker."""
    quotes = extract("US firms added only 146,000 jobs in January, according to Labor Department figures.")
    assert [q.speaker.text for q in quotes] == ["Labor Department figures"]
    q = only_one(
        extract("The Labour Party has been accused of anti-Semitism over its election posters."), "indirect"
    )
    assert q.speaker is None and q.source_type != "person"
    text = "The life of the singer Ian Curtis is to be made into a film, it has been announced."
    q = only_one(extract(text), "indirect")
    assert q.speaker is None and q.text == "The life of the singer Ian Curtis is to be made into a film"
    q = only_one(extract("The firm has been accused by regulators of hiding its losses for years."), "indirect")
    assert q.speaker.text == "regulators"
    q = only_one(extract('"We will win," he added, before the team left.'), "direct")
    assert q.speaker.text == "he"


def test_the_ally_or_family_of_a_person_is_not_that_person(extract):
    """Hand-read (BBC politics/359, entertainment/177): "Chancellor Gordon Brown's closest ally
    denied …" is not Gordon Brown's word, nor is "his family said" Jerry Scoggins's."""
    q = only_one(
        extract("Chancellor Gordon Brown's closest ally has denied suggestions there will be a Budget giveaway."),
        "indirect",
    )
    assert q.source != "Gordon Brown"
    text = "Musician Jerry Scoggins has died in Los Angeles at the age of 93, his family said."
    assert only_one(extract(text), "indirect").source != "Jerry Scoggins"


def test_someone_of_a_persons_is_not_that_person(extract):
    """Hand-read (BBC sport/168, entertainment/094, business/336): "Adriano's agent Gilmar Rinaldi",
    "His agent" (Philip Pullman's) and "her employers" (Ms Villalba's) are not the possessor, whatever
    the noun; "Mr Crosby's statement" is Mr Crosby's words."""
    text = "Adriano's agent Gilmar Rinaldi has insisted that he has had no contact with Chelsea."
    assert only_one(extract(text), "indirect").source == "Gilmar Rinaldi"
    text = (
        "Philip Pullman has denied his books are anti-religious. His agent told the Times newspaper "
        "that Pullman was happy with the adaptation so far."
    )
    assert [q.source for q in extract(text)] == ["Philip Pullman", "His agent"]
    text = "Ms Villalba worked for Merrill. In 2003 her employers told her she had no future with the company."
    assert only_one(extract(text), "indirect").source == "her employers"
    text = "Lynton Crosby ran the campaign. Mr Crosby's statement said the party was united."
    assert only_one(extract(text), "indirect").source == "Lynton Crosby"
    text = "Donna Clarkson sued on Monday. Ms Clarkson's legal action alleges that he hit her."
    assert only_one(extract(text), "indirect").source == "Donna Clarkson"


def test_a_clause_reported_with_that_is_no_aside_reporting_the_sentence(extract):
    """Hand-read (BBC business/114): in "Prosecutors allege that the company's top executives
    responded by …" the executives report nothing; "The economy is growing, the minister said"
    still reports what precedes."""
    quotes = extract(
        "Prosecutors allege that the company's top executives responded by orchestrating massive fraud."
    )
    assert [q.source for q in quotes] == ["Prosecutors"]
    assert only_one(extract("The economy is growing fast, the minister said."), "indirect").text == (
        "The economy is growing fast"
    )


def test_a_thing_that_responds_or_reacts_says_nothing(extract):
    """Read by hand (a Reuters oil report among the KPCrowd texts): "The rally fed upon itself as
    prices responded to US-dollar weakness" gave prices the words "The rally fed upon itself";
    people who respond with a clause still speak."""
    assert extract("The rally fed upon itself as prices responded to US-dollar weakness.") == []
    assert extract("Markets reacted badly to the news.") == []
    assert only_one(extract("Many voters responded that the plan was unfair."), "indirect").text == (
        "that the plan was unfair"
    )


def test_a_name_with_an_occupation_in_apposition_is_a_person(extract):
    """Read by hand (a Reuters oil report among the KPCrowd texts): "Rich Ilczyszyn, a broker at
    Lind-Waldock" starts with a common English word, which had made him a firm of unknown type."""
    text = 'Rich Ilczyszyn, a broker at Lind-Waldock said: "A lot of players are looking at this market."'
    q = only_one(extract(text), "direct")
    assert (q.source, q.source_type) == ("Rich Ilczyszyn", "person")


def test_a_surname_read_as_an_adverb_after_an_inverted_cue_is_the_speaker(extract):
    """Hand-read (BBC sport/106): '"…," admitted Kiely.' lost its speaker: the tagger read the
    surname as an adverb for its ending; '"…," he said quietly' keeps its speaker."""
    text = 'Dean Kiely made three saves. "It feels like a defeat," admitted Kiely.'
    assert only_one(extract(text), "direct").source == "Dean Kiely"
    assert only_one(extract('"It is over," he said quietly.'), "direct").speaker.text == "he"


def test_the_object_of_despite_or_with_is_the_subject_of_the_participle_after_it(extract):
    """Hand-read (BBC politics/399, business/488, politics/098): "The news comes despite Mr Flight's
    allies saying …" gave "The news" the words, "with analysts saying" the main clause's subject;
    "released a statement saying" is still the firm's."""
    text = "The news comes despite Mr Flight's allies saying they had enough support to hold a meeting."
    assert only_one(extract(text), "indirect").speaker.text == "Mr Flight's allies"
    text = "The cost still needs to be factored in, with analysts saying the deficit could grow."
    assert only_one(extract(text), "indirect").speaker.text == "analysts"
    text = "The firm released a statement saying it was sorry."
    assert only_one(extract(text), "indirect").speaker.text == "The firm"


def test_a_cue_in_a_time_clause_reports_its_object_not_the_main_clause(extract):
    """Hand-read (BBC business/307): "Investors had piled into Cairn after the company announced
    significant oil finds" reports the finds; "…, Lord Falconer said" still reports what precedes."""
    quotes = extract("Investors had piled into Cairn after the company announced significant oil finds in India.")
    assert [q.text for q in quotes] == ["significant oil finds in India"]
    q = only_one(extract("Curfews were other options, Lord Falconer said."), "indirect")
    assert q.text == "Curfews were other options"


def test_a_joined_verb_sharing_its_subject_reports_nothing_before_the_first_verb(extract):
    """Hand-read (BBC tech/054, business/318): "A mobile phone that recognises and responds to
    movements" and "Yukos … has threatened legal action" are no quotations; a joined cue before a
    colon still reports what follows it (entertainment/354)."""
    assert extract("A mobile phone that recognises and responds to movements has been launched in Japan.") == []
    text = "Yukos is not planning on letting go of its unit without a fight and has threatened legal action."
    assert all(not q.text.startswith("Yukos is not") for q in extract(text))
    text = 'The Australian-born actress stopped to sign autographs and joked: "It\'s tight but I love it."'
    quotes = extract(text)
    assert len(quotes) == 1 and quotes[0].cue is not None and quotes[0].cue.text == "joked"
    assert "It's tight but I love it" in quotes[0].text


def test_a_refused_or_failed_saying_and_what_someone_says_as_a_subject_are_no_quotations(extract):
    """Hand-read (BBC politics/126, 359, sport/164; a USA Today letter in PolNeAR): "declined to say
    if", "refused to say whether", "refuses to … explain how", "Everything Trump says is a lie"."""
    for text in (
        "He declined to say if he was pleased with the eventual result.",
        "Mr Balls refused to say whether Mr Brown would remain as chancellor.",
        "Trump refuses to release his tax records or explain how his wife became a citizen.",
        "We don't care. Everything Trump says is a lie unless proven otherwise.",
    ):
        assert extract(text) == [], text


def test_a_quoted_title_after_a_kind_of_writing_is_no_quotation(extract):
    """Hand-read (a USA Today letter in PolNeAR): "Ouisa Davis' commentary, “Melania, tell your
    immigrant story,” is very thoughtful" quotes a title; a quotation after "… programme." is one."""
    text = (
        'Ouisa Davis\' commentary, "Melania, tell your immigrant story," is very thoughtful. Donald Trump '
        'stated that Melania would discuss it "in a few weeks."'
    )
    assert all("Melania, tell" not in q.text for q in extract(text))
    text = (
        '"Dance music is changing," he told the BBC\'s The Ticket programme. "I personally don\'t believe '
        "it's either dead or going to die.\""
    )
    assert any("I personally" in q.text for q in extract(text))


def test_a_participle_after_an_according_to_source_is_the_source_s(extract):
    """Hand-read (BBC business/107, tech/129): "according to data provided by the Liberians, the
    country's GDP rose" reports the rise; "figures gathered by industry watchdog, Ofcom," is one source."""
    text = "The IMF said that, according to data provided by the Liberians, the country's GDP rose by 2% in 2004."
    q = said_by(extract(text), cue="according to")
    assert q.speaker.text == "data provided by the Liberians"
    assert q.text.startswith("the country's GDP rose")
    text = "According to figures gathered by industry watchdog, Ofcom, the growth means the UK leads Spain."
    q = said_by(extract(text), cue="According to")
    assert q.speaker.text == "figures gathered by industry watchdog, Ofcom"
    assert q.text.startswith("the growth means")


def test_a_party_tag_in_brackets_is_no_speaker_and_a_cue_after_the_closing_mark_reports(extract):
    """Hand-read (PolNeAR dev, Washington Post and HuffPost): "“…,” Rep. Elijah E. Cummings (D-Md.)
    said" is Cummings's; "“… in this case,” Tulsa police Chief Chuck Jordan said Monday" (the parser
    joins "said" to the quoted verb) is Jordan's."""
    q = only_one(
        extract('"One of the brightest members of the entire Congress," Rep. Elijah E. Cummings (D-Md.) said.'),
        "direct",
    )
    assert "Cummings" in q.source
    text = (
        "The U.S. Department of Justice is investigating the shooting.\n“I will just make this promise to "
        "you: We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday."
    )
    quotes = extract(text)
    assert [q.source for q in quotes] == ["Chuck Jordan"]


def test_of_two_subjects_the_parser_gives_a_cue_a_person_s_name_is_the_speaker(extract):
    """Hand-read (BBC politics/141, business/198, politics/330; a Breitbart text in PolNeAR): the
    parser makes both halves of an apposition subjects of "said"."""
    cases = {
        'The chairman of the Bar Council, Guy Mansfield QC, warned there was a real risk.': "Guy Mansfield",
        "Dr Mike Watts, head of exploration, said the area looked very strong.": "Mike Watts",
        'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."': "Colin Asplin",
        "Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican "
        'presidential primary, Gov. John Kasich (R-OH), said, "I am getting ready to rent a covered wagon."': (
            "John Kasich"
        ),
    }
    for text, person in cases.items():
        sources = [q.source for q in extract(text)]
        assert sources and all(person in (s or "") for s in sources), (text, sources)


def test_a_name_set_off_after_the_closing_mark_speaks_however_long_its_apposition(extract):
    """Hand-read (a Breitbart text in PolNeAR): "“…,” Trump, the 2016 GOP presidential frontrunner
    … after winning the New Hampshire primaries, said when Boyle asked him a question"."""
    text = (
        "“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner "
        "nationally and current polling leader in South Carolina by a wide margin after winning the New "
        "Hampshire primaries, said when Boyle asked him a question."
    )
    q = next(q for q in extract(text) if "Very good reporter" in q.text)
    assert q.speaker is not None and q.speaker.text.startswith("Trump")


def test_a_participles_noun_speaks_unless_its_verb_issued_it(extract):
    """Hand-read (BBC business/445, politics/212; PolNeAR): "forced out because of the reports
    claiming …" and "has denied a report claiming …" gave the words to the subject of the main
    clause; the reports claim them. Who releases, sends or runs a statement still speaks through it,
    and so does who speaks at a news conference (PolNeAR dev)."""
    text = "Mr Walsh denied they had been forced out because of the reports claiming they would launch an airline."
    q = next(q for q in extract(text) if q.cue.text == "claiming")
    assert (q.speaker.text, q.source_type) == ("the reports", "document")
    text = "The minister dismissed newspaper reports suggesting he would resign."
    assert only_one(extract(text), "indirect").speaker.text == "newspaper reports"
    text = "The firm released a statement saying it was pleased with the result."
    assert only_one(extract(text), "indirect").speaker.text == "The firm"
    text = "The senator emailed supporters saying the struggle would go on."
    assert only_one(extract(text), "indirect").speaker.text == "The senator"
    # BBC politics/173: who raises or brings an appeal argues through it
    text = "Executive ministers raised an appeal arguing that the standard of proof should be higher."
    assert only_one(extract(text), "indirect").speaker.text == "Executive ministers"
    text = "She said at a news conference announcing that her department was suing the state."
    quotes = extract(text)
    assert quotes and all(q.speaker.text == "She" for q in quotes)
    # a participle after a comma is the subject's, however the parser hung it
    text = "Carson rejected the notion that the episode was over, saying that he would fix it."
    q = next(q for q in extract(text) if q.cue.text == "saying")
    assert q.speaker.text == "Carson"


def test_who_is_quoted_as_saying_is_the_speaker(extract):
    """Hand-read (BBC business/447, business/043; PolNeAR): "the paper quoted Mr Chernin as saying"
    and "Arab News quoted Prince Saud as saying" gave the words to the paper, or found none; "cited
    a police source as saying" made the source the content."""
    q = only_one(extract('Video games are "big business", the paper quoted Mr Chernin as saying.'), "mixed")
    assert q.speaker.text == "Mr Chernin" and "big business" in q.text
    q = only_one(extract("Reuters quoted an official as saying the talks had failed."), "indirect")
    assert (q.speaker.text, q.source_type) == ("an official", "anonymous")
    q = only_one(extract("The agency cited a police source as saying that five people died."), "indirect")
    assert q.speaker.text == "a police source" and q.text == "that five people died"
    assert only_one(extract("He was quoted as saying the talks had failed."), "indirect").speaker.text == "He"
    # "cited X as Y" without saying is still what was cited
    q = only_one(extract("Judges have cited the upcoming election as a reason to speed the release."), "indirect")
    assert q.text.startswith("the upcoming election")


def test_a_verb_of_purpose_reports_nothing_said_before_it(extract):
    """Hand-read (BBC tech/226): "BT set out to predict future patterns" had the quotation "BT set
    out"; a parenthetical cue still reports the clause before it."""
    assert extract("BT set out to predict future patterns based on current information.") == []
    q = said_by(extract("Prices will rise next year, the minister predicted."), cue="predicted")
    assert q.text.startswith("Prices will rise")


def test_what_a_verb_of_saying_reports_is_no_speaker_of_the_sentence_start(extract):
    """Hand-read (BBC politics/292): "Mr Kilroy-Silk separately said he had argued against …" is one
    quotation; "argued" had made "Mr Kilroy-Silk separately said" a second one."""
    qs = extract("Mr Kilroy-Silk separately said he had argued against UKIP working with such groups.")
    assert [q.text for q in qs] == ["he had argued against UKIP working with such groups"], qs


def test_an_adverb_opening_the_sentence_is_no_quotation(extract):
    """Hand-read (BBC politics/337): "Earlier, Lib Dem chairman Matthew Taylor wrote to the watchdog
    saying: “…”" had a quotation "Earlier"."""
    text = 'Earlier, Lib Dem chairman Matthew Taylor wrote to the watchdog saying: "Such phone calls are illegal."'
    assert [q.text for q in extract(text)] == ['"Such phone calls are illegal."']


def test_a_participle_of_saying_reports_what_follows_it(extract):
    """Hand-read (BBC business/062): "The decline came despite Multiplex reporting an 11% rise in
    pre-tax profits" had the content "The decline came"."""
    text = "The decline came despite Multiplex reporting an 11% rise in pre-tax profits for 2004."
    q = said_by(extract(text), "Multiplex")
    assert q.text.startswith("an 11% rise"), q
    # a PolNeAR text: the participle's own words, not the clause it hangs on
    text = "Trump wrote to the company's chief executive, threatening \"a major lawsuit\" if it went ahead."
    assert said_by(extract(text), cue="threatening").text.startswith('"a major lawsuit"')
    # BBC business/152: a preposition or an amount after it is no speech
    assert extract("Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.") == []
