"""A citable report of a collection: values, LaTeX macros, tables and prose, each number with its n
and a 95 % interval (:mod:`presslens.corpus_measures`).

``presslens corpus-report COLLECTION --group-by COLUMN --period month --out DIR`` runs the corpus
runner into ``DIR/run`` (cached and resumable as ``analyze`` is) and writes into ``DIR``:

- ``values.json``: the collection's counts and, overall, per group and per period, every measure
  as ``{value, low, high, n}``;
- ``macros.tex``: every scalar of ``values.json`` as a macro (``\\plOverallQuotesPerArticle``,
  ``\\plGroupHarbourGazetteShareQuotesWomen``, ``...Low``/``...High``/``...N``);
- ``tables/corpus_groups.csv|tex``, ``tables/corpus_periods.csv|tex`` and
  ``tables/distinctive_terms.csv|tex`` (:mod:`presslens.keywords.distinctive`);
- ``figures/corpus_groups`` and ``figures/corpus_periods`` (PDF, SVG, PNG): each measure with its
  interval and n, zero baselines, shares in %, periods on a date axis;
- ``report.md``, ``report.html`` and ``report.pdf`` (with Typst, the ``report`` extra): prose whose every
  number is read from the values, and the figures;
- ``quotes.html``: every quotation in one table, filterable by group, source type and words, to check
  the attributions by eye;
- ``provenance.json``: the collection's SHA-256, the code commit and package versions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from presslens.cache import DEFAULT_CACHE_DIR
from presslens.corpus_measures import (
    MEASURES,
    PERIODS,
    Estimate,
    estimates_table,
    group_estimates,
    per_article,
    period_of,
)
from presslens.errors import PresslensError, printable_path
from presslens.output import atomic_write_text

#: How each measure is named in prose, and whether it is a share (printed in %).
MEASURE_LABELS = {
    "quotes_per_article": ("quotations per article", False),
    "quotes_per_1000_words": ("quotations per 1,000 words", False),
    "share_quotes_anonymous": ("quotations from unnamed sources", True),
    "share_quotes_women": ("quotations from women", True),
    "share_quotes_men": ("quotations from men", True),
    "share_quotes_other": ("quotations from other sources (unknown gender, organisations, documents)", True),
    "share_women_among_sources": ("women among quoted people of known gender", True),
    "mean_flesch_reading_ease": ("mean Flesch reading ease", False),
}


def _flat(estimates: dict[str, Estimate]) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {}
    for measure, e in estimates.items():
        out[measure] = e.value
        out[f"{measure}_low"] = e.low
        out[f"{measure}_high"] = e.high
        out[f"{measure}_n"] = e.n
    return out


#: The columns of a run's tables that :func:`collection_values` reads (the ``article`` table is read whole:
#: any of its metadata columns can be the grouping).
VALUE_COLUMNS = {
    "stats": ("doc", "n_words", "flesch_reading_ease"),
    "quotes": ("doc", "source_type"),
    "people": ("doc", "gender", "is_source", "n_quotes"),
    "keywords": ("doc", "term", "n_occurrences"),
    "errors": ("doc",),
}


def collection_values(tables, *, group_by: str | None = None, period: str = "month") -> dict:
    """The values of a collection from the tables of its corpus run.

    Parameters
    ----------
    tables : mapping of DataFrame
        ``article``, ``stats``, ``quotes``, ``people`` and ``errors`` of a run
        (:attr:`presslens.batch.runner.RunSummary.tables`).
    group_by : str, optional
        A metadata column of the ``article`` table (e.g. ``outlet``).
    period : {"month", "quarter", "year"}
        The time unit of the ``periods`` section.

    Returns
    -------
    dict
        ``collection`` (counts, settings), ``overall``, ``groups`` and ``periods``
        (``{name: {measure: value, measure_low, measure_high, measure_n}}``).

    Raises
    ------
    presslens.errors.PresslensError
        When ``group_by`` is not a column of the collection (the message lists the columns).
    """
    articles = tables["article"]
    if group_by is not None and group_by not in articles.columns:
        from presslens.metadata import COMPUTED_COLUMNS

        columns = [c for c in articles.columns if c not in COMPUTED_COLUMNS or c in ("date", "outlet")]
        raise PresslensError(
            f"--group-by {group_by!r}: no such column in the collection "
            f"(columns: {', '.join(columns) or 'none besides the text'})"
        )
    rows = per_article(articles, tables["stats"], tables["quotes"], tables["people"])
    meta = articles.drop_duplicates("doc").set_index("doc")
    periods = period_of(meta["date"] if "date" in meta else pd.Series(None, index=meta.index), period)
    values: dict = {
        "collection": {
            "n_articles": len(rows),
            "n_errors": len(tables["errors"]) if "errors" in tables else 0,
            "n_undated": int(periods.isna().sum()),
            "n_quotes": int(rows["n_quotes"].sum()),
            "n_words": int(rows["n_words"].sum()),
            "group_by": group_by,
            "period": period,
        },
        "overall": _flat(group_estimates(rows)),
        "groups": {},
        "periods": {},
    }
    if group_by is not None:
        group_of = rows["doc"].map(meta[group_by])
        terms = _distinctive(tables.get("keywords"), group_of.set_axis(rows["doc"]))
        for group in sorted(group_of.dropna().unique(), key=str):
            values["groups"][str(group)] = {
                "n_articles": int((group_of == group).sum()),
                **_flat(group_estimates(rows[group_of == group])),
                "distinctive_terms": terms.get(str(group), []),
            }
        values["collection"]["n_without_group"] = int(group_of.isna().sum())
    period_of_doc = rows["doc"].map(periods)
    if period_of_doc.notna().any():
        present = pd.PeriodIndex(period_of_doc.dropna().unique(), freq=PERIODS[period])
        for p in pd.period_range(present.min(), present.max(), freq=present.freq):  # empty periods shown
            mine = rows[period_of_doc == str(p)]
            values["periods"][str(p)] = {"n_articles": len(mine), **_flat(group_estimates(mine))}
    return values


def _write_sample(
    collection,
    tables,
    path: Path,
    n: int,
    group_by: str | None,
    text_field: str,
    id_field: str,
    dayfirst: bool | None = None,
) -> None:
    from presslens.corpus import iter_documents
    from presslens.output import write_records_file
    from presslens.validation import validation_sample

    quotes = tables["quotes"]
    wanted = set(quotes["doc"])
    texts = {
        d.path: d.text
        for d in iter_documents([collection], text_field=text_field, id_field=id_field, dayfirst=dayfirst)
        if getattr(d, "path", None) in wanted and hasattr(d, "text")
    }
    articles = tables["article"].drop_duplicates("doc").set_index("doc")
    group_of = articles[group_by] if group_by and group_by in articles else None
    drawn = validation_sample(quotes, tables["people"], texts, n, group_of=group_of)
    write_records_file(drawn.to_dict("records"), path, "csv", fields=tuple(drawn.columns))


def _distinctive(keywords: pd.DataFrame | None, group_of: pd.Series) -> dict[str, list[dict]]:
    """Each group's distinctive key terms against the rest (Fightin' Words on key-term occurrences)."""
    from presslens.keywords.distinctive import distinctive_key_terms

    if keywords is None or not len(keywords):
        return {}
    d = distinctive_key_terms(keywords, group_of.dropna().astype(str), top=10)
    return {
        group: [
            {"term": r.term, "count": int(r.count), "count_rest": int(r.count_rest), "z": round(float(r.z), 2)}
            for r in rows.itertuples()
        ]
        for group, rows in d.groupby("group")
    }


def _estimates_of(section: dict) -> dict[str, dict[str, Estimate]]:
    return {
        name: {m: Estimate(v[m], v[f"{m}_low"], v[f"{m}_high"], v[f"{m}_n"]) for m in MEASURES}
        for name, v in section.items()
    }


def _number(value: float | None, share: bool) -> str:
    from presslens.report.numbers import decimal

    if value is None:
        return "n/a"
    return f"{decimal(100 * value)} %" if share else decimal(value, 2)


def _phrase(e: Estimate, label: str, share: bool, unit: str) -> str:
    if e.value is None:
        return f"{label}: none to measure (n = 0 {unit})"
    interval = (
        f", 95 % interval {_number(e.low, share)} to {_number(e.high, share)}"
        if e.low is not None
        else ", no interval (one article)"
    )
    return f"{label}: {_number(e.value, share)}{interval} (n = {e.n:,} {unit})"


def _typeset(table: pd.DataFrame) -> pd.DataFrame:
    """An estimates table as a paper shows it: each measure by the report's label, shares in per cent
    (the CSV keeps the keys and fractions of values.json)."""
    share = table["measure"].map(lambda m: MEASURE_LABELS[m][1]).astype(bool)
    out = table.assign(
        measure=[MEASURE_LABELS[m][0] + (" (%)" if MEASURE_LABELS[m][1] else "") for m in table["measure"]]
    )
    for column in ("value", "low", "high"):
        out[column] = out[column].where(~share, out[column] * 100)
    return out


def _unit(measure: str) -> str:
    if measure == "share_women_among_sources":
        return "quoted people of known gender"
    if measure.startswith("share_quotes"):
        return "quotations"
    return "articles"


def accuracy_paragraph(evaluation: dict) -> str:
    """What the report says of the extractors' measured accuracy (or that it was not given).

    Parameters
    ----------
    evaluation : dict
        Headline figures by extractor (``quotes``, ``coref``), as
        :func:`presslens.report.load_evaluation` reads them.

    Returns
    -------
    str
    """
    from presslens.report.numbers import decimal, integer, percent

    parts = [
        "Quotations, their sources and the sources' gender are found automatically, so every share "
        "above carries the extraction's errors as well as the sampling error its interval shows."
    ]
    quotes, coref = evaluation.get("quotes"), evaluation.get("coref")
    if quotes:
        parts.append(
            f"Measured on the PolNeAR {quotes['split']} set ({integer(quotes['documents'])} US news "
            f"articles), not on this collection: quotations in quote marks are found with an F1 of "
            f"{percent(quotes['quoted_f1'])}, {percent(quotes['speech_recall'])} of attributions with "
            f"speech cues are found, and an overlapping speaker is named for "
            f"{percent(quotes['speech_speaker_accuracy'])} of those"
            + (
                f"; where the annotated source is a person, the source is the same person "
                f"{percent(quotes['canonical_source_accuracy'])} of the time"
                if quotes.get("canonical_source_accuracy") is not None
                else ""
            )
            + "."
        )
    if coref:
        parts.append(
            f"Pronouns are resolved with an F1 of {decimal(coref['overall'])} on {integer(coref['n'])} GAP "
            f"snippets ({decimal(coref['feminine'])} for she/her, {decimal(coref['masculine'])} for he/him), "
            "so a source's gender inferred from pronouns is sometimes wrong."
        )
    if not (quotes or coref):
        parts.append("No accuracy figures were given to this report (--evaluation DIR).")
    parts.append(
        "To measure it on this collection, code a sample (--sample N) and read it back with presslens agreement."
    )
    return " ".join(parts)


def collection_name(collection: str | Path) -> str:
    """How a collection is named in its report and pages: the name of its file or folder."""
    return Path(collection).name


def figure_caption(values: dict, section: str) -> str:
    """The caption of a collection's figure for ``section`` (``"groups"`` or ``"periods"``).

    Parameters
    ----------
    values : dict
        From :func:`collection_values` (its ``collection`` names the grouping and the period).
    section : str
        ``"groups"`` or ``"periods"``.

    Returns
    -------
    str
    """
    c = values["collection"]
    label = f"each {c['group_by'] if section == 'groups' else c['period']}"
    return (
        f"Measures for {label}: bars or points are the estimates, whiskers or bands their 95 % bootstrap "
        "intervals, n what each is counted over."
    )


def report_blocks(values: dict, collection: str | Path, figures: tuple[str, ...] = ()) -> list:
    """The written report of a collection as blocks (:mod:`presslens.report.blocks`): every number read
    from ``values``.

    Parameters
    ----------
    values : dict
        From :func:`collection_values`.
    collection : path
        The collection (its name, :func:`collection_name`, is in the title).
    figures : tuple of str
        The sections whose figure was saved (``"groups"``, ``"periods"``): shown after their heading.

    Returns
    -------
    list of Block
    """
    from presslens.report.blocks import Bullets, Figure, Heading, Paragraph
    from presslens.report.numbers import count_noun

    c = values["collection"]
    blocks: list = [
        Heading(f"The collection {collection_name(collection)}", level=1),
        Paragraph(
            f"The collection holds {count_noun(c['n_articles'], 'article')} ({c['n_words']:,} words, "
            f"{count_noun(c['n_quotes'], 'quotation')} found). Unreadable documents, left out: {c['n_errors']:,}. "
            f"Articles without a date, left out of the by-{c['period']} section: {c['n_undated']:,}. Intervals "
            "are 95 % bootstrap intervals over articles; n is what a measure is counted over."
        ),
        Heading("The whole collection"),
    ]
    overall = _estimates_of({"all": values["overall"]})["all"]
    blocks.append(Bullets(tuple(_phrase(e, *MEASURE_LABELS[m], _unit(m)) for m, e in overall.items())))
    for section, heading in (("groups", f"By {c['group_by']}"), ("periods", f"By {c['period']}")):
        if not values[section]:
            continue
        blocks.append(Heading(str(heading)))
        if section in figures:
            blocks.append(Figure(f"corpus_{section}", figure_caption(values, section), width="100%"))
        for name, estimates in _estimates_of(values[section]).items():
            n = values[section][name]["n_articles"]
            items = [_phrase(e, *MEASURE_LABELS[m], _unit(m)) for m, e in estimates.items()]
            terms = values[section][name].get("distinctive_terms")
            if terms:
                listed = "; ".join(
                    f"{t['term']} ({t['count']} vs {t['count_rest']} in the rest, z {t['z']:.1f})" for t in terms
                )
                items.append(f"distinctive key terms (weighted log-odds against the rest): {listed}")
            blocks += [Heading(f"{name} ({count_noun(n, 'article')})", level=3), Bullets(tuple(items))]
    blocks += [
        Heading("How accurate the extraction is"),
        Paragraph(accuracy_paragraph(values.get("evaluation", {}))),
    ]
    return blocks


def report_markdown(values: dict, collection: str | Path) -> str:
    """The written report of a collection as Markdown (:func:`report_blocks`, without figures).

    Parameters
    ----------
    values : dict
        From :func:`collection_values`.
    collection : path
        The collection (its name is in the title).

    Returns
    -------
    str
        Markdown.
    """
    from presslens.report.render import to_markdown

    return to_markdown(report_blocks(values, collection))


def _write_report(values: dict, collection: str | Path, out_dir: Path, figures: tuple[str, ...]) -> None:
    """report.md, report.html (``figures`` embedded) and report.typ, and report.pdf where Typst is
    installed (the ``report`` extra)."""
    from importlib.util import find_spec

    from presslens.report.render import compile_pdf, to_html, to_markdown, to_typst

    blocks = report_blocks(values, collection, figures)
    title = blocks[0].text
    atomic_write_text(out_dir / "report.md", to_markdown(blocks))
    atomic_write_text(out_dir / "report.html", to_html(blocks, out_dir, title))
    atomic_write_text(out_dir / "report.typ", to_typst(blocks, title))
    if find_spec("typst") is not None:
        compile_pdf(out_dir / "report.typ", out_dir / "report.pdf")


def corpus_report(
    collection: str | Path,
    out_dir: str | Path,
    *,
    group_by: str | None = None,
    period: str = "month",
    model: str | None = None,
    jobs: int | None = None,
    cache_dir: str | Path | None = DEFAULT_CACHE_DIR,
    text_field: str = "text",
    id_field: str = "id",
    progress: bool = False,
    run_dir: str | Path | None = None,
    sample: int | None = None,
    evaluation: dict | None = None,
    dayfirst: bool | None = None,
) -> dict:
    """Analyse a collection and write its citable report into ``out_dir``.

    Parameters
    ----------
    collection : path
        A CSV, JSONL or folder, as :func:`presslens.batch.runner.analyze_corpus` reads.
    out_dir : path
        Output folder (the corpus run goes to ``out_dir/run``).
    group_by : str, optional
        Metadata column to compare groups by (e.g. ``outlet``).
    period : {"month", "quarter", "year"}
        Time unit.
    model : str, optional
        spaCy model.
    jobs : int, optional
        Parsing processes (default: all cores).
    cache_dir : path or None
        Parse cache.
    text_field, id_field : str
        Columns of CSV/JSONL collections.
    progress : bool
        Show a progress bar.
    run_dir : path, optional
        Where the corpus run goes (default ``out_dir/run``, resumed when run again).
    evaluation : dict, optional
        The extractors' measured accuracy (:func:`presslens.report.load_evaluation` of
        ``results/evaluation``), stated in the report next to the results it qualifies.
    sample : int, optional
        Also write ``validation.csv``: this many quotations drawn at random, stratified by group,
        with their context and blank columns to code by hand (:mod:`presslens.validation`).
    dayfirst : bool, optional
        How the collection writes numeric dates: ``True`` day first, ``False`` month first;
        ``None`` leaves an ambiguous one ("05/02/2024") undated (counted as such in the report).

    Returns
    -------
    dict
        The values written to ``values.json``.
    """
    from presslens.batch.runner import analyze_corpus
    from presslens.paper_tables import save_table
    from presslens.provenance import collect_provenance
    from presslens.report.macros import render_macros

    out_dir = Path(out_dir)
    run_dir = Path(run_dir) if run_dir is not None else out_dir / "run"
    run = analyze_corpus(
        [collection],
        run_dir,
        model=model,
        jobs=jobs,
        cache_dir=cache_dir,
        text_field=text_field,
        id_field=id_field,
        progress=progress,
        dayfirst=dayfirst,
    )
    if run.n_documents - run.n_errors == 0:
        reasons = run.tables["errors"]["reason"].unique() if "errors" in run.tables else []
        why = f": {reasons[0]}" if len(reasons) == 1 else ""  # one cause for all (no text column): say it
        noun = "error" if run.n_errors == 1 else "errors"
        raise PresslensError(
            f"{printable_path(collection)}: no article could be read{why} "
            f"({run.n_errors} {noun}: see {printable_path(run_dir / 'errors.csv')})"
        )
    from presslens.batch.runner import ParquetTables

    # only the columns the measures are computed from: a 10,000-article run's tables stay on disk
    values = collection_values(ParquetTables(run.out_dir, columns=VALUE_COLUMNS), group_by=group_by, period=period)
    values["evaluation"] = evaluation or {}
    atomic_write_text(out_dir / "values.json", json.dumps(values, indent=2, ensure_ascii=False) + "\n")
    flat = {
        "collection": {k: v for k, v in values["collection"].items() if k not in ("group_by", "period")},
        "overall": values["overall"],
        **{f"group_{name}": v for name, v in values["groups"].items()},
        **{f"period_{name}": v for name, v in values["periods"].items()},
    }
    atomic_write_text(out_dir / "macros.tex", render_macros(flat))
    for section, by, caption in (
        ("groups", group_by or "group", f"Measures by {group_by}."),
        ("periods", period, f"Measures by {period}."),
    ):
        if values[section]:
            table = estimates_table(_estimates_of(values[section]), by)
            save_table(
                table,
                out_dir,
                f"corpus_{section}",
                caption=caption + " 95 % bootstrap intervals.",
                latex=_typeset(table),
            )
    from presslens.figures import save_figure
    from presslens.figures.collection import estimate_panels

    figures = tuple(section for section in ("groups", "periods") if values[section])
    for section in figures:
        fig = estimate_panels(values[section], over_time=section == "periods")
        save_figure(fig, out_dir, f"corpus_{section}", figure_caption(values, section))
        import matplotlib.pyplot as plt

        plt.close(fig)
    terms = [{group_by: g, **t} for g, v in values["groups"].items() for t in v.get("distinctive_terms", [])]
    if terms:
        save_table(
            pd.DataFrame(terms),
            out_dir,
            "distinctive_terms",
            caption=f"Distinctive key terms per {group_by}: weighted log-odds ratio z-scores against the "
            "rest of the collection (informative Dirichlet prior), with occurrences.",
        )
    if sample:
        _write_sample(
            collection, run.tables, out_dir / "validation.csv", sample, group_by, text_field, id_field, dayfirst
        )
    _write_report(values, collection, out_dir, figures)
    from presslens.quotes.collection_review import collection_review_html

    page = collection_review_html(run.tables["quotes"], group_by, f"Quotations in {collection_name(collection)}")
    atomic_write_text(out_dir / "quotes.html", page)
    params = {"collection": str(collection), "group_by": group_by, "period": period}
    from presslens.model import load_model, model_id

    prov = collect_provenance([collection], params, model=model_id(load_model(model)), exclude=(out_dir,))
    atomic_write_text(out_dir / "provenance.json", json.dumps(prov, indent=2) + "\n")
    return values
