"""``python -m bench.paths``: projection build and path latency on a generated 100k-people graph.

Generates the dataset (``bench.graph_data``), bulk-loads it into an on-disk Oxigraph store, times
``build_network`` from that store (several times: the machine is shared, so the spread matters),
then times ``shortest_paths`` over random reachable pairs of people (k=1, k=3, weighted) and the
same pairs with igraph on the same graph, in the same process. Prints a Markdown table, with the
peak RSS. Bounded: a fixed number of builds and pairs, and a global time limit (``--timeout``).
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import random
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from bench.graph_data import generate
from graph.dijkstra import compact
from graph.network import Network, NetworkCache, build_network
from graph.paths import shortest_paths
from graph.store import OxigraphStore
from graph.traversal import COST, DEFAULT_EXCLUDED_TYPES, Walk, walkable

MODES: dict[str, dict] = {"k=1": {}, "k=3": {"k": 3}, "weighted": {"weighted": True}}


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def load_store(data: Path, folder: Path) -> tuple[float, int]:
    """Bulk-load ``data`` into a fresh on-disk store at ``folder`` and compact it; seconds, quads."""
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.optimize()  # compacted, as a store is after its first background compaction
    store.flush()
    count = len(store)
    del store
    return time.perf_counter() - started, count


def default_walk(network: Network) -> Walk:
    """The walk a path query takes by default (no outlets, places or countries in the middle)."""
    return Walk(
        network.graph,
        keep=(),
        exclude_types=frozenset(DEFAULT_EXCLUDED_TYPES),
        exclude_nodes=(),
        kinds=None,
        min_confidence=0.0,
    )


def pick_pairs(network: Network, pairs: int, seed: int) -> tuple[list[tuple[str, str]], int]:
    """``pairs`` random pairs of people connected in the default walk (people and organisations)."""
    import networkx as nx

    walk = default_walk(network)
    giant = max(nx.connected_components(walk.view), key=len)
    people = sorted(n for n in giant if network.graph.nodes[n]["type"] == "person")
    rng = random.Random(seed)
    chosen: list[tuple[str, str]] = []
    while len(chosen) < pairs:
        a, b = rng.sample(people, 2)
        chosen.append((a, b))
    return chosen, len(giant)


def igraph_timer(network: Network) -> tuple[float, dict[str, Callable[[str, str], object]]]:
    """The default-walk graph as igraph, with weights as in weighted mode; seconds to convert."""
    import igraph as ig

    started = time.perf_counter()
    walk = default_walk(network)
    view = walk.view
    index = {n: i for i, n in enumerate(view.nodes)}
    cost = walk.cost()
    edges, weights = [], []
    for u, v, data in view.edges(data=True):
        edges.append((index[u], index[v]))
        weights.append(cost(u, v, data))
    graph = ig.Graph(n=len(index), edges=edges)
    graph.es["w"] = weights
    seconds = time.perf_counter() - started

    def k1(a: str, b: str) -> object:
        return graph.get_shortest_path(index[a], index[b])

    def k3(a: str, b: str) -> object:
        return graph.get_k_shortest_paths(index[a], index[b], k=3)

    def weighted(a: str, b: str) -> object:
        return graph.get_shortest_path(index[a], index[b], weights="w")

    return seconds, {"k=1": k1, "k=3": k3, "weighted": weighted}


PATCH_DOCUMENT = "https://newsgraph.example/document/7c53e38378463a30"  # names recurring figures


def time_patches(cache: NetworkCache, store: OxigraphStore, rounds: int) -> list[tuple[float, float, float]]:
    """Seconds to remove one document and add it back through the cache (write + patch), per
    round: remove wall, add wall, CPU of both."""
    graph = ox.NamedNode(PATCH_DOCUMENT)
    triples = [q.triple for q in store._store.quads_for_pattern(None, None, None, graph)]
    if not triples:
        return []
    ntriples = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    out = []
    for _ in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        cache.remove_document(PATCH_DOCUMENT)
        removed = time.perf_counter() - started
        started = time.perf_counter()
        cache.add_document(PATCH_DOCUMENT, ntriples)
        out.append((removed, time.perf_counter() - started, time.process_time() - cpu))
    return out


def time_calls(call: Callable[[str, str], object], pairs: list[tuple[str, str]]) -> list[float]:
    """Milliseconds per call, one per pair (after three warm-up calls)."""
    for a, b in pairs[:3]:
        call(a, b)
    out = []
    for a, b in pairs:
        started = time.perf_counter()
        call(a, b)
        out.append((time.perf_counter() - started) * 1000)
    return out


def _two_people(graph: object) -> tuple[str, str]:
    people = (n for n, t in graph.nodes(data="type") if t == "person")  # type: ignore[attr-defined]
    return next(people), next(people)


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--builds", type=int, default=3, help="times the projection is built (spread)")
    parser.add_argument("--patches", type=int, default=3, help="remove/add rounds of one document")
    parser.add_argument("--workdir", type=Path, default=None, help="keep data and store here")
    parser.add_argument("--reuse", action="store_true", help="reuse --workdir's store (no generate/load)")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds before the run gives up")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, lambda *_: sys.exit("bench.paths: time limit reached"))
    signal.alarm(args.timeout)

    folder = args.workdir or Path(tempfile.mkdtemp(prefix="newsgraph-paths-"))
    folder.mkdir(parents=True, exist_ok=True)
    load_avg = [os.getloadavg()[0]]
    if args.reuse and args.workdir and (folder / "store" / "CURRENT").exists():
        generate_s = load_s = float("nan")
        quads = len(OxigraphStore(folder / "store", read_only=True))
    else:
        started = time.perf_counter()
        data = generate(folder / "graph.nq", people=args.people, seed=args.seed)
        generate_s = time.perf_counter() - started
        load_s, quads = load_store(data, folder / "store")

    store = OxigraphStore(folder / "store")
    builds, cpus = [], []
    network = None
    cache = NetworkCache(store)
    for i in range(args.builds):
        network = None  # the previous snapshot is freed first, as a rebuild in the server does not
        wall, cpu = time.perf_counter(), time.process_time()
        network = build_network(store) if i < args.builds - 1 else cache.get()  # the last one: cached
        builds.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        load_avg.append(os.getloadavg()[0])
    assert network is not None
    patches = time_patches(cache, store, args.patches)
    network = cache.get()  # patched: equal to a fresh build (tests/graph/test_patch.py)
    graph = network.graph

    started = time.perf_counter()
    copies = walkable(graph, frozenset(DEFAULT_EXCLUDED_TYPES))  # what graph.background makes after
    compact(copies, COST)  # a write, before any query needs it
    copies_s = time.perf_counter() - started
    first, second = _two_people(graph)
    started = time.perf_counter()
    shortest_paths(network, first, second)
    first_ms = (time.perf_counter() - started) * 1000
    pairs, giant = pick_pairs(network, args.pairs, args.seed)
    ours = {
        mode: time_calls(functools.partial(shortest_paths, network, **opts), pairs)
        for mode, opts in MODES.items()
    }
    lengths = [shortest_paths(network, a, b)["length"] for a, b in pairs]
    try:
        convert_s, theirs_calls = igraph_timer(network)
        theirs = {mode: time_calls(call, pairs) for mode, call in theirs_calls.items()}
    except ImportError:
        convert_s, theirs = float("nan"), {}
    load_avg.append(os.getloadavg()[0])
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    found = [n for n in lengths if n is not None]
    print(f"## Paths and projection: {args.people:,} people, {quads:,} quads, seed {args.seed}\n")
    print(f"Machine: {machine()}; load average {min(load_avg):.1f}–{max(load_avg):.1f} during the run.")
    print(
        f"Projection: {graph.number_of_nodes():,} entities, {graph.number_of_edges():,} edges; "
        f"largest component of the default walk: {giant:,} entities."
    )
    print(
        f"Pairs: {len(pairs)} random pairs of people in that component; {len(found)} connected within "
        f"6 hops (lengths {min(found, default=0)}–{max(found, default=0)}, median "
        f"{statistics.median(found) if found else 0}).\n"
    )
    print("| measure | value |")
    print("|---|---|")
    print(f"| generate N-Quads | {generate_s:.1f} s |")
    print(f"| bulk load + compact (on disk) | {load_s:.1f} s |")
    print(
        f"| build projection, wall ({len(builds)} runs) | min {min(builds):.1f} s, median "
        f"{statistics.median(builds):.1f} s, max {max(builds):.1f} s |"
    )
    print(
        f"| build projection, CPU of this process | min {min(cpus):.1f} s, median {statistics.median(cpus):.1f} s |"
    )
    if patches:
        removes, adds, patch_cpu = ([p[i] for p in patches] for i in range(3))
        print(
            f"| write + patch, remove / add one document ({len(patches)} rounds, {PATCH_DOCUMENT[-16:]}) "
            f"| remove median {statistics.median(removes):.2f} s (max {max(removes):.2f}), add median "
            f"{statistics.median(adds):.2f} s (max {max(adds):.2f}); CPU of both median "
            f"{statistics.median(patch_cpu):.2f} s |"
        )
    print(
        f"| path copies of a snapshot (walkable + compact; made in the background after a write) | {copies_s:.2f} s |"
    )
    print(f"| first path query after that | {first_ms:.1f} ms |")
    print(f"| convert to igraph (not in the path times) | {convert_s:.2f} s |")
    print(f"| peak RSS | {rss_mb:,.0f} MB |")
    print()
    print("| query | newsgraph p50 | newsgraph p99 | igraph p50 | igraph p99 | ratio p50 | ratio p99 |")
    print("|---|---|---|---|---|---|---|")
    for mode in MODES:
        p50, p99 = percentile(ours[mode], 0.5), percentile(ours[mode], 0.99)
        if mode in theirs:
            t50, t99 = percentile(theirs[mode], 0.5), percentile(theirs[mode], 0.99)
            print(
                f"| {mode} | {p50:.2f} ms | {p99:.2f} ms | {t50:.3f} ms | {t99:.3f} ms | "
                f"{p50 / t50:.2g}× | {p99 / t99:.2g}× |"
            )
        else:
            print(f"| {mode} | {p50:.2f} ms | {p99:.2f} ms | – | – | – | – |")
    print(
        "\nnewsgraph times are whole `shortest_paths` calls (resolving both ends, filters, every hop's "
        "relations and evidence); igraph times are the bare search on a prebuilt igraph graph."
    )
    if args.workdir is None:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
