"""What a corpus run has written to its output folder, so that a killed run resumes safely.

``progress.jsonl`` starts with the run's identity — the inputs, the spaCy
model, the code fingerprint, the analyses and the record fields — and then
lists, per part file written, the documents it holds as ``[path, text
SHA-256]`` pairs. A later run on the same folder resumes only when its
identity is the same; a document counts as done only when its path *and*
the SHA-256 of its current text match (an edited article is analysed again,
and its older rows are dropped at the merge). ``.presslens.lock`` holds the
process id of the run writing the folder, so a second run refuses to start
instead of mixing its parts with the first one's.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType

from presslens.errors import PresslensError

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

PROGRESS_FILE = "progress.jsonl"
LOCK_FILE = ".presslens.lock"
PARTS_DIR = "parts"


@dataclass(frozen=True)
class RunIdentity:
    """What must be the same for a run to continue another run's output."""

    inputs: tuple[str, ...]
    model: str
    code: str
    analyses: tuple[str, ...]
    text_field: str
    id_field: str
    dayfirst: bool | None = None  # how numeric dates are read (an older run's record lacks it: None)

    def differences(self, other: dict) -> list[str]:
        """Names of the fields that differ from ``other`` (a stored identity)."""
        mine = json.loads(json.dumps(asdict(self)))
        return [k for k in mine if mine[k] != other.get(k)]


class OutputInUseError(PresslensError):
    """The output folder holds another run's work, or another run is writing it."""


class RunLock:
    """``with RunLock(out_dir):`` — refuse a second concurrent run on one output folder.

    The lock file holds the owner (``host pid``) and is held with ``fcntl.flock``
    while the run lasts, so the kernel decides between two runs that start at
    once, also against a stale lock: exactly one takes it. A lock file left by a
    process that no longer runs (a kill) is taken over. Where ``fcntl`` is
    missing (Windows) the file is created with ``O_CREAT | O_EXCL`` instead.
    """

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_FILE
        self.token = f"{socket.gethostname()} {os.getpid()}"
        self._fd: int | None = None

    def _refuse(self, owner: str) -> OutputInUseError:
        return OutputInUseError(
            f"{self.path.parent}: another presslens run ({owner or 'unknown'}) is writing here; wait for it, "
            f"or delete {self.path} if that process is gone"
        )

    def __enter__(self) -> RunLock:
        if fcntl is None:
            return self._enter_exclusive()
        for _ in range(20):
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner = _read_fd(fd)
                os.close(fd)
                raise self._refuse(owner) from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the file was removed by the run that held it: lock the new one
                os.close(fd)
                continue
            owner = _read_fd(fd)
            if owner and owner != self.token and _alive(owner):  # written by a run that holds no flock
                os.close(fd)
                raise self._refuse(owner)
            os.ftruncate(fd, 0)
            os.pwrite(fd, (self.token + "\n").encode("utf-8"), 0)
            self._fd = fd
            return self
        raise OutputInUseError(f"{self.path}: could not take the lock")

    def _enter_exclusive(self) -> RunLock:
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = self.path.read_text(encoding="utf-8", errors="replace").strip()
                if _alive(owner):
                    raise self._refuse(owner) from None
                self.path.unlink(missing_ok=True)  # left by a killed run
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.token + "\n")
            return self
        raise OutputInUseError(f"{self.path}: could not take the lock")

    def __exit__(self, *exc) -> None:
        try:
            if self.path.read_text(encoding="utf-8").strip() == self.token:
                self.path.unlink()
        except OSError:
            pass
        if self._fd is not None:
            os.close(self._fd)  # releases the flock, after the file is gone
            self._fd = None


def _read_fd(fd: int) -> str:
    return os.pread(fd, 4096, 0).decode("utf-8", errors="replace").strip()


def _alive(owner: str) -> bool:
    """Whether the process named in a lock (``host pid``) still runs (other hosts: assumed alive)."""
    host, _, pid = owner.rpartition(" ")
    if not pid.isdigit():
        return False
    if host != socket.gethostname():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Progress:
    """The parts written so far in ``out_dir`` and the documents each holds.

    Parameters
    ----------
    out_dir : Path
        The run's output folder.
    identity : RunIdentity
        This run's identity; a folder holding another run's progress is refused
        (:class:`OutputInUseError`) unless ``overwrite``.
    overwrite : bool
        Delete another run's parts and progress instead of refusing (the
        output of a run with the same identity is resumed either way).
    """

    def __init__(self, out_dir: Path, identity: RunIdentity, overwrite: bool = False) -> None:
        self.path = out_dir / PROGRESS_FILE
        self.parts = out_dir / PARTS_DIR
        self.done: dict[str, str | None] = {}
        self.owner: dict[str, int] = {}
        self.next_part = 0
        entries = self._read()
        stored = entries[0].get("run") if entries and isinstance(entries[0], dict) else None
        differs = identity.differences(stored) if isinstance(stored, dict) else ["all (older format)"]
        if entries and differs:
            if not overwrite:
                raise OutputInUseError(
                    f"{out_dir}: holds the output of another run (different {', '.join(differs)}); "
                    "use --overwrite to replace it, or another --out"
                )
            self.path.unlink()
            shutil.rmtree(self.parts, ignore_errors=True)
            entries = []
        if not entries:
            self._append({"run": asdict(identity)})
            return
        for entry in entries[1:]:
            for path, sha in entry["docs"]:
                self.done[path] = sha
                self.owner[path] = entry["part"]
            self.next_part = max(self.next_part, entry["part"] + 1)

    def _read(self) -> list[dict]:
        if not self.path.is_file():
            return []
        entries = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line cut by a kill: its part is written again
        return entries

    def _append(self, entry: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def is_done(self, path: str, sha256: str | None) -> bool:
        """Whether ``path`` with this text was written by an earlier run.

        Parameters
        ----------
        path : str
            The document's path.
        sha256 : str or None
            SHA-256 of its text now.

        Returns
        -------
        bool
            True when an earlier run wrote this document with this very text.
        """
        return sha256 is not None and self.done.get(path) == sha256

    def record_part(self, docs: list[tuple[str, str | None]]) -> int:
        """Note that the part just written holds ``docs``; return the next part's number."""
        self._append({"part": self.next_part, "docs": [list(d) for d in docs]})
        for path, sha in docs:
            self.done[path] = sha
            self.owner[path] = self.next_part
        self.next_part += 1
        return self.next_part

    def keeps(self, part: int, doc: str | None, seen: set[str]) -> bool:
        """Whether a row of ``doc`` in ``part`` belongs in the merged tables.

        Rows are kept from the last part that wrote the document, and only for
        documents of this run (an article deleted since, or analysed again after
        an edit, leaves no stale rows).

        Parameters
        ----------
        part : int
            The part file the row comes from.
        doc : str
            The row's document.
        seen : set of str
            The documents of this run.

        Returns
        -------
        bool
        """
        return doc in seen and self.owner.get(doc) == part
