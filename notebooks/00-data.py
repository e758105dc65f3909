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
# # 00 — The report and its provenance
#
# This notebook loads the article, checks where it comes from, and separates the
# reporter's prose from the photo captions and credits that the scrape ran into
# the text. Every later notebook analyses the **body** only; the captions are kept
# as data and listed here.

# %% tags=["parameters"]
input_path = "data/raw/000_e2f50357b3b0a754.txt"
output_dir = "results"
corpus_path = ""

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
import pandas as pd
from IPython.display import Markdown, display

import presslens as pl
from presslens.article import segments
from presslens.paper_tables import save_table

analysis = pl.analyze(input_path)
article = analysis.article
tables = analysis.tables()

# %% [markdown]
# ## Provenance
#
# The file's SHA-256 identifies the exact bytes analysed; `data/MANIFEST.sha256`
# was checked against it before this notebook ran.

# %%
tables["article"].T

# %% [markdown]
# ## Body and captions
#
# Each part of the file with its character offsets; `text` is exactly
# `article.text[start:end]`, so any later result can point back to the source.

# %%
parts = pd.DataFrame(segments(article))
display(parts.assign(text=parts.text.str.slice(0, 90)))

# %% [markdown]
# The captions and credits removed from the body:

# %%
save_table(tables["article"], output_dir, "article",
           caption="The analysed article: provenance and body/caption split.")
save_table(tables["captions"], output_dir, "captions",
           caption="Photo captions and credits separated from the body text.")
tables["captions"]

# %% [markdown]
# ## What this shows

# %%
display(Markdown(analysis.prose("provenance")))
