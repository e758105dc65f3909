"""Everything that makes a result set byte-identical across runs, in one place.

- figure files: metadata that carries dates or software versions is stripped
  (:data:`FIGURE_METADATA`), the SVG id salt is fixed (``svg.hashsalt`` in
  ``figures/presslens.mplstyle``) and ``SOURCE_DATE_EPOCH`` is set;
- executed notebooks: timestamps, durations and papermill's random cell ids are
  removed (:data:`VOLATILE_NOTEBOOK_KEYS`, :func:`presslens.reproduce.strip_volatile`);
- the PDF report: Typst writes no date when the document sets none;
- Python's string hashing: ``PYTHONHASHSEED=0`` (set by ``make``; no result depends on set order);
- the only random numbers (bootstrap intervals of the evaluation) take a fixed ``seed``.

Byte-identity holds for the environment of ``uv.lock`` (its Python and packages);
other versions of matplotlib, spaCy or its model may draw or parse differently.
"""

from __future__ import annotations

import os

#: Figure metadata that would make files differ from run to run (dates, software versions).
FIGURE_METADATA = {
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    "svg": {"Date": None, "Creator": None},
    "png": {"Software": None},
}

#: Notebook metadata that changes on every execution.
VOLATILE_NOTEBOOK_KEYS = ("start_time", "end_time", "duration", "exception")

#: The date written where a file format insists on one, unless set (``make`` sets 2023-04-24).
DEFAULT_SOURCE_DATE_EPOCH = "0"


def fix_source_date() -> None:
    """Set ``SOURCE_DATE_EPOCH`` (unless the caller set it), which matplotlib's PDF backend honours."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", DEFAULT_SOURCE_DATE_EPOCH)
