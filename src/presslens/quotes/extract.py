"""Find quotations and their attributions in a parsed article.

Four kinds, as in the attribution literature (PARC, PolNeAR):

``direct``
    The content is a passage in quote marks ("“We see a lot of talk,” the
    official said."), possibly over several sentences or paragraphs.
``mixed``
    Reported speech that contains a quoted fragment (The United States
    “maintains the capability …,” Watson told the Post).
``indirect``
    Reported speech without quote marks, introduced by a speech cue (said,
    told, added, warned, according to, …) with its content clause.
``continuation``
    A quoted passage with no cue of its own, attributed to the most recent
    speaker.

Offsets: ``start``/``end`` of a quotation are character offsets into the
parsed text (for an :class:`~presslens.article.Article`, its file text). For
``direct`` and ``continuation`` quotations they **include** the quote marks;
for ``mixed`` and ``indirect`` they cover the content clause (with any quoted
fragment and its marks). Trailing commas before a cue are excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from presslens.lexicon import SPEECH_VERBS
from presslens.names import is_common_word
from presslens.quotes.cues import OBJECT_CONTENT_VERBS, WEAK_VERBS, cue_tokens, is_according_to, is_thing
from presslens.quotes.marks import QuoteMarkSpan, find_quote_marks
from presslens.titles import WORK_KINDS, follows_a_kind_of_work

KINDS = ("direct", "mixed", "indirect", "continuation")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_CONTENT_DEPS = ("ccomp", "xcomp")
_TRIM = " \t\n\r,;:—–-"
_NP_DROP_DEPS = ("relcl", "acl", "punct", "cc")

#: Subjects of a verb of saying that never name a source: the second person and indefinite
#: pronouns, which appear in quoted or generic speech ("nobody says", "you say", "something said").
NOT_SPEAKERS = frozenset("""you something nothing anything everything nobody anybody everybody""".split())


@dataclass(frozen=True)
class TextSpan:
    """A piece of text and its character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One quotation or attribution.

    Attributes
    ----------
    kind : {"direct", "mixed", "indirect", "continuation"}
    text : str
        The content, ``source_text[start:end]``.
    start, end : int
        Content offsets (see the module docstring on quote marks).
    cue : TextSpan or None
        The speech cue ("said", "according to"); ``None`` for continuations.
    speaker : TextSpan or None
        The speaker as written ("she", "the official", "Adrienne Watson").
    source : str or None
        The canonical source the speaker resolves to (set by
        :func:`presslens.quotes.sources.resolve_sources`).
    source_type : str
        ``person``, ``anonymous``, ``organisation``, ``document``, ``outlet`` or ``unknown``.
    addressee : TextSpan or None
        Whom the statement was made to ("told *The Washington Post*").
    addressee_type : str or None
        The addressee's type (``outlet`` for attributions to other news outlets).
    """

    kind: str
    text: str
    start: int
    end: int
    cue: TextSpan | None
    speaker: TextSpan | None
    source: str | None = None
    source_type: str = "unknown"
    addressee: TextSpan | None = None
    addressee_type: str | None = None


def _span(text: str, start: int, end: int) -> TextSpan:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return TextSpan(text[start:end], start, end)


def _tokens_span(text: str, tokens: list[Token]) -> TextSpan | None:
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    for opening, closing in ("()", "[]"):  # "The Legal Affairs Committee (JURI" takes its ")" back
        if text.count(opening, start, end) > text.count(closing, start, end) and text[end : end + 1] == closing:
            end += 1
    return _span(text, start, end)


def noun_phrase(tok: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``tok`` (relative clauses and trailing punctuation cut)."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ in _NP_DROP_DEPS:
            continue
        if child.dep_ == "prep" and child.i > tok.i and child.lower_ not in ("of", "for", "at", "with", "by"):
            continue
        keep.extend(child.subtree)
    return sorted(keep, key=lambda t: t.i)


def _subject(verb: Token) -> Token | None:
    """The speaker's head token for a cue verb (climbing coordinations and participles)."""
    inverted = _inverted_subject(verb)
    if inverted is not None and inverted.dep_ in _SUBJECT_DEPS:
        # "The tone of the campaign, said Mr Milburn, would be …": the parser gives "said" two
        # subjects; the one after the cue that opens its clause is the speaker
        return inverted
    seen = set()
    while verb.i not in seen:
        seen.add(verb.i)
        quoting = _quoting_verb(verb)
        if quoting is not None:
            # "Reuters quoted an official as saying …": the one quoted is the speaker ("He was quoted
            # as saying": the subject of the passive)
            quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if quoted is not None and quoted.pos_ in ("NOUN", "PROPN", "PRON"):
                return quoted
            verb = quoting
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # two subjects from the parser ("in Berea, OH, after winning Ohio, Gov. John Kasich said";
            # "The chairman of the Bar Council, Guy Mansfield QC, warned"): a person's name before any
            # other name or pronoun, before a description; the first among equals
            return min(subjects, key=lambda c: (_subject_rank(c), c.i))
        if verb.dep_ == "relcl":  # "officials, who said ..."
            return verb.head
        if verb.dep_ == "xcomp":  # object control: "The pressure prompted the prime minister to say"
            obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                return obj
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "ccomp"
            and verb.head.head.lemma_.lower() in SPEECH_VERBS
        ):
            # "The seller said the year had begun well, adding …": the parser hangs "adding" on the
            # reported clause; the speaker is the one who said it
            verb = verb.head.head
            continue
        if _reporters_conjunct(verb):
            # "Mourinho said that the match was entertaining and insisted his team could …": a thing
            # inside the reported clause insists nothing; the reporter does
            verb = verb.head.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and _not_the_clause_object(verb):
            # "The news comes despite Mr Flight's allies saying …", "with officials saying", "forced
            # out because of the reports claiming …": the noun is the participle's subject, not the
            # main clause's ("released a statement saying" climbs to who released it)
            return verb.head
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT":
            # "Victims groups accusing it of trying to escape …": a sentence without a verb of its own,
            # the noun the participle describes is the speaker
            return verb.head
        if (
            verb.dep_ in ("conj", "advcl", "xcomp", "acl", "pcomp", "prep", "dobj", "pobj")
            and verb.head.i != verb.i
        ):
            # "... and said", "released a statement saying", "made a point of saying"
            verb = verb.head
            continue
        return inverted
    return inverted


