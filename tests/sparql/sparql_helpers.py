"""Small helpers shared by the SPARQL endpoint tests."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from werkzeug.test import TestResponse

ASK_ALICE = "ASK { <http://example.org/alice> ?p ?o }"
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GRAPH = "http://example.org/doc/1"
OTHER = "http://example.org/doc/2"


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    """Poll ``url`` until it answers, failing early (with the server's log) if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not come up in {timeout} s")


def rows(response: TestResponse) -> list[dict[str, str]]:
    """The rows of a SPARQL JSON results response, each value as its plain string."""
    assert response.status_code == 200, response.data
    document = response.json
    assert document is not None
    return [{k: v["value"] for k, v in binding.items()} for binding in document["results"]["bindings"]]
