"""Execute the numbered narrative notebooks on one article and write a result set.

``make reproduce`` calls :func:`reproduce` through ``python -m presslens
reproduce``; the same call with another ``input_path`` and ``output_dir`` runs
the whole analysis on another article.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

from tqdm import tqdm

from presslens.determinism import VOLATILE_NOTEBOOK_KEYS
from presslens.errors import InputError, require
from presslens.manifest import read_manifest, verify_manifest
from presslens.output import atomic_write_text
from presslens.provenance import collect_provenance

#: What a run writes into its output folder; removed before a run so nothing stale survives.
GENERATED = (
    "values.json",
    "provenance.json",
    "macros.tex",
    "report.md",
    "report.html",
    "report.typ",
    "report.pdf",
    "quotes.html",
    "figures",
    "tables",
    "notebooks",
    "corpus",
)
#: The collection notebook 05 reads by default, and the folder of ``output_dir`` its result set goes to.
DEFAULT_COLLECTION = "data/raw/sample_corpus.csv"
COLLECTION_FOLDER = "corpus"


def clear_results(output_dir: str | Path) -> None:
    """Remove the files and folders of :data:`GENERATED` from ``output_dir`` (others are kept)."""
    for name in GENERATED:
        path = Path(output_dir) / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def notebook_parameters(notebook: str | Path) -> set[str]:
    """The names a notebook's ``parameters`` cell assigns (what papermill may inject).

    Parameters
    ----------
    notebook : path
        An ``.ipynb`` file.

    Returns
    -------
    set of str
    """
    return set(require("papermill", "notebooks").inspect_notebook(str(notebook)))


def list_notebooks(notebooks_dir: str | Path = "notebooks") -> list[Path]:
    """The numbered notebooks (``00-*.ipynb``, ``01-*.ipynb``, …) in order."""
    return sorted(p for p in Path(notebooks_dir).glob("[0-9][0-9]-*.ipynb"))


def strip_volatile(path: str | Path) -> None:
    """Remove timestamps and durations that papermill/nbclient write into an executed notebook."""
    nbformat = require("nbformat", "notebooks")
    nb = nbformat.read(path, as_version=4)
    pm = nb.metadata.get("papermill", {})
    for key in (*VOLATILE_NOTEBOOK_KEYS, "input_path", "output_path", "environment_variables"):
        pm.pop(key, None)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
        cell.metadata.pop("execution", None)
        cell_pm = cell.metadata.get("papermill", {})
        for key in VOLATILE_NOTEBOOK_KEYS:
            cell_pm.pop(key, None)
    atomic_write_text(path, nbformat.writes(nb) + "\n")


def execute_notebook(notebook: str | Path, output: str | Path, parameters: dict, cwd: str | Path = ".") -> Path:
    """Execute one notebook with papermill, injecting ``parameters``; return the executed copy.

    Parameters
    ----------
    notebook : path
        The notebook.
    output : path
        The executed copy.
    parameters : dict
        Injected as papermill parameters.
    cwd : path
        The kernel's working directory (relative ``notebook`` and ``output`` paths stay relative to
        the current one).

    Returns
    -------
    Path
        The executed copy.
    """
    output = Path(output).absolute()  # papermill reads and writes them from inside ``cwd``
    notebook = Path(notebook).absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    env_path = os.environ.get("PATH", "")
    bindir = str(Path(sys.executable).parent)
    if not env_path.startswith(bindir):  # the kernel must be this environment's Python
        os.environ["PATH"] = bindir + os.pathsep + env_path
    require("papermill", "notebooks").execute_notebook(
        str(notebook),
        str(output),
        parameters=parameters,
        cwd=str(cwd),
        kernel_name="python3",
        progress_bar=False,
        log_output=False,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    strip_volatile(output)
    return output


def reproduce(
    input_path: str | Path,
    output_dir: str | Path,
    *,
    notebooks_dir: str | Path = "notebooks",
    manifest: str | Path | None = "data/MANIFEST.sha256",
    corpus_path: str | Path | None = None,
    collection_path: str | Path | None = None,
    group_by: str = "outlet",
) -> list[Path]:
    """Verify the raw data, then execute every numbered notebook into ``output_dir``.

    Parameters
    ----------
    input_path : path
        The article to analyse (relative paths keep results machine-independent).
    output_dir : path
        Where tables, figures, values and executed notebooks are written.
    notebooks_dir : path
        The folder of numbered notebooks.
    manifest : path or None
        A ``sha256sum`` manifest checked before anything runs (``None`` to skip,
        e.g. for a user's own article outside ``data/raw``).
    corpus_path : path, optional
        A reference corpus the article notebooks rank the article in (percentiles).
    collection_path : path, optional
        The collection of the collection notebook (one that declares a ``collection_path``
        parameter, 05): its result set goes to ``output_dir/corpus``; None (the default) skips
        that notebook (``presslens reproduce`` and ``make reproduce`` pass :data:`DEFAULT_COLLECTION`).
    group_by : str
        The collection's grouping column.

    Returns
    -------
    list of Path
        The executed notebooks.

    Raises
    ------
    presslens.errors.ManifestError
        When the input is one of the manifest's files and a raw file does not match its
        checksum: nothing is run, ``output_dir`` is untouched.
    presslens.errors.InputError
        When the input cannot be read as an article, or ``notebooks_dir`` holds no numbered
        notebook: ``output_dir`` is untouched.
    presslens.batch.progress.OutputInUseError
        When another run is writing ``output_dir``.

    Notes
    -----
    The previous result set in ``output_dir`` is moved aside (into a hidden folder inside
    it, so on the same file system) while the notebooks run, and put back if any of them
    fails or the run is stopped (Ctrl-C, SIGTERM), so a failed run never leaves a
    half-written or empty result set.
    """
    from presslens.article import load_article
    from presslens.batch.progress import RunLock

    notebooks = list_notebooks(notebooks_dir)
    if not notebooks:  # checked first: a run of no notebook would replace the result set with nothing
        raise InputError(
            notebooks_dir,
            "no numbered notebooks (00-*.ipynb, 01-*.ipynb, …) in this folder; "
            "reproduce runs the notebooks of a presslens checkout (the wheel does not ship them)",
        )
    if manifest is not None and covered_by_manifest(input_path, manifest):
        verify_manifest(manifest)
    load_article(input_path)  # a missing, empty or binary input stops here, before OUT is touched
    if collection_path and not Path(collection_path).exists():
        raise InputError(collection_path, "collection not found (--collection)")
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    with RunLock(output_dir), _terminate_as_exit():
        # the previous set waits inside OUT (same file system, whatever is mounted where)
        previous = Path(tempfile.mkdtemp(dir=output_dir, prefix=".previous-"))
        try:
            _move_generated(output_dir, previous)
            params = {
                "input_path": str(input_path),
                "output_dir": str(output_dir),
                "corpus_path": str(corpus_path) if corpus_path else "",
            }
            collection = {
                "collection_path": str(collection_path) if collection_path else "",
                "group_by": group_by,
                "output_dir": str(output_dir / COLLECTION_FOLDER),
            }
            executed = []
            for nb in tqdm(notebooks, desc="notebooks", unit="nb"):
                declared = notebook_parameters(nb)
                if "collection_path" in declared:  # each notebook gets what it reads, no unknown parameter
                    if not collection_path:
                        continue
                    given = {k: v for k, v in collection.items() if k in declared}
                else:
                    given = {k: v for k, v in params.items() if k in declared}
                executed.append(execute_notebook(nb, output_dir / "notebooks" / nb.name, given))
            inputs, recorded = [input_path], dict(params)
            if collection_path:
                inputs.append(collection_path)
                recorded.update(collection_path=collection["collection_path"], group_by=group_by)
            prov = collect_provenance(inputs, recorded, model=_model_used(output_dir), exclude=(output_dir,))
            atomic_write_text(output_dir / "provenance.json", json.dumps(prov, indent=2) + "\n")
        except BaseException:
            clear_results(output_dir)
            _move_generated(previous, output_dir)
            raise
        finally:
            shutil.rmtree(previous, ignore_errors=True)
    return executed


@contextlib.contextmanager
def _terminate_as_exit():
    """SIGTERM (a scheduler's kill, ``timeout``) ends the run like Ctrl-C, so the previous result
    set is put back; in the main thread only (where Python allows a handler)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    before = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def covered_by_manifest(input_path: str | Path, manifest: str | Path) -> bool:
    """Whether ``input_path`` is one of the files ``manifest`` lists (paths compared resolved,
    so ``data/raw/x.txt``, ``./data/raw/x.txt`` and an absolute path are the same file).

    Parameters
    ----------
    input_path : path
        The input.
    manifest : path
        A ``sha256sum`` manifest.

    Returns
    -------
    bool
    """
    root = Path(manifest).resolve().parent
    target = Path(input_path).resolve()
    if not Path(manifest).is_file():  # under the manifest's folder: verify_manifest reports it missing
        return root in target.parents
    return any((root / name).resolve() == target for name in read_manifest(manifest))


def _move_generated(source: Path, target: Path) -> None:
    for name in GENERATED:
        if (source / name).exists():
            os.replace(source / name, target / name)


def _model_used(output_dir: Path) -> str | None:
    """The spaCy model id the notebooks recorded in ``values.json``, if any."""
    values = output_dir / "values.json"
    if values.is_file():
        return json.loads(values.read_text(encoding="utf-8")).get("model", {}).get("id")
    return None