#: Verbs whose subject issues, sends or runs the thing they take as object ("released a statement
#: saying", "sent a letter urging", "emailed supporters saying", "ran a story saying"); after another
#: verb the object speaks for itself ("dismissed reports suggesting").
_ISSUING_VERBS = frozenset(
    """issue release publish put send post write make give file deliver produce submit present unveil
lodge circulate distribute sign pen tweet launch read hold establish adopt introduce announce email
text message mail fax fire plant do run carry air broadcast print raise bring""".split()
)
#: Prepositions of the medium a verb's subject speaks in ("said in a statement", "wrote on his blog",
#: "said at a news conference").
_MEDIUM_PREPOSITIONS = frozenset("in on at through via during".split())


#: Verbs of reporting someone's words in "quoted X as saying", "cited X as saying".
_QUOTING_VERBS = frozenset(("quote", "cite"))


def _quoting_verb(cue: Token) -> Token | None:
    """The verb of "quoted" in "the paper quoted Mr Chernin as saying" for the cue "saying"."""
    prep = cue.head
    if cue.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() in _QUOTING_VERBS:
        return prep.head
    return None


def _not_the_clause_object(participle: Token) -> bool:
    """Whether the noun a participle of saying describes speaks for itself: the object of a
    preposition ("despite critics saying", "with officials saying", "because of the reports
    claiming", "after reports suggesting"), a subject ("Reports suggesting … have emerged") or the
    object of a verb other than one of issuing ("dismissed reports suggesting"). Not the object of
    a verb of issuing, nor of a preposition of the medium after a verb, whose subject issued it
    ("released a statement saying", "said at a news conference announcing"), nor an object the
    participle follows after a comma ("rejected the notion that …, saying": the parser hung the
    subject's participle on the object)."""
    tok = participle.head
    if tok.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return False
    while tok.dep_ in ("appos", "conj") and tok.head.i < tok.i:
        tok = tok.head  # "two lawsuits - one accusing it of …, another alleging …": the lawsuits
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if participle.i > 0 and participle.doc[participle.i - 1].text == ",":
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() not in _ISSUING_VERBS
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ not in _MEDIUM_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX")


def _subject_rank(tok: Token) -> int:
    """0 for a person's name, 1 for another name or a pronoun, 2 for anything else."""
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in WORK_KINDS:
        return 2  # "the former star of US TV drama Baretta": a title inside a description
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        return 0
    named = tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "DATE")
    return 1 if named or tok.tag_ == "PRP" else 2


def _reporters_conjunct(verb: Token) -> bool:
    """A verb of saying without a subject, coordinated with the verb of a clause another verb of
    saying reports, whose subject is a thing (no name, no pronoun, no person's role)."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp" or verb.head.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    return is_thing(next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), None))


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after the verb in "…,” said the official" (parsed as an object or attribute)."""
    for child in verb.rights:
        if (
            child.dep_ in ("dobj", "attr", "npadvmod", "dative", "oprd", "nsubj")
            and child.pos_ in ("PROPN", "NOUN", "PRON")
            and child.i - verb.i <= 6
        ):
            if _opens_its_clause(verb):
                return child
        if _surname_read_as_adverb(verb, child):
            return child
    return _name_set_off_after(verb)


def _opens_its_clause(verb: Token) -> bool:
    """Whether a cue comes right after punctuation or a quotation mark ('"…," said X')."""
    return verb.i > 0 and (verb.doc[verb.i - 1].is_punct or verb.doc[verb.i - 1].is_quote)


