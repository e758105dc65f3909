"""Score quotation extraction against brat attribution annotations (the PolNeAR layout).

Layout: ``DIR/text/NAME.txt`` and ``DIR/attributions/NAME_<annotator>.ann``
(when several annotators annotated a text, the first file in sorted order is
used). Each ``Attribution`` event links ``Source``, ``Cue`` and ``Content``
spans (discontinuous spans allowed).

Matching: a gold attribution is *found* when one predicted quotation covers
more than ``θ`` of its content characters (θ = 0.3 and 0.8 are reported); a
prediction is *correct* when it covers more than θ of some gold content.
Speaker (cue) accuracy: among found gold attributions with a source (cue),
the share whose best-covering prediction has a speaker (cue) span
overlapping the gold one. Canonical-source accuracy: among found gold
attributions whose source span holds a PERSON entity, the share whose
prediction's canonical source names that person (by surname). Breakdowns: content with quote marks or without;
and *speech cues* — gold cues whose lemma is a verb of saying or "according
to" (PolNeAR also annotates beliefs, findings and other non-speech sources).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from presslens.article import article_from_text
from presslens.decoding import read_utf8
from presslens.quotes import find_quotes
from presslens.quotes.cues import SPEECH_VERBS
from presslens.quotes.extract import Quote

QUOTE_CHARS = '“”"„«»'
THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: lists of (start, end) spans for each role."""

    content: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...] = ()
    source: tuple[tuple[int, int], ...] = ()


