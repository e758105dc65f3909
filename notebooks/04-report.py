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
# This notebook adds the last computed values — textual anomalies found by code,
# the spaCy model used, and the evaluation figures of the extraction methods — and
# then renders the written analysis from `values.json` alone: `report.md`,
# `report.html` (no code, figures embedded), `report.pdf` (Typst) and `macros.tex`
# for LaTeX papers. No number in the prose is typed by hand.

# %% tags=["parameters"]
input_path = "data/raw/000_e2f50357b3b0a754.txt"
output_dir = "results"
corpus_path = ""
evaluation_dir = "results/evaluation"

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
from dataclasses import asdict

import pandas as pd
from IPython.display import Markdown, display

from presslens.anomalies import find_anomalies
from presslens.article import load_article
from presslens.model import load_model, model_id
from presslens.parse import parse_article
from presslens.report import analysis_blocks, build_report, load_evaluation
from presslens.report.render import to_markdown
from presslens.paper_tables import save_table
from presslens.values import load_values, record_values

article = load_article(input_path)
nlp = load_model()
doc = parse_article(article, nlp)

# %% [markdown]
# ## Textual anomalies found by code

# %%
anomalies = pd.DataFrame([asdict(a) for a in find_anomalies(article, doc, nlp)],
                         columns=["kind", "description", "start", "end", "text"])
save_table(anomalies, output_dir, "anomalies", caption="Textual anomalies found by code.")
record_values(output_dir, "anomalies", {
    "items": anomalies[["kind", "description", "text"]].to_dict("records"),
    **{f"n_{k}": int(n) for k, n in anomalies.kind.value_counts().sort_index().items()},
})
anomalies

# %% [markdown]
# ## Model and evaluation figures
#
# The evaluation figures come from `benchmarks/eval_quotes.py` (PolNeAR) and
# `benchmarks/eval_keywords.py` (500N-KPCrowd, Inspec, SemEval-2017), which write them to `evaluation_dir`.

# %%
record_values(output_dir, "model", {"id": model_id(nlp)})
evaluation = load_evaluation(evaluation_dir)
record_values(output_dir, "evaluation", evaluation)
evaluation

# %% [markdown]
# ## The analysis

# %%
paths = build_report(output_dir)
display(Markdown(to_markdown(analysis_blocks(load_values(output_dir), output_dir))))
