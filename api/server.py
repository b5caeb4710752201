"""Run the service under gunicorn: one process owns the on-disk store, threads serve requests.

Oxigraph on disk allows one read-write process, so writes stay in that one process; pyoxigraph
releases the GIL while it evaluates a query, so threads (gunicorn's ``gthread`` worker) answer
queries in parallel. Measured figures are in docs/performance.md.
"""

from __future__ import annotations

import sys
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, factory: Any, options: dict[str, Any]) -> None:
        self._factory = factory
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self._factory()


def run(factory: Any, *, host: str, port: int, threads: int, timeout: int = 120) -> None:
    """Serve the app ``factory()`` builds in the worker process.

    The store must not be opened before gunicorn forks: RocksDB's background threads do not
    survive a fork, and writes in the worker would hang. The worker opens it and holds its lock.
    """
    options = {
        "bind": f"{host}:{port}",
        "workers": 1,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": timeout,
        "graceful_timeout": 10,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "info",
        # Printed by the worker once the app is loaded (and an empty store has its seed).
        "post_worker_init": lambda _worker: print(
            f"newsgraph: serving at http://{host}:{port}/", file=sys.stderr, flush=True
        ),
    }
    _Gunicorn(factory, options).run()
