"""SPARQL endpoint benchmark: newsgraph vs the Oxigraph server vs rdflib-endpoint on one 1M-triple graph.

    python -m bench sparql [--people 41500] [--requests 300] [--seconds 20] [--concurrency 4]

Generates a people/organisation graph with meeting facts and their provenance (N-Quads, one
named graph per source document), loads it into each server, and sends five representative
queries with a bounded load generator on 127.0.0.1 (at most ``--requests`` requests or
``--seconds`` per query and server). Prints p50/p99 latency and requests per second as a Markdown
table, then the RSS of our server while a client streams the whole graph as Turtle.

The same run measures the floor of our HTTP stack with the same client: ``ASK {}`` on every
server, and gunicorn (configured as ``newsgraph serve`` runs it) serving a bare WSGI callable and
an empty Flask route; and, in process, what each stage of one query costs (``--stages``).
Needs ``pip install oxigraph rdflib-endpoint uvicorn psutil``.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

EX = "http://bench.example.org/"
SCHEMA = "https://schema.org/"
NG = "https://w3id.org/newsgraph/ns#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIXES = f"PREFIX ex: <{EX}> PREFIX schema: <{SCHEMA}> PREFIX ng: <{NG}> PREFIX prov: <{PROV}>\n"


def generate(path: Path, people: int, seed: int = 7) -> int:
    """Write the graph as N-Quads; returns the number of quads (about 25 per person)."""
    rng = random.Random(seed)
    organisations = max(10, people // 20)
    documents = max(10, people // 40)
    count = 0
    with path.open("w", encoding="utf-8") as out:

        def quad(s: str, p: str, o: str, g: str) -> None:
            nonlocal count
            out.write(f"{s} {p} {o} <{EX}doc/{g}> .\n")
            count += 1

        for org in range(organisations):
            quad(f"<{EX}org/{org}>", f"<{RDF_TYPE}>", f"<{SCHEMA}Organization>", str(org % documents))
            quad(f"<{EX}org/{org}>", f"<{SCHEMA}name>", f'"Organisation {org}"', str(org % documents))
        for person in range(people):
            me, doc = f"<{EX}person/{person}>", str(person % documents)
            quad(me, f"<{RDF_TYPE}>", f"<{SCHEMA}Person>", doc)
            quad(me, f"<{SCHEMA}name>", f'"Person {person}"', doc)
            quad(me, f"<{SCHEMA}worksFor>", f"<{EX}org/{rng.randrange(organisations)}>", doc)
            for meeting in range(3):
                other = rng.randrange(people)
                fact, where = f"<{EX}fact/{person}-{meeting}>", str(rng.randrange(documents))
                quad(me, f"<{EX}met>", f"<{EX}person/{other}>", where)
                quad(fact, f"<{RDF_TYPE}>", f"<{NG}Fact>", where)
                quad(fact, f"<{NG}subject>", me, where)
                quad(fact, f"<{NG}object>", f"<{EX}person/{other}>", where)
                quad(fact, f"<{PROV}wasDerivedFrom>", f"<{EX}doc/{where}>", where)
                quad(
                    fact,
                    f"<{NG}evidence>",
                    f'"Person {person} met Person {other} (sentence {meeting})."',
                    where,
                )
                quad(fact, f"<{NG}kind>", '"met"', where)
    return count


FLOOR = "ASK {} (floor)"


def queries(people: int, rng: random.Random) -> dict[str, Callable[[], str]]:
    """The five representative queries; each call picks a fresh person (the bench is the client)."""

    def person() -> int:
        return rng.randrange(people)

    return {
        "label lookup": lambda: PREFIXES + f'SELECT ?p WHERE {{ ?p schema:name "Person {person()}" }}',
        "who met X": lambda: (
            PREFIXES + f"SELECT ?o ?name WHERE {{ <{EX}person/{person()}> ex:met ?o . ?o schema:name ?name }}"
        ),
        "two hops + FILTER": lambda: (
            lambda x: (
                PREFIXES + f"SELECT DISTINCT ?c WHERE {{ <{EX}person/{x}> ex:met ?b ."
                f" ?b ex:met ?c FILTER(?c != <{EX}person/{x}>) }}"
            )
        )(person()),
        "aggregate": lambda: (
            PREFIXES + "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p a schema:Person ; "
            "schema:worksFor ?org } GROUP BY ?org ORDER BY DESC(?n) LIMIT 10"
        ),
        "provenance": lambda: (
            PREFIXES + f"SELECT ?doc ?text WHERE {{ <{EX}fact/{person()}-0> prov:wasDerivedFrom "
            "?doc ; ng:evidence ?text }"
        ),
    }


@dataclass
class Server:
    """A server under test: its name, query URL and process."""

    name: str
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        """Stop the process tree (SIGTERM, then SIGKILL)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    """A free port on 127.0.0.1."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_up(url: str, process: subprocess.Popen[bytes], timeout: float = 600) -> None:
    """Wait until ``url`` answers ASK {} (loading 1M triples into rdflib takes a while)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: server exited with {process.returncode}")
        try:
            status, _ = get(url, "ASK {}")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    process.wait()
    raise RuntimeError(f"{url} did not come up within {timeout:g} s")


