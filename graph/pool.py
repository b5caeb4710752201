"""A pool of killable query worker processes: the way a SPARQL query is stopped at its time limit.

A request thread borrows an idle worker, sends it the query and waits for the answer until the
deadline; past it, the worker is killed (SIGKILL: the engine cannot be interrupted any other way)
and a fresh one is started for the next request. Other requests keep running on other workers.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import select
import struct
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

import graph
from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreUnavailableError
from graph.evaluate import Answer, QueryRequest
from graph.sparql import syntax_message

_LENGTH = struct.Struct(">I")
READY = b"ready"
STARTUP_SECONDS = 30.0  # a worker's start (interpreter, imports) is not charged to a query's time limit
_POOLS: weakref.WeakSet[WorkerPool] = weakref.WeakSet()


class _Worker:
    """One ``python -m graph.worker`` child with a pipe each way."""

    def __init__(self, location: Path) -> None:
        root = str(Path(graph.__file__).resolve().parent.parent)
        path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "graph.worker", str(location)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        self._buffer = b""
        self._started = time.monotonic()
        self._ready = False

    def _await_ready(self, deadline: float) -> None:
        """Wait for the child's first frame, which it sends once its imports are done."""
        try:
            frame = self._frame(max(deadline, self._started + STARTUP_SECONDS))
        except QueryTimeoutError:
            raise StoreUnavailableError(
                f"a query worker did not start within {STARTUP_SECONDS:g} s; try again"
            ) from None
        if frame != READY:
            raise StoreUnavailableError("a query worker started badly; try again")
        self._ready = True

    def call(self, request: QueryRequest, deadline: float) -> Answer:
        """Send ``request``; the answer, or QueryTimeoutError once ``deadline`` has passed."""
        if not self._ready:
            waiting = time.monotonic()
            self._await_ready(deadline)
            deadline += time.monotonic() - waiting
        payload = request.to_json()
        assert self.process.stdin is not None
        data = memoryview(_LENGTH.pack(len(payload)) + payload)
        try:
            while data:  # unbuffered: a BufferedWriter's flush costs a millisecond here
                data = data[os.write(self.process.stdin.fileno(), data) :]
        except BrokenPipeError:
            raise StoreUnavailableError("a query worker died; try again") from None
        header = json.loads(self._frame(deadline))
        body = self._frame(deadline)
        if "error" in header:
            if header["error"] == "syntax":
                raise QuerySyntaxError(syntax_message(SyntaxError(header["message"])))
            if header["error"] == "value":
                raise QuerySyntaxError(header["message"])
            raise StoreUnavailableError(f"the store could not be read: {header['message']}")
        return Answer(header["kind"], header["format"], header["truncated"], header["rows"], body)

    def _frame(self, deadline: float) -> bytes:
        size = _LENGTH.unpack(self._read(_LENGTH.size, deadline))[0]
        return self._read(size, deadline)

    def _read(self, size: int, deadline: float) -> bytes:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while len(self._buffer) < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise QueryTimeoutError("time limit")
            chunk = os.read(fd, max(65536, size - len(self._buffer)))
            if not chunk:
                raise StoreUnavailableError("a query worker died; try again")
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def kill(self) -> None:
        """Stop the child now and reap it."""
        self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()

    def close(self) -> None:
        """Let the child finish by closing its input; kill it if it lingers."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


class WorkerPool:
    """Up to ``size`` worker processes over the store directory ``location``, started on demand."""

    def __init__(self, location: Path, size: int = 4) -> None:
        self.location = location
        self.size = size
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._started = 0
        self._lock = threading.Lock()
        self._closed = False
        _POOLS.add(self)

    def warm(self) -> None:
        """Start every worker now, so the first requests do not pay for process start-up."""
        started = []
        with self._lock:
            while self._started < self.size:
                self._started += 1
                started.append(_Worker(self.location))
        for worker in started:
            self._release(worker)

    def _release(self, worker: _Worker) -> None:
        """Make ``worker`` available again, or stop it if the pool has been closed."""
        if self._closed:
            worker.close()
        else:
            self._idle.put(worker)

    def run(self, request: QueryRequest, timeout: float) -> Answer:
        """Answer ``request`` within ``timeout`` seconds or raise QueryTimeoutError."""
        deadline = time.monotonic() + timeout
        worker = self._acquire(deadline, timeout)
        try:
            answer = worker.call(request, deadline)
        except QueryTimeoutError:
            self._discard(worker)
            raise QueryTimeoutError(
                f"the query ran longer than its time limit of {timeout:g} s and was stopped; "
                "simplify it, add a LIMIT, or (with the update token) raise timeout="
            ) from None
        except QuerySyntaxError:
            self._release(worker)  # the worker answered in full; it stays in step
            raise
        except StoreUnavailableError:
            self._discard(worker)
            raise
        except BaseException:
            self._discard(worker)  # a half-read answer leaves the pipe out of step
            raise
        self._release(worker)
        return answer

    def _acquire(self, deadline: float, timeout: float) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._started < self.size:
                self._started += 1
                try:
                    return _Worker(self.location)
                except OSError as error:
                    self._started -= 1
                    raise StoreUnavailableError(f"cannot start a query worker: {error}") from None
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise QueryTimeoutError(
                f"every query worker stayed busy for the whole time limit of {timeout:g} s; try again later"
            ) from None

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._started -= 1

    def close(self) -> None:
        """Stop every idle worker; busy ones stop when they are handed back."""
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


@atexit.register
def _close_all() -> None:
    for pool in list(_POOLS):
        pool.close()
