"""Textual anomalies that code can find: signs of a careless scrape or edit.

- photo captions and credits run into the body (from :mod:`presslens.captions`),
  especially those glued to the start of a body paragraph;
- names spelled two ways (fuzzy-matched entity variants, body and captions);
- sentences broken by a stray full stop ("told Washington. Post.");
- a space before punctuation ("report says .").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from presslens.article import Article
from presslens.entities import Variant, caption_entities, extract_entities, spelling_variants
from presslens.stats.sentences import sentence_spans

_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +(?=[.,;:!?](?:\s|$))")


@dataclass(frozen=True)
class Anomaly:
    """One anomaly: its kind, a short description, and where it is."""

    kind: str
    description: str
    start: int
    end: int
    text: str


def glued_captions(article: Article) -> list[Anomaly]:
    """Captions and credits that share a paragraph with body text (not a caption paragraph of their own)."""
    out = []
    for cap in article.captions:
        if cap.kind != "credit":
            continue
        after = article.text[cap.end :].split("\n\n", 1)[0]
        if after.strip():
            out.append(
                Anomaly(
                    "caption_glued_to_body",
                    "a photo credit runs straight into body text",
                    cap.start,
                    cap.end,
                    cap.text,
                )
            )
    return out


def broken_sentences(doc: Doc) -> list[Anomaly]:
    """Sentences that look cut off by a stray full stop.

    A "sentence" is suspicious when it has no verb and at most three words
    ("Post."), or when it opens with a verbless fragment of at most two words
    before a comma and the previous sentence ends in a capitalised word
    ("… the United States. Asia, the newspaper said.").
    """
    text = doc.text
    out = []
    spans = sentence_spans(text)
    for i, (s, e) in enumerate(spans):
        sent = doc.char_span(s, e, alignment_mode="expand")
        if sent is None:
            continue
        words = [t for t in sent if t.is_alpha]
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in sent)
        first_clause = text[s:e].split(",", 1)
        head = doc.char_span(s, s + len(first_clause[0]), alignment_mode="expand")
        prev_end = text[spans[i - 1][0] : spans[i - 1][1]].rstrip(".") if i else ""
        prev_word = prev_end.split()[-1] if prev_end.split() else ""
        same_paragraph = i > 0 and "\n\n" not in text[spans[i - 1][1] : s]
        if (not has_verb and len(words) <= 3) or (
            same_paragraph
            and len(first_clause) > 1
            and head is not None
            and len([t for t in head if t.is_alpha]) <= 2
            and head[0].pos_ == "PROPN"
            and not any(t.pos_ in ("VERB", "AUX") for t in head)
            and prev_word[:1].isupper()
            and text[spans[i - 1][1] - 1] == "."
        ):
            start = spans[i - 1][1] - 1 if i else s
            out.append(
                Anomaly("broken_sentence", "a sentence seems cut by a stray full stop", start, e, text[start:e])
            )
    return out


def stray_spaces(doc: Doc) -> list[Anomaly]:
    """A space between a word and the punctuation after it ("says .")."""
    out = []
    for m in _SPACE_BEFORE_PUNCT_RE.finditer(doc.text):
        start = doc.text.rfind(" ", 0, m.start()) + 1
        out.append(
            Anomaly(
                "space_before_punctuation",
                "a space before punctuation",
                start,
                m.end() + 1,
                doc.text[start : m.end() + 1],
            )
        )
    return out


def name_variants(
    article: Article, doc: Doc, nlp: Language, variants: list[Variant] | None = None
) -> list[Anomaly]:
    """Names spelled two ways, in the body or its captions (see :func:`presslens.entities.spelling_variants`).

    Parameters
    ----------
    article : Article
        The article (its captions are checked too).
    doc : spacy.tokens.Doc
        The parse of its body.
    nlp : spacy.language.Language
        The pipeline, to parse the captions.
    variants : list of Variant, optional
        The spelling variants when the caller has them already
        (:attr:`presslens.analysis.ArticleAnalysis.variants`); otherwise they are computed.

    Returns
    -------
    list of Anomaly
        One per pair of near-identical names.
    """
    out = []
    if variants is None:
        variants = spelling_variants(extract_entities(doc) + caption_entities(article, nlp))
    for v in variants:
        start = max(article.text.find(v.name_a), 0)
        out.append(
            Anomaly(
                "name_variant",
                f"“{v.name_a}” and “{v.name_b}” ({v.kind}, Jaro–Winkler {v.similarity:.2f})",
                start,
                start + len(v.name_a),
                article.text[start : start + len(v.name_a)],
            )
        )
    return out


def find_anomalies(
    article: Article, doc: Doc, nlp: Language, variants: list[Variant] | None = None
) -> list[Anomaly]:
    """All anomalies of an article, in text order within each kind.

    Parameters
    ----------
    article : Article
        The article.
    doc : spacy.tokens.Doc
        The parse of its body.
    nlp : spacy.language.Language
        The pipeline, to parse the captions.
    variants : list of Variant, optional
        Spelling variants already found (see :func:`name_variants`).

    Returns
    -------
    list of Anomaly
        Name variants, glued captions, broken sentences, stray spaces.
    """
    return [
        *name_variants(article, doc, nlp, variants),
        *glued_captions(article),
        *broken_sentences(doc),
        *stray_spaces(doc),
    ]
