# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (presslens)
#     language: python
#     name: presslens
# ---

# %% [markdown]
# # 05 — A collection: groups and periods, with intervals
#
# Notebooks 00–04 read one article. This one reads a **collection** — a CSV or
# JSONL file with a `text` column and metadata columns such as `outlet`, `date`,
# `author` and `section`, or a folder of text files with header lines — and
# compares groups of articles and periods: quotations per article and per 1,000
# words, the shares of quotations from unnamed sources, from women and from men,
# women among quoted people, readability, and each group's distinctive key terms.
# Every measure has its n and a 95 % bootstrap interval that resamples articles.
# It is the narrative of `presslens corpus-report` and writes the same files
# into its own result set (`results/corpus/`), never into the article's.
#
# By default it runs on `data/raw/sample_corpus.csv`, six short articles
# invented for this purpose (see `data/README.md`): its figures demonstrate the
# method and describe no real outlet. `make reproduce COLLECTION=…` or
# `presslens reproduce --collection …` runs it on yours. (The *reference corpus*
# of notebooks 01–03, `--corpus`, is another thing: articles an article is
# ranked against.)

# %% tags=["parameters"]
collection_path = "data/raw/sample_corpus.csv"
group_by = "outlet"
period = "month"
dayfirst = None  # numeric dates: True day first, False month first, None an ambiguous one is left undated
output_dir = "results/corpus"
evaluation_dir = "results/evaluation"  # the extractors' measured accuracy, stated in the report

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import SVG, Markdown, display

from presslens.corpus_report import corpus_report, report_markdown
from presslens.report import load_evaluation

with tempfile.TemporaryDirectory(prefix="presslens-collection-") as run_dir:  # the corpus run is not a result
    values = corpus_report(collection_path, output_dir, group_by=group_by if group_by else None,
                           period=period, run_dir=run_dir, evaluation=load_evaluation(evaluation_dir),
                           dayfirst=dayfirst)
out = Path(output_dir)
pd.DataFrame([values["collection"]])

# %% [markdown]
# ## By group
#
# Shares are over the group's quotations (or quoted people of known gender for
# women among sources; see notebook 03 for how gender is inferred). Whiskers are
# 95 % intervals; n is written at the foot of every bar.

# %%
if values["groups"]:
    display(SVG(filename=out / "figures" / "corpus_groups.svg"))
    display(pd.read_csv(out / "tables" / "corpus_groups.csv"))
else:
    display(Markdown(f"No grouping: the collection has no `{group_by}` values."))

# %% [markdown]
# ## By period
#
# Every period from the first to the last, empty ones included (they are gaps).

# %%
if values["periods"]:
    display(SVG(filename=out / "figures" / "corpus_periods.svg"))
    display(pd.read_csv(out / "tables" / "corpus_periods.csv"))

# %% [markdown]
# ## Distinctive key terms
#
# Each group's key terms against the rest of the collection: weighted log-odds
# ratios with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
# with their occurrences and z-scores (only z ≥ 1.96 is listed).

# %%
terms = out / "tables" / "distinctive_terms.csv"
pd.read_csv(terms) if terms.is_file() else Markdown("No term is distinctive at z ≥ 1.96 in this collection.")

# %% [markdown]
# ## The written report

# %%
# the prose of report.md (its figures are shown above; report.html and report.pdf hold both)
display(Markdown(report_markdown(values, collection_path)))
