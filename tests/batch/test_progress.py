"""Resume, output ownership and the run lock of corpus runs, under edits, other corpora, kills."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from presslens.batch.progress import LOCK_FILE, OutputInUseError
from presslens.batch.runner import analyze_corpus
from presslens.cli import main

TEXT = (
    "date 2024-02-0{i}\n\nStorm {i} hits the coast\n\nThe mayor said schools would close on Monday. "
    "“We are ready,” Jane Smith told reporters.\n\nOfficials said {i} roads were flooded."
)
TABLES = ("article", "stats", "keywords", "entities", "quotes", "people", "errors")


def _corpus(folder: Path, n: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, n + 1):
        (folder / f"{i:03d}.txt").write_text(TEXT.format(i=i % 9 + 1))
    return folder


def _run(paths, out, **kw):
    kw.setdefault("jobs", 1)
    kw.setdefault("flush_every", 2)
    kw.setdefault("progress", False)
    kw.setdefault("cache_dir", None)
    return analyze_corpus([str(p) for p in paths], out, **kw)


def _sorted(out: Path, name: str) -> pd.DataFrame:
    table = pd.read_parquet(out / f"{name}.parquet")
    if table.empty:
        return table
    return table.sort_values(
        [c for c in table.columns if table[c].map(lambda v: isinstance(v, str)).all()]
    ).reset_index(drop=True)


def _same_tables(a: Path, b: Path) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(_sorted(a, name), _sorted(b, name), obj=name)


def test_an_edited_article_is_analysed_again_and_its_old_rows_dropped(tmp_path):
    corpus, out = _corpus(tmp_path / "corpus"), tmp_path / "out"
    _run([corpus], out)
    (corpus / "003.txt").write_text(TEXT.format(i=3).replace("Jane Smith", "Ann Lee"))
    (corpus / "005.txt").unlink()  # a document gone since: its rows go too
    s = _run([corpus], out)
    assert s.n_skipped_done == 4 and s.n_parsed == 1
    _run([corpus], tmp_path / "clean")
    _same_tables(out, tmp_path / "clean")
    assert "Ann Lee" in set(pd.read_parquet(out / "people.parquet")["name"])


def test_another_corpus_or_other_analyses_in_the_same_out_are_refused(tmp_path, capsys):
    first, other, out = _corpus(tmp_path / "a"), _corpus(tmp_path / "b", 2), tmp_path / "out"
    _run([first], out)
    assert _run([first], out, overwrite=True).n_skipped_done == 6  # the same run resumes, overwrite or not
    with pytest.raises(OutputInUseError, match="another run \\(different inputs\\)"):
        _run([other], out)
    with pytest.raises(OutputInUseError, match="different analyses"):
        _run([first], out, analyses=["stats"])
    assert main(["analyze", str(other), "--out", str(out), "--no-cache", "--jobs", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "use --overwrite" in err[0]
    # the first run's output is intact, and --overwrite replaces it with the other corpus alone
    assert len(pd.read_parquet(out / "stats.parquet")) == 6
    assert main(["analyze", str(other), "--out", str(out), "--no-cache", "--jobs", "1", "--overwrite"]) == 0
    _run([other], tmp_path / "clean")
    _same_tables(out, tmp_path / "clean")


def test_a_second_concurrent_run_is_refused_and_a_stale_lock_taken_over(tmp_path):
    corpus, out = _corpus(tmp_path / "corpus", 2), tmp_path / "out"
    out.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / LOCK_FILE).write_text(f"{os.uname().nodename} {sleeper.pid}\n")
        with pytest.raises(OutputInUseError, match=f"another presslens run .*{sleeper.pid}.* is writing here"):
            _run([corpus], out)
    finally:
        sleeper.kill()
        sleeper.wait()
    s = _run([corpus], out)  # the process that held the lock is gone
    assert s.n_parsed == 2 and not (out / LOCK_FILE).exists()


KILLED_RUN = textwrap.dedent("""
    import sys
    from presslens.batch.runner import analyze_corpus
    analyze_corpus([sys.argv[1]], sys.argv[2], jobs=2, batch_size=1, flush_every=1, progress=False,
                   cache_dir=sys.argv[3])
