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
# # 05 — A corpus: outlets and months
#
# Notebooks 00–04 read one article. This one reads a **collection** — a CSV or
# JSONL file with a `text` column and metadata columns such as `outlet`, `date`,
# `author` and `section`, or a folder of text files with header lines — and
# compares groups of articles: quotations per article, the share of quotations
# from unnamed sources, the share of women among quoted people, readability and
# the most common key terms. By default it runs on `data/raw/sample_corpus.csv`,
# six short articles invented for this purpose (see `data/README.md`): its
# figures demonstrate the method and describe no real outlet. A reference corpus
# given to the whole run (`make reproduce CORPUS=…`, parameter `corpus_path`) is
# the collection read here instead.

# %% tags=["parameters"]
input_path = "data/raw/000_e2f50357b3b0a754.txt"  # the article of notebooks 00-04; not used here
output_dir = "results"
corpus_path = ""  # the run's reference corpus: when given, it is the collection read here
collection_path = "data/raw/sample_corpus.csv"
group_by = "outlet"

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
import pandas as pd
from IPython.display import Markdown, display

from presslens.batch.reference import cached_run
from presslens.batch.summary import group_measures, group_summary
from presslens.figures import save_figure
from presslens.figures.corpus import group_panels
from presslens.paper_tables import save_table

run = cached_run([corpus_path or collection_path])
tables = {name: pd.read_parquet(run / f"{name}.parquet")
          for name in ("article", "stats", "quotes", "people", "keywords")}
articles = tables.pop("article")
errors = pd.read_csv(run / "errors.csv")
shown = [c for c in ("id", "outlet", "date", "author", "section", "title") if c in articles]
articles[shown]

# %% [markdown]
# ## By group
#
# One row per value of `group_by`; shares are over the group's quotations or
# quoted people, women's share over quoted people of known gender
# (see notebook 03 for how gender is inferred).

# %%
by_group = group_measures(articles, group_by, **tables) if group_by in articles else None
if by_group is not None:
    save_table(by_group, output_dir, f"corpus_by_{group_by}", caption=f"Articles grouped by {group_by}.")
    fig = group_panels(by_group, group_by)
    save_figure(fig, output_dir, f"corpus_by_{group_by}", f"Quotation measures and readability by {group_by}.")
    display(fig)
else:
    display(Markdown(f"The collection has no `{group_by}` column: no grouping by it."))
by_group

# %% [markdown]
# ## By month

# %%
by_month = group_measures(articles, "month", **tables) if articles["date"].notna().any() else None
if by_month is not None:
    save_table(by_month, output_dir, "corpus_by_month", caption="Articles grouped by month of publication.")
    fig = group_panels(by_month, "month", line=True)
    save_figure(fig, output_dir, "corpus_by_month", "Quotation measures and readability by month.")
    display(fig)
by_month

# %% [markdown]
# ## What this shows

# %%
if by_group is not None:
    display(Markdown(group_summary(by_group, group_by, len(articles), len(errors))))
