"""Extraction on a Dask cluster: an Executor for ``extract_all`` whose workers each load spaCy once.

``--dask tcp://HOST:PORT`` joins a running scheduler; ``--dask local:N`` starts a LocalCluster of N
single-threaded worker processes on this machine and closes it afterwards. Only extraction runs on
the workers: each document comes back to this process, which resolves its names against the store
and writes it (``api.ingest.build``), in input order — identity needs every earlier document
stored first, so it cannot be split across workers. ``distributed`` is optional (the ``dask`` extra).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from concurrent.futures import CancelledError, Executor
from contextlib import contextmanager, nullcontext
from typing import Any

from extract import load_pipeline, process_pool

try:  # optional: without it, --dask says what to install (see _distributed)
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - exercised where distributed is missing
    WorkerPlugin = object  # type: ignore[assignment,misc]

CONNECT_TIMEOUT = 5  # seconds to reach a scheduler before giving up
LOCAL = re.compile(r"local:(\d+)")


class ClusterError(Exception):
    """The cluster cannot be started or reached, or was lost during a build."""


def parse_dask(value: str) -> int | str:
    """``local:N`` -> N (workers to start here); anything else is a scheduler address, kept as written."""
    value = value.strip()
    match = LOCAL.fullmatch(value)
    if match:
        workers = int(match.group(1))
        if workers < 1:
            raise ValueError("local:N needs at least one worker (local:2, say)")
        return workers
    if value.startswith("local"):
        raise ValueError(f"{value!r} is not local:N (a number of workers, local:2, say)")
    if not value:
        raise ValueError("give a scheduler address (tcp://HOST:8786) or local:N")
    return value


class LoadPipeline(WorkerPlugin):
    """A Dask worker plugin: load the spaCy pipeline when the worker starts, not in its first task."""

    idempotent = True
    name = "newsgraph-load-pipeline"

    def setup(self, worker: Any) -> None:
        """Load the pipeline into this worker process's cache (``extract.load_pipeline``)."""
        load_pipeline()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError(
            "--dask needs Dask distributed, which is not installed; "
            'run `pip install "newsgraph[dask]"` (or `pip install distributed`)'
        ) from None
    return distributed


@contextmanager
def dask_executor(target: int | str) -> Iterator[Executor]:
    """A ``concurrent.futures`` Executor on a Dask cluster (a new local one, or the one at an address)."""
    distributed = _distributed()
    cluster = None
    try:
        if isinstance(target, int):
            cluster = distributed.LocalCluster(
                n_workers=target, threads_per_worker=1, processes=True, silence_logs=logging.ERROR,
                dashboard_address="127.0.0.1:0",  # any free port: 8787 may be taken
            )  # fmt: skip
            address: Any = cluster
        else:
            address = target
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        where = (
            f"a local cluster of {target}" if isinstance(target, int) else f"the Dask scheduler at {target}"
        )
        raise ClusterError(f"could not reach {where}: {error}; nothing was written") from None
    try:
        client.register_plugin(LoadPipeline(), name=LoadPipeline.name)
        yield client.get_executor(pure=False)
    except (CancelledError, OSError, TimeoutError, distributed.KilledWorker) as error:
        # a lost scheduler or worker: documents already written stay (each in its own transaction)
        raise ClusterError(
            f"the Dask cluster failed during the build ({error!r}); the documents stored before it "
            "stay, and building again adds the rest (stored ones are skipped)"
        ) from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extraction_executor(workers: int = 1, dask: str | None = None) -> Any:
    """The executor ``build`` extracts with: Dask (``dask``), a process pool (workers > 1), or none."""
    if dask is not None:
        return dask_executor(parse_dask(dask))
    return process_pool(workers) if workers > 1 else nullcontext()
