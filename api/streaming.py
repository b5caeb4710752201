"""Stream what an engine writes to a file object as an HTTP response, with bounded memory.

pyoxigraph serialises into a writable file; a worker thread runs the serialiser into a small
queue and the response generator drains it, so a large download never sits in memory whole.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # a type-checking-only name: Python 3.11 has no collections.abc.Buffer
    from _typeshed import ReadableBuffer

CHUNK = 64 * 1024
_DONE = object()


class _QueueWriter(io.RawIOBase):
    def __init__(self, chunks: queue.Queue[object], cancelled: threading.Event) -> None:
        self._chunks = chunks
        self._cancelled = cancelled

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer, /) -> int:
        chunk = bytes(data)
        while not self._cancelled.is_set():
            try:
                self._chunks.put(chunk, timeout=0.5)
                return len(chunk)
            except queue.Full:
                continue
        raise BrokenPipeError("the client went away")


def stream(write: Callable[[IO[bytes]], None]) -> Iterator[bytes]:
    """Yield the bytes ``write(file)`` produces, as it produces them."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=32)
    cancelled = threading.Event()

    def run() -> None:
        writer = io.BufferedWriter(_QueueWriter(chunks, cancelled), buffer_size=CHUNK)
        try:
            write(writer)
            writer.flush()
            chunks.put(_DONE)
        except BrokenPipeError:
            pass
        except Exception as error:  # handed to the response generator, which re-raises it
            chunks.put(error)

    thread = threading.Thread(target=run, name="newsgraph-stream", daemon=True)
    thread.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise item
            yield item  # type: ignore[misc]
    finally:
        cancelled.set()
