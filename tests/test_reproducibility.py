"""Results are byte-identical across runs, and the committed results/ are what the code produces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import ROOT, run_reproduce

pytestmark = pytest.mark.notebooks

#: Written by the benchmark scripts from the evaluation data, not by `make reproduce`.
NOT_REPRODUCED = ("evaluation/",)


def _files(root: Path) -> dict[str, Path]:
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).as_posix().startswith(NOT_REPRODUCED)
    }


def _code(root: Path) -> tuple:
    """The commit and dirty flag of a result set (both appear in the report); None, None without provenance."""
    path = root / "provenance.json"
    code = json.loads(path.read_text())["code"] if path.is_file() else {}
    return code.get("commit"), code.get("dirty")


def _commit(root: Path) -> str | None:
    """The commit a result set was produced from."""
    return _code(root)[0]


def _content(path: Path, root: Path) -> bytes:
    """File bytes; in executed notebooks the output folder (a parameter) is normalised to 'results', and
    the commit the results were made from (report footer, values, macros) to '<commit>'."""
    data = path.read_bytes()
    if path.suffix == ".ipynb":
        data = data.replace(str(root).encode(), b"results")
    commit = _commit(root)
    if commit and path.suffix != ".pdf":
        short = commit[:12].encode()
        data = data.replace(short + b" with uncommitted changes", short).replace(short + b"-dirty", short)
        data = data.replace(short, b"<commit>")
    if path.name == "provenance.json":
        prov = json.loads(data)
        prov.pop("timestamp")
        prov["parameters"]["output_dir"] = "results"
        data = json.dumps(prov, sort_keys=True).encode()
    return data


def test_the_pdf_is_a_deterministic_function_of_its_source(fresh_results, tmp_path):
    """The one file not compared with the committed set when the commits differ (it names the commit in
    compressed text): compiled twice from the fresh report.typ, it is the same bytes as the run's PDF."""
    from presslens.report.render import compile_pdf

    typ = fresh_results / "report.typ"
    first = compile_pdf(typ, tmp_path / "first.pdf").read_bytes()
    second = compile_pdf(typ, tmp_path / "second.pdf").read_bytes()
    assert first == second == (fresh_results / "report.pdf").read_bytes()


def _locked_versions() -> dict[str, str]:
    """Package name → version, as uv.lock pins them."""
    import tomllib

    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    return {p["name"]: p["version"] for p in lock["package"] if "version" in p}


def _norm(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "-", name).lower()


def test_provenance_records_inputs_packages_and_parameters(fresh_results):
    """Inputs, model and parameters are the committed run's; every package version is the one uv.lock
    pins; the Python version is this interpreter's."""
    import platform

    fresh = json.loads((fresh_results / "provenance.json").read_text())
    committed = json.loads((ROOT / "results" / "provenance.json").read_text())
    values = json.loads((fresh_results / "values.json").read_text())
    assert fresh["inputs"][0]["sha256"] == values["data"]["sha256"]
    assert set(fresh) >= {"inputs", "code", "packages", "python", "model", "parameters", "timestamp"}
    assert fresh["python"] == platform.python_version()
    locked = {_norm(k): v for k, v in _locked_versions().items()}
    assert fresh["packages"]["spacy"] and fresh["packages"]["pandas"]
    unpinned = {
        k: v for k, v in fresh["packages"].items() if _norm(k) != "presslens" and locked.get(_norm(k)) != v
    }
    assert unpinned == {}
    fresh["parameters"].pop("output_dir"), committed["parameters"].pop("output_dir")
    for key in ("inputs", "model", "parameters", "packages"):
        assert fresh[key] == committed[key], key


def test_committed_results_are_up_to_date(fresh_results):
    """A stale committed result fails here: run `make reproduce` and commit results/."""
    committed_root = ROOT / "results"
    committed, fresh = _files(committed_root), _files(fresh_results)
    for name in ("provenance.json", "corpus/provenance.json"):  # commit hash and time
        fresh.pop(name, None), committed.pop(name, None)
    assert committed.keys() == fresh.keys()
    # report.pdf names the commit in compressed text: report.typ, compared without it, is its source, and
    # the PDF is a deterministic function of it (test_two_runs_are_byte_identical)
    if _code(fresh_results) != _code(committed_root):
        fresh.pop("report.pdf"), committed.pop("report.pdf")
    stale = [
        name for name in fresh if _content(fresh[name], fresh_results) != _content(committed[name], committed_root)
    ]
    assert stale == [], "stale committed results: run `make reproduce` and commit results/"