def _surname_read_as_adverb(verb: Token, tok: Token) -> bool:
    """Whether the word right after a cue that opens its clause is a surname the tagger read as an
    adverb for its ending ("…,” admitted Kiely."; "said Daly,"): capitalised, no English word, and
    closing the clause."""
    doc = verb.doc
    return (
        tok.i == verb.i + 1
        and tok.dep_ == "advmod"
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and not is_common_word(tok.lower_)
        and _opens_its_clause(verb)
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct)
    )


def _after_comma(cue: Token) -> bool:
    """Whether a cue comes right after a comma: set off inside its content ("Also, said Mr Trainor,
    research is …", "The problem, said Shailendra Jain, …")."""
    return cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _name_set_off_after(verb: Token) -> Token | None:
    """The name right after a cue set off by commas, which the parser hung elsewhere ("Also, said
    Mr Trainor, research is being done": "Trainor" as the subject of "done")."""
    if not _after_comma(verb):
        return None
    end = _name_before_comma(verb.doc, verb.i + 1)
    return verb.doc[end - 1] if end is not None else None


def _name_before_comma(doc: Doc, i: int) -> int | None:
    """The end of a run of proper nouns starting at token ``i`` when a comma follows it, else None."""
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    return j if j > i and j < len(doc) and doc[j].text == "," else None


#: Conjunctions of a time clause: a cue in one ("after the company announced …") reports its own
#: object, not the main clause.
_TIME_MARKS = frozenset("after before when since until once while".split())


