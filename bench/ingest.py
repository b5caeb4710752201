"""Ingest throughput with 1 and 2 extraction workers, peak memory, projection rebuild (issue 6).

Usage: ``python -m bench ingest [--articles 2000] [--seed 1] [--workers 1 2] [--workdir DIR]``

Generates the articles (``bench/articles.py``) as one JSON Lines file, then for each worker count
runs a fresh interpreter that reads the file, builds a new on-disk store with
``api.ingest.build`` and rebuilds the who-connects-to-whom projection. Each run is a separate
process so one run's loaded model does not count in the next one's memory; this process samples
the run's resident memory with its worker processes (psutil) every 0.5 s and keeps the peak. CPU seconds (the run and its workers) are given beside wall
time because the machine is shared: words per CPU-second do not depend on the other load.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def peak_rss(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Sample the resident memory of process ``pid`` and all its descendants until ``stop``."""
    import psutil

    root = psutil.Process(pid)
    while not stop.is_set():
        total = 0
        try:
            for proc in (root, *root.children(recursive=True)):
                with contextlib.suppress(psutil.NoSuchProcess):
                    total += proc.memory_info().rss
        except psutil.NoSuchProcess:
            return
        peak[0] = max(peak[0], total)
        stop.wait(0.5)


def run_once(jsonl: Path, store_dir: Path, workers: int) -> dict[str, float]:
    """Ingest ``jsonl`` into a new store with ``workers`` processes in a child interpreter."""
    command = [sys.executable, "-m", "bench.ingest", "--run", str(jsonl), str(store_dir), str(workers)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    stop, peak = threading.Event(), [0]
    sampler = threading.Thread(target=peak_rss, args=(child.pid, stop, peak), daemon=True)
    sampler.start()
    out, _ = child.communicate()
    stop.set()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"the {workers}-worker run failed (exit {child.returncode})")
    return {**json.loads(out), "peak_rss_mb": peak[0] / 2**20}


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the pool's workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child_main(jsonl: str, store_dir: str, workers: int) -> int:
    """The measured run: read, ingest, rebuild the projection; print figures as JSON."""
    from api.ingest import build
    from extract import process_pool, read_sources
    from graph.network import build_network
    from graph.store import OxigraphStore

    start = time.perf_counter()
    sources = read_sources([jsonl])
    read_s = time.perf_counter() - start
    store = OxigraphStore(store_dir)
    start, cpu = time.perf_counter(), _cpu()
    pool = process_pool(workers) if workers > 1 else None
    try:
        report = build(store, sources, executor=pool)
    finally:
        if pool is not None:
            pool.shutdown()
    ingest_s, cpu_s = time.perf_counter() - start, _cpu() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    network = build_network(store)
    projection_s, projection_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    figures = {
        "documents": len(report.added),
        "words": sum(len(source.text.split()) for source in sources),
        "triples": sum(int(str(item["triples"])) for item in report.added),
        "quads": len(store),
        "read_s": read_s,
        "ingest_s": ingest_s,
        "cpu_s": cpu_s,
        "projection_s": projection_s,
        "projection_cpu_s": projection_cpu_s,
        "nodes": network.graph.number_of_nodes(),
        "edges": network.graph.number_of_edges(),
    }
    store.close()
    print(json.dumps(figures))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Generate the articles, run each worker count, print a Markdown table."""
    from bench.articles import write_jsonl

    parser = argparse.ArgumentParser(prog="python -m bench ingest", description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--workdir", type=Path, help="Keep the articles and stores here (default: a temp dir)."
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        jsonl = workdir / f"articles-{args.articles}-seed{args.seed}.jsonl"
        start = time.perf_counter()
        words = write_jsonl(str(jsonl), args.articles, args.seed)
        print(
            f"{args.articles:,} articles, {words:,} words, generated in {time.perf_counter() - start:.1f} s; "
            f"load average {os.getloadavg()[0]:.1f}",
            file=sys.stderr,
        )
        rows = []
        for workers in args.workers:
            store_dir = workdir / f"store-{workers}w"
            if store_dir.exists():
                raise SystemExit(f"{store_dir} exists; remove it or give another --workdir")
            rows.append((workers, run_once(jsonl, store_dir, workers), os.getloadavg()[0]))
            print(f"{workers} worker(s) done", file=sys.stderr)
    print("| workers | documents | words | triples | ingest s (wall) | documents/s | words/s | triples/s "
          "| CPU s | words/CPU-s | peak RSS (with workers) | projection rebuild s (CPU s) | load avg after |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for workers, r, load in rows:
        seconds = r["ingest_s"]
        print(
            f"| {workers} | {r['documents']:,} | {r['words']:,} | {r['triples']:,} | {seconds:.1f} "
            f"| {r['documents'] / seconds:.2f} | {r['words'] / seconds:,.0f} | {r['triples'] / seconds:,.0f} "
            f"| {r['cpu_s']:,.0f} | {r['words'] / r['cpu_s']:,.0f} | {r['peak_rss_mb']:,.0f} MB "
            f"| {r['projection_s']:.2f} ({r.get('projection_cpu_s', 0):.2f}) | {load:.1f} |"
        )
    first = rows[0][1]
    same = all((r["quads"], r["documents"]) == (first["quads"], first["documents"]) for _, r, _ in rows)
    print(
        f"\nstore: {first['quads']:,} quads; projection {first['nodes']:,} nodes, {first['edges']:,} edges; "
        f"reading the JSON Lines file: {first['read_s']:.1f} s; "
        f"stores identical in size across worker counts: {'yes' if same else 'NO'}"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--run":
        sys.exit(child_main(sys.argv[2], sys.argv[3], int(sys.argv[4])))
    sys.exit(main())
