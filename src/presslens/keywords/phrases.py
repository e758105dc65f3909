"""Keyphrase candidates: noun phrases, whole names and lone words, one per concept.

A *concept* gathers every occurrence of one thing the text talks about:

- **noun phrases**: maximal runs of ``ADJ* (NOUN|PROPN)+`` inside a sentence,
  with hyphenated words kept whole ("leaked Pentagon documents",
  "counter-terrorism operations"); a past or present participle that modifies
  the run counts as an adjective, and a leading adjective that says nothing
  specific (Zipf frequency of :data:`VAGUE_ZIPF` or more: "new", "other") is
  dropped;
- **names**: named entities of content types and runs of proper nouns, whole
  ("Islamic State", "Washington Post", "ISIS-K", "Jack Teixeira"), without a
  leading "the", a title ("Mr") or a trailing possessive; a phrase whose head
  is a name ("actress Emily Deschanel") is that name;
- a **single word** is a candidate only where it stands alone (a noun phrase of
  one word): "state" inside "Islamic State" is not one, so no fragment of a
  longer name is ever listed.

Occurrences are keyed by lower-cased words (common nouns by lemma, dots
dropped, so "U.S." and "US" are one key) and keys are merged into concepts
when the text makes them variants of each other: an acronym next to its
expansion ("United States" / "US"), an alias the text defines in brackets or
with "also known as" (:func:`defined_aliases`), a gloss it gives a phrase ("blogs, or web
logs,": :func:`defined_glosses`), names the article's mention
layer (:mod:`presslens.coref`) gives to one person ("Lopilato" / "Luisana
Lopilato", "Nicolas" / "Nicolas Anelka", "D Yachvili" / "Dimitri Yachvili";
"S Williams" stays apart from "Martyn Williams"), the same letters with or
without spaces or hyphens ("TimeWarner" / "Time Warner"). A concept is shown
in the article's own casing: its most frequent surface form (an acronym only
when its expansion never occurs). Dates, times and amounts are no candidates,
and neither is markup (HTML entities, handles, hashtags).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from presslens.aliases import defined_aliases, defined_glosses
from presslens.coref import OFFICE_MODIFIERS, Mention, MentionLayer
from presslens.entities import POSSESSIVE, TITLE_WORDS, acronym, first_name_after_nationality, word_before_name
from presslens.lexicon import CURRENCY_WORDS, HONORIFICS, PARTY_STATE, is_title_word
from presslens.names import common_first_name, is_common_word
from presslens.titles import titles_after_a_kind_of_work

#: Entity labels that name things worth indexing (not dates, numbers or amounts).
NAME_LABELS = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
#: Entity labels of dates, times and amounts: never names of things ("Monday").
_NOT_NAMES = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
#: A leading adjective at least this frequent in general English (Zipf scale) is dropped from a
#: phrase: "new", "good", "first", "other" say nothing specific ("new strategies" -> "strategies").
VAGUE_ZIPF = 6.0
#: A word starting a sentence, outside any entity, this frequent in general English (Zipf scale,
#: about once in 30,000 words: "film", "former") is a common word, whatever its tag.
COMMON_START_ZIPF = 4.5
#: Longest candidate phrase, in words.
MAX_WORDS = 5
_HEAD_POS = frozenset(("NOUN", "PROPN"))
_JOINERS = frozenset("- – / &".split())
#: Markup left in a text (HTML entities, handles, hashtags): never part of a keyphrase.
_MARKUP = re.compile(r"[;#@]|&\w*;")


@dataclass
class Concept:
    """One candidate keyphrase and every place it occurs.

    Attributes
    ----------
    key : tuple of str
        Matching form of its main variant (lower-cased words, nouns lemmatised).
    forms : collections.Counter
        Surface forms and how often each occurs.
    spans : list of (int, int)
        Character spans of every occurrence, in text order.
    token_starts : list of int
        Token index of each occurrence.
    n_names : int
        Occurrences that are names (entities or proper-noun runs).
    labels : collections.Counter
        Entity labels of the occurrences that are entities.
    keys : set of tuple of str
        Every key merged into the concept (variants, aliases).
    """

    key: tuple[str, ...]
    forms: Counter = field(default_factory=Counter)
    spans: list[tuple[int, int]] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    n_names: int = 0
    labels: Counter = field(default_factory=Counter)
    keys: set = field(default_factory=set)

    @property
    def text(self) -> str:
        """The most frequent surface form (ties: the longer, then the first in text order).

        An acronym is shown only when its expansion never occurs: "Environment
        Agency" for "Environment Agency" + "EA" + "EA".
        """
        forms = [kv for kv in self.forms.items() if not _is_acronym(kv[0])] or list(self.forms.items())
        shown = max(forms, key=lambda kv: (kv[1], len(kv[0])))[0]
        if self.is_name:  # a name in full: "William Gray" though "Gray" is written more often
            words = shown.split()
            # not a list of names the recogniser ran together ("Sheffield Wednesday and Arsenal")
            fuller = [
                f
                for f, _ in forms
                if len(f.split()) > len(words)
                and set(words) <= set(f.split())
                and not _LIST_WORDS & set(f.split())
            ]
            if fuller:
                return max(fuller, key=lambda f: (self.forms[f], len(f)))
        return shown

    @property
    def tf(self) -> int:
        """Number of occurrences."""
        return len(self.spans)

    @property
    def n_words(self) -> int:
        """Words of the shown form."""
        return len(self.key)

    @property
    def is_name(self) -> bool:
        """Whether most occurrences are names."""
        return 2 * self.n_names >= self.tf


#: Words that join two names into a list.
_LIST_WORDS = frozenset(("and", "or"))

#: The plural of an acronym names a kind of thing or person, not one referent ("DVDs", "PCs", "MPs").
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _is_acronym(form: str) -> bool:
    letters = form.replace(".", "").replace("-", "")
    return " " not in form and letters.isupper() and len(letters) >= 2


def _starts_sentence(tok: Token) -> bool:
    """Whether ``tok`` starts a sentence or a line. A blank line already starts a sentence (the
    ``presslens_paragraphs`` component of :func:`presslens.model.load_model`); after a single line
    break the parser runs a headline without a full stop into the next sentence, whose first word
    is capitalised all the same."""
    return tok.is_sent_start or tok.i > 0 and tok.doc[tok.i - 1].is_space and "\n" in tok.doc[tok.i - 1].text


def _common_word_starting(tok: Token) -> bool:
    """A common word capitalised only because it starts a sentence or line, which the small model
    tags as a proper noun ("Film director Quentin Tarantino"): no entity, no capitalised word after
    it outside an entity of its own ("National Treasure" is a name; "Former WorldCom chief" is not),
    and at least :data:`COMMON_START_ZIPF` in general English."""
    if not (
        _starts_sentence(tok)
        and not tok.ent_type_
        and tok.text[1:].islower()
        and not is_title_word(tok.text)  # "President Reagan" as in mid-sentence
        and zipf_frequency(tok.lower_, "en") >= COMMON_START_ZIPF
    ):
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if following is None or not following.text[:1].isupper() or following.ent_iob_ == "B":
        return True
    if tok.tag_ not in ("VBN", "VBD", "JJ", "NNP"):
        return False  # a name follows
    # "Injured Chelsea winger …": a word before a name the text also writes without it
    text = tok.doc.text
    return text.count(following.text) > text.count(f"{tok.text} {following.text}")


def _word_key(tok: Token, names: frozenset[str] = frozenset()) -> str:
    # common nouns by lemma ("floods" = "flood"); a capitalised word inside a sentence is a name
    # ("Leeds"), and so is one starting a sentence that the text writes so inside sentences
    common = tok.text.islower() or (
        _starts_sentence(tok) and tok.text[1:].islower() and not tok.ent_type_ and tok.lower_ not in names
    )
    if tok.pos_ == "NOUN" and common:
        word = tok.lemma_.lower()
    else:
        word = tok.lower_
    return word.replace(".", "").replace("’", "'")


def _units(span: Span) -> list[list[Token]]:
    """Tokens of ``span`` grouped into words: a hyphen or slash with no space around joins its neighbours."""
    units: list[list[Token]] = []
    for tok in span:
        joined = units and (
            tok.text in _JOINERS
            and not units[-1][-1].whitespace_
            or units[-1][-1].text in _JOINERS
            and len(units[-1]) > 1
            and not units[-1][-1].whitespace_
        )
        if joined:
            units[-1].append(tok)
        else:
            units.append([tok])
    return units


def _is_content(tok: Token) -> bool:
    return tok.is_alpha or any(c.isalpha() for c in tok.text)


def _occurrence_key(units: list[list[Token]], names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    return tuple("".join(_word_key(t, names) if _is_content(t) else t.text for t in u) for u in units)


def _capitalised_words(doc: Doc) -> frozenset[str]:
    """Lower-cased words the text writes capitalised inside a sentence and never in lower case:
    names ("Wales", "Barclays"), whatever their tag where they start a sentence."""
    # token attributes read as one array: iterating spaCy tokens costs more than the rest
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_ALPHA, SENT_START]).tolist() if len(doc) else []
    words = [strings[orth] for orth, _, _ in rows]
    capital = [bool(a) and w[:1].isupper() for w, (_, a, _) in zip(words, rows, strict=True)]
    upper, lower = set(), set()
    for i, (w, (_, alpha, sent_start)) in enumerate(zip(words, rows, strict=True)):
        if not alpha:
            continue
        if w.islower():
            lower.add(w)
        elif capital[i]:
            # not at a sentence's or a line's start (:func:`_starts_sentence`), not a word of a
            # longer name ("Pocket" of "Pocket Media Assistant")
            starts = sent_start == 1 or (i > 0 and words[i - 1].isspace() and "\n" in words[i - 1])
            in_run = (i > 0 and capital[i - 1]) or (i + 1 < len(words) and capital[i + 1])
            if not starts and not in_run:
                upper.add(w.lower())
    return frozenset(upper - lower)


def _surface(span: Span, names: frozenset[str] = frozenset()) -> str:
    text = span.text
    first = span[0]
    # a common word capitalised only because it starts a sentence is shown in lower case, unless
    # the text writes it capitalised inside sentences too ("Wales number eight Michael Owen")
    if (
        first.lower_ not in names
        and _starts_sentence(first)
        and (first.pos_ != "PROPN" or _common_word_starting(first))
        and not first.ent_type_
        and first.text[:1].isupper()
        and not any(c.isupper() for c in first.text[1:])  # "MSPs", "iPod" keep their case
    ):
        text = text[:1].lower() + text[1:]
    return re.sub(r"\s+", " ", text)


def _trim_name(ent: Span) -> tuple[int, int] | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    # a joiner ("-", "&") joins the words around it: at an edge it joins nothing ("Bright &")
    # nor does a conjunction the recogniser took in ("Gareth Roberts, plus Ryan Giggs")
    while start < end and (
        doc[start].pos_ in ("DET", "PUNCT", "SPACE", "CCONJ") or doc[start].is_space or doc[start].text in _JOINERS
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_space
        or doc[end - 1].pos_ in ("PUNCT", "SPACE")
        or doc[end - 1].text in _JOINERS
    ):
        end -= 1
    if end <= start or not any(_is_content(t) for t in doc[start:end]):
        return None
    return start, end


def _modifier(tok: Token) -> bool:
    return tok.pos_ == "ADJ" or tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "compound")


def _noun_runs(sentence_units: list[list[list[Token]]]) -> list[tuple[int, int]]:
    """Maximal ``ADJ* (NOUN|PROPN)+`` runs (hyphenated words whole), as token ranges."""
    runs = []
    for units in sentence_units:
        i = 0
        while i < len(units):
            j = i
            while j < len(units) and (
                len(units[j]) == 1 and _modifier(units[j][0]) or _hyphenated_modifier(units[j])
            ):
                j += 1
            k = j
            while k < len(units) and _unit_is_noun(units[k]):
                k += 1
            if k > j:
                # drop leading modifiers that are stopwords or say nothing specific ("many", "new")
                while i < j and (
                    units[i][0].is_stop
                    or units[i][0].text.islower()
                    and zipf_frequency(units[i][0].text, "en") >= VAGUE_ZIPF
                ):
                    i += 1
                if k - i <= MAX_WORDS:
                    runs.append((units[i][0].i, units[k - 1][-1].i + 1))
                i = k
            else:
                i = max(j, i + 1)
    return runs


def _is_unit_of_number(tok: Token) -> bool:
    """A unit written onto a number ("60*m*", "£5*bn*", "10*km*"): part of an amount, no word."""
    return tok.i > 0 and tok.doc[tok.i - 1].like_num and not tok.doc[tok.i - 1].whitespace_ and len(tok) <= 3




def _after_amount(doc: Doc, start: int, end: int) -> int:
    """Where a phrase starting at ``start`` begins after an amount in a currency at its start
    ("1.4bn euros profit" -> "profit"; "euros" of "784m euros" -> nothing)."""
    i = start
    while i < end and _is_amount(doc[i]):
        i += 1
    if i < end and doc[i].lower_ in CURRENCY_WORDS and i > 0 and (i > start or _is_amount(doc[i - 1])):
        return i + 1
    return start


def _is_amount(tok: Token) -> bool:
    return tok.like_num or tok.text[:1].isdigit() or _is_unit_of_number(tok)


#: Tags of the last word of a hyphenated word that make it an adjective ("Oscar-nominated",
#: "Oscar-winning", "Linux-based").
_PARTICIPLE_TAGS = frozenset(("VBN", "VBD", "VBG", "JJ"))


def _hyphenated_modifier(unit: list[Token]) -> bool:
    """A hyphenated word of a name and a participle or an adjective: it describes a noun
    ("Oscar-winning Pulp Fiction", "Tarantino-directed episode", "Linux-based devices") and names
    nothing of its own ("Oscar-nominated" is no name)."""
    if len(unit) < 3:  # a word, or no hyphenated one
        return False
    content = [t for t in unit if _is_content(t)]
    return (
        len(content) > 1
        and content[0].text[:1].isupper()
        and content[-1].text.islower()
        and content[-1].tag_ in _PARTICIPLE_TAGS
    )


#: Last parts of a hyphenated word that make it a description of whoever is named after it.
_PRIZE_ROLES = frozenset("winner winners nominee laureate holder".split())


def _prize_role(unit: list[Token]) -> bool:
    """A hyphenated word for someone who won or holds something ("Prize-winner", "Oscar-nominee",
    "record-holder"): it describes the person named after it."""
    return len(unit) >= 3 and unit[-1].lower_ in _PRIZE_ROLES and unit[-2].text in "-–"


def _unit_is_noun(unit: list[Token]) -> bool:
    last = [t for t in unit if _is_content(t)]
    if not last or unit[0].ent_type_ in _NOT_NAMES and not _swept_into_an_amount(unit[0]):
        return False  # "Monday", "March": dates are not topics
    if _hyphenated_modifier(unit):
        return False
    if len(unit) > 1:  # hyphenated: "counter-terrorism", "ISIS-K", "Islamic State-Khorasan"
        return last[-1].pos_ in _HEAD_POS or unit[0].pos_ in _HEAD_POS
    tok = unit[0]
    # "US" is a name, not the stopword "us"
    return (
        tok.pos_ in _HEAD_POS
        and not (tok.is_stop and tok.pos_ != "PROPN")
        and tok.tag_ != "POS"
        and not _thanks_to(tok)
        and tok.lower_ not in T_PARTICIPLES
    )


#: Past participles in "-t" of British spelling, which the small model (trained on American text)
#: tags as nouns: "fans of wartime battle titles *spoilt* for choice" holds no noun "spoilt". Not
#: "spelt" or "smelt", which are nouns too.
T_PARTICIPLES = frozenset("spoilt learnt burnt dreamt leapt knelt spilt dwelt leant".split())


def _swept_into_an_amount(tok: Token) -> bool:
    """A common noun the recogniser took into the amount after it ("revenues" of "surcharge
    revenues - £160m"): a word of its own. Words after the number ("5 million pounds", "3 per
    cent") and dates ("weeks", "March") belong to the amount."""
    if tok.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY") or not (tok.is_alpha and tok.text.islower()):
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    before, after = doc[start : tok.i], doc[tok.i + 1 : end]
    return not any(_is_amount(t) or t.is_currency for t in before) and any(
        t.text[:1].isdigit() or t.is_currency for t in after
    )


def _thanks_to(tok: Token) -> bool:
    """ "thanks" of the preposition "thanks to", which the small model tags as a noun ("forensic
    science thanks to CSI" is no phrase of three nouns)."""
    doc = tok.doc
    return tok.lower_ == "thanks" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


def _name_runs(
    doc: Doc,
    sentence_units: list[list[list[Token]]],
    noun_runs: list[tuple[int, int]],
    quoted: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Names as token ranges: content entities, runs of proper nouns and capitalised words inside
    ``noun_runs`` ("Islamic State terrorists"), the ``quoted`` titles of works (character
    spans, :func:`presslens.titles.quoted_titles`) and titles after a kind of work
    (:func:`presslens.titles.titles_after_a_kind_of_work`), without titles ("Mr"); where they overlap the
    longest wins, and two names side by side are one (the recogniser's "Islamic" + "State")."""
    ranges = []
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            for part in _split_at_spaced_punct(ent):
                r = _trim_name(part)
                if r:
                    ranges.append(r)
    for units in sentence_units:
        ranges += _propn_groups(units)
    for start, end in noun_runs:
        ranges += _capitalised_groups(doc, start, end)
    titles = set()
    for start, end in quoted:  # "his play “Glengarry Glen Ross”": one name, whole
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) <= MAX_WORDS:
            titles.add((span.start, span.end))
    titles.update(r for r in titles_after_a_kind_of_work(doc) if r[1] - r[0] <= MAX_WORDS)
    covered: set[int] = set()
    kept = []
    for s, e in sorted({_without_title(doc, r) for r in ranges} | titles, key=lambda r: (r[0] - r[1], r[0])):
        if (s, e) not in titles and _describes_a_noun(doc, s, e):
            continue
        if not covered.intersection(range(s, e)):
            kept.append((s, e))
            covered.update(range(s, e))
    return _join_adjacent(doc, sorted(_with_capitalised_verb(doc, r) for r in kept))


def _title_case(sentence: Span) -> bool:
    """Whether most words of a sentence are capitalised: a headline, whose verbs are capitalised too."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) > 2 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def _with_capitalised_verb(doc: Doc, name: tuple[int, int]) -> tuple[int, int]:
    """A name with the capitalised verb before it inside a sentence ("Google and Ask Jeeves", which
    the parser reads as the verb "ask"): a verb written with a capital mid-sentence is a word of
    the name."""
    start, end = name
    before = doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.tag_ in ("VB", "VBP")
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.text.isupper()
        and not _starts_sentence(before)
        and before.i > 0
        and (doc[before.i - 1].is_alpha or doc[before.i - 1].text == ",")
        and not _title_case(before.sent)
    ):
        return start - 1, end
    return start, end


def _describes_a_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether capitalised words all modify a common noun after them, as the parser reads them: an
    adjective of several words, no name ("American Olympic" of "American Olympic stars", "South
    African" of "South African diamonds"). A hyphenated word ("Jay-Z") and one word ("Investec
    economist") are left alone: the parser misreads those."""
    last = doc[end - 1]
    if end - start < 2 or last.dep_ != "amod":
        return False
    words = doc[start:end]
    return (
        all(t.is_alpha and t.text[:1].isupper() and t.dep_ in ("amod", "compound") for t in words)
        and last.head.i >= end
        and last.head.text.islower()
    )


def _describes_the_name_after(doc: Doc, run: tuple[int, int], names: set[tuple[int, int]]) -> bool:
    """Whether a phrase of common words stands before "the" and a name the parser reads as its
    apposition ("message analysts the Radicati Group", "ruling body the IAAF"): the name is the
    concept, as with "actress Emily Deschanel". A name starting a clause about the phrase ("the
    latest information the UK has entered") or a text after a title ("just-in-time acquisitions
    The Purdue University Libraries …") is none."""
    start, end = run
    if end - start < 2 or end + 1 >= len(doc) or doc[end].lower_ != "the" or not doc[end].whitespace_:
        return False
    if not all(t.text.islower() or not t.is_alpha for t in doc[start:end]):
        return False
    name = next((n for n in names if n[0] == end + 1), None)
    if name is None:
        return False
    root = next((t for t in doc[name[0] : name[1]] if not name[0] <= t.head.i < name[1]), None)
    return root is not None and root.dep_ == "appos" and root.head.i == end - 1


def _split_at_spaced_punct(span: Span) -> list[Span]:
    """``span`` cut at punctuation that stands apart ("BERLIN - The Berlin zoo": two names), not at
    an ampersand ("USA Track & Field", "Marks & Spencer": one)."""
    doc = span.doc
    parts, start = [], span.start
    for tok in span:
        if tok.is_punct and tok.text != "&" and (tok.whitespace_ or tok.i > 0 and doc[tok.i - 1].whitespace_):
            if tok.i > start:
                parts.append(doc[start : tok.i])
            start = tok.i + 1
    if span.end > start:
        parts.append(doc[start : span.end])
    return parts


def _without_title(doc: Doc, r: tuple[int, int]) -> tuple[int, int]:
    """A name range without the titles that lead it: honorifics ("Mr Mubanga" -> "Mubanga") and,
    before a person's name, the title words of :data:`presslens.entities.TITLE_WORDS` ("MP George
    Galloway" -> "George Galloway"; "General Motors" stays), a word the recogniser puts outside
    the name ("Moroccan Hicham El Guerrouj", "Teenager LaShawn Merritt") and a word that is no
    first name before a first name and a surname ("Kenyan Bernard Lagat")."""
    start, end = r
    while end - start > 1 and (
        doc[start].lower_.rstrip(".") in HONORIFICS
        or doc[start + 1].ent_type_ == "PERSON"
        and (
            doc[start].lower_.rstrip(".") in TITLE_WORDS
            or doc[start].ent_type_ != "PERSON"
            and doc[start + 1].ent_iob_ == "B"
            or word_before_name(doc, start, end)
        )
        or first_name_after_nationality(doc, start + 1)  # "Russian Svetlana Kuznetsova", her name unrecognised
    ):
        start += 1
    # a nationality or an abbreviated title before a person's name ("South African Mark Plaatjes",
    # "Vice Adm. Clyde Robbins")
    person = next(
        (k for k in range(start + 1, end) if doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"), None
    )
    if person is not None and (
        all(_before_a_name(doc[k]) for k in range(start, person))
        or PARTY_STATE.fullmatch(doc[start:person].text)  # "R-Ala. Schumer": a sentence's end run into a name
    ):
        start = person
    # a title of several words before a first name and a surname the recogniser missed ("Home
    # Secretary Charles Clarke", "Foreign Secretary Jack Straw")
    titles = [i for i in range(start, end - 2) if doc[i].lower_ in TITLE_WORDS]
    if titles and (doc[titles[-1] + 1].ent_type_ == "PERSON" or common_first_name(doc[titles[-1] + 1].text)):
        start = titles[-1] + 1
    return start, end


def _before_a_name(tok: Token) -> bool:
    """A word of a nationality, a title, an abbreviated title or an office's modifier ("Adm.", "Vice")."""
    return (
        tok.ent_type_ == "NORP"
        or tok.lower_.rstrip(".") in TITLE_WORDS
        or not tok.ent_type_
        and (tok.text.endswith(".") and tok.text[:1].isupper() or tok.lower_ in OFFICE_MODIFIERS)
    )


def _capitalised(tok: Token) -> bool:
    if not tok.text[:1].isupper() or tok.ent_type_ in _NOT_NAMES:
        return False
    if not _starts_sentence(tok) or tok.ent_type_:
        return True
    return tok.pos_ == "PROPN" and not _common_word_starting(tok)


def _capitalised_groups(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    current: list = []
    for u in _units(doc[start:end]):
        if _capitalised(u[0]) and u[0].pos_ != "ADJ" or current and _capitalised(u[0]):
            current.append(u)
        else:
            if current:
                groups.append((current[0][0].i, current[-1][-1].i + 1))
            current = [u] if _capitalised(u[0]) else []
    if current:
        groups.append((current[0][0].i, current[-1][-1].i + 1))
    return groups


def _join_adjacent(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One name where the recogniser split it in two ("Islamic" + "State"), never a person's name
    with what precedes it ("American" + "Bershawn Jackson")."""
    out: list[tuple[int, int]] = []
    for s, e in ranges:
        if (
            out
            and out[-1][1] == s
            and doc[s - 1].whitespace_
            and doc[s].text[:1].isupper()
            and not (doc[s].ent_type_ == "PERSON" and doc[s].ent_iob_ == "B")
            and not first_name_after_nationality(doc, s)
        ) or (out and _of_name(doc, out[-1], (s, e))):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _of_name(doc: Doc, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether two names with "of" between them are one name the text writes so more than once
    ("Hearts of Oak", which the recogniser missed); not a person's name and where they are from
    ("Joe Cole of Chelsea")."""
    if left[1] + 1 != right[0] or doc[left[1]].text != "of" or not doc[right[0]].text[:1].isupper():
        return False
    if doc[left[1] - 1].ent_type_ == "PERSON" or doc[right[0]].ent_type_ == "PERSON":
        return False
    return doc.text.count(doc[left[0] : right[1]].text) > 1


def _propn_groups(units: list[list[Token]]) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    current: list[list[Token]] = []
    for u in units:
        if (
            all(t.pos_ == "PROPN" or t.text in _JOINERS for t in u)
            and _is_content(u[0])
            and not (not current and _common_word_starting(u[0]))
            and u[0].ent_type_ not in _NOT_NAMES
        ):
            current.append(u)
        else:
            if current:
                groups.append((current[0][0].i, current[-1][-1].i + 1))
            current = []
    if current:
        groups.append((current[0][0].i, current[-1][-1].i + 1))
    return groups


def concepts(doc: Doc, mentions: MentionLayer | None = None) -> list[Concept]:
    """The keyphrase candidates of ``doc`` as concepts, in order of first occurrence.

    Parameters
    ----------
    doc : Doc
        A parsed text (tagger, parser and entity recogniser).
    mentions : presslens.coref.MentionLayer, optional
        The article's mention layer, whose people join the names of one person; computed
        here (:func:`presslens.quotes.mention_layer`) when not given. Pass the layer an
        analysis already holds (:attr:`presslens.analysis.ArticleAnalysis.mentions`) to
        compute it once.

    Returns
    -------
    list of Concept
        One per concept; variants and defined aliases merged.

    Examples
    --------
    >>> from presslens.model import load_model
    >>> doc = load_model()("The United States sent aid. US officials said the aid arrived.")
    >>> [(c.text, c.tf) for c in concepts(doc)]
    [('United States', 2), ('aid', 2), ('US officials', 1)]
    """
    sentence_units = [_units(sent) for sent in doc.sents]  # words of each sentence, found once
    noun_runs = _noun_runs(sentence_units)
    if mentions is None:
        from presslens.quotes import mention_layer

        mentions = mention_layer(doc)
    names = sorted(set(_name_runs(doc, sentence_units, noun_runs, mentions.titles)))
    name_set = set(names)
    name_end = {e - 1 for _, e in names}
    # a phrase whose head is a name is that name with a title or description before it
    # ("actress Emily Deschanel", "downtown Buenos Aires"): the name alone is the concept
    # and a phrase inside a name is a fragment of it ("USA Track" of "USA Track & Field")
    inside = {i: n for n in names for i in range(*n)}
    pairs = _pairs_used_alone(doc)
    phrases = {
        r
        for r in noun_runs
        if r[1] - 1 not in name_end
        and not (inside.get(r[0]) is not None and inside.get(r[0]) == inside.get(r[1] - 1))
        and not _cuts_a_name(doc, r, inside)
        and not _cuts_a_pair(doc, r, pairs)
        and not _needs_its_complement(doc, r)
        and not _describes_a_noun(doc, *r)
        and not _describes_the_name_after(doc, r, name_set)
    }
    occurrences: list[tuple[int, int]] = sorted(name_set | phrases)
    capitalised = _capitalised_words(doc)

    found: dict[tuple[str, ...], Concept] = {}
    key_of: dict[tuple[int, int], tuple[str, ...]] = {}  # each occurrence's key, by its range as found
    for start, end in occurrences:
        found_at = (start, end)
        while start < end and _is_unit_of_number(doc[start]):  # "m" of "60m hurdles"
            start += 1
        start = _after_amount(doc, start, end)  # "1.4bn euros profit": the amount is no part of it
        span = doc[start:end]
        if not len(span):
            continue
        units = _units(span)
        if _hyphenated_modifier(units[-1]):  # "Oscar-nominated": it describes, it names nothing
            continue
        if len(units) > 1 and _hyphenated_modifier(units[0]) and (start, end) in name_set:
            # "Oscar-winning Pulp Fiction" is Pulp Fiction
            start = units[1][0].i
            span = doc[start:end]
            units = units[1:]
        named = (start, end) in name_set
        cut = max((k for k, u in enumerate(units[:-1]) if _prize_role(u)), default=None)
        if cut is not None and named:
            # "Pulitzer Prize-winner David Mamet" is David Mamet, a name
            units = units[cut + 1 :]
            start = units[0][0].i
            span = doc[start:end]
        key = _occurrence_key(units, capitalised)
        if not key or len(key) > MAX_WORDS or not any(_is_content(t) for t in span):
            continue
        if len(key) == 1 and not any(t.pos_ in _HEAD_POS for t in span):
            continue
        surface = _surface(span, capitalised)
        if _MARKUP.search(surface):
            continue
        key_of[found_at] = key
        cand = found.get(key)
        if cand is None:
            cand = found[key] = Concept(key, keys={key})
        offsets = (span.start_char, span.end_char)
        if offsets in cand.spans:
            continue
        cand.forms[surface] += 1
        cand.spans.append(offsets)
        cand.token_starts.append(start)
        if named and not PLURAL_ACRONYM.fullmatch(surface):  # "DVDs", "MPs": things
            cand.n_names += 1
            label = doc[start].ent_type_
            if label:
                cand.labels[label] += 1
    # two words for one thing, as the text glosses one by the other ("blogs, or web logs,")
    common = sorted(phrases - name_set)
    glosses = [(key_of[a], key_of[b]) for a, b in defined_glosses(doc, common) if a in key_of and b in key_of]
    merged = _merge_variants(doc, found, names, capitalised, mentions, glosses)
    for c in merged:
        order = sorted(range(len(c.spans)), key=lambda i: c.spans[i])
        c.spans = [c.spans[i] for i in order]
        c.token_starts = [c.token_starts[i] for i in order]
    return sorted(merged, key=lambda c: c.spans[0])


def _cuts_a_name(doc: Doc, run: tuple[int, int], inside: dict[int, tuple[int, int]]) -> bool:
    """Whether a phrase starts inside a name right after its "of", "for" or "and" ("Health posts"
    of "Department of Health posts"), or ends inside one right before it: a fragment of the
    name. (A name the recogniser ran on, "US Hispanic community", may hold a phrase.) A
    capitalised phrase right after an "of" that follows a capitalised word inside the sentence
    ends a name "X of Y" the recogniser missed here ("Duty franchises" of "the Medal Of Honor and
    Call of Duty franchises")."""
    start, end = run
    first, last = inside.get(start), inside.get(end - 1)
    joint = ("of", "for", *_AND)
    starts = first is not None and first[0] < start and doc[start - 1].lower_ in joint
    ends = last is not None and last[1] > end and doc[end].lower_ in joint
    return starts or ends or _ends_a_missed_of_name(doc, start)


def _ends_a_missed_of_name(doc: Doc, start: int) -> bool:
    """Whether token ``start``, capitalised, follows an "of" after a capitalised word inside the
    sentence (see :func:`_cuts_a_name`)."""
    if start < 2 or not doc[start].text[:1].isupper() or doc[start - 1].lower_ != "of":
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() and not before.is_sent_start and before.ent_type_ != "PERSON"


def _needs_its_complement(doc: Doc, run: tuple[int, int]) -> bool:
    """Whether a phrase of common words is said here only with the "of" or "per" phrase that
    completes it: "added feature" of "the added feature of being able to read out results",
    "average revenues" of "average revenues per passenger", "wide range" of "a wide range of
    products". An amount or a name after "of" only specifies the phrase ("world record of
    44.63secs", "Olympic record of 12.37"), and a phrase with a rarer word ("fuel surcharges of
    £10") says something itself."""
    start, end = run
    if end - start < 2 or end >= len(doc):
        return False
    head, prep = doc[end - 1], doc[end]
    if prep.lower_ not in ("of", "per") or prep.head.i != head.i:
        return False
    completion = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if completion is None:
        return False
    if completion.dep_ == "pobj" and (
        _is_amount(completion)
        or completion.ent_type_
        or completion.pos_ in ("PROPN", "NUM")
        or any(_is_amount(c) for c in completion.children)
    ):
        return False
    return all(is_common_word(t.text) for t in doc[start:end] if t.is_alpha)


#: Words that join the two words of a pair ("track and field", "Track & Field").
_AND = ("and", "&")
#: Their string ids (spaCy's hashes of a word's lower-case form).
_AND_IDS = frozenset(get_string_id(w) for w in _AND)


def _pairs_used_alone(doc: Doc) -> frozenset[tuple[str, str]]:
    """Pairs of words joined by "and" (or "&") that the text also uses as a noun of their own,
    lower-cased: "track and field" of "honours in track and field" (not of "track and field
    performers", where "field" modifies a noun)."""
    out: set[tuple[str, str]] = set()
    if not len(doc):
        return frozenset(out)
    lower = doc.to_array([LOWER]).tolist()  # ids, not a Token per word: a Token costs more than the rule
    for i in [i for i, w in enumerate(lower) if w in _AND_IDS]:
        x, y = _word_before(doc, i), _word_after(doc, i)
        if x is None or y is None or doc[x].pos_ not in _HEAD_POS or doc[y].pos_ not in _HEAD_POS:
            continue
        after = _word_after(doc, y)
        if after is None or doc[after].pos_ not in ("NOUN", "PROPN", "ADJ") and doc[after].text not in _JOINERS:
            out.add((doc[x].lower_, doc[y].lower_))
    return frozenset(out)


def _word_before(doc: Doc, i: int) -> int | None:
    """The index of the last token before ``i`` that is no line break or space."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 else None


def _word_after(doc: Doc, i: int) -> int | None:
    """The index of the first token after ``i`` that is no line break or space."""
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def _cuts_a_pair(doc: Doc, run: tuple[int, int], pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether a phrase holds one word of a pair that modifies a noun here and that the text also
    uses as a noun of its own: "field performers" and "female track" of "female track and field
    performers", where the text also writes "in track and field". A pair not used alone ("grass
    and brush fires") may join two phrases, and cuts nothing."""
    start, end = run
    if not pairs:
        return False
    joint = _word_before(doc, start)
    if end - start > 1 and joint is not None and doc[joint].lower_ in _AND:
        x = _word_before(doc, joint)
        if x is not None and (doc[x].lower_, doc[start].lower_) in pairs:
            return True
    joint = _word_after(doc, end - 1)
    if joint is not None and doc[joint].lower_ in _AND:
        y = _word_after(doc, joint)
        head = None if y is None else _word_after(doc, y)
        if (
            y is not None
            and head is not None
            and doc[head].pos_ in _HEAD_POS
            and (doc[end - 1].lower_, doc[y].lower_) in pairs
        ):
            return True
    return False


def _merge_variants(
    doc: Doc,
    found: dict[tuple[str, ...], Concept],
    names: list[tuple[int, int]],
    capitalised: frozenset[str],
    mentions: MentionLayer,
    glosses: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (),
) -> list[Concept]:
    parent = {k: k for k in found}

    def root(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a, b):
        ra, rb = root(a), root(b)
        if ra != rb:  # the concept with more occurrences (then the longer key) stays the root
            keep, drop = sorted((ra, rb), key=lambda k: (-found[k].tf, -len(k), k))
            parent[drop] = keep

    # acronyms of names: "US" / "United States", "FBI" / "Federal Bureau of Investigation"
    by_initials: dict[str, list[tuple[str, ...]]] = {}
    for key, c in found.items():
        if len(key) > 1 and c.is_name:
            by_initials.setdefault(acronym(c.text).lower(), []).append(key)
    for key, c in found.items():
        form = c.text.replace(".", "")
        if len(key) == 1 and _is_acronym(form) and form.isalpha():
            for long_key in by_initials.get(form.lower(), ()):
                union(long_key, key)
    # spelling with and without spaces or hyphens: "Time Warner" / "TimeWarner", "e-mail" / "email"
    by_letters: dict[str, tuple[str, ...]] = {}
    for key in found:
        letters = "".join(ch for ch in "".join(key) if ch.isalnum())
        if letters in by_letters:
            union(by_letters[letters], key)
        else:
            by_letters[letters] = key
    # names the mention layer gives to one person are one concept ("Lopilato" / "Luisana Lopilato"):
    # a name concept joins the person of every occurrence it has (a name's head comes last, so an
    # occurrence is the layer's name mention that ends where it ends, a possessive aside)
    person_at = {_name_end(m): r.id for r in mentions.referents if r.kind == "person" for m in r.names}
    key_of_person: dict[int, tuple[str, ...]] = {}
    for key, c in found.items():
        people = {person_at.get(end, -1) for _, end in c.spans}
        if c.is_name and len(people) == 1 and -1 not in people:
            union(key_of_person.setdefault(people.pop(), key), key)
    # one word of one organisation's name, alone, is that organisation ("the Federation" / "Federation for
    # American Immigration Reform"); never a place or a people ("Texas" / "Texas Tech University")
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for key, c in found.items():
        if len(key) > 1 and c.is_name and c.labels.get("ORG", 0) * 2 >= sum(c.labels.values()) > 0:
            for w in set(key):
                by_word.setdefault(w, []).append(key)
    # the recogniser's PERSON label yields to the layer, which knows an organisation by how it is
    # used ("Ask Jeeves said", "Jeeves' shares"): a name all of whose occurrences it gives to one
    # organisation is that organisation's, when it is the one organisation name holding the word
    org_at = {_name_end(m): r.id for r in mentions.referents if r.kind == "organisation" for m in r.names}

    def layer_org(c: Concept) -> int | None:
        orgs = {org_at.get(end) for _, end in c.spans}
        return orgs.pop() if len(orgs) == 1 and None not in orgs else None

    names_holding: dict[str, list[tuple[str, ...]]] = {}  # word -> the longer names holding it
    for key, c in found.items():
        if len(key) > 1 and c.is_name:
            for w in set(key):
                names_holding.setdefault(w, []).append(key)

    for key, c in found.items():  # an acronym names its own organisation ("AOL" is not "AOL Europe")
        if (
            len(key) == 1
            and c.is_name
            and len(by_word.get(key[0], ())) == 1
            and not _is_acronym(c.text)
            and not c.labels.keys() & (_PLACE_OR_PEOPLE_LABELS | {"PERSON"})
        ):
            union(by_word[key[0]][0], key)
        elif (
            len(key) == 1
            and c.is_name
            and not _is_acronym(c.text)
            and not _mostly_place(c)
            and (org := layer_org(c)) is not None
        ):
            holders = names_holding.get(key[0], [])
            if (
                len(holders) == 1
                and not _mostly_place(found[holders[0]])  # "Swiss Xstrata": a nationality and Xstrata
                and layer_org(found[holders[0]]) == org
            ):
                union(holders[0], key)
    # aliases the text defines
    for a, b in defined_aliases(doc, names):
        ka = _occurrence_key(_units(doc[a[0] : a[1]]), capitalised)
        kb = _occurrence_key(_units(doc[b[0] : b[1]]), capitalised)
        if ka in found and kb in found:
            union(ka, kb)
    for ka, kb in glosses:
        union(ka, kb)
    groups: dict[tuple[str, ...], Concept] = {}
    for key in sorted(found, key=lambda k: found[k].spans[0]):
        r = root(key)
        c = found[key]
        if r not in groups:
            groups[r] = Concept(r, keys=set())
        g = groups[r]
        g.forms.update(c.forms)
        g.spans += c.spans
        g.token_starts += c.token_starts
        g.n_names += c.n_names
        g.labels.update(c.labels)
        g.keys |= c.keys
    for g in groups.values():  # the shown form decides the key
        g.key = _key_of_form(found, g)
    return list(groups.values())


#: Labels of places and peoples: never one word of an organisation's name ("Wales" / "BBC Sport Wales").
_PLACE_OR_PEOPLE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _mostly_place(c: Concept) -> bool:
    """Whether most of a concept's labelled occurrences are places or peoples
    (:data:`_PLACE_OR_PEOPLE_LABELS`)."""
    return sum(n for label, n in c.labels.items() if label in _PLACE_OR_PEOPLE_LABELS) * 2 > sum(c.labels.values())


def _name_end(m: Mention) -> int:
    """Where a name mention of the layer ends, a possessive aside ("Ben Johnson's")."""
    return m.end - len(m.text) + len(POSSESSIVE.sub("", m.text))


def _key_of_form(found: dict[tuple[str, ...], Concept], g: Concept) -> tuple[str, ...]:
    text = g.text
    for k in g.keys:
        if text in found[k].forms:
            return k
    return next(iter(g.keys))