def _content_tokens(cue: Token, sent: Span, speaker: list[Token]) -> list[Token]:
    """Tokens of the content of a verb cue."""
    comps = [c for c in cue.children if c.dep_ in _CONTENT_DEPS]
    quoting = _quoting_verb(cue)
    if not comps and quoting is not None:
        # 'Video games are "big business", the paper quoted Mr Chernin as saying': the parser hangs
        # the words on "quoted"
        said = [t for c in quoting.children if c.dep_ == "ccomp" for t in c.subtree]
        if said:
            return [t for t in said if not t.is_space]
    if cue.lemma_ == "tell" or cue.lemma_ == "ask":
        comps = [c for c in comps if c.dep_ == "ccomp"] or comps
    head_of_speech = min([cue.i, *(t.i for t in speaker)])
    speaker_ids = {t.i for t in speaker}
    # a cue set off by commas with its speaker after it ("The problem, said Shailendra Jain, …"):
    # a subject the parser gave the cue besides its speaker is the content's ("The tone of the
    # campaign, said Mr Milburn, would be …")
    set_off = _after_comma(cue) and bool(speaker_ids) and min(speaker_ids) > cue.i
    stray = {t.i for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i and set_off for t in c.subtree}
    if comps:
        # the speaker with its apposition, hung on the content by the parser ("The problem, said
        # Shailendra Jain, head of MMS firm Adamind, is educating people"), is no part of it
        speaking = {t.i for s in speaker for t in s.subtree} if set_off else speaker_ids
        content = sorted(
            {t for c in comps for t in c.subtree if t.i not in speaking} | {cue.doc[i] for i in stray},
            key=lambda t: t.i,
        )
        if content[-1].i < head_of_speech:
            # content first ("A, but B, report says"): all of the sentence before the speaker
            return [t for t in sent if t.i < head_of_speech and not t.is_space]
        return content
    cue_area = {t.i for t in cue.subtree} - stray
    if cue.dep_ == "parataxis" and cue.head.i > cue.i and cue.head in sent:
        # a cue inside its content: "The plan, he said, is working" / “The plan,” he said, “is working.”
        if set_off:  # "What this means, said Stacey Jolna, senior vice president of …, is that …": the
            # speaker's apposition is no content, and what the parser hung before the cue is
            speaking = {t.i for s in speaker for t in s.subtree}
            lead = {t.i for c in cue.lefts if not c.is_punct and c.dep_ != "cc" for t in c.subtree}
            return [
                t
                for t in cue.head.subtree
                if (t.i not in cue_area or t.i in lead) and t.i not in speaking and not t.is_space
            ]
        return [t for t in cue.head.subtree if t.i not in cue_area and not t.is_space]
    if cue.lemma_ == "accuse":  # "accused Wenger of lying": the charge is the content
        charge = [t for c in cue.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        if len(charge) >= 2:
            return charge
    subordinate = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in cue.children)
    # "A phone that recognises and responds to movements": a joined verb sharing the subject of the
    # verb before it reports nothing that came before that verb
    shares_subject = (
        cue.dep_ == "conj"
        and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
        # "“… in this case,” Tulsa police Chief Chuck Jordan said": a cue the parser joined to a verb
        # inside the quotation before it shares nothing
        and not any(t.is_quote for t in cue.doc[cue.head.i : cue.i])
    )
    if shares_subject and cue.i + 1 < sent.end and cue.doc[cue.i + 1].text == ":":
        # "… stopped to sign autographs and joked: “It's tight”": what follows the colon, which the
        # parser hung on the first verb
        return [t for t in sent if t.i > cue.i + 1 and not t.is_space]
    # "Prosecutors allege that the executives responded by …": a clause reported by the verb above,
    # with its own "that", is no aside of the sentence's speaker
    reported = cue.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in cue.children
    )
    # "BT set out to predict future patterns": a verb of purpose reports nothing said before it
    infinitive = cue.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    # "Mr Kilroy-Silk separately said he had argued against …": what a verb of saying reports
    reported_by_a_speaker = (
        cue.dep_ == "ccomp"
        and cue.head.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ in _SUBJECT_DEPS for c in cue.head.children)
        # not a verb inside a quotation before the cue ("“… I would say, ‘…,’” the president added")
        and not any(t.is_quote or t.text in "“”‘’\"'" for t in cue.doc[cue.head.i : cue.i])
    )
    if cue.tag_ == "VBG" and cue.dep_ in ("parataxis", "ccomp", "advcl", "conj") and cue.head.i < cue.i:
        # "…, threatening “a major lawsuit”", "despite Multiplex reporting an 11% rise": a participle
        # reports what follows it, never the clause before it
        after = [t for t in cue.subtree if t.i > cue.i and t.i not in speaker_ids and not t.is_space]
        # not a preposition or an amount: "commenting on the BoE's figures", "adding $1.89"
        words = bool(after) and not (after[0].pos_ == "ADP" or after[0].like_num or after[0].is_currency)
        return after if words and len([t for t in after if not t.is_punct]) >= 3 else []
    if (
        cue.dep_ in ("parataxis", "ccomp", "advcl", "conj")
        and not subordinate  # "Investors piled in after the company announced …": not what it announced
        and not infinitive
        and not reported_by_a_speaker
        and not reported
        and not shares_subject
        and cue.head.i < cue.i
        and cue.head in sent
    ):
        # "X is Y, the official said" parsed with the cue hanging off the content clause
        return [t for t in sent if t.i < min(cue_area) and not t.is_space]
    if cue.lemma_ in OBJECT_CONTENT_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in cue.children
    ):
        # not "cited a police source as saying": who is cited is the speaker of "saying"
        objs = [c for c in cue.children if c.dep_ == "dobj"]
        if objs and len(list(objs[0].subtree)) >= 3:
            return list(objs[0].subtree)
    if cue.dep_ == "ROOT" and not comps:
        # content on the other side of the speaker: "..., said the official" / "said X: ..."
        before = [t for t in sent if t.i < cue.i and t.i not in speaker_ids and not t.is_space]
        after = [t for t in sent if t.i > cue.i and t.i not in speaker_ids and t.i not in cue_area]
        # a clause, a quotation, or the stub of a sentence a stray full stop broke ("… the United
        # States. Asia, the newspaper said": joined to the sentence before by the caller)
        stub = (
            before
            and before[0].i == sent.start
            and len([t for t in before if not t.is_punct]) < 3
            # not an adverb or a time opening the sentence ("Earlier, Lib Dem chairman Matthew Taylor
            # wrote …", "On Monday, the minister said")
            and not any(t.pos_ in ("ADV", "ADP") or t.ent_type_ in ("DATE", "TIME") for t in before)
        )
        clause = stub or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in before)
        # not a phrase before the speaker: "In a speech in Edinburgh, the prime minister said"
        if before and clause and (before[-1].is_punct and before[-1].text in ',”"' or len(before) >= 4):
            return before
        return after if len(after) >= 4 else []
    return []


def _name_set_off(speaker: list[Token]) -> list[Token]:
    """The name set off by commas after a definite description ("according to the statistics office,
    *Destatis*, rising exports …"), when what follows the second comma is no verb (in "according to
    police, Smith, 45, was arrested" the name is what police say)."""
    if not speaker or speaker[0].lower_ != "the" or speaker[-1].pos_ != "NOUN":
        return []
    doc = speaker[-1].doc
    i = speaker[-1].i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    j = _name_before_comma(doc, i + 1)
    if j is None or j + 1 >= len(doc):
        return []
    nxt = doc[j + 1]
    if nxt.pos_ in ("AUX", "NUM") or (nxt.pos_ == "VERB" and nxt.dep_ not in ("amod", "compound")):
        return []
    return list(doc[i + 1 : j])


