"""Exceptions that presslens raises for problems a user can fix."""

from __future__ import annotations

import os
from pathlib import Path


def printable_path(path: str | bytes | os.PathLike) -> str:
    """``path`` as text that can always be printed and written as UTF-8.

    A file name that is not valid UTF-8 (bytes the file system kept as
    surrogate escapes) shows its bad bytes as ``\\xNN``.
    """
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def os_reason(exc: OSError) -> str:
    """What went wrong in a file-system error, in a few lower-case words ("permission denied")."""
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


class PresslensError(Exception):
    """Base class of every error presslens reports to a user as one line."""


class InputError(PresslensError):
    """An input document cannot be read as text.

    Parameters
    ----------
    path : str or Path
        The offending file (or ``file#record`` inside a JSONL/CSV corpus).
    reason : str
        What is wrong, in a few words.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = printable_path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestError(PresslensError):
    """A raw data file does not match the checksum recorded in the manifest."""


class ModelNotFoundError(PresslensError):
    """No usable spaCy model is installed."""


class MissingExtraError(PresslensError, ImportError):
    """A feature needs a package of an optional part of presslens that is not installed."""


def require(module: str, extra: str):
    """Import ``module``, or say which extra of presslens installs it.

    Parameters
    ----------
    module : str
        The module to import (``"textacy.extract.keyterms"``).
    extra : str
        The extra that provides it (``"textacy"``, ``"notebooks"``, ``"dask"``).

    Returns
    -------
    module

    Raises
    ------
    MissingExtraError
        One line: what is missing and the ``pip install`` command that adds it.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise MissingExtraError(
            f"{module.split('.')[0]} is not installed; it comes with pip install 'presslens[{extra}]'"
        ) from exc
