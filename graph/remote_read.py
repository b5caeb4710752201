"""Read a remote server's answers as pyoxigraph results, and keep ``/sparql`` read-only on the way there.

Answers are parsed by the engine from the HTTP body as it arrives, so a capped query reads only
the rows it keeps; a failure while reading becomes a graph-layer error naming the server.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox

from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreUnavailableError
from graph.sparql import inspect_query, keywords
from graph.sparql_text import TOKEN

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"

# Virtuoso's own graphs (its RDF views, LDP and OWL vocabularies, DAV): in the dataset, not ours.
EXCLUDED_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://www.w3.org/2002/07/owl#",
    "http://localhost:8890/",
)

# Depth-0 words that make a request more than a query: SPARQL Update operations and Virtuoso's
# DEFINE pragmas (which can, for one, make it fetch FROM graphs off the web).
_NOT_READ_ONLY = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
    "DEFINE",
}
# Virtuoso lets a query call SQL built-ins through these prefixes.
_ENGINE_PREFIXES = ("bif:", "sql:")


def accept_for(query: str) -> str:
    """The one media type to ask for: N-Triples for graphs, SPARQL JSON results otherwise."""
    return NTRIPLES if inspect_query(query).form in ("CONSTRUCT", "DESCRIBE") else RESULTS_JSON


def check_read_only(query: str) -> None:
    """Refuse, before sending, anything but a plain SELECT, ASK, CONSTRUCT or DESCRIBE."""
    if inspect_query(query).form is None:
        raise QuerySyntaxError(
            "this is not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE); send updates as update= "
            "with the update token"
        )
    found = {k.word for k in keywords(query) if k.depth == 0} & _NOT_READ_ONLY
    if found:
        raise QuerySyntaxError(f"{', '.join(sorted(found))} is not allowed in a query to this endpoint")
    for match in TOKEN.finditer(query):
        name = match.group("pname")  # by name: ``lastgroup`` is None for this alternative
        if name and name.lower().startswith(_ENGINE_PREFIXES):
            raise QuerySyntaxError(f"{name}: the store's built-in SQL functions are not available here")


class _Body(io.RawIOBase):
    """The HTTP body for the engine's parser; a network failure is kept to be reported in our terms.

    Virtuoso writes blank nodes as ``nodeID://b1``, which is no blank node label; the prefix is
    dropped on the way through. A chunk is cut after its last ``}`` (the pattern holds none), so a
    pattern is never split between two chunks.
    """

    def __init__(self, response: IO[bytes], server: str) -> None:
        self.response, self.server = response, server
        self.failure: Exception | None = None
        self._held, self._ready = b"", b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        while not self._ready:
            chunk = self._read(max(len(buffer), 65536))
            data = self._held + chunk
            cut = len(data) if not chunk else data.rfind(b"}") + 1
            self._ready, self._held = _BNODE.sub(rb"\1", data[:cut]), data[cut:]
            if not chunk:
                break
        size = min(len(buffer), len(self._ready))
        buffer[:size], self._ready = self._ready[:size], self._ready[size:]
        return size

    def _read(self, size: int) -> bytes:
        try:
            return self.response.read(size)
        except TimeoutError:
            self.failure = QueryTimeoutError(f"the SPARQL server at {self.server} stopped sending its answer")
            raise
        except OSError as error:
            self.failure = StoreUnavailableError(
                f"the SPARQL server at {self.server} broke off its answer: {error}"
            )
            raise


_BNODE = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')


def _reader(body: _Body) -> IO[bytes]:
    """Buffered, so the engine's parser reads in large chunks."""
    return io.BufferedReader(body)  # type: ignore[type-var]


def _reported(body: _Body, error: Exception) -> Exception:
    if body.failure is not None:
        return body.failure
    return StoreUnavailableError(
        f"the SPARQL server at {body.server} sent an answer that does not parse: {error}"
    )


class _Solutions:
    """Solutions parsed as they arrive; looks like ``ox.QuerySolutions`` to graph.evaluate."""

    def __init__(self, solutions: ox.QuerySolutions, body: _Body) -> None:
        self.variables = solutions.variables
        self._solutions, self._body = solutions, body

    def __iter__(self) -> Iterator[ox.QuerySolution]:
        try:
            yield from self._solutions
        except (OSError, SyntaxError, ValueError) as error:
            raise _reported(self._body, error) from None


def read_result(response: IO[bytes], server: str) -> QueryResult:
    """The whole answer of a query as a pyoxigraph result (for the package's own, bounded queries)."""
    body = _Body(response, server)
    try:
        if response.headers.get_content_type() in (NTRIPLES, "text/plain"):  # type: ignore[attr-defined]
            return _as_query_triples(ox.parse(_reader(body), ox.RdfFormat.N_TRIPLES), 0)
        result = ox.parse_query_results(body.read(), ox.QueryResultsFormat.JSON)
    except (OSError, SyntaxError, ValueError) as error:
        raise _reported(body, error) from None
    finally:
        response.close()
    return result


def read_body(response: IO[bytes], server: str) -> bytes:
    """The whole body of an answer, Virtuoso's blank node labels mended."""
    body = _Body(response, server)
    try:
        return body.read()
    except OSError as error:
        raise _reported(body, error) from None
    finally:
        response.close()


def streamed_result(response: IO[bytes], row_limit: int, server: str) -> QueryResult | _Solutions:
    """The answer read lazily (solutions) or up to ``row_limit`` + 1 triples (graphs)."""
    body = _Body(response, server)
    try:
        if response.headers.get_content_type() in (NTRIPLES, "text/plain"):  # type: ignore[attr-defined]
            return _as_query_triples(ox.parse(_reader(body), ox.RdfFormat.N_TRIPLES), row_limit)
        result = ox.parse_query_results(_reader(body), ox.QueryResultsFormat.JSON)
    except (OSError, SyntaxError, ValueError) as error:
        raise _reported(body, error) from None
    if isinstance(result, ox.QuerySolutions):
        return _Solutions(result, body)
    return result


def _as_query_triples(triples: Iterator[ox.Triple], row_limit: int) -> ox.QueryTriples:
    """Triples as ``ox.QueryTriples`` (what the rest of the package takes), through a store in memory.

    With a cap, distinct triples are read until one more than the cap, so truncation shows.
    """
    store, seen = ox.Store(), set()
    for triple in triples:
        seen.add(triple)
        if 0 < row_limit < len(seen):
            break
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in seen)
    return store.query("CONSTRUCT WHERE { ?s ?p ?o }")  # type: ignore[return-value]


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


def _canonical(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A boolean in its canonical form: Virtuoso stores ``true`` and answers ``"1"^^xsd:boolean``."""
    if isinstance(term, ox.Literal) and term.datatype == _BOOLEAN and term.value in ("1", "0"):
        return ox.Literal("true" if term.value == "1" else "false", datatype=_BOOLEAN)
    return term


def read_quads(response: IO[bytes], server: str) -> Iterator[ox.Quad]:
    """Quads from a ``SELECT ?s ?p ?o ?g`` answer, as they arrive."""
    body = _Body(response, server)
    try:
        solutions = ox.parse_query_results(_reader(body), ox.QueryResultsFormat.JSON)
        for s, p, o, g in solutions:  # type: ignore[union-attr]
            yield ox.Quad(s, p, _canonical(o), g)
    except (OSError, SyntaxError, ValueError) as error:
        raise _reported(body, error) from None
