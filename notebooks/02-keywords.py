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
# # 02 — What the report is about: entities and keyterms
#
# Who and where (named entities, with mentions of one entity grouped and
# near-identical spellings flagged), then the key terms by several methods side
# by side — textacy's TextRank, YAKE, sCAKE and SGRank, keyness against general
# English, and presslens's default method for news — where they agree, and where
# in the article the key terms occur.

# %% tags=["parameters"]
input_path = "data/raw/000_e2f50357b3b0a754.txt"
output_dir = "results"
corpus_path = ""
corpus_limit = 500
top = 10

# %%
# Paths are relative to the repository root; JupyterLab starts the kernel in notebooks/.
from presslens.paths import use_project_root

root = use_project_root()

# %%
from IPython.display import Markdown, display

import presslens as pl
from presslens.batch.reference import compare_article
from presslens.figures import save_figure
from presslens.keywords import DEFAULT_METHOD
from presslens.figures.keywords import entity_counts, keyness_bars, method_agreement, term_positions
from presslens.paper_tables import save_table

analysis = pl.analyze(input_path, top=top)
tables = analysis.tables()

# %% [markdown]
# ## Who and where: named entities
#
# Mentions are grouped ("US", "U.S.", "the United States"); look at which people,
# organisations and places dominate.

# %%
save_table(tables["entities"], output_dir, "entities",
           caption="Named entities of the article body, mentions grouped.")
fig = entity_counts(tables["entities"].head(15))
save_figure(fig, output_dir, "entities", "Mentions of the 15 most mentioned entities (kind in brackets).")
fig

# %% [markdown]
# Near-identical spellings (Jaro–Winkler similarity ≥ 0.9) among the names in the
# body and in the photo captions are flagged as possible variants or misspellings:

# %%
save_table(tables["entity_variants"], output_dir, "entity_variants",
           caption="Possible spelling variants of entity names.")
tables["entity_variants"]

# %% [markdown]
# ## Key terms, method by method
#
# textacy's TextRank, YAKE, sCAKE and SGRank return lemmatised phrases; keyness
# ranks terms by how much more often the article uses them than general English;
# `first_phrases` lists noun phrases in order of first occurrence. presslens's
# default lists concepts in the article's own words and casing: noun phrases
# ("leaked Pentagon documents"), whole names ("Islamic State", "Washington Post")
# and words that stand alone, with variants and aliases the text defines merged
# ("US", "U.S.", "United States"). It scores each with a logistic model over
# general features — how often its words occur in the article (on average and
# for its most frequent word), the sentence where it first occurs, the
# frequency in general English of its rarest word, being a name — whose weights
# were fitted on four gold sets of different styles at once (crowd keyphrases
# of news, indexer noun phrases of abstracts, expert phrases of science papers,
# reader keyphrases of news); `benchmarks/eval_keywords.py` scores each set with
# weights fitted on the other three.

# %%
save_table(tables["keyterms"], output_dir, "keyterms", caption="Top keyterms of every method.")
save_table(tables["keyterms_side_by_side"], output_dir, "keyterms_side_by_side",
           caption="Top keyterms, methods side by side.")
tables["keyterms_side_by_side"]

# %% [markdown]
# Where the methods agree: each row is a term (matched after stemming), each column a
# method; the colour is the rank the method gives it.

# %%
save_table(tables["keyterms_agreement"], output_dir, "keyterms_agreement",
           caption="Terms ranked by several methods.")
fig = method_agreement(analysis.keyterms)
save_figure(fig, output_dir, "keyterm_agreement",
            "Top keyterms of each method; colour shows the rank a method gives a term (blank: not in its top).")
fig

# %% [markdown]
# ## Keyness against general English
#
# Log-likelihood (G²) of the article's words and phrases against their frequency in
# general English (`wordfreq`): high values are words this article uses far more than
# English at large.

# %%
save_table(tables["keyness"], output_dir, "keyness", caption="Most key terms against general English.")
fig = keyness_bars(tables["keyness"])
save_figure(fig, output_dir, "keyness", "Log-likelihood (G²) of the article's most key terms "
            "against general English (wordfreq).")
fig

# %% [markdown]
# ## Where the key terms occur
#
# Each dot is one occurrence of a term of the default method: terms whose dots
# cluster at the top are the lead's; terms spread over the article carry it.

# %%
fig = term_positions(analysis.default_keyterms, len(analysis.article.text))
save_figure(fig, output_dir, "keyterm_positions",
            f"Occurrences of the top {top} keyterms of the default method ({DEFAULT_METHOD}) "
            "through the article.")
fig

# %% [markdown]
# ## Within a reference corpus
#
# With `corpus_path`, how many entities of each kind the article names compared with
# the articles of the corpus (percentile ranks).

# %%
comparison = compare_article(analysis, "entities", corpus_path, output_dir, limit=corpus_limit or None)
display(comparison[1] if comparison else
        Markdown("No reference corpus given (`corpus_path`); comparison skipped."))

# %% [markdown]
# ## What this shows

# %%
display(Markdown(analysis.prose("topics", output_dir)))
