"""Extraction on 1 process, a 2-process pool and a 2-worker Dask cluster; store and projection sizes.

Usage: ``python -m bench cluster [--articles 200] [--seed 1] [--people 10000 20000 40000]``

In one run, on the generated articles (``bench/articles.py``): extraction throughput with one
process, ``process_pool(2)`` and ``dask_executor(2)`` (a LocalCluster), each warmed up first
(model loaded) and timed on the same articles, wall time and CPU seconds of every process
involved; then the documents written to an on-disk Oxigraph store the way ``build`` writes them
(identity resolved in this one process): write rate, triples per article and bytes per triple on
disk; then the NetworkX projection's memory (tracemalloc) on ``bench/graph_data.py`` graphs of
``--people`` sizes, including the walkable copy the first path query makes. The inputs of
docs/capacity.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import signal
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext, suppress
from pathlib import Path
from typing import Any

import psutil

MiB = 2**20


def _cpu_all() -> float:
    """CPU seconds of this process and every live descendant (pool workers, nannies, Dask workers)."""
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        with suppress(psutil.NoSuchProcess):
            total += sum(child.cpu_times()[:2])
    return total


def _du(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def throughput(name: str, make: Callable[[], AbstractContextManager[Any]], sources: list, words: int) -> dict:
    """Warm ``make()``'s executor up on two articles, then time extraction of all ``sources``."""
    from extract import extract_all

    started = time.perf_counter()
    with make() as executor:
        list(extract_all(sources[:2], executor))  # every worker up, model loaded
        setup = time.perf_counter() - started
        cpu, wall = _cpu_all(), time.perf_counter()
        documents = list(extract_all(sources, executor))
        wall, cpu = time.perf_counter() - wall, _cpu_all() - cpu
    return {"name": name, "setup": setup, "wall": wall, "cpu": cpu, "docs": documents, "words": words}


def extraction(n: int, seed: int) -> tuple[list[dict], list]:
    """The three runs on the same ``n`` articles; the documents of the first."""
    from api.cluster import dask_executor
    from bench.articles import articles
    from extract import Source, load_pipeline, process_pool

    sources = [Source(**item, origin=f"bench:{i}") for i, item in enumerate(articles(n, seed))]
    words = sum(len(s.text.split()) for s in sources)
    load_pipeline()
    runs = [
        throughput("1 process (this one)", nullcontext, sources, words),
        throughput("process pool, 2 processes", lambda: process_pool(2), sources, words),
        throughput("Dask LocalCluster, 2 workers x 1 thread", lambda: dask_executor(2), sources, words),
    ]
    return runs, runs[0]["docs"]


def store_sizes(documents: list, folder: Path) -> dict:
    """Write ``documents`` as ``build`` does (identity here, in order); rate, triples, bytes on disk."""
    import pyoxigraph as ox

    from api.identity import store_document
    from graph.network import build_network
    from graph.store import OxigraphStore

    store = OxigraphStore(folder)
    started, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        store_document(store, document)
    write, write_cpu = time.perf_counter() - started, time.process_time() - cpu
    quads = len(store)
    edges = build_network(store).graph.number_of_edges()
    store.close()
    raw = _du(folder)
    compact = ox.Store(str(folder))
    compact.optimize()
    compact.flush()
    del compact
    return {
        "write": write,
        "write_cpu": write_cpu,
        "quads": quads,
        "raw": raw,
        "compact": _du(folder),
        "edges": edges,
    }


def projection_memory(people: int, folder: Path) -> dict:
    """Bytes the projection holds (tracemalloc), and with the walkable copy of the first path query."""
    from bench.graph_data import generate
    from bench.paths import _two_people, load_store
    from graph.network import build_network
    from graph.paths import shortest_paths
    from graph.store import OxigraphStore

    _, quads = load_store(generate(folder / "graph.nq", people=people), folder / "store")
    disk = _du(folder / "store")
    store = OxigraphStore(folder / "store", read_only=True)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    network = build_network(store)
    gc.collect()
    built = tracemalloc.get_traced_memory()[0] - base
    shortest_paths(network, *_two_people(network.graph))
    gc.collect()
    walked, peak = (value - base for value in tracemalloc.get_traced_memory())
    tracemalloc.stop()
    graph = network.graph
    result = {
        "people": people,
        "quads": quads,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return {**result, "built": built, "walked": walked, "peak": peak, "disk": disk}


def report(runs: list[dict], n: int, sizes: dict, memory: list[dict]) -> None:
    """Print the Markdown tables."""
    one = runs[0]
    print(f"## Cluster bench: {n} articles, {one['words']:,} words\n")
    print(
        "| extraction | setup s | wall s | docs/s | words/s | ratio to 1 process | CPU s | words per CPU-s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for run in runs:
        dps, wps = n / run["wall"], run["words"] / run["wall"]
        print(
            f"| {run['name']} | {run['setup']:.1f} | {run['wall']:.1f} | {dps:.2f} | {wps:,.0f} | "
            f"{one['wall'] / run['wall']:.2f} | {run['cpu']:.1f} | {run['words'] / run['cpu']:,.0f} |"
        )
    quads = sizes["quads"]
    print(f"\n| store ({n} articles, identity resolved, one writer) | value |\n|---|---|")
    write, cpu = sizes["write"], sizes["write_cpu"]
    print(f"| write (store_document, in order), wall | {write:.1f} s, {n / write:.1f} docs/s |")
    print(f"| write, CPU of the writing process | {cpu:.1f} s, {n / cpu:.1f} docs per CPU-s |")
    print(f"| quads | {quads:,} ({quads / n:,.0f} per article) |")
    print(f"| on disk as written | {sizes['raw'] / MiB:.1f} MiB, {sizes['raw'] / quads:.0f} bytes per quad |")
    print(
        f"| on disk compacted | {sizes['compact'] / MiB:.1f} MiB, {sizes['compact'] / quads:.0f} bytes per quad |"
    )
    print(f"| projection edges | {sizes['edges']:,} ({sizes['edges'] / n:.1f} per article) |")
    print(
        "\n| projection (graph_data) | quads | entities | edges | built MiB | B/edge | +walk MiB | B/edge | peak MiB | store B/quad |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for m in memory:
        e = m["edges"]
        print(
            f"| {m['people']:,} people | {m['quads']:,} | {m['nodes']:,} | {e:,} | {m['built'] / MiB:.0f} | "
            f"{m['built'] / e:,.0f} | {m['walked'] / MiB:.0f} | {m['walked'] / e:,.0f} | {m['peak'] / MiB:.0f} | "
            f"{m['disk'] / m['quads']:.0f} |"
        )


def main(argv: list[str] | None = None) -> int:
    """Run the three parts and print their tables."""
    parser = argparse.ArgumentParser(prog="python -m bench cluster", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, nargs="*", default=[10_000, 20_000, 40_000])
    parser.add_argument("--timeout", type=int, default=3600, help="seconds before the run gives up")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, lambda *_: sys.exit("bench.cluster: time limit reached"))
    signal.alarm(args.timeout)
    work = Path(tempfile.mkdtemp(prefix="newsgraph-cluster-"))
    load = [os.getloadavg()[0]]
    try:
        runs, documents = extraction(args.articles, args.seed)
        load.append(os.getloadavg()[0])
        sizes = store_sizes(documents, work / "articles")
        memory = [projection_memory(people, work / f"graph-{people}") for people in args.people]
        load.append(os.getloadavg()[0])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(runs, args.articles, sizes, memory)
    print(f"\nload average {min(load):.1f}–{max(load):.1f} during the run; {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
