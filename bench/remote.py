"""Bulk write rate to a remote store: triples/s into the Oxigraph server and into Virtuoso.

``python -m bench remote [--documents N]`` starts each server on free loopback ports (the same
starters the tests use), writes N copies of the extracted seed article as separate documents
through ``RemoteStore.add_document`` — once by Graph Store Protocol PUT (the default) and once by
SPARQL Update (``DROP SILENT GRAPH; INSERT DATA``) — and prints triples per second for each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

TESTS = Path(__file__).resolve().parent.parent / "tests"


def documents(count: int) -> list[tuple[str, str]]:
    """``count`` distinct documents: the seed article's graph with its document id renumbered."""
    from extract import extract_document, load_pipeline, seed_source

    seed = extract_document(seed_source(), nlp=load_pipeline())
    text = seed.graph.serialize(format="nt")
    ident = seed.iri.rsplit("/", 1)[-1]
    made = []
    for number in range(count):
        new = f"{number:016x}"
        ntriples = text.replace(ident, new)
        list(ox.parse(ntriples.encode(), ox.RdfFormat.N_TRIPLES))  # still valid N-Triples
        made.append((seed.iri.replace(ident, new), ntriples))
    return made


def rate(engine: object, docs: list[tuple[str, str]], *, update: bool) -> tuple[float, int]:
    """Seconds and triples to write ``docs`` into a fresh server."""
    from graph.remote import RemoteStore

    env = {**engine.environment()}  # type: ignore[attr-defined]
    if update:
        env["NEWSGRAPH_STORE_GRAPH_STORE"] = ""
    store = RemoteStore.from_url(engine.url, env=env)  # type: ignore[attr-defined]
    triples = sum(text.count("\n") for _, text in docs)
    start = time.perf_counter()
    for iri, text in docs:
        store.add_document(iri, text)
    return time.perf_counter() - start, triples


def main(argv: list[str]) -> int:
    """Run the benchmark and print one line per engine and write path."""
    parser = argparse.ArgumentParser(prog="python -m bench remote")
    parser.add_argument("--documents", type=int, default=20)
    options = parser.parse_args(argv)
    sys.path[:0] = [str(TESTS), str(TESTS / "remote")]  # the tests' server starters
    import engines  # type: ignore[import-not-found]  # the tests' helpers, found on the path set above

    docs = documents(options.documents)
    print(f"{len(docs)} documents, {sum(t.count(chr(10)) for _, t in docs)} triples", file=sys.stderr)
    starters = [("oxigraph", engines.oxigraph)]
    if engines.virtuoso_available():
        starters.append(("virtuoso", engines.virtuoso))
    for name, make in starters:
        for update in (False, True):
            with tempfile.TemporaryDirectory() as folder:
                engine = make(Path(folder))
                engine.start()
                try:
                    if name == "virtuoso":
                        engines.set_virtuoso_password(engine)
                    seconds, triples = rate(engine, docs, update=update)
                finally:
                    engine.stop()
            how = "SPARQL Update" if update else "Graph Store PUT"
            print(
                f"{name:9} {how:16} {triples:7d} triples {seconds:7.2f} s {triples / seconds:9.0f} triples/s"
            )
    return 0