def get(url: str, query: str, connection: http.client.HTTPConnection | None = None) -> tuple[int, int]:
    """GET a query (JSON results); returns status and body size."""
    parts = urllib.parse.urlsplit(url)
    own = connection is None
    connection = connection or http.client.HTTPConnection(
        parts.hostname or "127.0.0.1", parts.port, timeout=300
    )
    try:
        connection.request(
            "GET",
            parts.path + "?" + urllib.parse.urlencode({"query": query}),
            headers={"Accept": "application/sparql-results+json"},
        )
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        if own:
            connection.close()


def load_ours(data: Path, folder: Path) -> Path:
    """Bulk-load our store with the engine; returns its directory."""
    import pyoxigraph as ox

    store = ox.Store(str(folder / "ours"))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    return folder / "ours"


def start_ours(data: Path, folder: Path) -> Server:
    """Serve our loaded store with gunicorn as ``newsgraph serve`` does."""
    port = free_port()
    root = str(Path(__file__).resolve().parent.parent)
    launch = (
        "import sys; from api.app import create_app; from api.server import run; "
        "run(lambda: create_app({'NEWSGRAPH_STORE': sys.argv[1]}), host='127.0.0.1', "
        "port=int(sys.argv[2]), threads=8)"
    )
    env = {**os.environ, "PYTHONPATH": root, "NEWSGRAPH_ROW_LIMIT": "10000"}
    process = subprocess.Popen(
        [sys.executable, "-c", launch, str(folder / "ours"), str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=root,
    )
    server = Server("newsgraph", f"http://127.0.0.1:{port}/sparql", process)
    wait_up(server.url, process)
    return server


def floor_app(kind: str) -> object:
    """The cheapest apps to serve: a bare WSGI callable (``wsgi``) or Flask with one empty route."""
    if kind == "wsgi":

        def bare(environ: dict[str, object], start_response: Callable[..., object]) -> list[bytes]:
            start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
            return [b"ok"]

        return bare
    from flask import Flask

    app = Flask("floor")
    app.add_url_rule("/", "empty", lambda: "ok")
    return app


def start_floor(kind: str) -> Server:
    """Serve ``floor_app(kind)`` with ``api.server.run``, the gunicorn setup of ``newsgraph serve``."""
    port = free_port()
    root = str(Path(__file__).resolve().parent.parent)
    launch = (
        "import sys; from bench.sparql import floor_app; from api.server import run; "
        "run(lambda: floor_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), threads=8)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", launch, kind, str(port)],
        env={**os.environ, "PYTHONPATH": root},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=root,
    )
    label = "gunicorn + bare WSGI" if kind == "wsgi" else "gunicorn + empty Flask route"
    server = Server(label, f"http://127.0.0.1:{port}/", process)
    wait_up(server.url, process)
    return server


