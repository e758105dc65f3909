"""Resolve speakers to canonical sources and type them.

A speaker as written ("she", "Watson", "the official", "the newspaper") is
resolved to the full mention it refers to ("National Security Council
spokeswoman Adrienne Watson", "a senior US defense official", "The Washington
Post"), in text order, with simple, documented rules:

- pronouns (he, she, they, it, …) take the most recent earlier source of a
  compatible type (a person or anonymous person for he/she; not a person for it);
- a surname or a part of a name takes the earlier source whose person name
  contains it;
- a definite description ("the official", "the newspaper", "the report")
  takes the most recent earlier source with the same head noun, or, for
  outlets and documents, of the same type;
- anything else is a new source, its canonical name the mention itself.

Types: ``person`` (a named person), ``anonymous`` (an unnamed person:
"a senior US defense official", "sources"), ``organisation`` (government
bodies, companies, groups), ``document`` ("a leaked Pentagon report"),
``outlet`` (news media: "the newspaper", "The Washington Post"), ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from presslens.lexicon import (  # the word lists of unnamed people and bodies are shared with the cues
    ANONYMOUS_NOUNS,
    KIN_NOUNS,
    OCCUPATION_NOUNS,
    ORGANISATION_NOUNS,
    PRONOUN_GENDER,
    ROLE_TITLES,
)
from presslens.names import is_common_word
from presslens.people import Person, source_person
from presslens.quotes.extract import Quote, TextSpan, with_source

SOURCE_TYPES = ("person", "anonymous", "organisation", "document", "outlet", "unknown")

PERSON_PRONOUNS = frozenset("he she him her his hers i me we us".split())
OTHER_PRONOUNS = frozenset("they them it its this that".split())
#: Pronouns of the one speaking: inside a quotation its speaker, outside one the writer.
FIRST_PERSON = frozenset("i me we us".split())

OUTLET_NOUNS = frozenset(
    """newspaper paper daily tabloid magazine outlet network broadcaster channel
station post times journal herald tribune gazette telegraph guardian independent news wire agency
reuters ap afp bloomberg cnn bbc nbc cbs abc msnbc fox npr politico axios breitbart""".split()
)
OUTLET_NAME_RE = re.compile(
    r"\b(?:Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|News|Daily|Magazine|Wire|"
    r"Reuters|Associated Press|AP|AFP|Bloomberg|CNN|BBC|NBC|CBS|ABC|MSNBC|Fox|NPR|Politico|Axios|"
    r"Breitbart|Newsweek|Atlantic|Economist|Al Jazeera)\b"
)
DOCUMENT_NOUNS = frozenset(
    """report reports document documents assessment assessments memo memos study
