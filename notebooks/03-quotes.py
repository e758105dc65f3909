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
# # 03 — Who speaks: quotations and their sources
#
# Every quotation and attribution in the article body: direct quotes, mixed
# (a quoted fragment inside reported speech), indirect (reported speech with a
# speech cue) and continuations (a quote with no cue of its own, given to the
# most recent speaker). Speakers as written ("the official", "Watson") are
# resolved to the full mention they refer to, and typed: named person,
# anonymous person, organisation, document or news outlet; named people are
# given by their full name and, with `presslens.people`, a gender inferred from
# the text. All extraction, resolution and counting happen in the library.

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
from presslens.figures.quotes import quote_positions, quotes_by_source, quotes_by_type
from presslens.paper_tables import save_table
from presslens.quotes.review import ReviewFrame, save_review

analysis = pl.analyze(input_path)
tables = analysis.tables()

# %% [markdown]
# ## Every quotation
#
# `start`/`end` are character offsets into the source file; for direct quotes
# and continuations they include the quote marks.

# %%
save_table(tables["quotes"], output_dir, "quotes", caption="Quotations and attributions in the article body.")
tables["quotes"][["kind", "source", "source_type", "speaker", "cue", "addressee", "text"]]

# %% [markdown]
# ## Check every attribution
#
# The article with each quotation shaded by kind, its cue in bold and its speaker
# outlined; hovering shows the canonical source. The same page is saved as
# `quotes.html` in the result folder.

# %%
review = save_review(analysis.article, analysis.quotes, output_dir)
ReviewFrame(review)

# %% [markdown]
# ## Quotations per source
#
# Who gets to speak, and how: count the bars, and note each source's type in brackets.

# %%
save_table(tables["quotes_per_source"], output_dir, "quotes_per_source",
           caption="Quotations per canonical source.")
fig = quotes_by_source(tables["quotes_per_source"])
save_figure(fig, output_dir, "quotes_by_source",
            "Quotations per canonical source (source type in brackets), by kind of quotation.")
fig

# %% [markdown]
# ## Quotations per source type and kind

# %%
save_table(tables["quotes_per_type"], output_dir, "quotes_per_type", caption="Quotations per source type.")
save_table(tables["quotes_per_kind"], output_dir, "quotes_per_kind", caption="Quotations per kind.")
fig = quotes_by_type(tables["quotes_per_type"])
save_figure(fig, output_dir, "quotes_by_type",
            "Quotations (left) and quoted words (right) per source type.")
display(tables["quotes_per_kind"])
fig

# %% [markdown]
# ## People and their gender
#
# One row per person the article names: the person referents of the article's
# mention layer (`presslens.coref`), where every name, description and pronoun
# of one person is one referent ("Watson" → "Adrienne Watson"). Gender is
# inferred, not known: from the person's own titles (Mr, Mrs, …), else the
# pronouns resolved to the person, else a clearly gendered first name in
# nomquamgender's name data, otherwise unknown. It is binary plus unknown and
# says nothing of how anyone identifies; the evidence column shows what decided
# each case, so a reader can check it.

# %%
save_table(tables["people"], output_dir, "people", caption="People named in the article, with inferred gender.")
tables["people"].drop(columns="doc")

# %% [markdown]
# ## Where quotations sit in the article

# %%
fig = quote_positions(tables["quotes"])
save_figure(fig, output_dir, "quote_positions",
            "Start of each quotation in the article (0 = first character, 1 = last), by kind.")
fig

# %% [markdown]
# ## Within a reference corpus
#
# With `corpus_path`: how many quotations and sources the article has, and how much
# it rests on unnamed sources, compared with the articles of the corpus.

# %%
comparison = compare_article(analysis, "quotes", corpus_path, output_dir, limit=corpus_limit or None)
display(comparison[1] if comparison else
        Markdown("No reference corpus given (`corpus_path`); comparison skipped."))

# %% [markdown]
# ## What this shows

# %%
display(Markdown(analysis.prose("speakers", output_dir)))
