"""Extract many articles in input order, here or mapped over any ``concurrent.futures.Executor``.

spaCy holds the GIL, so parallel extraction needs processes: :func:`process_pool` starts workers
that each load the pipeline once (in the initializer). Any other Executor with ``submit`` — a Dask
``Client.get_executor()``, say — can be passed instead; its workers load the pipeline on first use.
At most ``window`` articles are in flight, so results never pile up faster than they are written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context

from extract.document import ExtractedDocument, extract_document
from extract.pipeline import load_pipeline
from extract.sources import Source


def extract_one(source: Source, base: str | None = None) -> ExtractedDocument:
    """Extract one article with this process's pipeline (loaded once per process)."""
    return extract_document(source, nlp=load_pipeline(), base=base)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` fresh processes, each loading the spaCy pipeline as it starts."""
    # spawn, not fork: the parent may hold an open store and threads (a progress bar) that a fork copies
    return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=load_pipeline)


def extract_all(
    sources: Iterable[Source],
    executor: Executor | None = None,
    *,
    base: str | None = None,
    window: int = 8,
) -> Iterator[ExtractedDocument]:
    """Yield the extracted documents in input order; in this process when no executor is given."""
    work = partial(extract_one, base=base)
    if executor is None:
        yield from map(work, sources)
        return
    pending: deque[Future[ExtractedDocument]] = deque()
    try:
        for source in sources:
            pending.append(executor.submit(work, source))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:  # stopped early (an error, or the caller stopped): drop queued work
            future.cancel()
