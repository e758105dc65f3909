"""Place one article's statistics within a reference corpus."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path

import pandas as pd
from scipy import stats as _scipy_stats
from spacy.language import Language
from tqdm.auto import tqdm

from presslens.article import Article
from presslens.corpus import iter_documents
from presslens.stats import STATS_KEYS, text_stats


def corpus_text_stats(paths: Iterable[str | Path], nlp: Language, *, limit: int | None = None,
                      batch_size: int = 64) -> pd.DataFrame:
    """Text statistics of every readable article under ``paths`` (one row each, ``doc`` first).

    Unreadable documents are skipped (they have no statistics); the parser and
    entity recogniser are not run, as the statistics need only lemmas.
    """
    articles = (a for a in iter_documents(paths) if isinstance(a, Article))
    articles = list(islice(articles, limit))
    texts = (a.parse_text for a in articles)
    rows = []
    with nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in nlp.pipe_names]):
        for article, doc in tqdm(zip(articles, nlp.pipe(texts, batch_size=batch_size), strict=True),
                                 total=len(articles), desc="reference corpus", unit="doc"):
            rec = text_stats(doc)
            rec.pop("settings")
            rows.append({"doc": article.path, **rec})
    return pd.DataFrame(rows, columns=["doc", *STATS_KEYS])


def percentiles_in_corpus(stats: dict, corpus: pd.DataFrame,
                          keys: Iterable[str] = STATS_KEYS) -> pd.Series:
    """Percentile rank (0–100, ties counted half) of each statistic of ``stats`` in ``corpus``."""
    return pd.Series({k: _scipy_stats.percentileofscore(corpus[k].dropna(), stats[k], kind="mean")
                      for k in keys if k in corpus})
