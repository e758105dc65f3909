"""Docstrings: their examples run against the installed package, and numpydoc sections are complete."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import os
import pkgutil
import sys

import pytest
from support import ROOT

import presslens

_spec = importlib.util.spec_from_file_location("check_docstrings", ROOT / "scripts" / "check_docstrings.py")
check_docstrings = importlib.util.module_from_spec(_spec)
sys.modules["check_docstrings"] = check_docstrings
_spec.loader.exec_module(check_docstrings)

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(presslens.__path__, "presslens.") if m.name != "presslens.__main__"
)


def _n_examples(name: str) -> int:
    """Examples that run (``+SKIP`` ones are shown, not run)."""
    tests = doctest.DocTestFinder(exclude_empty=True).find(importlib.import_module(name), name)
    return sum(not ex.options.get(doctest.SKIP) for t in tests for ex in t.examples)


#: The modules whose docstrings hold ``>>>`` examples (each one is a test; the rest have nothing to run).
WITH_EXAMPLES = [name for name in ["presslens", *MODULES] if _n_examples(name)]


def test_examples_are_many_and_spread():
    assert len(WITH_EXAMPLES) >= 10 and sum(map(_n_examples, WITH_EXAMPLES)) >= 25


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples(name, monkeypatch):
    """Every ``>>>`` example of the installed package (editable or not) gives what it shows."""
    monkeypatch.chdir(ROOT)  # examples name files of the repository
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0, f"{result.failed} of {result.attempted} failed in {name}"


def test_examples_are_found():
    tests = doctest.DocTestFinder(exclude_empty=True).find(importlib.import_module("presslens.stats.sentences"))
    assert sum(len(t.examples) for t in tests) >= 1


def test_the_package_documents_every_parameter():
    files = check_docstrings.checked_files(ROOT / "src" / "presslens")
    assert len(files) > 50 and [p for path in files for p in check_docstrings.problems(path)] == []


def test_the_checker_names_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(check_docstrings, "ROOT", tmp_path)
    path = tmp_path / "mod.py"
    path.write_text(
        os.linesep.join(
            [
                "def documented(a, b):",
                '    """Add.',
                "",
                "    Parameters",
                "    ----------",
                "    a, b : int",
                "",
                "    Returns",
                "    -------",
                "    int",
                '    """',
                "    return a + b",
                "",
                "def half(a, b):",
                '    """Parameters',
                "    ----------",
                "    a : int",
                '    """',
                "    return a",
                "",
                "def bare(a, b):",
                '    """Nothing."""',
                "",
                "def _private(a, b):",
                '    """Nothing."""',
                "",
                "def one(a):",
                '    """One argument needs no section."""',
                "    return a",
            ]
        )
        + os.linesep
    )
    assert check_docstrings.problems(path) == [
        "mod.py:14 half: Parameters lacks b",
        "mod.py:14 half: no Returns section",
        "mod.py:21 bare: no Parameters section",
    ]
