"""Corpus-level tables from a finished run's per-article tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.corpus_measures import period_of
from presslens.export_schema import flatten_frame
from presslens.output import atomic_write_text
from presslens.people import GENDERS

#: Statistics summarised over the corpus.
SUMMARY_STATS = (
    "n_words",
    "n_sentences",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "dale_chall",
    "mattr",
    "mtld",
)


def _read(out_dir: Path, table: str, columns: list[str]) -> pd.DataFrame | None:
    path = out_dir / f"{table}.parquet"
    if not path.is_file():
        return None
    import pyarrow.parquet as pq

    have = [c for c in columns if c in pq.read_schema(path).names]
    return pd.read_parquet(path, columns=have) if have else None


def _save(df: pd.DataFrame, out_dir: Path, name: str) -> None:
    df.to_parquet(out_dir / f"{name}.parquet", index=False)
    atomic_write_text(out_dir / f"{name}.csv", flatten_frame(df).to_csv(index=False, lineterminator="\n"))


#: Groupings of the corpus tables by metadata: table name, and the column (of ``article``) it groups by.
GROUPINGS = (("corpus_by_outlet", "outlet"), ("corpus_by_month", "month"))


def group_measures(
    articles: pd.DataFrame,
    by: str,
    stats: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    people: pd.DataFrame | None = None,
    keywords: pd.DataFrame | None = None,
    n_terms: int = 5,
) -> pd.DataFrame:
    """Per group of articles (an outlet, a month): readability, quotations, sources by gender, top terms.

    Parameters
    ----------
    articles : DataFrame
        One row per article with ``doc`` and the ``by`` column (``month`` is derived from ``date``).
    by : str
        The grouping column.
    stats, quotes, people, keywords : DataFrame, optional
        The per-article tables of a corpus run (``doc`` column); a measure is left out when its
        table is missing.
    n_terms : int
        Distinctive terms listed per group (:func:`presslens.keywords.distinctive.distinctive_terms`
        on the occurrences of the articles' key terms: the group against the rest, z ≥ 1.96).

    Returns
    -------
    DataFrame
        One row per group: ``articles``, ``mean_words``, ``mean_flesch_reading_ease``,
        ``quotes_per_article``, ``share_quotes_anonymous``, ``sources_female``, ``sources_male``,
        ``share_women_among_sources`` (of sources of known gender), ``distinctive_terms``
        ("term (occurrences, z)"; with two groups or more).
    """
    articles = articles.copy()
    if by == "month":
        articles["month"] = period_of(articles["date"], "month")
    articles = articles.dropna(subset=[by])
    group_of = articles.set_index("doc")[by]
    out = articles.groupby(by).size().rename("articles").to_frame()
    if stats is not None and len(stats):
        g = stats.assign(group=stats["doc"].map(group_of)).groupby("group")
        out["mean_words"] = g["n_words"].mean()
        out["mean_flesch_reading_ease"] = g["flesch_reading_ease"].mean()
    if quotes is not None:
        q = quotes.assign(group=quotes["doc"].map(group_of))
        out["quotes_per_article"] = q.groupby("group").size().reindex(out.index, fill_value=0) / out["articles"]
        anonymous = q.assign(anon=q["source_type"] == "anonymous").groupby("group")["anon"].mean()
        out["share_quotes_anonymous"] = anonymous
    if people is not None:
        sources = people[people["is_source"].astype(bool)].assign(group=lambda d: d["doc"].map(group_of))
        for gender in ("female", "male"):
            out[f"sources_{gender}"] = (
                sources[sources["gender"] == gender].groupby("group").size().reindex(out.index, fill_value=0)
            )
        known = out["sources_female"] + out["sources_male"]
        out["share_women_among_sources"] = (out["sources_female"] / known).where(known > 0)
    if keywords is not None and len(keywords) and out.index.nunique() > 1:
        from presslens.keywords.distinctive import distinctive_key_terms

        d = distinctive_key_terms(keywords, group_of, top=n_terms)
        listed = {
            group: "; ".join(f"{r.term} ({r.count}, z {r.z:.1f})" for r in rows.itertuples())
            for group, rows in d.groupby("group")
        }
        out["distinctive_terms"] = [listed.get(group, "") for group in out.index]
    return out.rename_axis(by).reset_index()


#: The tables :func:`write_corpus_tables` may write.
CORPUS_TABLES = (
    "corpus_stats",
    "corpus_quotes",
    "corpus_people",
    "corpus_entities",
    *(name for name, _ in GROUPINGS),
)


def write_corpus_tables(out_dir: str | Path) -> None:
    """Write ``corpus_stats`` (distribution of each statistic over articles), ``corpus_quotes``
    (quotations per source type and kind), ``corpus_people`` (people, sources and quotations by
    gender), ``corpus_entities`` (entities by number of articles), and where the articles have
    outlets or dates, ``corpus_by_outlet`` and ``corpus_by_month`` (:func:`group_measures`)."""
    out_dir = Path(out_dir)
    # a table this run does not write must not survive from an earlier run (another corpus, with
    # dates where this one has none): every corpus table goes first
    for name in CORPUS_TABLES:
        for suffix in (".csv", ".parquet"):
            (out_dir / f"{name}{suffix}").unlink(missing_ok=True)
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
        table = pd.DataFrame(
            {
                "people": g.size(),
                "sources": g["is_source"].sum(),
                "quotes": g["n_quotes"].sum(),
                "articles": g["doc"].nunique(),
            }
        ).reindex(GENDERS, fill_value=0)
        _save(table.rename_axis("gender").reset_index(), out_dir, "corpus_people")
    ents = _read(out_dir, "entities", ["doc", "entity", "kind", "count"])
    if ents is not None and len(ents):
        g = ents.groupby(["entity", "kind"])
        table = pd.DataFrame({"articles": g["doc"].nunique(), "mentions": g["count"].sum()}).reset_index()
        table = table.sort_values(["articles", "mentions", "entity"], ascending=[False, False, True])
        _save(table.head(500).reset_index(drop=True), out_dir, "corpus_entities")
    articles = _read(out_dir, "article", ["doc", "outlet", "date"])
    if articles is not None and len(articles):
        quotes = _read(out_dir, "quotes", ["doc", "source_type"])
        people = _read(out_dir, "people", ["doc", "gender", "is_source"])
        keywords = _read(out_dir, "keywords", ["doc", "term", "n_occurrences"])
        for name, by in GROUPINGS:
            column = "date" if by == "month" else by
            if column in articles and articles[column].notna().any():
                _save(group_measures(articles, by, stats, quotes, people, keywords), out_dir, name)
