"""Provenance: the commit, and 'dirty' counting code changes but not the run's own output folder."""

from __future__ import annotations

import subprocess

import pytest

from presslens.provenance import code_version, git_state


def _git(repo, *args):
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env={
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@t",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@t",
            "PATH": "/usr/bin:/bin",
        },
    )


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "results").mkdir()
    (tmp_path / "code.py").write_text("x = 1\n")
    (tmp_path / "results" / "values.json").write_text("{}\n")
    (tmp_path / "uv.lock").write_text("lock\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "init")
    return tmp_path


def test_clean_checkout_is_not_dirty(repo):
    state = git_state(repo, exclude=("results",))
    assert len(state["commit"]) == 40 and state["dirty"] is False


def test_output_folder_changes_do_not_count(repo):
    (repo / "results" / "values.json").unlink()  # a run clears its output first
    assert git_state(repo)["dirty"] is False  # results/ holds outputs, never code
    (repo / "out").mkdir()
    (repo / "out" / "table.csv").write_text("a\n")
    _git(repo, "add", "out")
    _git(repo, "commit", "-qm", "another output folder")
    (repo / "out" / "table.csv").write_text("b\n")
    assert git_state(repo)["dirty"] is True
    assert git_state(repo, exclude=("out",))["dirty"] is False
    assert git_state(repo, exclude=(repo / "out",))["dirty"] is False  # absolute paths too


def test_code_changes_count(repo):
    (repo / "code.py").write_text("x = 2\n")
    assert git_state(repo, exclude=("results",))["dirty"] is True


def test_outside_git_and_lock_hash(tmp_path_factory, repo):
    import hashlib

    outside = tmp_path_factory.mktemp("not-a-checkout")
    assert git_state(outside) == {"commit": None, "dirty": None}
    assert code_version(outside)["lock_sha256"] is None
    assert code_version(repo)["lock_sha256"] == hashlib.sha256(b"lock\n").hexdigest()