""")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        if children.is_file():
            found += [int(c) for c in children.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_sigkill_then_resume_equals_a_clean_run_and_workers_do_not_outlive_the_kill(tmp_path):
    corpus, out, cache = _corpus(tmp_path / "corpus", 40), tmp_path / "out", tmp_path / "cache"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(corpus), str(out), str(cache)])
    progress = out / "progress.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if progress.is_file() and len(progress.read_text().splitlines()) >= 4:  # header + 3 parts
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    workers = _children(proc.pid)
    assert workers, "no worker processes found"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers), "worker processes outlived the killed run"
    assert not (out / "stats.parquet").exists()
    s = _run([corpus], out, cache_dir=cache)  # the lock of the killed run is stale: taken over
    assert 0 < s.n_skipped_done < 40 and s.n_skipped_done + s.n_parsed + s.n_from_cache == 40
    _run([corpus], tmp_path / "clean")
    for name in TABLES:  # in the same order as a clean run, not only the same rows
        pd.testing.assert_frame_equal(
            pd.read_parquet(out / f"{name}.parquet"),
            pd.read_parquet(tmp_path / "clean" / f"{name}.parquet"),
            obj=name,
        )


def test_the_kernel_lock_decides_not_the_file_content(tmp_path):
    """Two runs meeting a stale lock: the one that read the stale owner must not take a lock that the
    other has taken meanwhile (the file then names a dead process, but the other holds it)."""
    from presslens.batch.progress import RunLock

    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from presslens.batch.progress import RunLock\n"
            f"with RunLock(Path({str(out)!r})):\n    print('held', flush=True)\n    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        (out / LOCK_FILE).write_text(f"{os.uname().nodename} 999999999\n")  # what a stale lock says
        with pytest.raises(OutputInUseError, match="another presslens run"), RunLock(out):
            pass
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with RunLock(out):  # the holder is gone: the lock is free again
        assert (out / LOCK_FILE).exists()


def test_ctrl_c_during_analyze_is_one_line_and_the_rerun_resumes(tmp_path):
    """SIGINT (Ctrl-C) mid-run: exit 130 with one line and no traceback; the rerun finishes the rest.
    Every text differs (no cache hit speeds the run up); the signal goes once the progress bar counts 5
    documents done, with hundreds to go. (Watching for 5 cached parses instead sent it too late on a
    busy machine: the run of 800 had finished, exit 0.)"""
    corpus, out, cache = tmp_path / "corpus", tmp_path / "out", tmp_path / "cache"
    corpus.mkdir()
    for i in range(800):
        (corpus / f"{i:03d}.txt").write_text(f"Report {i}. The mayor said {i} roads were closed on Monday.\n")
    env = {**os.environ, "PRESSLENS_CACHE": str(cache)}
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "presslens",
                "analyze",
                str(corpus),
                "--out",
                str(out),
                "--batch-size",
                "2",
                "--jobs",
                "1",
            ],
            stderr=stderr,
            text=True,
            env=env,
            # a shell that starts a job in the background ignores SIGINT for it, and Python keeps an
            # ignored SIGINT: the run under test gets the default, as a terminal's would
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        # the signal goes once the progress bar counts 5 documents done: the run is in its loop
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            done = [int(n) for n in re.findall(r"\| (\d+)/800 \[", log.read_text())]
            if done and done[-1] >= 5:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    err = log.read_text()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "presslens: interrupted" in err
    assert main(["analyze", str(corpus), "--out", str(out), "--cache-dir", str(cache)]) == 0
    assert len(pd.read_parquet(out / "article.parquet")) == 800


def test_an_edit_of_metadata_alone_is_analysed_again_and_overwrite_leaves_no_stale_corpus_table(tmp_path):
    """Resume knows a record by its text and its metadata: a corrected outlet is not 'already done'; a
    run over another corpus (no dates) with --overwrite leaves no corpus_by_month of the first."""
    import csv as _csv

    def write(path, outlets):
        with path.open("w", newline="") as fh:
            w = _csv.DictWriter(fh, fieldnames=["id", "outlet", "date", "text"])
            w.writeheader()
            for i, outlet in enumerate(outlets):
                w.writerow(
                    {
                        "id": i,
                        "outlet": outlet,
                        "date": f"2023-0{i + 1}-02",
                        "text": f"Report {i}. The mayor said {i} roads were closed.",
                    }
                )

    corpus, out = tmp_path / "c.csv", tmp_path / "out"
    write(corpus, ["A", "B"])
    _run([corpus], out)
    write(corpus, ["A", "C"])  # the second record's outlet corrected, its text unchanged
    s = _run([corpus], out)
    assert s.n_skipped_done == 1
    articles = pd.read_parquet(out / "article.parquet")
    assert articles["outlet"].tolist() == ["A", "C"]
    assert pd.read_csv(out / "corpus_by_outlet.csv")["outlet"].tolist() == ["A", "C"]
    assert (out / "corpus_by_month.csv").is_file()
    other = tmp_path / "folder"  # plain texts: no outlet, no date
    other.mkdir()
    for i in range(3):
        (other / f"{i}.txt").write_text(f"Storm {i} hits the coast. The mayor said {i} roads were shut.\n")
    with pytest.warns(UserWarning):  # no date header
        _run([other], out, overwrite=True)
    assert not (out / "corpus_by_month.csv").exists() and not (out / "corpus_by_outlet.parquet").exists()
    assert (out / "corpus_stats.csv").is_file()
