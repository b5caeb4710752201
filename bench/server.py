"""How to serve one on-disk store: gunicorn (1 process, gthread) against Flask's dev server.

Oxigraph on disk admits one read-write process, so newsgraph serves from one gunicorn process
with request threads (pyoxigraph releases the GIL while it evaluates). This measures that design
against the baseline issue 2 names (Flask's development server), on the same store and queries,
in one run. Usage: ``python -m bench server [--requests N] [--concurrency C]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.load import free_port, run_load, run_wrk

LOOKUP = (
    "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { "
    '?p schema:name ?name ; schema:alternateName "Kislyak" }'
)

SERVERS = {
    "newsgraph serve (gunicorn, 1 process x 8 threads)": ["serve", "--threads", "8"],
    "newsgraph serve (gunicorn, 1 process x 1 thread)": ["serve", "--threads", "1"],
    "Flask development server (threaded)": None,
}


def build_seed(folder: Path) -> Path:
    """Build the seed article into a store under ``folder``."""
    store = folder / "store"
    subprocess.run([sys.executable, "-m", "api", "build", "--store", str(store), "-q"], check=True)
    return store


def start(command: list[str] | None, store: Path, port: int) -> subprocess.Popen[bytes]:
    """Start one server configuration on ``port``."""
    env = {**os.environ, "NEWSGRAPH_STORE": str(store)}
    if command is None:
        code = (
            f"from api.app import create_app; create_app().run(host='127.0.0.1', port={port}, threaded=True)"
        )
        argv = [sys.executable, "-c", code]
    else:
        argv = [sys.executable, "-m", "api", *command, "--port", str(port), "--store", str(store)]
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def main(argv: list[str] | None = None) -> int:
    """Run every configuration against the same store and print a Markdown table."""
    parser = argparse.ArgumentParser(prog="python -m bench server", description=__doc__)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--seconds", type=int, default=10, help="Length of each wrk run (when wrk is installed)."
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        seed = build_seed(Path(tmp))
        targets = {
            "SPARQL lookup": "/sparql?" + urllib.parse.urlencode({"query": LOOKUP}),
            "path McFaul-Flynn": "/api/path?" + urllib.parse.urlencode({"from": "McFaul", "to": "Flynn"}),
        }
        client = (
            f"wrk, {args.seconds} s a run"
            if shutil.which("wrk")
            else f"Python client, {args.requests} requests"
        )
        print(f"{client}, {args.concurrency} connections, 127.0.0.1, {os.cpu_count()} cores\n")
        print("| server | request | req/s | p50 ms | p99 ms | errors |")
        print("|---|---|---|---|---|---|")
        for label, command in SERVERS.items():
            store = Path(tmp) / f"copy-{abs(hash(label))}"
            shutil.copytree(seed, store)
            port = free_port()
            process = start(command, store, port)
            try:
                for name, path in targets.items():
                    url = f"http://127.0.0.1:{port}{path}"
                    run_load(url, requests=200, concurrency=args.concurrency)  # warm up
                    result = run_wrk(url, seconds=args.seconds, connections=args.concurrency) or run_load(
                        url, requests=args.requests, concurrency=args.concurrency
                    )
                    print(
                        f"| {label} | {name} | {result.rps:,.0f} | {result.p50_ms:.1f} | "
                        f"{result.p99_ms:.1f} | {result.errors} |"
                    )
            finally:
                process.terminate()
                process.wait(timeout=30)
    return 0
