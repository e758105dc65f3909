"""Word centrality (presslens.keywords.centrality)."""

import pytest

from presslens.keywords.centrality import word_centrality


def test_word_centrality_is_pagerank(nlp):
    """Scores are the stationary distribution of the walk on the co-occurrence graph (mean 1)."""
    doc = nlp("Floods hit red towns. Red floods closed towns. Floods returned.")
    scores = word_centrality(doc)
    assert sum(scores.values()) / len(scores) == pytest.approx(1.0)
    # the graph: flood-town, flood-red (window of 3 words); town-red; PageRank by hand on it
    edges = {("flood", "red"), ("flood", "town"), ("red", "town")}
    words = sorted({w for e in edges for w in e} | set(scores))
    neighbours = {w: {b for a, b in edges if a == w} | {a for a, b in edges if b == w} for w in words}
    pr = dict.fromkeys(words, 1 / len(words))
    for _ in range(100):
        pr = {w: 0.15 / len(words) + 0.85 * sum(pr[v] / len(neighbours[v]) for v in neighbours[w]) for w in words}
    assert set(scores) == set(words)
    for w in words:
        assert scores[w] == pytest.approx(pr[w] * len(words), rel=1e-3)
