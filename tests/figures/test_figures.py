import pandas as pd

from presslens.figures import save_figure
from presslens.figures.stats import sentence_length_histogram


def _draw(out):
    fig = sentence_length_histogram(pd.DataFrame({"n_words": [3, 12, 19, 19, 25, 33]}))
    return save_figure(fig, out, "lengths", "A caption.")


def test_figures_are_byte_identical_across_runs(tmp_path):
    a, b = _draw(tmp_path / "a"), _draw(tmp_path / "b")
    for fmt in ("pdf", "svg", "png"):
        assert a[fmt].read_bytes() == b[fmt].read_bytes(), fmt
    assert b"CreationDate" not in a["pdf"].read_bytes()
    assert "## lengths\n\nA caption." in (tmp_path / "a" / "figures" / "captions.md").read_text()
