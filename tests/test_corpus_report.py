"""The corpus report: measures with n and bootstrap intervals, recomputed here from the run's Parquet tables."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
from support import ROOT

from presslens.cli import main
from presslens.corpus_measures import period_of, ratio_estimate

SAMPLE = ROOT / "data" / "raw" / "sample_corpus.csv"


def test_interval_on_a_hand_worked_case():
    """Two articles, 1 of 2 and 3 of 4 quotations from women: every resample is one of (a,a), (a,b),
    (b,a), (b,b) with shares 1/2, 4/6, 4/6, 3/4, so the interval runs from 1/2 to 3/4, the point
    estimate is 4/6, and n counts quotations."""
    e = ratio_estimate([1, 3], [2, 4])
    assert e.value == pytest.approx(4 / 6) and e.n == 6
    assert e.low == pytest.approx(0.5) and e.high == pytest.approx(0.75)
    assert ratio_estimate([1], [2]).low is None  # one article: no interval
    assert ratio_estimate([0, 0], [0, 0]).value is None
    assert ratio_estimate([1, 3], [2, 4]) == ratio_estimate([1, 3], [2, 4])  # a fixed seed


def test_periods_include_undated_as_none():
    got = period_of(pd.Series(["2024-01-31", None, "2024-05-02"]), "quarter")
    assert got.isna().tolist() == [False, True, False] and got[0] == "2024Q1" and got[2] == "2024Q2"


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    assert (
        main(
            [
                "corpus-report",
                str(SAMPLE),
                "--group-by",
                "outlet",
                "--out",
                str(out),
                "--jobs",
                "1",
                "--sample",
                "5",
            ]
        )
        == 0
    )
    return out


def test_validation_sample_of_the_collection(sample_report):
    drawn = pd.read_csv(sample_report / "validation.csv", keep_default_na=False)
    quotes = pd.read_parquet(sample_report / "run" / "quotes.parquet")
    assert len(drawn) == 5 and set(drawn["group"]) == {"Harbour Gazette", "Valley Courier"}
    for _, row in drawn.iterrows():  # each drawn quotation is a row of the run, shown inside its context
        assert ((quotes["doc"] == row["doc"]) & (quotes["text"] == row["quotation"])).any()
        assert f"[[{row['quotation']}]]" in row["context"]
    assert (drawn["is_quotation"] == "").all()


def _recompute_every_number(out, group_by="outlet"):
    """values.json, report.md, macros.tex and the group table of a corpus report against numbers computed
    here from the run's Parquet tables (not by the code under test). Returns the values."""
    values = json.loads((out / "values.json").read_text())
    run = out / "run"
    article = pd.read_parquet(run / "article.parquet")
    quotes = pd.read_parquet(run / "quotes.parquet")
    people = pd.read_parquet(run / "people.parquet")
    stats = pd.read_parquet(run / "stats.parquet")
    assert values["collection"]["n_articles"] == len(article)
    assert values["collection"]["n_quotes"] == len(quotes)
    assert values["collection"]["n_undated"] == article["date"].isna().sum()
    for group, v in values["groups"].items():
        docs = set(article.loc[article[group_by] == group, "doc"])
        q = quotes[quotes["doc"].isin(docs)]
        p = people[people["doc"].isin(docs)]
        words = stats.loc[stats["doc"].isin(docs), "n_words"].sum()
        assert v["n_articles"] == len(docs)
        assert v["quotes_per_article"] == pytest.approx(len(q) / len(docs))
        assert v["quotes_per_1000_words"] == pytest.approx(1000 * len(q) / words)
        assert v["share_quotes_anonymous"] == pytest.approx((q["source_type"] == "anonymous").mean())
        assert v["share_quotes_anonymous_n"] == len(q)
        women = p.loc[p["gender"] == "female", "n_quotes"].sum()
        assert v["share_quotes_women"] == pytest.approx(women / len(q))
        sources = p[p["is_source"]]
        known = sources["gender"].isin(["female", "male"]).sum()
        assert v["share_women_among_sources"] == pytest.approx((sources["gender"] == "female").sum() / known)
        assert v["share_women_among_sources_n"] == known
        assert v["mean_flesch_reading_ease"] == pytest.approx(
            stats.loc[stats["doc"].isin(docs), "flesch_reading_ease"].mean()
        )
        for m in ("quotes_per_article", "share_quotes_women"):
            assert v[f"{m}_low"] <= v[m] <= v[f"{m}_high"]
    dated = pd.to_datetime(article["date"].dropna())
    months = sorted(dated.dt.strftime("%Y-%m").unique())
    assert list(values["periods"]) == [str(p) for p in pd.period_range(months[0], months[-1], freq="M")]
    for month, v in values["periods"].items():
        assert v["n_articles"] == (dated.dt.strftime("%Y-%m") == month).sum()
    # the prose and the macros carry the values' numbers
    report = (out / "report.md").read_text()
    for group, v in values["groups"].items():
        assert f"### {group} ({v['n_articles']} articles)" in report
        assert f"quotations per article: {v['quotes_per_article']:.2f}" in report
        assert f"(n = {v['share_quotes_women_n']} quotations)" in report
    macros = (out / "macros.tex").read_text()
    per_article = values["overall"]["quotes_per_article"]
    assert f"\\newcommand{{\\plOverallQuotesPerArticle}}{{{per_article:.2f}}}" in macros
    table = pd.read_csv(out / "tables" / "corpus_groups.csv")
    assert set(table[group_by]) == set(values["groups"])
    assert "\\toprule" in (out / "tables" / "corpus_groups.tex").read_text()
    return values