def read_brat(path: str | Path) -> list[GoldAttribution]:
    """Attribution events of a brat ``.ann`` file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events = []
    for line in read_utf8(path).splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            try:
                frags = tuple((int(frag.split()[0]), int(frag.split()[1])) for frag in offsets.split(";"))
            except (ValueError, IndexError):
                continue  # a malformed span line is skipped, not fatal
            spans[fields[0]] = (label, frags)
        elif line.startswith("E") and len(fields) >= 2:
            events.append(fields[1].split())
    out = []
    for args in events:
        roles: dict[str, list] = {"Content": [], "Cue": [], "Source": []}
        if not args[0].startswith("Attribution"):
            continue
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if role in roles and tid in spans:
                roles[role].extend(spans[tid][1])
        if roles["Content"]:
            out.append(GoldAttribution(tuple(roles["Content"]), tuple(roles["Cue"]), tuple(roles["Source"])))
    return out


def gold_pairs(gold_dir: str | Path) -> Iterator[tuple[Path, Path]]:
    """``(text file, annotation file)`` pairs of a PolNeAR-style folder, one annotator per text."""
    gold_dir = Path(gold_dir)
    anns = sorted((gold_dir / "attributions").glob("*.ann"))
    for text in sorted((gold_dir / "text").glob("*.txt")):
        mine = [a for a in anns if re.fullmatch(re.escape(text.stem) + r"(?:_[0-9a-z]+)?", a.stem)]
        if mine:
            yield text, mine[0]


def _chars(spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _overlap(spans, start: int, end: int) -> bool:
    return any(min(e, end) > max(s, start) for s, e in spans)


def is_speech_cue(text: str, cue: tuple[tuple[int, int], ...], nlp: Language) -> bool:
    """Whether a gold cue is a verb of saying (by lemma) or "according to".

    Parameters
    ----------
    text : str
        The document.
    cue : tuple of (int, int)
        The gold cue's character spans.
    nlp : spacy.language.Language
        To lemmatise the cue.

    Returns
    -------
    bool
    """
    cue_text = " ".join(text[s:e] for s, e in cue).lower()
    if "according to" in cue_text:
        return True
    return any(t.lemma_.lower() in SPEECH_VERBS for t in nlp.make_doc(cue_text)) or any(
        t.lemma_.lower() in SPEECH_VERBS for t in nlp(cue_text)
    )


@dataclass
class Tally:
    """Counts for one slice of the evaluation."""

    gold: int = 0
    found: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    pred: int = 0
    correct: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    speaker_total: int = 0
    speaker_ok: int = 0
    cue_total: int = 0
    cue_ok: int = 0
    source_total: int = 0
    source_ok: int = 0

    def row(self, name: str) -> dict:
        r = {"slice": name, "gold": self.gold, "predicted": self.pred}
        for t in THRESHOLDS:
            p = self.correct[t] / self.pred if self.pred else float("nan")
            rc = self.found[t] / self.gold if self.gold else float("nan")
            f = 2 * p * rc / (p + rc) if self.pred and self.gold and p + rc else float("nan")
            pct = int(t * 100)
            r.update({f"precision@{pct}": p, f"recall@{pct}": rc, f"f1@{pct}": f})
        r["speaker_accuracy"] = self.speaker_ok / self.speaker_total if self.speaker_total else float("nan")
        r["cue_accuracy"] = self.cue_ok / self.cue_total if self.cue_total else float("nan")
        r["canonical_source_accuracy"] = self.source_ok / self.source_total if self.source_total else float("nan")
        r["canonical_source_total"] = self.source_total
        return r


def gold_person(doc: Doc | None, source: tuple[tuple[int, int], ...]) -> str | None:
    """The PERSON entity that a gold source span is about: the one holding the span's syntactic head
    ("Robby Mook" in "Hillary Clinton's campaign manager Robby Mook"; "Don Fowler" in "Don Fowler,
    who helmed the DNC, a supporter of Hillary Clinton"), else the first that is not a possessive.

    Parameters
    ----------
    doc : spacy.tokens.Doc or None
        The parsed document.
    source : tuple of (int, int)
        The gold source's character spans.

    Returns
    -------
    str or None
        None when the span names no person (e.g. "officials", "the report").
    """
    if doc is None or not source:
        return None

    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= t for s, t in source)

    names = [e for e in doc.ents if e.label_ == "PERSON" and inside(e.start_char, e.end_char)]
    if not names:
        return None
    tokens = [t for t in doc if inside(t.idx, t.idx + len(t)) and not t.is_space]
    heads = [t for t in tokens if t.head == t or not inside(t.head.idx, t.head.idx + len(t.head))]
    for head in heads[:1]:
        for e in names:
            if e.start <= head.i < e.end:
                return e.text
    plain = [
        e
        for e in names
        if not (e.end < len(doc) and doc[e.end].tag_ == "POS") and not e.text.endswith(("'s", "’s"))
    ]
    return (plain or names)[0].text


def names_person(source: str | None, person: str) -> bool:
    """Whether a canonical source names ``person`` (its last word, possessive dropped).

    Parameters
    ----------
    source : str or None
        A canonical source.
    person : str
        A person's name.

    Returns
    -------
    bool
    """
    surname = re.sub(r"(?:'s|’s)$", "", person.split()[-1]).lower()
    return source is not None and bool(source) and surname in re.sub(r"(?:'s|’s)\b", "", source).lower().split()


def score_document(
    text: str,
    preds: list[Quote],
    golds: list[GoldAttribution],
    nlp: Language,
    tallies: dict[str, Tally],
    doc: Doc | None = None,
) -> None:
    """Add one document's matches to ``tallies`` (slices: all, quoted, unquoted, speech).

    With ``doc`` (the parse), canonical-source accuracy is tallied too: among found gold
    attributions whose source span holds a PERSON entity, the share whose prediction's
    canonical source names that person.

    Parameters
    ----------
    text : str
        The document.
    preds : list of Quote
        Predicted quotations.
    golds : list of GoldAttribution
        Gold attributions.
    nlp : spacy.language.Language
        To lemmatise cues.
    tallies : dict of Tally
        Running counts, updated in place.
    doc : spacy.tokens.Doc, optional
        The parse (for canonical sources).
    """
    pred_spans = [(q.start, q.end) for q in preds]
    gold_chars = [_chars(g.content) for g in golds]
    quoted = [any(c in QUOTE_CHARS for s, e in g.content for c in text[s:e]) for g in golds]
    speech = [is_speech_cue(text, g.cue, nlp) if g.cue else False for g in golds]
    for gi, g in enumerate(golds):
        slices = ["all", "quoted" if quoted[gi] else "unquoted"] + (["speech"] if speech[gi] else [])
        cover = [len(gold_chars[gi] & set(range(s, e))) / max(1, len(gold_chars[gi])) for s, e in pred_spans]
        best = max(range(len(preds)), key=lambda i: cover[i]) if preds else None
        for name in slices:
            tl = tallies[name]
            tl.gold += 1
            for t in THRESHOLDS:
                tl.found[t] += bool(best is not None and cover[best] > t)
            if best is not None and cover[best] > THRESHOLDS[0]:
                q = preds[best]
                if g.source:
                    tl.speaker_total += 1
                    tl.speaker_ok += bool(q.speaker and _overlap(g.source, q.speaker.start, q.speaker.end))
                if g.cue:
                    tl.cue_total += 1
                    tl.cue_ok += bool(q.cue and _overlap(g.cue, q.cue.start, q.cue.end))
                person = gold_person(doc, g.source)
                if person:
                    tl.source_total += 1
                    tl.source_ok += names_person(q.source, person)
    for q, (s, e) in zip(preds, pred_spans, strict=True):
        has_marks = any(c in QUOTE_CHARS for c in q.text)
        covers = [len(gc & set(range(s, e))) / max(1, len(gc)) for gc in gold_chars]
        for name in ("all", "quoted" if has_marks else "unquoted"):
            tallies[name].pred += 1
            for t in THRESHOLDS:
                tallies[name].correct[t] += any(c > t for c in covers)


def evaluate_quotes(
    gold_dir: str | Path, nlp: Language, *, limit: int | None = None, find=None, progress: bool = False
) -> list[dict]:
    """Score :func:`presslens.quotes.find_quotes` on a brat folder; one row per slice.

    Parameters
    ----------
    gold_dir : path
        ``text/`` and ``attributions/`` (see the module docstring).
    nlp : Language
        The model to parse with.
    limit : int, optional
        Score the first ``limit`` documents only.
    find : callable, optional
        ``find(doc) -> list[Quote]`` to score instead of :func:`presslens.quotes.find_quotes`
        (e.g. an earlier resolution step, to compare).
    progress : bool
        Show a progress bar.

    Raises
    ------
    ValueError
        When the folder holds no annotated text.

    Returns
    -------
    list of dict
        Rows for slices ``all``, ``quoted`` (content has quote marks), ``unquoted``
        and ``speech`` (speech cues; precision is not defined for it, since
        predictions carry no gold cue type), with precision, recall and F1 at 30 %
        and 80 % coverage, speaker, cue and canonical-source accuracy, and counts.
    """
    find = find or find_quotes
    tallies = {name: Tally() for name in ("all", "quoted", "unquoted", "speech")}
    pairs = list(gold_pairs(gold_dir))[:limit]
    if not pairs:
        raise ValueError(f"{gold_dir}: no text/*.txt with attributions/*.ann")
    for text_path, ann_path in tqdm(pairs, desc="eval quotes", unit="doc", disable=not progress):
        text = read_utf8(text_path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = article_from_text(text, str(text_path))
        doc = nlp(article.parse_text)
        score_document(text, find(doc), read_brat(ann_path), nlp, tallies, doc)
    rows = [tallies[name].row(name) for name in tallies]
    for key in ("predicted", "precision@30", "precision@80", "f1@30", "f1@80"):
        rows[-1][key] = float("nan") if key != "predicted" else 0
    for r in rows:
        r["documents"] = len(pairs)
    return rows


def headline_figures(rows: list[dict], split: str) -> dict:
    """The figures the written analysis cites, from :func:`evaluate_quotes` rows.

    Parameters
    ----------
    rows : list of dict
        From :func:`evaluate_quotes`.
    split : str
        The PolNeAR split scored.

    Returns
    -------
    dict
        Recall, precision, F1 and speaker accuracies by slice.
    """
    by = {r["slice"]: r for r in rows}
    return {
        "split": split,
        "documents": by["all"]["documents"],
        "speech_recall": by["speech"]["recall@30"],
        "quoted_f1": by["quoted"]["f1@30"],
        "speech_speaker_accuracy": by["speech"]["speaker_accuracy"],
        "all_speaker_accuracy": by["all"]["speaker_accuracy"],
        "canonical_source_accuracy": by["all"]["canonical_source_accuracy"],
        "all_recall": by["all"]["recall@30"],
        "all_precision": by["all"]["precision@30"],
    }