studies poll polls survey surveys statement statements analysis analyses letter letters filing filings
record records data finding findings email emails cable cables transcript transcripts slide slides
briefing briefings intelligence estimate estimates paper papers release complaint indictment affidavit
lawsuit suit ruling order bill draft book tweet tweets website figures numbers chart datum text
article articles advert adverts advertisement advertisements motion motions documentary documentaries
table tables list lists ranking rankings research audio recording recordings""".split()
)


@dataclass
class _Source:
    canonical: str
    type: str
    head: str
    names: tuple[str, ...]


def _head_lemma(doc: Doc, span: TextSpan) -> tuple[str, list]:
    """Lemma of the head noun of a mention (its root, or its last noun) and the entities in it."""
    sub = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sub is None or len(sub) == 0:
        return span.text.lower(), []
    root = _head_token(sub)
    if root.pos_ not in ("NOUN", "PROPN"):
        # a part of a group ("Some of Clinton's longtime allies", "One of the officials"): the group's noun
        ofs = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
        group = next((g for c in ofs for g in c.children if g.dep_ == "pobj"), None)
        if group is not None and sub.start <= group.i < sub.end:
            root = group
    return root.lemma_.lower(), _ents_within(sub)


def _head_token(sub: Span) -> Token:
    """The head noun of a mention: the last noun before any prepositional or clausal modifier
    ("officials" in "Current and former U.S. officials", "head" in "the head of the agency"), else
    the parse's root."""
    pre: list[Token] = []
    for t in sub:
        if t.dep_ in ("prep", "relcl", "acl", "punct") and pre:
            break
        pre.append(t)
    nouns = [t for t in pre if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else sub.root


def _name_at_head(sub: Span | None, ents: list) -> bool:
    """Whether a person's name in a mention (its tokens ``sub``) is its head ("spokeswoman
    Adrienne Watson"), not a name it mentions on the way ("a spokesman for Michael Howard")."""
    if sub is None or len(sub) == 0:
        return True
    return any(e.label_ == "PERSON" and e.start <= sub.root.i < e.end for e in ents)


def _ents_within(sub: Span) -> list[Span]:
    """``sub.ents`` (the entities wholly inside ``sub``) from its own tokens: ``Span.ents`` rebuilds
    every entity of the document on each call."""
    doc, out, i = sub.doc, [], sub.start
    while i < sub.end:
        tok = doc[i]
        if tok.ent_iob == 3 and tok.ent_type:  # B: an entity starts
            j = i + 1
            while j < len(doc) and doc[j].ent_iob == 1:  # I: it goes on
                j += 1
            if j > sub.end:
                break
            out.append(Span(doc, i, j, label=tok.ent_type))
            i = j
        else:
            i += 1
    return out


def _clean(text: str) -> str:
    """A speaker as a source's name: whitespace folded, no possessive ending, no relative clause set
    off after it ("A spokesman for the British Casino Association, which represents the UK
    industry" is "A spokesman for the British Casino Association")."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r",\s+(?:which|who|whose)\b.*$", "", text)
    return re.sub(r"(?:'s|’s)$", "", text)


def classify_source(doc: Doc, span: TextSpan) -> str:
    """The source type of a speaker or addressee mention (see the module docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    span : TextSpan
        The mention.

    Returns
    -------
    str
        One of :data:`SOURCE_TYPES`.
    """
    head, ents = _head_lemma(doc, span)
    words = span.text.lower().split()
    # an agency is a news agency only when called so ("Other agencies, such as the Asian Development Bank")
    outlet_noun = head in OUTLET_NOUNS and (head != "agency" or "news" in words or "press" in words)
    # "a spokesman for the regulator quoted in China Daily": an outlet named in a person's description
    # does not make the person an outlet
    sub = doc.char_span(span.start, span.end, alignment_mode="expand")
    # nor does one named in a participle after it ("audio provided to The Times", "exit polling
    # reported by CNN"): it says where the thing went or came from
    described = {t.i for t in sub for c in t.children if c.dep_ == "acl" for t in c.subtree} if sub else set()
    own_text = " ".join(t.text for t in sub if t.i not in described) if sub else span.text
    named_outlet = OUTLET_NAME_RE.search(own_text) and head not in ANONYMOUS_NOUNS
    ents = [e for e in ents if e.start not in described]
    # "Anshuman Magazine, managing director, of …": a person's role in apposition makes no outlet
    in_a_role = sub is not None and any(
        c.dep_ == "appos" and c.lemma_.lower() in ROLE_TITLES for c in sub.root.children
    )
    if named_outlet and not in_a_role and not any(e.label_ == "PERSON" for e in ents) or outlet_noun:
        return "outlet"
    proper = sub is not None and any(t.pos_ == "PROPN" for t in sub)  # "Some commentators" is no name
    # "A spokesman for Michael Howard", "Howard's lawyer", "a new book, Brown's Britain": the named
    # person is not the speaker
    named_head = head not in ANONYMOUS_NOUNS | DOCUMENT_NOUNS or _name_at_head(sub, ents)
    if any(e.label_ == "PERSON" for e in ents) and named_head or (
        proper
        and len(words) <= 3
        and span.text[:1].isupper()
        and head not in ANONYMOUS_NOUNS
        and head not in ORGANISATION_NOUNS
        and head not in DOCUMENT_NOUNS
        and not any(e.label_ in ("ORG", "GPE", "NORP") for e in ents)
        and words[0] not in ("the", "a", "an")
        # "Church ministers": people by role in the plural, no one's name
        and not (head in _UNNAMED_PERSON_HEADS and sub is not None and sub.root.tag_ == "NNS")
    ):
        return "person"
    kind = _type_of_head(head)
    # "sales figures", "numbers released by …" (not "a senior figure", "numbers of women")
    counted = head in ("figure", "number") and f"{head}s" in words and f"{head}s of" not in " ".join(words)
    if kind == "document" or counted:
        return "document"
    if kind == "anonymous" or head in _UNNAMED_PERSON_HEADS and _indefinite(sub, words):
        # "Some economists", "Scientists", "a judge": unnamed people; "the judge", "the prime
        # minister", "his father" are someone the text identifies, whom the mention layer may name
        return "anonymous"
    if kind == "organisation" or any(e.label_ in ("ORG", "GPE", "NORP") for e in ents):
        # "The Tory leader", "France's finance minister": a person of that party or country
        return "anonymous" if head in ROLE_TITLES and head not in ORGANISATION_NOUNS else "organisation"
    return "unknown"


def _type_of_head(word: str) -> str | None:
    """The source type a head noun names by itself: a document, unnamed people or a body."""
    if word in DOCUMENT_NOUNS:
        return "document"
    if word in ANONYMOUS_NOUNS:
        return "anonymous"
    if word in ORGANISATION_NOUNS:
        return "organisation"
    return None


def _indefinite(sub: Span | None, words: list[str]) -> bool:
    """Whether a description is plural or opens with an indefinite article ("Some economists",
    "Scientists", "a judge"), not a definite or possessed one ("the judge", "his father")."""
    if sub is None or not len(sub) or words[0] in ("the", "this", "that") or words[0].endswith(("'s", "’s")):
        return False
    partitive = sub.root.pos_ in ("PRON", "NUM", "DET", "ADJ")  # "Many of the economists"
    return partitive or sub.root.tag_ in ("NNS", "NNPS") or words[0] in ("a", "an", "one", "another")


def _person_names(doc: Doc, span: TextSpan) -> tuple[str, ...]:
    _, ents = _head_lemma(doc, span)
    names = [_clean(e.text) for e in ents if e.label_ == "PERSON"]
    if not names and classify_source(doc, span) == "person":
        names = [_clean(span.text)]
    return tuple(names)


def _pronoun_source(low: str, text: str, head: str, known: list[_Source]) -> _Source:
    """A pronoun speaker: the last person ("he") or the last non-person ("it") quoted."""
    if low in PERSON_PRONOUNS:
        fits = [src for src in known if src.type in ("person", "anonymous")]
    elif low in ("they", "them"):  # a group: never the one person quoted last
        fits = [src for src in known if src.type != "person"]
    else:  # "it" is a thing: an organisation, outlet or document, not the person (or the description
        # of no known kind, "the prime minister") quoted last
        fits = [
            src
            for src in known
            if low not in ("it", "its")
            or (src.type not in ("person", "anonymous") and src.head not in ROLE_TITLES)
        ]
    return fits[-1] if fits else _Source(text, "unknown", head, ())


def _bare(name: str) -> str:
    """A name without its article, lower-cased ("The Guardian" -> "guardian")."""
    return re.sub(r"^(?:the|a|an) ", "", name.lower())


def _known_source(low: str, names: tuple[str, ...], known: list[_Source]) -> _Source | None:
    """A source already quoted: a person by part of their name ("Watson" -> "... Adrienne Watson"),
    or the same mention again."""
    for name in names:
        for src in reversed(known):
            if any(name == n or set(name.split()) <= set(n.split()) for n in src.names):
                return src
    return next((src for src in known if _bare(src.canonical) == _bare(low)), None)


def _definite_source(doc: Doc, span: TextSpan, head: str, stype: str, known: list[_Source]) -> _Source | None:
    """A short definite description: the last source with its head ("the official" -> "a senior US
    defense official"), or for an outlet ("the newspaper") the outlet named last."""
    sub = doc.char_span(span.start, span.end, alignment_mode="expand")
    singular = sub is not None and len(sub) > 0 and sub.root.tag_ in ("NN", "NNP")
    for src in reversed(known):
        # "the aid agency" is no news agency quoted before ("the Reuters news agency"), nor "Other
        # agencies"
        words = (src.canonical or "").lower().split()
        plural = head not in words and any(w in (head + "s", head + "es", head[:-1] + "ies") for w in words)
        if src.head == head and (src.type != "outlet" or stype == "outlet") and not (singular and plural):
            return src
    if stype != "outlet":
        return None
    for src in reversed(known):
        if src.type == "outlet":
            return src
    named = [
        e
        for e in doc.ents
        if e.end_char <= span.start and e.label_ in ("ORG", "WORK_OF_ART") and OUTLET_NAME_RE.search(e.text)
    ]
    return _Source(_clean(named[-1].text), "outlet", named[-1].root.lemma_.lower(), ()) if named else None


def _resolve(doc: Doc, span: TextSpan, known: list[_Source], quoted: bool = True) -> _Source:
    text = _clean(span.text)
    low = text.lower()
    head, _ = _head_lemma(doc, span)
    if low in FIRST_PERSON and not quoted:
        # "We asked whether …" outside any quotation: the writer or the paper, no one quoted before
        return _Source(text, "unknown", head, ())
    if low in PERSON_PRONOUNS or low in OTHER_PRONOUNS:
        return _pronoun_source(low, text, head, known)
    stype = classify_source(doc, span)
    names = _person_names(doc, span) if stype == "person" else ()
    found = _known_source(low, names, known)
    if (
        found is None
        and re.match(r"(?:the|this|that|these|those) ", low)
        and len(low.split()) <= 4
        # "The Financial Times", "the China Daily newspaper": a name, not a description
        and not (stype == "outlet" and any(w[:1].isupper() for w in text.split()[1:]))
    ):
        found = _definite_source(doc, span, head, stype, known)
    if found is None and stype == "outlet":
        text = _outlet_name(text)
    return found or _Source(text, stype, head, names)


def _outlet_name(text: str) -> str:
    """An outlet's name out of a description that holds it: a name before an outlet noun ("the
    China Daily newspaper" -> "China Daily") or after one ("the French news agency AFP" -> "AFP");
    anything else as written ("The Financial Times", "BBC Radio 4's Today programme")."""
    words = re.sub(r"^(?:the|The) ", "", text).split()
    caps = [w[:1].isupper() for w in words]
    name = None
    if len(words) >= 2 and words[-1] in OUTLET_NOUNS and caps[:-1] == [True] * (len(words) - 1):
        name = words[:-1]
    k = max((i for i, w in enumerate(words) if w in OUTLET_NOUNS), default=None)
    if k is not None and k + 1 < len(words) and all(caps[k + 1 :]) and not any(caps[: k + 1][-1:]):
        name = words[k + 1 :]
    # a common word alone is no name without its noun ("Us magazine", "the Sun newspaper")
    if not name or len(name) == 1 and not name[0].isupper() and is_common_word(name[0]):
        return text
    return " ".join(name)


def resolve_sources(quotes: list[Quote], doc: Doc) -> list[Quote]:
    """Set ``source``, ``source_type`` and ``addressee_type`` on every quote (text order).

    Parameters
    ----------
    quotes : list of Quote
        From :func:`presslens.quotes.extract.extract_quotes`.
    doc : spacy.tokens.Doc
        The same parse.

    Returns
    -------
    list of Quote
        New records, same order.
    """
    known: list[_Source] = []
    by_speaker: dict[tuple[int, int], _Source] = {}
    marked = [(q.start, q.end) for q in quotes if q.kind in ("direct", "continuation")]
    out = []
    for q in sorted(quotes, key=lambda q: q.speaker.start if q.speaker else q.start):
        src = None
        if q.speaker is not None:
            key = (q.speaker.start, q.speaker.end)
            quoted = any(s <= q.speaker.start < e for s, e in marked)
            src = by_speaker.get(key) or _resolve(doc, q.speaker, known, quoted)
            by_speaker[key] = src
            if src not in known:
                known.append(src)
            else:  # most recently mentioned goes last
                known.remove(src)
                known.append(src)
        addressee_type = None
        if q.addressee is not None:
            addr = _resolve(doc, q.addressee, known)
            addressee_type = addr.type
            if addr not in known:
                known.insert(max(0, len(known) - 1), addr)
        out.append(with_source(q, src.canonical if src else None, src.type if src else "unknown", addressee_type))
    return sorted(out, key=lambda q: (q.start, q.end))


#: Relative pronouns: the speaker is the noun the clause describes ("Mr X, who …, said").
RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))


def attribute_to_people(quotes: list[Quote], doc: Doc, found: list[Person], layer) -> list[Quote]:
    """Re-resolve sources against the article's mention layer (:func:`presslens.coref.find_mentions`).

    Applied after :func:`resolve_sources`, in text order; the speaker's referent decides:

    - a pronoun ("he", "she", "it", "they") is the referent the mention layer resolved it to
      (agreement, salience, never into a quotation); a person pronoun the layer could not
      resolve is the nearest earlier person speaker;
    - a name or description is the referent of the mention at the speaker's head
      ("Clinton spokesman Nick Merrill" is Merrill; "the Arsenal boss" is the person the layer
      linked it to, "Arsenal manager Arsene Wenger");
    - "who"/"which"/"that" is the noun its clause describes;
    - a person is named by the person's full name ("Watson" → "Adrienne Watson").

    Parameters
    ----------
    quotes : list of Quote
        With sources from :func:`resolve_sources`.
    doc : Doc
        The same parse.
    found : list of Person
        The article's people (:func:`presslens.people.people_of` of ``layer``).
    layer : presslens.coref.MentionLayer
        The article's mention layer.

    Returns
    -------
    list of Quote
        New records, same order.
    """
    names = {p.name: p.gender for p in found}
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: q.speaker.start if q.speaker else q.start):
        q = _attribute(q, doc, layer, names, out)
        if q.source_type == "person" and q.source not in names:  # one set of counts: a person source
            p = source_person(q.source, found)  # is a person of the people table
            q = with_source(q, p.name if p else q.source, "person" if p else "unknown", q.addressee_type)
        out.append(q)
    out = _one_name_per_source(out)
    return sorted(out, key=lambda q: (q.start, q.end))


