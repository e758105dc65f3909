"""The per-chunk work of a corpus run: parse, analyse, cache. Runs in any process.

The same function serves one process, a local process pool and a Dask
cluster: it loads the spaCy model once per process, takes cached parses where
it finds them, parses the rest with ``nlp.pipe``, runs the analyses and
returns only the records (small), never the parsed documents.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presslens.article import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

ERRORS = "errors"

#: A short text that exercises every analysis once (see :func:`warm_up`).
WARM_UP_TEXT = (
    'Floods hit Leeds on Monday, the city council said. "We are ready," its leader, Jane Smith, told reporters.\n'
)


def warm_up(model: str | None, analysis_names: Sequence[str]) -> None:
    """Run the analyses once on a short text, so that what they load on first use
    (modules, CMUdict, word lists, weights) is loaded in this process.

    Worker processes forked from a warm process inherit it instead of each
    loading it again.

    Parameters
    ----------
    model : str or None
        The spaCy model.
    analysis_names : sequence of str
        Names of :data:`presslens.analyses.ANALYSES` to run once.
    """
    import warnings

    from presslens.analyses import ANALYSES
    from presslens.analysis import ArticleAnalysis
    from presslens.article import article_from_text
    from presslens.model import load_model

    nlp = load_model(model)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = article_from_text(WARM_UP_TEXT, "<warm-up>")
        doc = nlp(article.parse_text)
        analysis = ArticleAnalysis(article, doc, nlp)
        for name in analysis_names:
            ANALYSES[name].run(analysis)


def exit_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Make this worker process end when the process that started it is gone.

    A pool's workers otherwise outlive a main process that was killed
    (``kill -9``, an out-of-memory kill) and keep cores busy. Used as the
    pool's ``initializer``: a daemon thread checks every ``interval`` seconds
    whether the parent still runs.

    Parameters
    ----------
    parent_pid : int
        The process whose end ends this one.
    interval : float
        Seconds between checks.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="presslens-exit-with-parent", daemon=True).start()


def process_chunk(
    chunk: list[tuple[int, Article]],
    model: str | None,
    analysis_names: Sequence[str],
    cache_dir: str | Path | None,
    options: dict | None = None,
) -> list[tuple[int, str, dict, bool]]:
    """Analyse a chunk of documents.

    Parameters
    ----------
    chunk : list of (int, Article)
        Documents with their index in the corpus.
    model : str or None
        The spaCy model.
    analysis_names : sequence of str
        Names of :data:`presslens.analyses.ANALYSES`.
    cache_dir : path or None
        The cache (``None``: none).
    options : dict, optional
        Options for the analyses that accept them (e.g. ``{"method": "yake", "top": 5}``).
        Results made with options are not stored in the cache (its entries hold the defaults);
        parses are.

    Returns
    -------
    list of (index, path, {table: records}, parsed)
        ``parsed`` is False when the parse came from the cache; a document
        whose analysis failed has only an ``errors`` record.
    """
    from presslens.analyses import ANALYSES
    from presslens.analysis import ArticleAnalysis
    from presslens.cache import Cache
    from presslens.model import load_model, model_id

    nlp = load_model(model)
    cache = Cache(cache_dir, model_id(nlp)) if cache_dir is not None else None
    analyses = [ANALYSES[n] for n in analysis_names]
    docs: dict[int, Doc] = {}
    if cache is not None:
        for index, article in chunk:
            doc = cache.get_doc(article.parse_text, nlp.vocab)
            if doc is not None:
                docs[index] = doc
    to_parse = [(index, article) for index, article in chunk if index not in docs]
    # the runner has turned texts over its --max-chars limit into errors already
    nlp.max_length = max(nlp.max_length, *(len(a.text) + 1 for _, a in to_parse), 0)
    parsed = set()
    for (index, _), doc in zip(to_parse, nlp.pipe(a.parse_text for _, a in to_parse), strict=True):
        docs[index] = doc
        parsed.add(index)
    out = []
    for index, article in chunk:
        doc = docs.pop(index)
        try:
            analysis = ArticleAnalysis(article, doc, nlp)
            results = {a.name: a.run(analysis, **_accepted(a, options)) for a in analyses}
        except Exception as exc:  # one bad document never stops a corpus
            out.append(
                (
                    index,
                    article.path,
                    {ERRORS: [{"doc": article.path, "reason": f"{type(exc).__name__}: {exc}"}]},
                    False,
                )
            )
            continue
        if cache is not None:
            if index in parsed:
                cache.put_doc(doc, article.parse_text)
            # only what depends on the text: the file-level analyses run again on every read
            if not options:
                cache.put_results(article.parse_text, {a.name: results[a.name] for a in analyses if a.needs_doc})
        out.append((index, article.path, results, index in parsed))
    return out


def _accepted(analysis, options: dict | None) -> dict:
    """The ``options`` that ``analysis`` accepts."""
    return {k: v for k, v in (options or {}).items() if k in analysis.options}