def test_every_number_is_recomputed_from_the_tables(sample_report):
    values = _recompute_every_number(sample_report)
    assert values["collection"]["n_articles"] == 6
    macros = (sample_report / "macros.tex").read_text()
    assert re.search(r"\\newcommand\{\\plGroupHarbourGazetteShareQuotesWomenN\}\{\d+\}", macros)
    prov = json.loads((sample_report / "provenance.json").read_text())
    assert prov["inputs"][0]["sha256"] == __import__("hashlib").sha256(SAMPLE.read_bytes()).hexdigest()


@pytest.mark.shared
def test_every_number_is_recomputed_on_bbc_articles_with_invented_outlets(tmp_path):
    """40 BBC articles (10 per section) as a CSV with two invented outlets and day-first dates over three
    months, one row undated: the same recomputation as for the sample corpus."""
    import csv

    from support import shared_path

    files = [
        f
        for section in ("business", "politics", "sport", "tech")
        for f in sorted(shared_path("bench", "bbc", section).glob("*.txt"))[:10]
    ]
    table = tmp_path / "bbc.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "outlet", "date", "text"])
        for i, f in enumerate(files):
            date = "" if i == 7 else f"{1 + i % 27:02d}/{1 + i % 3:02d}/2025"  # day first
            w.writerow([f.stem + f.parent.name, ("North Star", "South Wire")[i % 2], date, f.read_text()])
    out = tmp_path / "report"
    argv = ["corpus-report", str(table), "--group-by", "outlet", "--out", str(out), "--jobs", "1", "--dayfirst"]
    assert main(argv) == 0
    values = _recompute_every_number(out)
    assert values["collection"]["n_articles"] == 40 and values["collection"]["n_undated"] == 1
    assert list(values["periods"]) == ["2025-01", "2025-02", "2025-03"]


def test_the_review_page_lists_every_quotation_with_its_group(sample_report):
    """quotes.html: a row per quotation of the run, each carrying its outlet for the filter, and a menu
    holding exactly the collection's outlets."""
    page = (sample_report / "quotes.html").read_text()
    quotes = pd.read_parquet(sample_report / "run" / "quotes.parquet")
    rows = re.findall(r'<tr data-group="([^"]*)"', page)
    assert len(rows) == len(quotes) > 0
    assert sorted(set(rows)) == sorted(quotes["outlet"].unique())
    menu = re.search(r'<select id="group">(.*?)</select>', page).group(1)
    assert re.findall(r'<option value="([^"]+)">', menu) == sorted(quotes["outlet"].unique())