def _one_name_per_source(quotes: list[Quote]) -> list[Quote]:
    """One name for a source named with and without its article in one article ("The Federal
    Statistics Office" and "Federal Statistics Office", from the layer): the name without it, so
    that the source is counted once."""
    bare_names = {
        q.source for q in quotes if q.source and q.source_type != "person" and q.source == _strip_article(q.source)
    }
    out = []
    for q in quotes:
        if q.source and q.source_type != "person" and q.source not in bare_names:
            plain = _strip_article(q.source)
            if plain in bare_names:
                q = with_source(q, plain, q.source_type, q.addressee_type)
        out.append(q)
    return out


def _strip_article(name: str) -> str:
    """A name without a leading "The"/"the"."""
    return re.sub(r"^(?:The|the) ", "", name)


#: Heads of a description of a person by role, occupation or kin ("the judge", "scientists").
_UNNAMED_PERSON_HEADS = (ROLE_TITLES | OCCUPATION_NOUNS | KIN_NOUNS) - ORGANISATION_NOUNS
#: Heads of a speaker that are people or groups of people: "X's ally" is not X (but "X's
#: comments" are X's words).
_PEOPLE_NOUNS = ANONYMOUS_NOUNS | ORGANISATION_NOUNS | KIN_NOUNS | ROLE_TITLES | {"family", "camp"}