def start_oxigraph(data: Path, folder: Path) -> Server:
    """``oxigraph load`` then ``oxigraph serve --union-default-graph`` on 127.0.0.1."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    location = str(folder / "oxigraph")
    subprocess.run(
        [binary, "load", "--location", location, "--file", str(data)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", location, "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Server("oxigraph", f"http://127.0.0.1:{port}/query", process)
    wait_up(server.url, process)
    return server


def start_rdflib(data: Path) -> Server:
    """``rdflib-endpoint serve`` (rdflib in-memory Dataset, union default graph)."""
    binary = shutil.which("rdflib-endpoint") or str(Path(sys.executable).parent / "rdflib-endpoint")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Server("rdflib-endpoint", f"http://127.0.0.1:{port}/", process)
    wait_up(server.url, process, timeout=900)
    return server


STAGES = (
    "read the query (graph.sparql; cached on repeat)",
    "engine: query + iterate rows",
    "engine + capped serialisation (graph.evaluate)",
    "+ worker process round trip (graph.pool)",
    "+ Flask, negotiation, limits (test client)",
)


def stages(location: Path, people: int, repeat: int = 300) -> dict[str, dict[str, float]]:
    """Median microseconds of each stage of one query, in process, on the loaded store."""
    import pyoxigraph as ox

    from api.app import close_app, create_app
    from graph.evaluate import QueryRequest, evaluate
    from graph.pool import WorkerPool
    from graph.sparql import inspect_query

    store = ox.Store.read_only(str(location))
    pool = WorkerPool(location, 1)
    app = create_app({"NEWSGRAPH_STORE": str(location), "NEWSGRAPH_SPARQL_WORKERS": 1})
    client = app.test_client()
    accept = {"Accept": "application/sparql-results+json"}
    table: dict[str, dict[str, float]] = {}
    try:
        for name, make in queries(people, random.Random(5)).items():
            if name == "aggregate":
                continue  # the engine's own work; the stages above it are the same as for the others
            steps: list[Callable[[str], object]] = [
                inspect_query,  # texts differ per call: the cache rarely answers
                lambda q: list(store.query(q, use_default_graph_as_union=True)),  # type: ignore[arg-type]
                lambda q: evaluate(store, QueryRequest(q, row_limit=10000)),
                lambda q: pool.run(QueryRequest(q, row_limit=10000), 30),
                lambda q: client.get("/sparql", query_string={"query": q}, headers=accept),
            ]
            texts = [make() for _ in range(repeat)]
            for stage, step in zip(STAGES, steps, strict=True):
                # Every stage answers the same texts twice and is timed the second time: each query
                # process has its own engine block cache, and only warm ones compare fairly.
                for text in texts:
                    step(text)
                timings = []
                for text in texts:
                    started = time.perf_counter()
                    step(text)
                    timings.append(time.perf_counter() - started)
                table.setdefault(stage, {})[name] = statistics.median(timings) * 1e6
    finally:
        pool.close()
        close_app(app)
    return table


@dataclass
class Measure:
    """Latencies of one query on one server."""

    latencies: list[float]
    seconds: float
    errors: int
    throughput: float | None = None  # req/s under --concurrency clients, when measured separately

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies) * 1000

    @property
    def p99(self) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000

    @property
    def rate(self) -> float:
        return self.throughput if self.throughput is not None else len(self.latencies) / self.seconds


def measure(url: str, make: Callable[[], str], requests: int, seconds: float, concurrency: int) -> Measure:
    """Send at most ``requests`` queries (or for ``seconds``) from ``concurrency`` keep-alive clients."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    sent = [0]
    stop_at = time.monotonic() + seconds
    get(url, make())  # warm up

    def client() -> None:
        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=300)
        try:
            while True:
                with lock:
                    if sent[0] >= requests or time.monotonic() > stop_at:
                        return
                    sent[0] += 1
                    query = make()
                start = time.perf_counter()
                try:
                    status, _ = get(url, query, connection)
                except OSError:
                    connection.close()
                    connection = http.client.HTTPConnection(
                        parts.hostname or "127.0.0.1", parts.port, timeout=300
                    )
                    status = 0
                elapsed = time.perf_counter() - start
                with lock:
                    if status == 200:
                        latencies.append(elapsed)
                    else:
                        errors[0] += 1
        finally:
            connection.close()

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Measure(latencies or [float("nan")], time.monotonic() - began, errors[0])


