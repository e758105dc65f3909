"""Exceptions that presslens raises for problems a user can fix."""

from __future__ import annotations

from pathlib import Path


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
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestError(PresslensError):
    """A raw data file does not match the checksum recorded in the manifest."""


class ModelNotFoundError(PresslensError):
    """No usable spaCy model is installed."""
