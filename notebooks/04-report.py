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
# # 04 — The written analysis
#
# This notebook saves the last table — textual anomalies found by code — and
# writes the values record of the analysis (`ArticleAnalysis.values()`: every
# number the prose quotes, with the spaCy model, the code version and the
# evaluation figures of the extraction methods) to `values.json`. The written
# analysis is rendered from it alone: `report.md`, `report.html` (no code,
# figures embedded), `report.pdf` (Typst) and `macros.tex` for LaTeX papers.
# No number in the prose is typed by hand.

# %% tags=["parameters"]
input_path = "data/raw/000_e2f50357b3b0a754.txt"
output_dir = "results"
corpus_path = ""
evaluation_dir = "results/evaluation"

corpus_limit = 500

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
from IPython.display import Markdown, display

import presslens as pl
from presslens.batch.reference import reference_percentiles
from presslens.paper_tables import save_table
from presslens.report import build_report, load_evaluation

analysis = pl.analyze(input_path)

# %% [markdown]
# ## Textual anomalies found by code

# %%
anomalies = analysis.tables()["anomalies"]
save_table(anomalies, output_dir, "anomalies", caption="Textual anomalies found by code.")
anomalies

# %% [markdown]
# ## The values record
#
# The evaluation figures come from `benchmarks/eval_quotes.py` (PolNeAR) and
# `benchmarks/eval_keywords.py` (500N-KPCrowd, Inspec, SemEval-2017), which write them to
# `evaluation_dir`; the percentiles within a reference corpus (with `corpus_path`) are those
# of notebooks 01–03.

# %%
values = analysis.values(evaluation=load_evaluation(evaluation_dir),
                         percentiles=reference_percentiles(analysis, corpus_path, output_dir,
                                                           limit=corpus_limit or None),
                         output_dir=output_dir)
pl.write_values(output_dir, values)
values.evaluation

# %% [markdown]
# ## The analysis

# %%
paths = build_report(output_dir)
display(Markdown(paths["md"].read_text(encoding="utf-8")))
