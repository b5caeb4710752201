"""Load the suite's data files into the endpoint's store through SPARQL Update, one graph per file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from conformance.suite import Endpoint

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
}


class LoadError(RuntimeError):
    """The endpoint refused a data load (no update token?)."""


def reset(endpoint: Endpoint) -> None:
    """Empty the store; DROP ALL so that no empty graph is remembered (unlike CLEAR ALL)."""
    reply = endpoint.update("DROP ALL")
    if reply.status >= 300:
        raise LoadError(f"DROP ALL answered {reply.status}: {reply.body[:200]!r}")


def load(endpoint: Endpoint, file: Path, graph: str) -> None:
    """Insert the triples of ``file`` into the named graph ``graph``.

    The update text is written from engine-serialised terms only (``str(NamedNode)`` and N-Triples
    from ``pyoxigraph.serialize``): suite data, never user input.
    """
    triples = list(ox.parse(path=str(file), format=FORMATS[file.suffix], base_iri=file.resolve().as_uri()))
    if not triples:
        return
    ntriples = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    name = ox.NamedNode(graph)
    reply = endpoint.update(f"INSERT DATA {{ GRAPH {name} {{\n{ntriples}\n}} }}")
    if reply.status >= 300:
        raise LoadError(f"loading {file.name} answered {reply.status}: {reply.body[:300]!r}")
