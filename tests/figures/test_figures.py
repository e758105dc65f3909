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
    code = ("import matplotlib\n"
            "import presslens.figures.stats, presslens.figures.quotes, presslens.figures.keywords\n"
            "print(matplotlib.get_backend())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "MPLBACKEND": "svg"}).stdout
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
    code = ("import sys, pandas as pd\n"
            "from presslens.figures.stats import sentence_length_histogram\n"
            "fig = sentence_length_histogram(pd.DataFrame({'n_words': [3, 12, 19, 19, 25, 33]}))\n"
            "data, meta = fig._repr_png_()\n"
            "print(data[:4] == b'\\x89PNG', int.from_bytes(data[16:20], 'big') // 2 == meta['width'] > 100,\n"
            "      'matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "False"]
