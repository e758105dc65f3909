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

from presslens.article import load_article
from presslens.batch.reference import compare_with_reference
from presslens.figures import save_figure
from presslens.figures.quotes import quote_positions, quotes_by_source, quotes_by_type
from presslens.parse import parse_article
from presslens.people import gender_shares, people, people_records
from presslens.quotes import quotes
from presslens.quotes.review import ReviewFrame, save_review
from presslens.quotes.counting import (
    quote_summary,
    quote_table,
    quotes_per_kind,
    quotes_per_source,
    quotes_per_type,
    top_source,
)
from presslens.stats.counts import words
from presslens.paper_tables import save_table
from presslens.values import record_values

import pandas as pd

article = load_article(input_path)
doc = parse_article(article)
found_quotes = quotes(doc)
table = quote_table(found_quotes, len(article.text))
summary = quote_summary(table, len(words(doc)))

# %% [markdown]
# ## Every quotation
#
# `start`/`end` are character offsets into the source file; for direct quotes
# and continuations they include the quote marks.

# %%
save_table(table, output_dir, "quotes", caption="Quotations and attributions in the article body.")
table[["kind", "source", "source_type", "speaker", "cue", "addressee", "text"]]

# %% [markdown]
# ## Check every attribution
#
# The article with each quotation shaded by kind, its cue in bold and its speaker
# outlined; hovering shows the canonical source. The same page is saved as
# `quotes.html` in the result folder.

# %%
review = save_review(article, found_quotes, output_dir)
ReviewFrame(review)

# %% [markdown]
# ## Quotations per source
#
# Who gets to speak, and how: count the bars, and note each source's type in brackets.

# %%
per_source = quotes_per_source(table)
save_table(per_source, output_dir, "quotes_per_source", caption="Quotations per canonical source.")
fig = quotes_by_source(per_source)
save_figure(fig, output_dir, "quotes_by_source",
            "Quotations per canonical source (source type in brackets), by kind of quotation.")
fig

# %% [markdown]
# ## Quotations per source type and kind

# %%
per_type = quotes_per_type(table)
per_kind = quotes_per_kind(table)
save_table(per_type, output_dir, "quotes_per_type", caption="Quotations per source type.")
save_table(per_kind, output_dir, "quotes_per_kind", caption="Quotations per kind.")
fig = quotes_by_type(per_type)
save_figure(fig, output_dir, "quotes_by_type",
            "Quotations (left) and quoted words (right) per source type.")
display(per_kind)
fig

# %% [markdown]
# ## People and their gender
#
# One row per person the article names, with every mention chained to the full
# name ("Watson" → "Adrienne Watson"). Gender is inferred, not known: from
# pronouns and titles that refer to the person in the text first, otherwise from
# the first name in the `gender-guesser` name list, otherwise unknown. It is
# binary plus unknown and says nothing of how anyone identifies; the evidence
# column shows what decided each case, so a reader can check it.

# %%
people_table = pd.DataFrame(people_records(people(doc, found_quotes), article.path),
                            columns=["doc", "name", "gender", "gender_evidence", "n_mentions", "is_source",
                                     "n_quotes"])
save_table(people_table, output_dir, "people", caption="People named in the article, with inferred gender.")
shares = gender_shares(people_table)
people_table.drop(columns="doc")

# %% [markdown]
# ## Where quotations sit in the article

# %%
fig = quote_positions(table)
save_figure(fig, output_dir, "quote_positions",
            "Start of each quotation in the article (0 = first character, 1 = last), by kind.")
fig

# %% [markdown]
# ## Within a reference corpus
#
# With `corpus_path`: how many quotations and sources the article has, and how much
# it rests on unnamed sources, compared with the articles of the corpus.

# %%
comparison = compare_with_reference("quotes", table, article.path, corpus_path, output_dir,
                                    limit=corpus_limit or None)
quote_percentiles = comparison[0] if comparison else None
display(comparison[1] if comparison else
        Markdown("No reference corpus given (`corpus_path`); comparison skipped."))

# %%
values = {**summary, **top_source(per_source),
          **({"corpus_percentiles": quote_percentiles.to_dict()} if quote_percentiles is not None else {})}
record_values(output_dir, "quotes", values)
record_values(output_dir, "people", shares)

# %% [markdown]
# ## What this shows

# %%
display(Markdown(
    f"The article carries {summary['n_quotes']} quotations and attributions from "
    f"{summary['n_sources']} distinct sources: {summary['n_direct']} direct, {summary['n_mixed']} mixed, "
    f"{summary['n_indirect']} indirect and {summary['n_continuation']} continuations. "
    f"{summary['share_quotes_anonymous']:.0%} of them rest on unnamed sources and "
    f"{summary['share_quotes_named_person']:.0%} on named people; "
    f"{summary['n_attributed_to_outlet']} are attributed to, or were made to, another news outlet. "
    + (f"The most quoted source is {values['top_source']} ({values['top_source_type']}, "
       f"{values['top_source_quotes']} quotations). " if values["top_source"] else "")
    + f"Quoted or reported speech makes up {summary['share_words_quoted']:.0%} of the body's words. "
    + f"It names {shares['n_people']} people, {shares['n_sources']} of them quoted: "
    f"{shares['sources']['female']} women, {shares['sources']['male']} men and {shares['sources']['unknown']} "
    "of unknown gender among the quoted people (gender inferred from the text and first names)."
))
