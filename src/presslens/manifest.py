"""Check raw data files against a ``sha256sum``-style manifest."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from presslens.errors import ManifestError


def sha256_file(path: str | Path) -> str:
    """SHA-256 hex digest of a file's bytes."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_manifest(manifest: str | Path) -> dict[str, str]:
    """Parse ``<sha256>  <relative path>`` lines into ``{path: sha256}``."""
    entries = {}
    try:
        text = Path(manifest).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ManifestError(f"{manifest}: not a text file (a sha256sum manifest is expected)") from None
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            fields = line.split(maxsplit=1)
            if len(fields) != 2 or not re.fullmatch(r"[0-9a-fA-F]{64}", fields[0]):
                raise ManifestError(f"{manifest}: line {number} is not '<sha256>  <path>'")
            entries[fields[1].lstrip("*")] = fields[0].lower()
    return entries


def verify_manifest(manifest: str | Path) -> dict[str, str]:
    """Verify every file listed in ``manifest`` (paths relative to its folder).

    Returns
    -------
    dict
        ``{path: sha256}`` of the verified files.

    Raises
    ------
    ManifestError
        Naming the first file that is missing or whose checksum differs.
    """
    manifest = Path(manifest)
    if not manifest.is_file():
        raise ManifestError(f"{manifest}: data manifest not found")
    entries = read_manifest(manifest)
    for name, expected in entries.items():
        path = manifest.parent / name
        if not path.is_file():
            raise ManifestError(f"{path}: listed in {manifest} but missing")
        actual = sha256_file(path)
        if actual != expected:
            raise ManifestError(
                f"{path}: checksum mismatch (manifest {expected[:12]}…, file {actual[:12]}…); "
                "data/raw is immutable: restore the file or regenerate the manifest deliberately"
            )
    return entries
