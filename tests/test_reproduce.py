"""presslens.reproduce: a run never loses the previous result set (wrong notebook folder, failure,
SIGTERM, a second run on the same folder), and its moved-aside copy stays on OUT's file system."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from support import ROOT, SEED

from presslens.batch.progress import OutputInUseError, RunLock
from presslens.cli import main
from presslens.errors import InputError, ManifestError
from presslens.reproduce import GENERATED, reproduce


def _result_set(out):
    """A previous result set: files reproduce owns (the review page among them) and one it does not."""
    (out / "figures").mkdir(parents=True)
    (out / "figures" / "f.svg").write_text("<svg/>")
    (out / "values.json").write_text('{"old": 1}\n')
    (out / "quotes.html").write_text("<p>review</p>\n")
    (out / "notes.txt").write_text("mine\n")
    return _snapshot(out)


def _snapshot(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _notebook(folder, *code):
    import nbformat

    folder.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("output_dir = ''", metadata={"tags": ["parameters"]}),
        *(nbformat.v4.new_code_cell(c) for c in code),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "00-test.ipynb")
    return folder


def test_the_review_page_is_part_of_the_result_set():
    assert "quotes.html" in GENERATED


@pytest.mark.parametrize("folder", ["missing", "empty", "unnumbered"])
def test_a_folder_without_notebooks_stops_before_touching_the_results(tmp_path, capsys, folder):
    notebooks = tmp_path / folder
    if folder != "missing":
        notebooks.mkdir()
    if folder == "unnumbered":
        (notebooks / "analysis.ipynb").write_text("{}")
    out = tmp_path / "results"
    before = _result_set(out)
    with pytest.raises(InputError, match=f"{folder}: no numbered notebooks"):
        reproduce(SEED, out, notebooks_dir=notebooks, manifest=None)
    assert _snapshot(out) == before
    code = main(
        ["reproduce", "--input", str(SEED), "--out", str(out), "--notebooks", str(notebooks), "--manifest", ""]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "no numbered notebooks" in err[0]
    assert _snapshot(out) == before


def test_failing_notebook_restores_the_whole_previous_set_and_leaves_no_copy(tmp_path):
    notebooks = _notebook(
        tmp_path / "notebooks",
        "from pathlib import Path\n"
        "Path(output_dir, 'values.json').write_text('half')\n"
        "Path(output_dir, 'quotes.html').write_text('half')\n"
        "raise RuntimeError('boom')",
    )
    out = tmp_path / "results"
    before = _result_set(out)
    listing = sorted(os.listdir(tmp_path))
    with pytest.raises(Exception, match="boom"):
        reproduce(SEED, out, notebooks_dir=notebooks, manifest=None)
    assert _snapshot(out) == before
    assert sorted(os.listdir(tmp_path)) == listing  # the moved-aside copy lived inside OUT and is gone
    assert not [p for p in os.listdir(out) if p.startswith(".")]


def test_sigterm_restores_the_previous_set(tmp_path):
    notebooks = _notebook(
        tmp_path / "notebooks",
        "from pathlib import Path\n"
        "Path(output_dir, 'values.json').write_text('half')\n"
        "Path(output_dir, 'tables').mkdir()\n"
        "Path(output_dir, 'tables', 'started').write_text('')\n"
        "import time; time.sleep(120)",
    )
    out = tmp_path / "results"
    before = _result_set(out)
    script = textwrap.dedent(f"""
        from presslens.reproduce import reproduce
        reproduce({str(SEED)!r}, {str(out)!r}, notebooks_dir={str(notebooks)!r}, manifest=None)
    """)
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 120
        while not (out / "tables" / "started").exists():
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        proc.kill()
        proc.stderr.close()
    assert proc.returncode != 0
    after = _snapshot(out)
    assert after == before, sorted(after)


def test_a_second_run_on_the_same_folder_is_refused(tmp_path):
    out = tmp_path / "results"
    before = _result_set(out)
    with RunLock(out), pytest.raises(OutputInUseError, match="another presslens run"):
        reproduce(SEED, out, notebooks_dir=ROOT / "notebooks", manifest=None)
    assert _snapshot(out) == before


def test_a_binary_or_malformed_manifest_is_one_error_naming_it(tmp_path):
    binary = tmp_path / "MANIFEST.sha256"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(ManifestError, match="MANIFEST.sha256: not a text file"):
        reproduce(SEED, tmp_path / "out", notebooks_dir=ROOT / "notebooks", manifest=binary)
    malformed = tmp_path / "other.sha256"
    malformed.write_text("not a digest\n")
    with pytest.raises(ManifestError, match="other.sha256: line 1"):
        reproduce(SEED, tmp_path / "out", notebooks_dir=ROOT / "notebooks", manifest=malformed)