#: Heads of a speaker that are the possessor's own words: "Mr Crosby's statement", "her lawsuit",
#: "Ms Clarkson's legal action", "his remarks" are the possessor's.
_WORDS_OF_THE_POSSESSOR = DOCUMENT_NOUNS | frozenset(
    """comment comments remark remarks word words speech testimony message account interview action
claim claims case petition appeal motion writ""".split()
)


def _speaker_referent(doc: Doc, sp: TextSpan, layer):
    """The referent of the mention at the speaker's head token, else of the last mention before
    anything that follows the head (an apposition, a relative clause)."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None:
        return layer.at(sp.start, sp.end)
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        # a parse that makes a verb of a word of the description ("said Swedish *trades* union
        # official Ulf Carlsson"): the head noun, as the source's type reads it
        root = _head_token(span)
    found = layer.at(root.idx, root.idx + len(root))
    if found is not None:
        if not found.names and root.lemma_.lower() in _PEOPLE_NOUNS:
            # an unnamed spokesman the text names in apposition: "A spokesman for DLF Builders, Dr
            # Vancheshwar"
            named = _appositive_referent(root, layer)
            if named is not None and named.kind == "person":
                return named
        return found
    possessed = any(c.dep_ == "poss" for c in root.children)
    if root.lemma_.lower() in _PEOPLE_NOUNS:
        named = _appositive_referent(root, layer)
        if possessed:
            # "Mr Begg's father, Azmat" is Azmat; "Chancellor Gordon Brown's closest ally", "his
            # family": not the possessor
            return named
        if named is not None and named.kind == "person":
            return named  # "Opera spokeswoman, Berit Hanson": the person, not the firm
    elif possessed and root.pos_ == "NOUN" and root.lemma_.lower() not in _WORDS_OF_THE_POSSESSOR:
        # "Adriano's agent Gilmar Rinaldi", "His agent told the Times", "her employers told her":
        # someone of the possessor's, never the possessor (but "Mr Crosby's statement" is his)
        return _appositive_referent(root, layer)
    left = [t for t in span if t.i <= root.i]
    found = layer.at(left[0].idx, root.idx + len(root)) if left else None
    return found if found is not None else _appositive_referent(root, layer)


def _appositive_referent(root: Token, layer):
    """The referent of a name in apposition to a speaker's head ("The affable proprietor, Alfonso
    Espinos"), if the layer has one."""
    for child in root.children:
        if child.dep_ == "appos":
            found = layer.at(child.idx, child.idx + len(child))
            if found is not None:
                return found
    # "A spokesman for DLF Builders, Dr Vancheshwar": the parser hangs the person's name on the firm.
    # Only after a body: "a spokesman for the prosecutor, … Alan Hevesi" names the prosecutor, and
    # "an analysis by Lily Batchelder, a former aide" is no person's noun
    if root.lemma_.lower() not in _PEOPLE_NOUNS:
        return None
    objects = [o for p in root.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    bodies = [o for o in objects if _is_a_body(o)]
    for name in (c for o in bodies for c in o.children if c.dep_ == "appos"):
        found = layer.at(name.idx, name.idx + len(name))
        if found is not None and found.kind == "person":
            return found
    return None


def _is_a_body(tok: Token) -> bool:
    """Whether a noun names an organisation or a place: a name so labelled, or a body's noun."""
    return tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or tok.lemma_.lower() in ORGANISATION_NOUNS


def _last_subject_person(doc: Doc, layer, report: int, before: int, names: dict[str, str]) -> str | None:
    """The person named last, as a subject, between the start of the sentence of the outlet's
    report (offset ``report``) and offset ``before``."""
    sent = doc.char_span(report, report + 1, alignment_mode="expand")
    after = sent.sent.start_char if sent is not None else report
    for m in reversed([m for m in layer.mentions() if after <= m.start and m.end <= before and m.type == "name"]):
        r = layer.referent(m.entity)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if r.name in names and span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return r.name
    return None


def _type_of_noun(noun: Token, default: str) -> str:
    """The source type a common noun names ("an article that claimed": a document), else ``default``."""
    if noun.lower_ in DOCUMENT_NOUNS:  # "figures which showed" (the lemma "figure" is a person's)
        return "document"
    return _type_of_head(noun.lemma_.lower()) or default


def _attribute(q: Quote, doc: Doc, layer, names: dict[str, str], earlier: list[Quote]) -> Quote:
    if q.speaker is None:
        return q
    sp = q.speaker
    low = sp.text.lower()
    if low in RELATIVE_PRONOUNS:
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is not None and span.root.head.dep_ == "relcl":
            noun = span.root.head.head
            r = layer.at(noun.idx, noun.idx + len(noun))
            if r is not None and r.name in names:
                return with_source(q, r.name, "person", q.addressee_type)
            if r is not None and r.kind == "organisation" and noun.pos_ == "PROPN":
                # "the House of Lords Economic Affairs Committee, which said": the organisation named
                # ("the WSJ, which cites": the Wall Street Journal, an outlet)
                stype = "outlet" if OUTLET_NAME_RE.search(r.name) else "organisation"
                return with_source(q, r.name, stype, q.addressee_type)
            return with_source(q, noun.text, _type_of_noun(noun, q.source_type), q.addressee_type)
        return q
    r = _speaker_referent(doc, sp, layer)
    if r is not None and r.name in names:  # a person, whatever the words look like ("Mr Fox")
        if q.kind == "continuation" or q.source_type != "outlet" or r.kind == "person":
            return with_source(q, r.name, "person", q.addressee_type)
    if q.kind == "continuation" and q.source_type == "outlet":
        # quotations that follow an outlet's report are the words of the person it reported on
        # ("Wenger spoke to a smaller group of reporters, the Independent said. “…”")
        person = _last_subject_person(doc, layer, q.speaker.start, q.start, names)
        if person is not None:
            return with_source(q, person, "person", q.addressee_type)
    if r is not None and r.kind in ("organisation", "place") and low in OTHER_PRONOUNS:
        if q.source_type != "outlet":
            return with_source(q, r.name, "organisation", q.addressee_type)
        if q.kind != "continuation" and _bare(q.source or "") != _bare(r.name):
            # "Delta has been hit … It has said it needs to cut jobs": the layer's referent, not the
            # outlet someone spoke to before ("told the BBC News website")
            stype = "outlet" if OUTLET_NAME_RE.search(r.name) else "organisation"
            return with_source(q, r.name, stype, q.addressee_type)
    if r is not None and q.source_type != "outlet":
        # "Yukos said" (labelled a person) is the organisation; "President Obama" in a headline's name is not
        end = sp.end - 2 if sp.text.endswith(("'s", "’s")) else sp.end  # "Foster's said": the firm's name
        bare = any(m.start <= sp.start and end <= m.end for m in r.names)
        # (not "Many Labour MPs", unnamed people the layer took for a group's name)
        if r.kind == "organisation" and (q.source_type not in ("person", "anonymous") or bare):
            head = doc.char_span(sp.start, sp.end, alignment_mode="expand")
            if head is not None and any(
                m.type in ("name", "description") and m.start <= head.root.idx < m.end for m in r.mentions
            ):
                # "Cult British group Portishead", "Yukos": the organisation the layer names; "The
                # company said": the one it stands for; "the WSJ": the Wall Street Journal, an outlet
                # (but "the group" of Independent News & Media reports as a firm)
                stype = "outlet" if head.root.pos_ == "PROPN" and OUTLET_NAME_RE.search(r.name) else "organisation"
                return with_source(q, r.name, stype, q.addressee_type)
    gender = PRONOUN_GENDER.get(low)
    if gender is not None:  # a person pronoun the layer left open: the last person speaker of its gender
        speakers_before = [
            (x.speaker.start, x)
            for x in earlier
            if x.speaker is not None
            and x.speaker.end <= sp.start
            and x.source_type in ("person", "anonymous")
            and names.get(x.source or "", "unknown") in (gender, "unknown")
            and x.speaker.text.lower() not in PRONOUN_GENDER
        ]
        best = max(speakers_before, key=lambda t: t[0], default=None)
        if best:
            return with_source(q, best[1].source, best[1].source_type, q.addressee_type)
    return q
