"""Score keyterm methods against gold keyphrases (the 500N-KPCrowd layout).

Layout: ``DIR/docsutf8/NAME.txt`` and ``DIR/keys/NAME.key`` (one keyphrase a
line). A predicted term matches a gold keyphrase when both are equal after
lower-casing and Porter-stemming every token; predictions and gold are
deduplicated after stemming. Precision, recall and F at 5 and 10 are computed
per document and averaged over documents (macro average).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from nltk.stem.porter import PorterStemmer
from spacy.language import Language
from tqdm import tqdm

from presslens.keywords import METHODS, extract_keyterms

_STEMMER = PorterStemmer()


def normalise(phrase: str) -> str:
    """Lower-case and Porter-stem every token of a phrase."""
    return " ".join(_STEMMER.stem(w) for w in phrase.lower().split())


def dedupe(phrases: Iterable[str]) -> list[str]:
    """Normalised phrases, first occurrence kept, order preserved."""
    seen: list[str] = []
    for p in phrases:
        n = normalise(p)
        if n and n not in seen:
            seen.append(n)
    return seen


def prf_at(predicted: list[str], gold: list[str], k: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of the top ``k`` normalised predictions."""
    top = predicted[:k]
    if not top or not gold:
        return 0.0, 0.0, 0.0
    hits = len(set(top) & set(gold))
    p, r = hits / len(top), hits / len(gold)
    return p, r, (2 * p * r / (p + r) if hits else 0.0)


def gold_documents(gold_dir: str | Path) -> list[tuple[Path, Path]]:
    """``(text, keys)`` pairs of a KPCrowd-style folder, sorted by name."""
    gold_dir = Path(gold_dir)
    pairs = []
    for text in sorted((gold_dir / "docsutf8").glob("*.txt")):
        keys = gold_dir / "keys" / f"{text.stem}.key"
        if keys.is_file():
            pairs.append((text, keys))
    return pairs


def evaluate_keyterms(gold_dir: str | Path, nlp: Language, methods: Iterable[str] = tuple(METHODS),
                      *, top: int = 10, limit: int | None = None, subset: slice | None = None) -> list[dict]:
    """Score each method; one row per method with P/R/F at 5 and ``top`` and seconds per document.

    Parameters
    ----------
    subset : slice, optional
        Which documents (after sorting) to score, e.g. ``slice(0, None, 2)``.
    """
    pairs = gold_documents(gold_dir)
    if subset is not None:
        pairs = pairs[subset]
    pairs = pairs[:limit]
    methods = list(methods)
    sums = {m: [0.0] * 6 for m in methods}
    seconds = dict.fromkeys(methods, 0.0)
    for text_path, key_path in tqdm(pairs, desc="eval keywords", unit="doc", disable=None):
        doc = nlp(text_path.read_text(encoding="utf-8"))
        gold = dedupe(key_path.read_text(encoding="utf-8").splitlines())
        for m in methods:
            t0 = time.perf_counter()
            terms = [k.term for k in extract_keyterms(doc, m, topn=top * 3)]
            seconds[m] += time.perf_counter() - t0
            pred = dedupe(terms)
            for j, k in enumerate((5, top)):
                for i, v in enumerate(prf_at(pred, gold, k)):
                    sums[m][3 * j + i] += v
    n = len(pairs) or 1
    rows = []
    for m in methods:
        s = [100 * v / n for v in sums[m]]
        rows.append({"method": m, "P@5": s[0], "R@5": s[1], "F@5": s[2], f"P@{top}": s[3],
                     f"R@{top}": s[4], f"F@{top}": s[5], "seconds_per_doc": seconds[m] / n,
                     "documents": len(pairs)})
    return rows


TEXTACY_METHODS = ("textrank", "yake", "scake", "sgrank")


def headline_figures(rows: list[dict], top: int = 10, default: str = "presslens") -> dict:
    """Default method vs the best textacy method, from :func:`evaluate_keyterms` rows."""
    by = {r["method"]: r for r in rows}
    best = max((m for m in TEXTACY_METHODS if m in by), key=lambda m: by[m][f"F@{top}"])
    return {"documents": by[default]["documents"], "default_f10": by[default][f"F@{top}"],
            "default_f5": by[default]["F@5"], "best_textacy": best,
            "best_textacy_f10": by[best][f"F@{top}"], "best_textacy_f5": by[best]["F@5"]}