def _according_to(tok: Token, sent: Span) -> tuple[list[Token], list[Token]]:
    """Speaker and content tokens for an "according to" cue."""
    to = tok.nbor(1)
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    speaker = noun_phrase(objs[0]) if objs else []
    if objs:  # "According to statistics 50% of all muggings …": an apposition not set off is the content's
        for c in objs[0].rights:
            opening = c.left_edge
            if (
                c.dep_ == "appos"
                and c.pos_ != "PROPN"  # "according to state statistics body INSEE": a name in apposition
                and opening.i > 0
                and opening.nbor(-1).text not in (",", "(", "-", "—")
            ):
                cut = {t.i for t in c.subtree}
                speaker = [t for t in speaker if t.i not in cut]
    speaker += _name_set_off(speaker)
    speaker += _participle_after(speaker, sent)
    phrase = {tok.i, to.i, *(t.i for t in speaker)}
    if objs:  # "according to the WSJ, which cites people familiar with the case, …": the source's clause
        phrase |= {t.i for c in objs[0].rights if c.dep_ == "relcl" for t in c.subtree}
    first, last = min(phrase), max(phrase)
    before = [t for t in sent if t.i < first and not t.is_space]
    after = [t for t in sent if t.i > last and not t.is_space]
    while after and after[0].is_punct and after[0].text not in "\"“‘'":
        after.pop(0)  # "According to the Wall Street Journal (WSJ), the case …": the bracket is the source's
    return speaker, (before if len(before) >= len(after) else after)


def _participle_after(speaker: list[Token], sent: Span) -> list[Token]:
    """A participle phrase right after an "according to" source, up to a comma (and a name set off
    after it) or the sentence's end, that the parser hung elsewhere ("according to data *provided by
    the Liberians*, GDP rose", "figures *gathered by industry watchdog, Ofcom*, …"): the source's."""
    if not speaker or speaker[-1].i + 1 >= sent.end or sent.doc[speaker[-1].i + 1].tag_ != "VBN":
        return []
    doc = sent.doc
    start = speaker[-1].i + 1
    comma = next((i for i in range(start, min(start + 8, sent.end)) if doc[i].text == ","), None)
    if comma is None:
        # at the end of the sentence: "…, according to a table drawn up by France's Le Figaro newspaper."
        end = sent.end
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return [doc[i] for i in range(start, end)] if 0 < end - start <= 12 and end < sent.end else []
    named = _name_before_comma(doc, comma + 1)  # "figures gathered by industry watchdog, Ofcom, …"
    return [doc[i] for i in range(start, named if named is not None and named < sent.end else comma)]


