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

from presslens.analyses import article_record
from presslens.article import load_article, segments
from presslens.report.numbers import count_noun, listing
from presslens.paper_tables import save_table
from presslens.values import record_values

article = load_article(input_path)
record = article_record(article)[0]
parts = pd.DataFrame(segments(article))

# %% [markdown]
# ## Provenance
#
# The file's SHA-256 identifies the exact bytes analysed; `data/MANIFEST.sha256`
# was checked against it before this notebook ran.

# %%
display(Markdown(
    f"- **File:** `{article.path}`\n"
    f"- **SHA-256:** `{article.sha256}`\n"
    f"- **Date (from the header):** {article.date or 'none given'}\n"
    f"- **Title:** {article.title or 'none given in the file'}"
    f"{' (the first line, read as a headline)' if article.title_source == 'headline' else ''}\n"
    f"- **Publisher:** {article.outlet or 'not named in the file'}\n"
    f"- **Encoding:** {article.encoding}"
))

# %% [markdown]
# ## Body and captions
#
# Each part of the file with its character offsets; `text` is exactly
# `article.text[start:end]`, so any later result can point back to the source.

# %%
display(parts.assign(text=parts.text.str.slice(0, 90)))

# %% [markdown]
# The captions and credits removed from the body:

# %%
captions = parts[parts.kind.isin(["caption", "credit"])].reset_index(drop=True)
captions

# %%
counts = {
    "n_chars_file": record["n_chars_file"],
    "n_chars_body": record["n_chars_body"],
    "n_body_paragraphs": record["n_body_paragraphs"],
    "n_captions": record["n_captions"],
    "n_credits": record["n_credits"],
}
save_table(pd.DataFrame([record]), output_dir, "article",
           caption="The analysed article: provenance and body/caption split.")
save_table(captions, output_dir, "captions",
           caption="Photo captions and credits separated from the body text.")
record_values(output_dir, "data", {
    "doc": article.path, "sha256": article.sha256,
    "date": article.date, "title": article.title, "title_source": article.title_source,
    "publisher": article.outlet, **counts,
})

# %% [markdown]
# ## What this shows

# %%
removed = [count_noun(counts["n_captions"], "photo caption"), count_noun(counts["n_credits"], "credit line")]
display(Markdown(
    f"The file holds {counts['n_chars_file']:,} characters. After removing the header"
    f"{', the headline' if article.title_source == 'headline' else ''} and {listing(removed)}, "
    f"{count_noun(counts['n_body_paragraphs'], 'body paragraph')} ({counts['n_chars_body']:,} characters) "
    "remain for analysis."
    + (" The captions stay available as data in `tables/captions.csv`." if len(captions) else "")
))