def stream_rss(server: Server, url: str) -> tuple[float, float, int]:
    """Download ``url`` (the graph as Turtle) sampling the server tree's RSS: baseline and peak MB."""
    import psutil

    root = psutil.Process(server.process.pid)

    def rss() -> int:
        total = 0
        for process in [root, *root.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                total += process.memory_info().rss
        return total

    baseline, peak, done = rss(), [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=600)
    size = 0
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        while chunk := response.read(1 << 16):
            size += len(chunk)
    finally:
        connection.close()
        done.set()
        sampler.join()
    return baseline / 2**20, peak[0] / 2**20, size


def main(argv: list[str] | None = None) -> int:
    """Run the whole benchmark and print the tables."""
    parser = argparse.ArgumentParser(
        prog="python -m bench sparql",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--people", type=int, default=41500, help="41500 people make 1.0M triples")
    parser.add_argument("--requests", type=int, default=300, help="at most this many requests per query")
    parser.add_argument("--seconds", type=float, default=20, help="and at most this long per query")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--skip", nargs="*", default=[], choices=["oxigraph", "rdflib-endpoint", "floor"])
    parser.add_argument("--stages", action="store_true", help="also time each stage of a query in process")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    try:
        data = folder / "graph.nq"
        started = time.monotonic()
        quads = generate(data, args.people)
        print(f"generated {quads} quads in {time.monotonic() - started:.1f} s", file=sys.stderr)
        location = load_ours(data, folder)
        stage_table = stages(location, args.people) if args.stages else None
        starters: list[Callable[[], Server]] = [lambda: start_ours(data, folder)]
        if "oxigraph" not in args.skip:
            starters.append(lambda: start_oxigraph(data, folder))
        if "rdflib-endpoint" not in args.skip:
            starters.append(lambda: start_rdflib(data))
        if "floor" not in args.skip:
            starters += [lambda: start_floor("wsgi"), lambda: start_floor("flask")]
        results: dict[str, dict[str, Measure]] = {}
        rss = None
        for start in starters:
            try:
                server = start()
            except RuntimeError as error:  # a server that does not come up is reported, not fatal
                print(f"skipped: {error}", file=sys.stderr)
                continue
            print(f"{server.name} up", file=sys.stderr)
            try:
                rng = random.Random(11)
                asked = {**queries(args.people, rng), FLOOR: lambda: "ASK {}"}
                if server.name.startswith("gunicorn"):
                    asked = {FLOOR: asked[FLOOR]}  # the floor apps answer every request alike
                for name, make in asked.items():
                    # Latency with one client (no queueing); throughput with --concurrency clients.
                    latency = measure(server.url, make, args.requests, args.seconds, 1)
                    load = measure(server.url, make, args.requests, args.seconds, args.concurrency)
                    results.setdefault(name, {})[server.name] = Measure(
                        latency.latencies, latency.seconds, latency.errors + load.errors, load.rate
                    )
                    print(f"  {name}: done", file=sys.stderr)
                if server.name == "newsgraph":
                    rss = stream_rss(server, server.url.removesuffix("/sparql") + "/graph.ttl")
            finally:
                server.stop()
        report(results, quads, rss, args)
        if stage_table:
            report_stages(stage_table)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def report(
    results: dict[str, dict[str, Measure]],
    quads: int,
    rss: tuple[float, float, int] | None,
    args: argparse.Namespace,
) -> None:
    """Print the Markdown tables (latency in ms; ratios against newsgraph)."""
    print(
        f"\n{quads} quads; p50/p99 from 1 client, req/s from {args.concurrency} clients; at most "
        f"{args.requests} requests or {args.seconds:g} s per run\n"
    )
    print(f"| query | server | p50 ms | p99 ms | req/s ({args.concurrency} clients) | requests | errors |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, by_server in results.items():
        for server, m in by_server.items():
            print(
                f"| {name} | {server} | {m.p50:.2f} | {m.p99:.2f} | {m.rate:.1f} | {len(m.latencies)} | "
                f"{m.errors} |"
            )
    print("\n| query | newsgraph p50 / oxigraph p50 | rdflib-endpoint p50 / newsgraph p50 |")
    print("|---|---:|---:|")
    for name, by_server in results.items():
        if "newsgraph" not in by_server:
            continue
        ours = by_server["newsgraph"].p50
        oxigraph = by_server.get("oxigraph")
        rdflib = by_server.get("rdflib-endpoint")
        print(
            f"| {name} | {ours / oxigraph.p50 if oxigraph else float('nan'):.2f}× | "
            f"{rdflib.p50 / ours if rdflib else float('nan'):.1f}× |"
        )
    if rss:
        baseline, peak, size = rss
        print(
            f"\nstreaming /graph.ttl ({size / 2**20:.0f} MB of Turtle): server RSS {baseline:.0f} MB "
            f"before, {peak:.0f} MB peak (+{peak - baseline:.0f} MB)"
        )


def report_stages(table: dict[str, dict[str, float]]) -> None:
    """Print the in-process stage medians (µs), each row including the ones above it but the first."""
    names = list(next(iter(table.values())))
    print("\nin process, median µs of one query (each row includes the rows above it, except the first)\n")
    print("| stage | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for stage, by_query in table.items():
        print(f"| {stage} | " + " | ".join(f"{by_query[n]:.0f}" for n in names) + " |")


if __name__ == "__main__":
    sys.exit(main())