def _addressee(cue: Token, text: str) -> TextSpan | None:
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_ == "tell":
            return _tokens_span(text, noun_phrase(child))
        if child.dep_ == "prep" and child.lower_ == "to" and cue.lemma_ in ("say", "write", "confirm"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _tokens_span(text, noun_phrase(objs[0]))
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _classify(
    start: int, end: int, marks: list[QuoteMarkSpan], text: str, frame: tuple[tuple[int, int], ...] = ()
) -> tuple[str, int, int]:
    """Kind of a content span and its final extent (quotations it touches are taken whole); the
    words of ``frame`` (the speaker and the cue, when they sit inside the span) are not content."""
    touching = [m for m in marks if _overlaps((start, end), (m.start, m.end)) > 0]
    if not touching:
        return "indirect", start, end
    chains = {m.chain for m in touching}
    touching = [m for m in marks if m.chain in chains]
    q_start, q_end = min(m.start for m in touching), max(m.end for m in touching)
    outside = text[start:end]
    for m in touching:
        lo, hi = max(m.start, start) - start, min(m.end, end) - start
        if hi > lo:
            outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
    for f_start, f_end in frame:
        lo, hi = max(f_start, start) - start, min(f_end, end) - start
        if hi > lo:
            outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
    words_outside = len([w for w in outside.split() if any(c.isalnum() for c in w)])
    if words_outside <= 1:
        return "direct", min(q_start, start), max(q_end, end)
    return "mixed", min(start, q_start), max(end, q_end)


def _sentence_like(text: str, m: QuoteMarkSpan) -> bool:
    inner = text[m.start : m.end].strip('“”"„« »')
    before = text[: m.start].rstrip()
    starts_sentence = not before or before[-1] in '.!?:\n”"' or text[m.start - 1 : m.start] == "\n"
    n_words = len(inner.split())
    ends_sentence = inner.rstrip()[-1:] in ".!?"
    # a whole sentence in quote marks, or a long quoted passage; not a scare quote or a title
    return (starts_sentence and (ends_sentence and n_words >= 2 or n_words >= 4)) or (
        n_words >= 4 and inner.rstrip()[-1:] in ".!?,"
    )


def extract_quotes(doc: Doc) -> list[Quote]:
    """All quotations and attributions of a parsed text, in text order.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed with a dependency parser (``en_core_web_sm``); for an article,
        the parse of :attr:`~presslens.article.Article.parse_text`.

    Returns
    -------
    list of Quote
        Speakers are as written; call
        :func:`presslens.quotes.sources.resolve_sources` (or use
        :func:`presslens.quotes.find_quotes`) for canonical sources and types.
    """
    text = doc.text
    marks = find_quote_marks(text)
    found: list[Quote] = []
    sents = list(doc.sents)
    for si, sent in enumerate(sents):
        for cue in cue_tokens(sent):
            if any(m.start < cue.idx < m.end for m in marks):
                continue  # a verb of saying inside a quotation belongs to the quoted words
            if is_according_to(cue):
                speaker_toks, content_toks = _according_to(cue, sent)
                cue_span = _span(text, cue.idx, cue.nbor(1).idx + len(cue.nbor(1)))
                addressee = None
            else:
                subj = _subject(cue)
                if subj is None or any(m.start <= subj.idx < m.end for m in marks):
                    # none, or a subject of the quoted words (the parser hung the cue under them): the
                    # speaker is the name between the closing mark and the cue ("“…,” Chief Chuck Jordan said")
                    subj = _name_before(cue, marks)
                spoken_of = None
                if subj is not None and subj.dep_ == "nsubjpass" and subj.head == cue:
                    # "The Labour Party has been accused of ...", "it has been announced": the subject
                    # is what is spoken of; the speaker is the agent ("has been told by the minister")
                    spoken_of = subj
                    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
                    subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                subj = _name_before_brackets(subj) if subj is not None else None
                speaker_toks = noun_phrase(subj) if subj is not None else []
                if speaker_toks and speaker_toks[0].i == cue.i + 1 and _after_comma(cue):
                    # a speaker after a cue set off by commas ends at the next comma ("On a larger
                    # scale, said Mr Trainor, improvements …")
                    comma = next((t.i for t in doc[cue.i + 1 : sent.end] if t.text == ","), None)
                    speaker_toks = [t for t in speaker_toks if comma is None or t.i < comma]
                if speaker_toks and speaker_toks[0].i < cue.i < speaker_toks[-1].i:
                    speaker_toks = [t for t in speaker_toks if t.i < cue.i]  # a speaker never holds its cue
                if " ".join(t.lower_ for t in speaker_toks) in NOT_SPEAKERS:
                    continue  # "nobody says", "you say": words of a quotation, not an attribution
                # the words spoken of are no part of what was said ("…, it has been announced")
                content_toks = _content_tokens(
                    cue, sent, speaker_toks or (noun_phrase(spoken_of) if spoken_of is not None else [])
                )
                cue_span = _span(text, cue.idx, cue.idx + len(cue))
                addressee = _addressee(cue, text)
            content = _tokens_span(text, content_toks)
            if content is None or not any(c.isalnum() for c in content.text):
                continue
            speaker_span = _tokens_span(text, speaker_toks)
            frame = tuple((x.start, x.end) for x in (cue_span, speaker_span) if x is not None)
            kind, start, end = _classify(content.start, content.end, marks, text, frame)
            if (
                cue.lemma_ in WEAK_VERBS
                and kind == "indirect"
                and not any(c.dep_ == "ccomp" for c in cue.children)
            ):
                continue
            if (
                kind == "indirect"
                and len(content.text.split()) < 3
                and si > 0
                and content.start <= sent.start_char + 1
            ):
                # a sentence broken by a stray full stop ("… the United States. Asia, the paper said")
                prev = sents[si - 1]
                if "\n\n" not in text[prev.end_char : sent.start_char] and not cue_tokens(prev):
                    start = prev.start_char
            span = _span(text, start, end)
            found.append(
                Quote(
                    kind,
                    span.text,
                    span.start,
                    span.end,
                    cue_span,
                    _tokens_span(text, speaker_toks),
                    addressee=addressee,
                )
            )
    found = _drop_duplicates(found)
    found += _continuations(found, marks, doc, text)
    return sorted(found, key=lambda q: (q.start, q.end))


def _drop_duplicates(quotes: list[Quote]) -> list[Quote]:
    """Keep one attribution per content span, preferring one with a speaker; an attribution without a
    speaker whose content starts with a quotation attributed to someone and runs on is that quotation
    again (a doubled cue: "“…,” said David Yarnton, general manager said at the launch"); one that
    holds a report inside it is its own ("told X he … would say he was a hero")."""
    by_content: dict[tuple[int, int], Quote] = {}
    for q in quotes:
        key = (q.start, q.end)
        if key not in by_content or (by_content[key].speaker is None and q.speaker is not None):
            by_content[key] = q
    kept = list(by_content.values())
    spoken = [(q.start, q.end) for q in kept if q.speaker is not None]

    def repeats(q: Quote) -> bool:
        return any(q.start == a and b < q.end for a, b in spoken)  # the same words, read on further

    return [q for q in kept if q.speaker is not None or not repeats(q)]


def _continuations(quotes: list[Quote], marks: list[QuoteMarkSpan], doc: Doc, text: str) -> list[Quote]:
    """Quoted passages not covered by an attribution, given to the most recent speaker."""
    covered = [(q.start, q.end) for q in quotes]
    out = []
    for m in marks:
        if any(_overlaps((m.start, m.end), c) > 0 for c in covered):
            continue
        if not _sentence_like(text, m) or follows_a_kind_of_work(text, m.start):
            continue  # a scare quote or a title ("Davis' commentary, “Melania, tell …”"), not a quotation
        signed = _dash_signature(m, doc, text)
        if signed is not None:  # “…” ― Pamela Padilla (vox pops, epigraphs, letters)
            dash, speaker = signed
            span = _span(text, m.start, m.end)
            out.append(Quote("direct", span.text, span.start, span.end, dash, speaker))
            continue
        labelled = _transcript_label(m, text) or _inverted_cue_before(m, text)
        if labelled is not None:  # "WALLACE: …" (a transcript) / Said Ellis: “…”
            cue, speaker = labelled
            span = _span(text, m.start, m.end)
            out.append(Quote("direct", span.text, span.start, span.end, cue, speaker))
            continue
        framed = _framing_clause(m, doc, text) or _subject_of_the_sentence(m, doc, text)
        if framed is not None:  # “…,” X went on. / X interjected: “…” / X called it a "huge win."
            verb, subj = framed
            span = _span(text, m.start, m.end)
            out.append(
                Quote(
                    "direct",
                    span.text,
                    span.start,
                    span.end,
                    _span(text, verb.idx, verb.idx + len(verb)),
                    _tokens_span(text, noun_phrase(subj)),
                    addressee=_addressee(verb, text),
                )
            )
            continue
        # quotations attributed in this loop count too: “…?” Holmes asked. “That is what I don't know.”
        earlier = [q for q in (*quotes, *out) if q.end <= m.start and q.speaker is not None]
        carried: TextSpan | None
        if earlier:
            carried = max(earlier, key=lambda q: q.end).speaker
        else:  # a speaker introduced after the quotation, in its paragraph ("“…” That was how X put it")
            later = [
                q
                for q in quotes
                if q.start >= m.end and q.speaker is not None and "\n\n" not in text[m.end : q.start]
            ]
            carried = min(later, key=lambda q: q.start).speaker if later else None
        span = _span(text, m.start, m.end)
        out.append(Quote("continuation", span.text, span.start, span.end, None, carried))
    return out


#: A speaker's label opening a transcribed turn: one to three upper-case words and a colon
#: ("WALLACE: If I may, sir", "GOV. PENCE: Well, look").
_TRANSCRIPT_LABEL = re.compile(r"[\"“„«]?\s*((?:[A-Z][A-Z'’.\-]+ ){0,2}[A-Z][A-Z'’.\-]*[A-Z]):\s")
#: Labels of that shape that introduce a note, not a speaker.
NOT_LABELS = frozenset(
    {
        "NOTE",
        "UPDATE",
        "UPDATED",
        "CORRECTION",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "BREAKING",
        "WATCH",
        "READ",
        "RELATED",
        "ADVERTISEMENT",
        "PHOTOS",
        "VIDEO",
    }
)
#: A reporting verb before its speaker, opening a sentence: Said Ellis: “…”; Added the mayor, “…”.
_INVERTED_CUE = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(Said|Says|Added|Adds|Asked|Asks|Wrote|Writes)"
    r"\s+([^\s:,.;\n“”\"][^:,;\n“”\"]{1,60}?)\s*[:,]\s*$"
)