@pytest.mark.parametrize("which", ["fresh", "committed"])
def test_executed_notebooks_show_their_figures_as_images(fresh_results, which):
    """Every figure a notebook saves is shown in it as an image, never as ``<Figure size …>`` text."""
    import nbformat

    folder = (fresh_results if which == "fresh" else ROOT / "results") / "notebooks"
    for path in sorted(folder.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
        as_text = [
            o
            for o in outputs
            if "Figure size" in o.get("data", {}).get("text/plain", "") and "image/png" not in o.get("data", {})
        ]
        assert not as_text, path.name  # a figure shown as its text fallback alone
        images = sum("image/png" in o.get("data", {}) for o in outputs)
        assert images == code.count("save_figure(fig"), path.name


def test_outputs_are_complete(fresh_results):
    for name in (
        "report.html",
        "report.pdf",
        "report.md",
        "macros.tex",
        "values.json",
        "provenance.json",
        "figures/captions.md",
    ):
        assert (fresh_results / name).is_file(), name
    figures = {p.stem for p in (fresh_results / "figures").glob("*.svg")}
    for stem in figures:
        for fmt in ("pdf", "png"):
            assert (fresh_results / "figures" / f"{stem}.{fmt}").is_file()
        assert f"## {stem}\n" in (fresh_results / "figures" / "captions.md").read_text()
    for csv in (fresh_results / "tables").glob("*.csv"):
        assert csv.with_suffix(".tex").is_file()
        assert "\\toprule" in csv.with_suffix(".tex").read_text()
    assert (fresh_results / "report.pdf").read_bytes().startswith(b"%PDF")
    html = (fresh_results / "report.html").read_text()
    assert "data:image/svg+xml;base64," in html and "<pre" not in html  # figures embedded, no code


def test_another_article_with_a_reference_corpus(tmp_path):
    """One run on a user's article with a CSV corpus (outlet, date): the article's report, its percentiles
    in the corpus, and notebook 05 reading the corpus by outlet and by month.

    The kernels start in ``notebooks/`` as in JupyterLab, and every path is relative to the repository
    root: a notebook that did not move to the root itself would not find its input.
    """
    import csv
    import os

    article = tmp_path / "other.txt"
    article.write_text(
        "date 2024-02-01\n\nCity council approves new tram line\n\n"
        "The city council approved a new tram line on Thursday, Mayor Ana Ruiz said.\n\n"
        "“This will change how people move,” Ruiz told reporters. Critics said the cost was too high.\n\n"
        "Construction starts in May, according to a council report.\n"
    )
    corpus = tmp_path / "mine.csv"
    text = "Floods hit the town on {d}. “We are ready,” said Mayor Anne Cole.\n\nRoads were closed. {pad}"
    with corpus.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "outlet", "date", "text"])
        w.writeheader()
        for i, (outlet, date) in enumerate([("A", "2023-05-02"), ("A", "2023-06-03"), ("B", "2023-06-04")]):
            w.writerow(
                {"id": i, "outlet": outlet, "date": date, "text": text.format(d=date, pad="Parents waited. " * i)}
            )

    def rel(path):
        return Path(os.path.relpath(path, ROOT))

    assert not (ROOT / "notebooks" / rel(article)).exists()  # from notebooks/, these paths lead nowhere
    run_reproduce(
        rel(tmp_path / "results" / "other"),
        input_path=rel(article),
        manifest=None,
        corpus_path=rel(corpus),
        collection_path=rel(corpus),
        kernel_cwd=ROOT / "notebooks",
    )
    out = tmp_path / "results" / "other"
    values = json.loads((out / "values.json").read_text())
    assert values["data"]["doc"] == str(rel(article)) and values["data"]["date"] == "2024-02-01"
    assert values["quotes"]["n_quotes"] >= 2
    for name in ("report.html", "report.pdf", "macros.tex", "provenance.json"):
        assert (out / name).is_file()
    report = (out / "report.md").read_text()
    assert "2024-02-01" in report and "percentile" in report
    # the reference corpus: percentile tables and figures; one quotation per corpus article, fewer than
    # the article's, so the article is at the top percentile
    for name in ("text_stats", "entities", "quotes"):
        assert (out / "tables" / f"{name}_corpus_percentiles.csv").is_file(), name
        assert (out / "figures" / f"{name}_corpus_percentiles.svg").is_file()
    assert values["quotes"]["corpus_percentiles"]["n_quotes"] == 100.0
    assert set(values["text_stats"]["corpus_percentiles"]) >= {"flesch_reading_ease", "mtld"}
    assert set(values["keywords"]["corpus_percentiles"]) == {"n_entities", "n_person", "n_organisation", "n_place"}
    # notebook 05 read the collection given to the run (not its sample) into its own result set
    assert not (out / "tables" / "corpus_groups.csv").exists()
    corpus = out / "corpus"
    collection = json.loads((corpus / "values.json").read_text())
    assert collection["collection"]["n_articles"] == 3
    assert {g: v["n_articles"] for g, v in collection["groups"].items()} == {"A": 2, "B": 1}
    assert {g: v["quotes_per_article"] for g, v in collection["groups"].items()} == {"A": 1.0, "B": 1.0}
    assert {p: v["n_articles"] for p, v in collection["periods"].items()} == {"2023-05": 1, "2023-06": 2}
    for name in ("corpus_groups", "corpus_periods"):
        assert (corpus / "tables" / f"{name}.csv").is_file()
        for ext in ("pdf", "svg", "png"):
            assert (corpus / "figures" / f"{name}.{ext}").is_file()
    assert (corpus / "report.md").is_file() and (corpus / "provenance.json").is_file()


def test_no_machine_paths_in_results(fresh_results):
    """Results hold no absolute path of this checkout (they must be the same on every machine)."""
    leaked = [
        name
        for name, path in _files(fresh_results).items()
        if str(ROOT).encode() in path.read_bytes() or b"site-packages" in path.read_bytes()
    ]
    assert leaked == []


def test_provenance_names_the_commit_and_the_lock(fresh_results):
    """The commit is HEAD's, and 'dirty' is whether tracked files other than results differ from it
    (false on a clean clone, also after `make reproduce` rewrote results/)."""
    import hashlib
    import subprocess

    prov = json.loads((fresh_results / "provenance.json").read_text())["code"]
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)results"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert prov["commit"] == head
    assert prov["dirty"] is bool(status)
    assert prov["lock_sha256"] == hashlib.sha256((ROOT / "uv.lock").read_bytes()).hexdigest()
    # the report's footer and values name the same commit, dirty under the same rule
    software = json.loads((fresh_results / "values.json").read_text())["software"]
    assert software["commit"] == head[:12] + ("-dirty" if status else "")
    assert f"at commit {head[:12]}" in (fresh_results / "report.md").read_text()
