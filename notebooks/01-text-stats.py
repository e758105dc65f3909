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
# # 01 — How the report reads: text statistics
#
# Counts, readability and lexical diversity of the article's **body** (header,
# photo captions and credits are excluded; see notebook 00). Sentences are split
# by presslens's news-aware rules, syllables come from the CMU Pronouncing
# Dictionary with a rule-based fallback, and every formula is documented in
# `presslens.stats.readability` and `presslens.stats.diversity`.

# %% tags=["parameters"]
input_path = "data/raw/000_e2f50357b3b0a754.txt"
output_dir = "results"
corpus_path = ""
corpus_limit = 500

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
from IPython.display import Markdown, display

import presslens as pl
from presslens.batch.reference import compare_article
from presslens.figures import save_figure
from presslens.figures.stats import readability_bands, sentence_length_histogram
from presslens.paper_tables import save_table

analysis = pl.analyze(input_path)
tables = analysis.tables()

# %% [markdown]
# ## Counts and indices

# %%
save_table(tables["text_stats"], output_dir, "text_stats", caption="Text statistics of the article body.")
tables["text_stats"]

# %% [markdown]
# ## Sentence length
#
# Long sentences drive every readability formula. Look at the tail: how many
# sentences are long (over `LONG_SENTENCE_WORDS` words)?

# %%
fig = sentence_length_histogram(tables["sentences"])
save_figure(fig, output_dir, "sentence_lengths",
            "Words per sentence in the article body; dashed: mean, dotted: median.")
save_table(tables["sentences"], output_dir, "sentences", caption="Sentences of the article body.")
fig

# %% [markdown]
# ## Readability against reference bands
#
# Grade-level indices estimate the years of US schooling a reader needs; the
# Flesch Reading Ease runs the other way (higher is easier).

# %%
fig = readability_bands(analysis.stats)
save_figure(fig, output_dir, "readability",
            "Readability of the article body. Left: grade-level indices against US school "
            "grade bands. Right: Flesch Reading Ease against Flesch's (1948) bands.")
fig

# %% [markdown]
# ## Comparison with a reference corpus
#
# When `corpus_path` names a corpus (e.g. the BBC news set), the article is placed
# within that corpus's distribution of each statistic (percentile ranks).

# %%
comparison = compare_article(analysis, "stats", corpus_path, output_dir, limit=corpus_limit or None)
display(comparison[1] if comparison else
        Markdown("No reference corpus given (`corpus_path`); comparison skipped."))

# %% [markdown]
# ## What this shows

# %%
display(Markdown(analysis.prose("readability")))
