"""How central each word is to a text: PageRank over its word co-occurrence graph (TextRank's graph).

Nodes are the Porter stems of the text's nouns, proper nouns and adjectives
(stopwords left out); two nodes are linked when they occur within
:data:`WINDOW` words of each other (punctuation and spaces not counted), as in
TextRank (Mihalcea & Tarau 2004). The score of each word is the stationary
distribution of a random walk with damping :data:`DAMPING`, computed by
:data:`ITERATIONS` power iterations from the uniform distribution, scaled so
that the mean word scores 1.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, ORTH, POS
from spacy.symbols import IDS
from spacy.tokens import Doc

from presslens.keywords.stems import stem

WINDOW = 3
DAMPING = 0.85
ITERATIONS = 30
_NODE_POS = frozenset(("NOUN", "PROPN", "ADJ"))
_NODE_POS_IDS = frozenset(IDS[p] for p in _NODE_POS)


def word_centrality(doc: Doc) -> dict[str, float]:
    """PageRank of each word stem of ``doc`` in its co-occurrence graph (mean 1).

    Parameters
    ----------
    doc : Doc
        A parsed text.

    Returns
    -------
    dict
        ``{stem: score}``; words without a neighbour are left out.

    Examples
    --------
    >>> from presslens.model import load_model
    >>> scores = word_centrality(load_model()("Floods hit towns. Floods hit farms. Floods hit roads."))
    >>> {w: round(s, 2) for w, s in scores.items()}
    {'flood': 1.91, 'town': 0.7, 'farm': 0.7, 'road': 0.7}
    """
    rows = doc.to_array([ORTH, POS, IS_STOP, IS_ALPHA, IS_SPACE, IS_PUNCT]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    words = [
        stem(strings[orth]) if pos in _NODE_POS_IDS and not stop and alpha else None
        for orth, pos, stop, alpha, space, punct in rows
        if not space and not punct
    ]
    index: dict[str, int] = {}
    edges: set[tuple[int, int]] = set()
    for i, w in enumerate(words):
        if w is None:
            continue
        for v in words[i + 1 : i + WINDOW]:
            if v is not None and v != w:
                a, b = index.setdefault(w, len(index)), index.setdefault(v, len(index))
                edges.add((a, b))
                edges.add((b, a))
    n = len(index)
    if not n:
        return {}
    rows, cols = zip(*sorted(edges), strict=True)
    adjacency = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    transition = (adjacency.multiply(1.0 / degree[:, None])).T.tocsr()  # column-stochastic
    score = np.full(n, 1.0 / n)
    for _ in range(ITERATIONS):
        score = (1 - DAMPING) / n + DAMPING * (transition @ score)
    return {w: float(score[i] * n) for w, i in index.items()}
