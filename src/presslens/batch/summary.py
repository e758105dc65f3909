"""Corpus-level tables from a finished run's per-article tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.output import atomic_write_text
from presslens.people import GENDERS

#: Statistics summarised over the corpus.
SUMMARY_STATS = ("n_words", "n_sentences", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
                 "smog_index", "dale_chall", "mattr", "mtld")


def _read(out_dir: Path, table: str, columns: list[str]) -> pd.DataFrame | None:
    path = out_dir / f"{table}.parquet"
    if not path.is_file():
        return None
    import pyarrow.parquet as pq
    have = [c for c in columns if c in pq.read_schema(path).names]
    return pd.read_parquet(path, columns=have) if have else None


def _save(df: pd.DataFrame, out_dir: Path, name: str) -> None:
    df.to_parquet(out_dir / f"{name}.parquet", index=False)
    atomic_write_text(out_dir / f"{name}.csv", df.to_csv(index=False, lineterminator="\n"))


def write_corpus_tables(out_dir: str | Path) -> None:
    """Write ``corpus_stats`` (distribution of each statistic over articles), ``corpus_quotes``
    (quotations per source type and kind), ``corpus_people`` (people, sources and quotations by
    gender) and ``corpus_entities`` (entities by number of articles)."""
    out_dir = Path(out_dir)
    stats = _read(out_dir, "stats", ["doc", *SUMMARY_STATS])
    if stats is not None and len(stats):
        desc = stats[[c for c in SUMMARY_STATS if c in stats]].describe().T.reset_index()
        _save(desc.rename(columns={"index": "statistic"}), out_dir, "corpus_stats")
    quotes = _read(out_dir, "quotes", ["doc", "kind", "source_type"])
    if quotes is not None and len(quotes):
        table = pd.crosstab(quotes["source_type"], quotes["kind"]).reset_index()
        table["articles"] = table["source_type"].map(quotes.groupby("source_type")["doc"].nunique())
        _save(table, out_dir, "corpus_quotes")
    people = _read(out_dir, "people", ["doc", "gender", "is_source", "n_quotes"])
    if people is not None and len(people):
        g = people.groupby("gender")
        table = pd.DataFrame({"people": g.size(), "sources": g["is_source"].sum(), "quotes": g["n_quotes"].sum(),
                              "articles": g["doc"].nunique()}).reindex(GENDERS, fill_value=0)
        _save(table.rename_axis("gender").reset_index(), out_dir, "corpus_people")
    ents = _read(out_dir, "entities", ["doc", "entity", "kind", "count"])
    if ents is not None and len(ents):
        g = ents.groupby(["entity", "kind"])
        table = pd.DataFrame({"articles": g["doc"].nunique(), "mentions": g["count"].sum()}).reset_index()
        table = table.sort_values(["articles", "mentions", "entity"], ascending=[False, False, True])
        _save(table.head(500).reset_index(drop=True), out_dir, "corpus_entities")
