"""Run a corpus on a Dask distributed cluster.

The client reads the corpus and submits chunks to the cluster through its
``concurrent.futures`` interface; each worker runs
:func:`presslens.batch.worker.process_chunk` (loading the spaCy model once per
worker process) and returns the records, which the client writes in document
order, as the local engine does.

Point it at a real cluster with the scheduler's address, e.g. after
``dask scheduler`` on one machine and ``dask worker tcp://HOST:8786`` on each
of the others (each worker needs presslens and the spaCy model installed, and
the cache folder, if used, should be on storage the workers share, or pass
``--no-cache``):
``python -m presslens analyze CORPUS --out DIR --engine dask --scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def dask_executor(scheduler: str | None):
    """A ``concurrent.futures`` executor on the cluster at ``scheduler`` (or an in-process one),
    and the number of workers."""
    from presslens.errors import require

    Client = require("distributed", "dask").Client

    client = Client(scheduler) if scheduler else Client(processes=False, n_workers=1, threads_per_worker=1)
    try:
        yield client.get_executor(pure=False), max(1, len(client.scheduler_info()["workers"]))
    finally:
        client.close()