def _name_before_brackets(tok: Token) -> Token:
    """For a word in brackets right after a name ("Gov. John Kasich (R-OH), said", the parser's
    subject "OH"), that name; else ``tok``."""
    doc = tok.doc
    opening = next((i for i in range(tok.i - 1, max(-1, tok.i - 5), -1) if doc[i].text in "()"), None)
    if opening is None or doc[opening].text != "(" or opening == 0:
        return tok
    closing = next((i for i in range(tok.i + 1, min(len(doc), tok.i + 5)) if doc[i].text in "()"), None)
    if closing is None or doc[closing].text != ")" or doc[opening - 1].pos_ != "PROPN":
        return tok
    return doc[opening - 1]


def _name_before(cue: Token, marks: list[QuoteMarkSpan]) -> Token | None:
    """The last noun or name between the closing quote mark before ``cue`` and ``cue`` (no verb between)."""
    closed = max((m.end for m in marks if m.end <= cue.idx), default=None)
    if closed is None:
        return None
    between = [t for t in cue.doc[: cue.i] if t.idx >= closed and not t.is_space and not t.is_punct]
    if between and len(between) > 8 and cue.doc[cue.i - 1].text == ",":
        # "“…,” Trump, the 2016 GOP presidential frontrunner … primaries, said": a name set off by
        # commas after the closing mark, however long its apposition
        end = _name_before_comma(cue.doc, between[0].i)
        return cue.doc[end - 1] if end is not None else None
    if not between or len(between) > 8 or any(t.pos_ == "AUX" for t in between):
        return None
    # not what a bracket after the name holds ("Rep. Elijah E. Cummings (D-Md.) said": party and state)
    depth, outside = 0, []
    for t in cue.doc[between[0].i : cue.i]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")" and t in between:
            outside.append(t)
    nouns = [t for t in outside if t.pos_ in ("PROPN", "NOUN") or t.ent_type_ == "PERSON"]
    return nouns[-1] if nouns else None


