"""A bounded HTTP load generator for 127.0.0.1: N requests over C keep-alive connections."""

from __future__ import annotations

import http.client
import re
import shutil
import socket
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class LoadResult:
    """Throughput and latency of one run."""

    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def rps(self) -> float:
        """Requests answered per second."""
        return self.requests / self.seconds if self.seconds else 0.0


def run_load(
    url: str, *, requests: int, concurrency: int, headers: dict[str, str] | None = None
) -> LoadResult:
    """GET ``url`` ``requests`` times from ``concurrency`` threads; only loopback is allowed."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the load generator only targets this machine (127.0.0.1)")
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_thread = [
        requests // concurrency + (1 if i < requests % concurrency else 0) for i in range(concurrency)
    ]

    def worker(count: int) -> None:
        nonlocal errors
        connection = http.client.HTTPConnection(host, parts.port, timeout=30)
        mine: list[float] = []
        failed = 0
        for _ in range(count):
            started = time.perf_counter()
            try:
                connection.request("GET", target, headers=headers or {})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection(host, parts.port, timeout=30)
            mine.append(time.perf_counter() - started)
        connection.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=worker, args=(count,)) for count in per_thread]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return LoadResult(
        requests=len(ordered),
        errors=errors,
        seconds=elapsed,
        p50_ms=statistics.median(ordered) * 1000,
        p99_ms=ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
    )


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_wrk(url: str, *, seconds: int, connections: int) -> LoadResult | None:
    """Load ``url`` with wrk (a C client that leaves the CPU to the server); None if wrk is absent."""
    if shutil.which("wrk") is None:
        return None
    if urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the load generator only targets this machine (127.0.0.1)")
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    ).stdout
    count = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return LoadResult(
        requests=count,
        errors=int(errors.group(1)) if errors else 0,
        seconds=count / float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        p50_ms=_wrk_ms(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),  # type: ignore[union-attr]
        p99_ms=_wrk_ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),  # type: ignore[union-attr]
    )


def _wrk_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
