#!/usr/bin/env -S uv run --script
# /// script
# dependencies = ["nox>=2025.2.9"]
# ///
"""nox sessions (https://nox.thea.codes): the unit tests on each supported Python, and the linters.

``make test`` is the reference run (Python 3.11, the versions pinned in uv.lock, notebooks executed);
these sessions install presslens from PyPI's newest releases that its ranges allow, so they also show
whether the next releases break it.

    nox -s tests-3.12              # or tests-3.11, tests-3.13
    nox -s lint
"""

from __future__ import annotations

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"

PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS, default=True)
def tests(session: nox.Session) -> None:
    """The unit tests (``pytest -m "not notebooks"``): the notebooks need the locked kernel of ``make``."""
    session.install(".[test]")
    session.run("pytest", "-m", "not notebooks", *session.posargs)


@nox.session(python="3.11", default=True)
def lint(session: nox.Session) -> None:
    """ruff, the numpydoc Parameters/Returns check and mypy, as ``make lint`` runs them."""
    session.install(".", "ruff", "mypy")
    session.run("ruff", "check", "src", "tests", "benchmarks", "scripts")
    session.run("python", "scripts/check_docstrings.py")
    session.run("mypy")


if __name__ == "__main__":
    nox.main()
