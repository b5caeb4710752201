"""A query worker process: ``python -m graph.worker STORE_DIR`` answers queries read from stdin.

pyoxigraph 0.5 cannot cancel a running query from Python (oxigraph/oxigraph#1926), so the
server evaluates queries here, in processes it can kill when a time limit passes. Each worker
opens the store read-only (RocksDB allows that beside the one read-write process) and reopens it
when the server's write generation changes, so it sees every committed write.
"""

from __future__ import annotations

import json
import struct
import sys
import time
from typing import BinaryIO

import pyoxigraph as ox

from graph.evaluate import Answer, QueryRequest, evaluate

READY = b"ready"  # graph.pool.READY; not imported from there to keep the worker's start-up small

_LENGTH = struct.Struct(">I")


def read_frame(stream: BinaryIO) -> bytes | None:
    """One length-prefixed frame, or None at the end of the stream."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(header)
    return stream.read(size)


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    """Write one length-prefixed frame."""
    stream.write(_LENGTH.pack(len(payload)) + payload)


def serve(location: str, source: BinaryIO, sink: BinaryIO) -> None:
    """Answer requests until the server closes the pipe: a JSON header frame, then the body.

    The first frame says the worker is ready, so its start-up is not charged to a query's limit.
    """
    reader = _Reader(location)
    write_frame(sink, READY)
    sink.flush()
    while (frame := read_frame(source)) is not None:
        request = QueryRequest(**json.loads(frame))
        body = b""
        try:
            answer = reader.evaluate(request)
            header: dict[str, object] = {
                "kind": answer.kind,
                "format": answer.format,
                "truncated": answer.truncated,
                "rows": answer.rows,
            }
            body = answer.body
        except SyntaxError as error:
            header = {"error": "syntax", "message": str(error)}
        except (OSError, RuntimeError) as error:
            header = {"error": "store", "message": str(error)}
        except ValueError as error:
            header = {"error": "value", "message": str(error)}
        write_frame(sink, json.dumps(header).encode("utf-8"))
        write_frame(sink, body)
        sink.flush()


class _Reader:
    """A read-only view of the store, reopened when the server has written since it was opened."""

    ATTEMPTS = 5

    def __init__(self, location: str) -> None:
        self.location = location
        self.store: ox.Store | None = None
        self.generation = -1

    def evaluate(self, request: QueryRequest) -> Answer:
        """Evaluate on a current view; retry when the writer compacted away a file being opened."""
        for attempt in range(self.ATTEMPTS):
            try:
                if self.store is None or request.generation != self.generation:
                    self.store = None
                    self.store, self.generation = ox.Store.read_only(self.location), request.generation
                return evaluate(self.store, request)
            except (OSError, RuntimeError):
                # RocksDB: a read-only open races with the writer's compaction deleting SST files.
                self.store = None
                if attempt == self.ATTEMPTS - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")


if __name__ == "__main__":
    serve(sys.argv[1], sys.stdin.buffer, sys.stdout.buffer)
