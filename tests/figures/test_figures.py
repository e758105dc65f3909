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


def test_the_library_leaves_the_backend_alone_and_draws_into_given_axes():
    import os
    import subprocess
    import sys

    code = (
        "import matplotlib\n"
        "import presslens.figures.stats, presslens.figures.quotes, presslens.figures.keywords\n"
        "print(matplotlib.get_backend())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "MPLBACKEND": "svg"},
    ).stdout
    assert out.strip() == "svg"
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.subplots()
    assert sentence_length_histogram(pd.DataFrame({"n_words": [3, 12, 19]}), ax=ax) is fig
    assert len(ax.patches) > 0


def test_figures_show_as_images_in_jupyter_without_pyplot():
    """A figure is an image in Jupyter although pyplot (whose inline backend registers one) is never loaded."""
    import subprocess
    import sys

    code = (
        "import sys, pandas as pd\n"
        "from presslens.figures.stats import sentence_length_histogram\n"
        "fig = sentence_length_histogram(pd.DataFrame({'n_words': [3, 12, 19, 19, 25, 33]}))\n"
        "data, meta = fig._repr_png_()\n"
        "print(data[:4] == b'\\x89PNG', int.from_bytes(data[16:20], 'big') // 2 == meta['width'] > 100,\n"
        "      'matplotlib.pyplot' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "False"]


def _smaller_than(fig, size):
    import matplotlib.text

    return [
        (t.get_text(), round(t.get_fontsize(), 2))
        for t in fig.findobj(matplotlib.text.Text)
        if t.get_visible() and t.get_text().strip() and t.get_fontsize() < size - 1e-6
    ]


def test_every_text_of_every_figure_is_at_least_7_pt():
    """At the journal sizes the figures are drawn at, no label, tick, title or n is below 7 pt: each figure
    of notebooks 01-03 drawn from the committed tables, and the collection's panels from its values."""
    import json
    from pathlib import Path

    from presslens.figures import collection, keywords, quotes, stats
    from presslens.keywords.stems import normalise

    root = Path(__file__).resolve().parents[2] / "results"
    table = {p.stem: pd.read_csv(p) for p in (root / "tables").glob("*.csv")}
    values = json.loads((root / "corpus" / "values.json").read_text(encoding="utf-8"))
    figures = {
        "sentence lengths": stats.sentence_length_histogram(table["sentences"]),
        "readability": stats.readability_bands(table["text_stats"].set_index("statistic")["value"].to_dict()),
        "entities": keywords.entity_counts(table["entities"].head(15)),
        "key-term methods": keywords.method_agreement(
            table["keyterms"].assign(key=table["keyterms"]["term"].map(normalise))
        ),
        "keyness": keywords.keyness_bars(table["keyness"]),
        "sources": quotes.quotes_by_source(table["quotes_per_source"]),
        "quote types": quotes.quotes_by_type(table["quotes_per_type"]),
        "quote positions": quotes.quote_positions(table["quotes"]),
        "groups": collection.estimate_panels(values["groups"]),
        "periods": collection.estimate_panels(values["periods"], over_time=True),
    }
    small = {name: found for name, fig in figures.items() if (found := _smaller_than(fig, 7.0))}
    assert small == {}