def _transcript_label(m: QuoteMarkSpan, text: str) -> tuple[TextSpan, TextSpan] | None:
    """A transcribed turn quoted whole: its upper-case label is the speaker, the colon the cue."""
    match = _TRANSCRIPT_LABEL.match(text, m.start, m.end)
    if match is None or match.group(1) in NOT_LABELS or len(match.group(1)) > 40:
        return None
    colon = match.end(1)
    return _span(text, colon, colon + 1), _span(text, match.start(1), match.end(1))


def _inverted_cue_before(m: QuoteMarkSpan, text: str) -> tuple[TextSpan, TextSpan] | None:
    """A sentence opening with the verb and then the speaker, right before the quotation."""
    line_start = text.rfind("\n", 0, m.start) + 1
    match = _INVERTED_CUE.search(text, line_start, m.start)
    if match is None or not match.group(2)[:1].isupper() and not match.group(2).startswith(("the ", "a ")):
        return None
    return _span(text, match.start(1), match.end(1)), _span(text, match.start(2), match.end(2))


def _subject_of_the_sentence(m: QuoteMarkSpan, doc: Doc, text: str) -> tuple[Token, Token] | None:
    """A quoted phrase inside a sentence whose subject is a named person ("Chairman David Pepper called
    the decision a "huge win for Ohio voters.""): the person is its source, the main verb its cue."""
    inside = doc.char_span(m.start, m.end, alignment_mode="expand")
    if inside is None:
        return None
    sent = inside[0].sent
    root = sent.root
    if root.pos_ != "VERB" or m.start <= root.idx < m.end or sent.start_char >= m.start:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < inside.start), None)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" and subj.ent_type_ == ""):
        return None
    return root, subj


#: Dashes that sign a quotation with its speaker's name ("“…” ― Pamela Padilla").
SIGNATURE_DASHES = "―—–-"


def _dash_signature(m: QuoteMarkSpan, doc: Doc, text: str) -> tuple[TextSpan, TextSpan | None] | None:
    """A quotation signed with a dash and a name on the rest of its line: the dash and the name."""
    i = m.end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i >= len(text) or text[i] not in SIGNATURE_DASHES:
        return None
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    rest = doc.char_span(i + 1, line_end, alignment_mode="expand")
    if rest is None:
        return None
    words = [t for t in rest if not t.is_space and not t.is_punct]
    if not words or len(words) > 12 or words[0].pos_ != "PROPN" or not words[0].text[:1].isupper():
        return None
    run = [words[0]]
    for t in doc[words[0].i + 1 : rest.end]:
        if t.pos_ != "PROPN" or t.is_space:
            break
        run.append(t)
    return _span(text, i, i + 1), _tokens_span(text, run)


def _framing_clause(m: QuoteMarkSpan, doc: Doc, text: str, reach: int = 4) -> tuple[Token, Token] | None:
    """A short "subject verb" clause framing a quotation, whatever the verb.

    News frames a direct quotation with a reporting clause: after it,
    separated by the comma (or ``!``/``?``) inside the closing mark ("“…,” he
    went on"), or before it, ending in a colon or comma ("Trump interjected:
    “…”"). The clause's position, not its verb, makes it the attribution.
    Returns ``(verb, subject)`` when such a clause of at most ``reach`` tokens is found.
    """
    inside = doc.char_span(m.start, m.end, alignment_mode="expand")
    if inside is None:
        return None
    inner = text[m.start : m.end].rstrip('”"» ')
    if inner[-1:] in ",!?" or text[m.end : m.end + 1] == ",":
        after = [t for t in doc[inside.end : inside.end + reach + 1] if not t.is_space and not t.is_punct]
        for tok in after[:reach]:
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.i > after[0].i):
                if any(c in text[m.end : tok.idx] for c in '"“'):
                    break  # the next quotation's own words (“…?” “It's just unfortunate …”), no frame
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.i >= inside.end and subj.i <= after[-1].i:
                    return tok, subj
                break
    before_text = text[: m.start].rstrip()
    if before_text[-1:] in ":,":
        window = [t for t in doc[max(0, inside.start - reach - 1) : inside.start] if not t.is_space]
        verbs = [t for t in window if t.pos_ == "VERB"]
        if verbs:
            verb = verbs[-1]
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i < inside.start:
                return verb, subj
    return None


def with_source(quote: Quote, source: str | None, source_type: str, addressee_type: str | None = None) -> Quote:
    """A copy of ``quote`` with its canonical source and types set.

    Parameters
    ----------
    quote : Quote
        The quotation.
    source : str or None
        Its canonical source.
    source_type : str
        One of :data:`presslens.quotes.sources.SOURCE_TYPES`.
    addressee_type : str, optional
        The type of whom it was said to.

    Returns
    -------
    Quote
    """
    return replace(quote, source=source, source_type=source_type, addressee_type=addressee_type)
