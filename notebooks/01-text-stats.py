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

import pandas as pd
from IPython.display import Markdown, display

from presslens.article import load_article
from presslens.batch.reference import compare_with_reference
from presslens.figures import save_figure
from presslens.figures.stats import flesch_band, readability_bands, sentence_length_histogram
from presslens.parse import parse_article
from presslens.stats import LONG_SENTENCE_WORDS, STATS_KEYS, sentence_table, text_stats
from presslens.paper_tables import save_table
from presslens.values import record_values

article = load_article(input_path)
doc = parse_article(article)
stats = text_stats(doc)
sentences = sentence_table(doc)

# %% [markdown]
# ## Counts and indices

# %%
table = pd.DataFrame({"statistic": STATS_KEYS, "value": [stats[k] for k in STATS_KEYS]})
save_table(table, output_dir, "text_stats", caption="Text statistics of the article body.")
table

# %% [markdown]
# ## Sentence length
#
# Long sentences drive every readability formula. Look at the tail: how many
# sentences are long (see `LONG_SENTENCE_WORDS` below)?

# %%
fig = sentence_length_histogram(sentences)
save_figure(fig, output_dir, "sentence_lengths",
            "Words per sentence in the article body; dashed: mean, dotted: median.")
save_table(sentences, output_dir, "sentences", caption="Sentences of the article body.")
fig

# %% [markdown]
# ## Readability against reference bands
#
# Grade-level indices estimate the years of US schooling a reader needs; the
# Flesch Reading Ease runs the other way (higher is easier).

# %%
fig = readability_bands(stats)
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
comparison = compare_with_reference("stats", pd.DataFrame([stats]), article.path, corpus_path, output_dir,
                                    limit=corpus_limit or None)
percentiles = comparison[0] if comparison else None
display(comparison[1] if comparison else
        Markdown("No reference corpus given (`corpus_path`); comparison skipped."))

# %%
values = {k: stats[k] for k in STATS_KEYS}
values["flesch_band"] = flesch_band(stats["flesch_reading_ease"])
values["long_sentence_words"] = LONG_SENTENCE_WORDS
values["n_long_sentences"] = int((sentences.n_words > LONG_SENTENCE_WORDS).sum())
values["settings"] = stats["settings"]
if percentiles is not None:
    values["corpus_percentiles"] = percentiles.to_dict()
record_values(output_dir, "text_stats", values)

# %% [markdown]
# ## What this shows

# %%
display(Markdown(
    f"The body has {stats['n_words']:,} words in {stats['n_sentences']} sentences "
    f"(mean {stats['sentence_length_mean']:.1f} words, longest {stats['sentence_length_max']}; "
    f"{values['n_long_sentences']} sentences run past {LONG_SENTENCE_WORDS} words). "
    f"Its Flesch Reading Ease of {stats['flesch_reading_ease']:.1f} is in the "
    f"“{values['flesch_band']}” band, and the grade-level indices put it at "
    f"{stats['flesch_kincaid_grade']:.1f} (Flesch–Kincaid) to {stats['gunning_fog']:.1f} "
    f"(Gunning Fog) years of schooling. Lexical diversity: MATTR {stats['mattr']:.3f}, "
    f"MTLD {stats['mtld']:.1f}. {stats['oov_syllable_rate']:.1%} of words were not in CMUdict "
    "and had their syllables estimated by rule."
))
