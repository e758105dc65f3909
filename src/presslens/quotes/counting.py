"""Counting tables of quotations (pandas DataFrames), one function each."""

from __future__ import annotations

import pandas as pd

from presslens.quotes.extract import KINDS, Quote
from presslens.quotes.sources import SOURCE_TYPES

QUOTE_COLUMNS = [
    "kind",
    "source",
    "source_type",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "addressee",
    "addressee_type",
    "start",
    "end",
    "position",
    "n_words",
    "text",
]


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def quote_rows(quotes: list[Quote], text_length: int) -> list[dict]:
    """The rows of :func:`quote_table` as dicts (the CLI's and the corpus run's records, without pandas).

    Parameters
    ----------
    quotes : list of Quote
        From :func:`presslens.quotes.find_quotes`.
    text_length : int
        Characters of the text.

    Returns
    -------
    list of dict
        Keys :data:`QUOTE_COLUMNS`, in that order.
    """
    rows = []
    for q in quotes:
        rows.append(
            {
                "kind": q.kind,
                "source": q.source,
                "source_type": q.source_type,
                "speaker": q.speaker.text if q.speaker else None,
                "speaker_start": q.speaker.start if q.speaker else None,
                "speaker_end": q.speaker.end if q.speaker else None,
                "cue": q.cue.text if q.cue else None,
                "cue_start": q.cue.start if q.cue else None,
                "cue_end": q.cue.end if q.cue else None,
                "addressee": q.addressee.text if q.addressee else None,
                "addressee_type": q.addressee_type,
                "start": q.start,
                "end": q.end,
                "position": q.start / text_length if text_length else 0.0,
                "n_words": _words(q.text),
                "text": q.text,
            }
        )
    return rows


def quote_table(quotes: list[Quote], text_length: int) -> pd.DataFrame:
    """One row per quotation: kind, source, speaker and cue as written, offsets, relative position.

    ``position`` is the quotation's start as a fraction of the text (0 = first
    character, 1 = last); ``n_words`` counts the words of its content.

    Parameters
    ----------
    quotes : list of Quote
        From :func:`presslens.quotes.find_quotes`.
    text_length : int
        Characters of the text.

    Returns
    -------
    DataFrame
        Columns :data:`QUOTE_COLUMNS`.
    """
    rows = quote_rows(quotes, text_length)
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    offsets = ["speaker_start", "speaker_end", "cue_start", "cue_end"]
    return table.astype({c: "Int64" for c in offsets})  # offsets stay integers where a quotation has none


def quotes_per_source(table: pd.DataFrame) -> pd.DataFrame:
    """Quotations and quoted words per canonical source, with its type and kinds, most quoted first."""
    t = table.assign(source=table["source"].fillna("(no speaker found)"))
    grouped = t.groupby(["source", "source_type"], sort=False)
    out = grouped.agg(
        quotes=("kind", "size"), words=("n_words", "sum"), first_position=("position", "min")
    ).reset_index()
    kinds = pd.crosstab([t["source"], t["source_type"]], t["kind"]).reindex(columns=list(KINDS), fill_value=0)
    out = out.merge(kinds.reset_index(), on=["source", "source_type"], how="left")
    return out.sort_values(
        ["quotes", "words", "first_position"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def quotes_per_type(table: pd.DataFrame) -> pd.DataFrame:
    """Quotations, quoted words and distinct sources per source type (all types listed)."""
    g = table.groupby("source_type")
    out = pd.DataFrame(
        {
            "source_type": list(SOURCE_TYPES),
        }
    )
    out["quotes"] = out["source_type"].map(g.size()).fillna(0).astype(int)
    out["words"] = out["source_type"].map(g["n_words"].sum()).fillna(0).astype(int)
    out["sources"] = out["source_type"].map(g["source"].nunique()).fillna(0).astype(int)
    return out


def quotes_per_kind(table: pd.DataFrame) -> pd.DataFrame:
    """Quotations and quoted words per kind (all four kinds listed)."""
    g = table.groupby("kind")
    out = pd.DataFrame({"kind": list(KINDS)})
    out["quotes"] = out["kind"].map(g.size()).fillna(0).astype(int)
    out["words"] = out["kind"].map(g["n_words"].sum()).fillna(0).astype(int)
    return out


def quote_summary(table: pd.DataFrame, n_words_text: int) -> dict:
    """Headline numbers: totals, share of text in quotes, reliance on unnamed sources and outlets.

    Parameters
    ----------
    table : DataFrame
        From :func:`quote_table`.
    n_words_text : int
        Words in the whole text (the denominator of ``share_words_quoted``).

    Returns
    -------
    dict
        Counts by kind and source type, words quoted and shares.
    """
    n = len(table)
    return {
        "n_quotes": n,
        "n_sources": int(table["source"].nunique()),
        **{f"n_{k}": int((table["kind"] == k).sum()) for k in KINDS},
        **{f"n_source_{t}": int((table["source_type"] == t).sum()) for t in SOURCE_TYPES},
        "n_words_quoted": int(table["n_words"].sum()),
        "share_words_quoted": float(table["n_words"].sum() / n_words_text) if n_words_text else 0.0,
        "share_quotes_anonymous": float((table["source_type"] == "anonymous").mean()) if n else 0.0,
        "share_quotes_named_person": float((table["source_type"] == "person").mean()) if n else 0.0,
        "n_attributed_to_outlet": int(
            ((table["source_type"] == "outlet") | (table["addressee_type"] == "outlet")).sum()
        ),
        "n_told_to_outlet": int((table["addressee_type"] == "outlet").sum()),
    }


def top_source(per_source: pd.DataFrame) -> dict:
    """The most quoted source of :func:`quotes_per_source`: ``top_source``, ``top_source_type``,
    ``top_source_quotes`` (``None``, ``None``, 0 when there are no quotations)."""
    if per_source.empty:
        return {"top_source": None, "top_source_type": None, "top_source_quotes": 0}
    top = per_source.iloc[0]
    return {
        "top_source": top["source"],
        "top_source_type": top["source_type"],
        "top_source_quotes": int(top["quotes"]),
    }
