"""On-disk cache of parses (spaCy DocBin) and per-document results (JSON).

Entries are keyed by the SHA-256 of the text, the spaCy model id and the
code fingerprint (a hash of every file of the installed presslens package,
its data such as keyterm weights included), so a changed text, model or code
never reuses a stale entry. Result entries hold only what depends on the text:
records are stored without their ``doc`` (the input path), which the reader
attaches again, so two files with the same text, or a moved corpus, each get
their own path. Writes are atomic (temporary file + rename): a killed run
leaves no half-written entry. Every entry starts with the SHA-256 of its
content; an entry that does not match (a truncated or damaged file, a full
disk) is deleted with a :class:`CacheWarning` and computed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab


def default_cache_dir() -> Path:
    """The cache folder: ``$PRESSLENS_CACHE`` when set, else the user's cache folder for presslens.

    Returns
    -------
    Path
        E.g. ``~/.cache/presslens`` on Linux, ``~/Library/Caches/presslens`` on macOS (platformdirs);
        never the working directory, so analysing writes nothing where the user happens to be.
    """
    from platformdirs import user_cache_dir

    return Path(os.environ.get("PRESSLENS_CACHE") or user_cache_dir("presslens", appauthor=False))


DEFAULT_CACHE_DIR = default_cache_dir()
#: The record field that names the input document: never stored in a result entry.
IDENTITY_FIELD = "doc"


class CacheWarning(UserWarning):
    """A cache entry was damaged; it is dropped and computed again."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the path and bytes of every file of the presslens package (caches excluded)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def cache_key(text: str, model: str, code: str | None = None) -> str:
    """The key of a text's entries: SHA-256 over text, model id and code fingerprint.

    Parameters
    ----------
    text : str
        The parsed text.
    model : str
        The spaCy model id.
    code : str, optional
        The code fingerprint (default: :func:`code_fingerprint`).

    Returns
    -------
    str
    """
    h = hashlib.sha256()
    for part in (text, "\0", model, "\0", code or code_fingerprint()):
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


def _seal(data: bytes) -> bytes:
    """``data`` preceded by its SHA-256 (hex) and a newline."""
    return hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data


def _unseal(path: Path) -> bytes | None:
    """The content of a sealed entry, or None (and the file deleted) when it is damaged."""
    try:
        sealed = path.read_bytes()
    except FileNotFoundError:
        return None
    digest, _, data = sealed.partition(b"\n")
    if hashlib.sha256(data).hexdigest().encode("ascii") == digest:
        return data
    warnings.warn(
        f"{path}: damaged cache entry (checksum mismatch), dropped and computed again", CacheWarning, stacklevel=3
    )
    path.unlink(missing_ok=True)
    return None


#: Cache folders found unwritable in this process (entries are no longer stored there).
_UNWRITABLE: set[str] = set()


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

    def _write(self, path: Path, data: bytes) -> None:
        """Store an entry; a cache that cannot be written (disk full, read-only, no permission) is
        skipped with one warning per process: the run goes on without storing entries."""
        root = str(self.root)
        if root in _UNWRITABLE:
            return
        try:
            _atomic_write(path, data)
        except OSError as exc:
            from presslens.errors import os_reason

            _UNWRITABLE.add(root)
            warnings.warn(
                f"{root}: cannot write the cache ({os_reason(exc)}); going on without storing "
                "parses (--cache-dir elsewhere, or --no-cache)",
                CacheWarning,
                stacklevel=3,
            )

    def key(self, text: str) -> str:
        """The cache key of ``text`` for this model and this code."""
        return cache_key(text, self.model)

    def _path(self, kind: str, key: str, suffix: str) -> Path:
        return self.root / kind / key[:2] / f"{key}{suffix}"

    def get_doc(self, text: str, vocab: Vocab) -> Doc | None:
        """The cached parse of ``text``, or ``None``.

        Parameters
        ----------
        text : str
            The parsed text.
        vocab : spacy.vocab.Vocab
            The pipeline's vocabulary.

        Returns
        -------
        spacy.tokens.Doc or None
            None when not cached, or when the entry is damaged (a :class:`CacheWarning` is issued).
        """
        data = _unseal(self._path("docs", self.key(text), ".spacy"))
        return None if data is None else next(DocBin().from_bytes(data).get_docs(vocab))

    def put_doc(self, doc: Doc, text: str | None = None) -> None:
        """Store a parse under its text's key (``text``: ``doc.text``, when the caller has it).

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The parse.
        text : str, optional
            ``doc.text``, when the caller has it.
        """
        data = DocBin(store_user_data=False, docs=[doc]).to_bytes()
        self._write(self._path("docs", self.key(doc.text if text is None else text), ".spacy"), _seal(data))

    def get_results(self, text: str, doc_path: str) -> dict | None:
        """Cached analysis records of ``text`` (``{table: [records]}``) for the document ``doc_path``,
        or ``None``.

        Parameters
        ----------
        text : str
            The parsed text.
        doc_path : str
            The document now asking (its ``doc`` value).

        Returns
        -------
        dict or None
            ``{table: [records]}``, or None when not cached.
        """
        data = _unseal(self._path("results", self.key(text), ".json"))
        if data is None:
            return None
        stored = json.loads(data.decode("utf-8"))
        return {table: [{IDENTITY_FIELD: doc_path, **r} for r in records] for table, records in stored.items()}

    def put_results(self, text: str, results: dict) -> None:
        """Store the analysis records of ``text``, without the document's identity.

        Parameters
        ----------
        text : str
            The parsed text.
        results : dict
            ``{table: [records]}``.
        """
        stored = {
            table: [{k: v for k, v in r.items() if k != IDENTITY_FIELD} for r in records]
            for table, records in results.items()
        }
        data = json.dumps(stored, ensure_ascii=False, default=str).encode("utf-8")
        self._write(self._path("results", self.key(text), ".json"), _seal(data))


#: The folders presslens writes inside a cache folder; `clear_cache` removes these and nothing else.
CACHE_SUBFOLDERS = ("docs", "results", "reference-runs")


def _cache_root(cache_dir: str | Path | None) -> Path:
    return Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE_DIR


def cache_size(cache_dir: str | Path | None = None) -> tuple[int, int]:
    """Files and bytes presslens keeps in a cache folder.

    Parameters
    ----------
    cache_dir : path, optional
        The cache folder (default: :data:`DEFAULT_CACHE_DIR`).

    Returns
    -------
    tuple of int
        The number of files and their total size in bytes (0, 0 for a missing folder).
    """
    root = _cache_root(cache_dir)
    files = [p for name in CACHE_SUBFOLDERS for p in (root / name).rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def clear_cache(cache_dir: str | Path | None = None) -> tuple[int, int]:
    """Delete the parses, results and corpus runs of a cache folder (anything else in it is kept).

    Parameters
    ----------
    cache_dir : path, optional
        The cache folder (default: :data:`DEFAULT_CACHE_DIR`).

    Returns
    -------
    tuple of int
        The number of files and bytes deleted.
    """
    import shutil

    root = _cache_root(cache_dir)
    freed = cache_size(root)
    for name in CACHE_SUBFOLDERS:
        shutil.rmtree(root / name, ignore_errors=True)
    return freed
