"""On-disk cache of parses (spaCy DocBin) and per-document results (JSON).

Entries are keyed by the SHA-256 of the text, the spaCy model id and the
presslens version, so a changed text, model or presslens never reuses a stale
entry. Writes are atomic (temporary file + rename): a killed run leaves no
half-written entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from presslens import __version__

DEFAULT_CACHE_DIR = Path(os.environ.get("PRESSLENS_CACHE", ".presslens-cache"))


def cache_key(text: str, model: str, version: str = __version__) -> str:
    """The key of a text's entries: SHA-256 over text, model id and presslens version."""
    h = hashlib.sha256()
    for part in (text, "\0", model, "\0", version):
        h.update(part.encode("utf-8"))
    return h.hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Cache:
    """A cache folder with ``docs/`` (DocBin files) and ``results/`` (JSON files).

    Parameters
    ----------
    root : path
        The cache folder (created on first write).
    model : str
        The spaCy model id (:func:`presslens.model.model_id`), part of every key.
    """

    def __init__(self, root: str | Path, model: str) -> None:
        self.root = Path(root)
        self.model = model

    def key(self, text: str) -> str:
        """The cache key of ``text`` for this model and presslens version."""
        return cache_key(text, self.model)

    def _path(self, kind: str, key: str, suffix: str) -> Path:
        return self.root / kind / key[:2] / f"{key}{suffix}"

    def get_doc(self, text: str, vocab: Vocab) -> Doc | None:
        """The cached parse of ``text``, or ``None``."""
        path = self._path("docs", self.key(text), ".spacy")
        if not path.is_file():
            return None
        return next(DocBin().from_bytes(path.read_bytes()).get_docs(vocab))

    def put_doc(self, doc: Doc, text: str | None = None) -> None:
        """Store a parse under its text's key (``text``: ``doc.text``, when the caller has it)."""
        data = DocBin(store_user_data=False, docs=[doc]).to_bytes()
        _atomic_write(self._path("docs", self.key(doc.text if text is None else text), ".spacy"), data)

    def get_results(self, text: str) -> dict | None:
        """Cached analysis records of ``text`` (``{table: [records]}``), or ``None``."""
        path = self._path("results", self.key(text), ".json")
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None

    def put_results(self, text: str, results: dict) -> None:
        """Store the analysis records of ``text``."""
        data = json.dumps(results, ensure_ascii=False, default=str).encode("utf-8")
        _atomic_write(self._path("results", self.key(text), ".json"), data)
