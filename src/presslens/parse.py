"""Parse once, reuse: an article's spaCy parse, shared through the on-disk cache.

Each notebook runs in its own kernel; without a shared cache every one of them
would parse the same article again. :func:`parse_article` returns the cached
parse when one exists for the same text, model and presslens version
(:class:`presslens.cache.Cache`) and stores a new one otherwise.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presslens.article import Article
from presslens.cache import DEFAULT_CACHE_DIR, Cache
from presslens.model import load_model, model_id


def parse_article(
    article: Article, nlp: Language | None = None, *, cache_dir: str | Path | None = DEFAULT_CACHE_DIR
) -> Doc:
    """The parse of :attr:`~presslens.article.Article.parse_text` (offsets are file offsets).

    Parameters
    ----------
    article : Article
    nlp : Language, optional
        Default: :func:`presslens.model.load_model`.
    cache_dir : path or None
        The parse cache (``None``: always parse).

    Returns
    -------
    spacy.tokens.Doc
    """
    nlp = nlp or load_model()
    if cache_dir is None:
        return nlp(article.parse_text)
    cache = Cache(cache_dir, model_id(nlp))
    doc = cache.get_doc(article.parse_text, nlp.vocab)
    if doc is None:
        doc = nlp(article.parse_text)
        cache.put_doc(doc)
    return doc