def test_the_report_is_also_html_and_pdf_with_the_same_numbers(sample_report):
    """report.html carries report.md's statements and embeds both figures; report.pdf is a PDF built
    from report.typ (Typst comes with the test install)."""
    import html as _html

    values = json.loads((sample_report / "values.json").read_text())
    page = _html.unescape((sample_report / "report.html").read_text())
    for group, v in values["groups"].items():
        assert f"{group} ({v['n_articles']} articles)" in page
        assert f"quotations per article: {v['quotes_per_article']:.2f}" in page
    assert page.count("data:image/svg+xml;base64,") == 2
    assert (sample_report / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "quotations per article" in (sample_report / "report.typ").read_text()


def test_the_latex_tables_show_labels_and_shares_in_per_cent(sample_report):
    """corpus_groups.tex is for reading: the report's labels, not values.json's keys, and shares in %;
    the CSV keeps the keys and fractions."""
    values = json.loads((sample_report / "values.json").read_text())
    tex = (sample_report / "tables" / "corpus_groups.tex").read_text()
    csv = pd.read_csv(sample_report / "tables" / "corpus_groups.csv")
    assert "quotes\\_per\\_article" not in tex and "quotations per article" in tex
    women = values["groups"]["Harbour Gazette"]["share_quotes_women"]
    assert f"{100 * women:.2f}" in tex
    assert "share_quotes_women" in set(csv["measure"])
    assert csv.loc[csv["measure"] == "share_quotes_women", "value"].iloc[0] == pytest.approx(women)


def test_unknown_group_column_is_one_line_listing_the_columns(sample_report, capsys):
    assert (
        main(["corpus-report", str(SAMPLE), "--group-by", "outlett", "--out", str(sample_report), "--jobs", "1"])
        == 2
    )
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("presslens: error: --group-by 'outlett': no such column") and "outlet" in err


def test_a_group_with_one_article_has_no_interval(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text(
        "id,outlet,date,text\n"
        '1,A,2024-01-02,"Floods hit Leeds. ""We are ready,"" said Jane Smith."\n'
        '2,B,,"Roads closed in York, the council said."\n'
    )
    argv = ["corpus-report", str(corpus), "--group-by", "outlet", "--out", str(tmp_path / "o"), "--jobs", "1"]
    assert main(argv) == 0
    values = json.loads((tmp_path / "o" / "values.json").read_text())
    assert values["groups"]["A"]["quotes_per_article_low"] is None
    assert values["collection"]["n_undated"] == 1 and list(values["periods"]) == ["2024-01"]
    assert "no interval (one article)" in (tmp_path / "o" / "report.md").read_text()
    assert np.isfinite(values["overall"]["quotes_per_article"])


def test_figures_show_n_and_start_at_zero(sample_report):
    """Every panel starts at zero, shares run to 100 %, and each group or period carries its n."""
    from presslens.figures.collection import PANELS, estimate_panels

    values = json.loads((sample_report / "values.json").read_text())
    for section, over_time in (("groups", False), ("periods", True)):
        fig = estimate_panels(values[section], over_time=over_time)
        for ax, measure in zip(fig.axes, PANELS, strict=True):
            assert ax.get_ylim()[0] == 0
            if measure.startswith("share"):
                assert ax.get_ylim()[1] == 100
            labels = [t.get_text() for t in ax.texts]
            assert labels == [f"n={v[f'{measure}_n']}" for v in values[section].values()], (section, measure)
    for stem in ("corpus_groups", "corpus_periods"):
        for ext in ("pdf", "svg", "png"):
            assert (sample_report / "figures" / f"{stem}.{ext}").is_file()


def test_distinctive_terms_by_hand():
    """Monroe et al.'s weighted log-odds on a two-group case worked by hand: prior 4 pseudo-counts spread
    by corpus frequency (flood and vote 40 of 80 each: α = 2), so for flood in A (30 of 40 against 10 of
    40) δ = log(32/12) − log(12/32) = 2 log(8/3) and σ² = 1/32 + 1/12."""
    import math

    from presslens.keywords.distinctive import distinctive_terms

    counts = pd.DataFrame(
        {
            "group": ["A", "A", "B", "B", "B"],
            "term": ["flood", "vote", "flood", "vote", "rare"],
            "count": [30, 10, 10, 30, 0],
        }
    )
    d = distinctive_terms(counts, prior_size=4)
    row = d[(d["group"] == "A") & (d["term"] == "flood")].iloc[0]
    assert row["log_odds_ratio"] == pytest.approx(2 * math.log(8 / 3))
    assert row["z"] == pytest.approx(2 * math.log(8 / 3) / math.sqrt(1 / 32 + 1 / 12))
    assert (row["count"], row["count_rest"], row["n_group"], row["n_rest"]) == (30, 10, 40, 40)
    assert d[d["group"] == "A"]["term"].tolist() == ["flood"]  # vote is A's under-used term: z < 0
    # a term seen twice in one group only is shrunk by the prior: below a term seen 20 times
    more = pd.DataFrame(
        {"group": ["A"] * 3 + ["B"] * 3, "term": ["x", "y", "common"] * 2, "count": [2, 20, 100, 0, 2, 100]}
    )
    ranked = distinctive_terms(more, min_z=-99)
    a = ranked[ranked["group"] == "A"].set_index("term")["z"]
    assert a["y"] > a["x"]


def test_the_report_states_the_extractors_measured_accuracy(sample_report):
    """The shares are qualified by the accuracy measured by benchmarks/eval_*.py (results/evaluation),
    numbers read from those files; without them the report says so."""
    from presslens.corpus_report import accuracy_paragraph
    from presslens.report import load_evaluation
    from presslens.report.numbers import decimal, percent

    evaluation = load_evaluation(ROOT / "results" / "evaluation")
    report = (sample_report / "report.md").read_text()
    assert "## How accurate the extraction is" in report
    if "quotes" in evaluation:
        assert f"F1 of {percent(evaluation['quotes']['quoted_f1'])}" in report
    if "coref" in evaluation:
        assert f"F1 of {decimal(evaluation['coref']['overall'])} on {evaluation['coref']['n']} GAP" in report
    assert "No accuracy figures were given" in accuracy_paragraph({})


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("id,outlet,date,text\n", "no rows below the header"),
        (
            "id,outlet,body\n1,A,Floods hit Leeds.\n",
            "no column 'text' (columns: 'id', 'outlet', 'body'); name the text",
        ),
    ],
)
def test_a_collection_with_no_readable_article_is_one_line_saying_why(tmp_path, capsys, content, said):
    corpus = tmp_path / "c.csv"
    corpus.write_text(content)
    argv = ["corpus-report", str(corpus), "--group-by", "outlet", "--out", str(tmp_path / "o"), "--jobs", "1"]
    assert main(argv) == 2
    err = capsys.readouterr().err.replace("\r", "\n").strip().splitlines()[-1]
    assert err.startswith("presslens: error: ") and "no article could be read: " + said in err
    assert "(1 error: see " in err


def test_a_collection_without_dates_has_no_periods_and_says_so(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text(
        'id,outlet,text\n1,A,"Floods hit Leeds. ""We are ready,"" said Jane Smith."\n2,B,Roads shut.\n'
    )
    argv = ["corpus-report", str(corpus), "--group-by", "outlet", "--out", str(tmp_path / "o"), "--jobs", "1"]
    assert main(argv) == 0
    values = json.loads((tmp_path / "o" / "values.json").read_text())
    assert values["collection"]["n_undated"] == 2 and values["periods"] == {}
    assert (
        "Articles without a date, left out of the by-month section: 2."
        in (tmp_path / "o" / "report.md").read_text()
    )
    assert not (tmp_path / "o" / "figures" / "corpus_periods.svg").exists()
