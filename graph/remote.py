"""The Store interface over a remote SPARQL 1.1 server (Oxigraph server, Virtuoso, any 1.1 store).

A document is one named graph, replaced whole in one request: a Graph Store Protocol ``PUT``
where the server has one, else ``DROP SILENT GRAPH; INSERT DATA`` in one update (a document larger
than ``batch`` triples is written to a staging graph in batches and then moved in one update).
Results come back as pyoxigraph objects, so the rest of the package cannot tell the stores apart.
Every write also replaces a one-triple change marker, which other processes poll to notice writes.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.errors import NotFoundError, QuerySyntaxError, StoreUnavailableError
from graph.evaluate import Answer, QueryRequest, evaluate
from graph.formats import Format
from graph.remote_http import Client, Endpoints, endpoints
from graph.remote_read import (
    EXCLUDED_GRAPHS,
    RESULTS_JSON,
    QueryResult,
    accept_for,
    check_read_only,
    read_quads,
    read_result,
    streamed_result,
)
from graph.sparql_text import (
    Term,
    drop_graph,
    insert_data,
    move_graph,
    sequence,
    term,
    with_base,
    with_values,
)
from graph.store import Store, prefixes

CHANGES_GRAPH = "urn:newsgraph:changes"
CHANGE = "urn:newsgraph:change"
STAGING = "urn:newsgraph:staging:"


class RemoteStore(Store):
    """A SPARQL 1.1 server as the store; ``read_only`` refuses writes here, before any request."""

    def __init__(
        self,
        where: Endpoints,
        *,
        user: str | None = None,
        password: str | None = None,
        read_only: bool = False,
        timeout: float = 30.0,
        retries: int = 4,
        batch: int = 20000,
        poll: float = 1.0,
    ) -> None:
        self.where = where
        self.client = Client(where, user=user, password=password, timeout=timeout, retries=retries)
        self.read_only, self.batch, self.poll = read_only, batch, poll
        self.on_batch: object = (
            None  # called after each staging batch (the fault tests stop the server there)
        )
        self._generation, self._marker, self._checked = 0, "", 0.0
        self._lock = threading.Lock()
        self._marker = self._read_marker()  # also proves the server answers

    @classmethod
    def from_url(
        cls, url: str, *, read_only: bool = False, env: Mapping[str, str] | None = None
    ) -> RemoteStore:
        """The store at ``url``, configured from ``NEWSGRAPH_STORE_*`` (see docs/remote.md)."""
        env = os.environ if env is None else env
        return cls(
            endpoints(url, env),
            user=env.get("NEWSGRAPH_STORE_USER") or None,
            password=env.get("NEWSGRAPH_STORE_PASSWORD"),
            read_only=read_only,
            timeout=float(env.get("NEWSGRAPH_STORE_TIMEOUT") or 30),
            retries=int(env.get("NEWSGRAPH_STORE_RETRIES") or 4),
            batch=int(env.get("NEWSGRAPH_STORE_BATCH") or 20000),
        )

    @property
    def location(self) -> None:
        """No directory: the SPARQL endpoint evaluates queries here, not in worker processes."""
        return None

    # -- change tracking -------------------------------------------------------------------

    @property
    def generation(self) -> int:
        """Moves on every write, ours or (noticed within ``poll`` seconds) another process's."""
        now = time.monotonic()
        if now - self._checked >= self.poll:
            marker = self._read_marker()
            with self._lock:
                if marker != self._marker:
                    self._marker, self._generation = marker, self._generation + 1
        return self._generation

    @generation.setter
    def generation(self, value: int) -> None:
        self._generation = value

    def _read_marker(self) -> str:
        rows = self.select("SELECT ?v WHERE { GRAPH ?g { ?s ?p ?v } }", g=CHANGES_GRAPH, p=CHANGE)
        self._checked = time.monotonic()
        return "".join(sorted(str(row["v"]) for row in rows))

    def _changed(self) -> None:
        marker = uuid.uuid4().hex
        node = ox.NamedNode(CHANGES_GRAPH)
        change = ox.Triple(node, ox.NamedNode(CHANGE), ox.Literal(marker))
        self.client.update(sequence([drop_graph(CHANGES_GRAPH), insert_data(CHANGES_GRAPH, [change])]))
        with self._lock:
            self._marker, self._generation = marker, self._generation + 1

    # -- writes ----------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreUnavailableError(f"the store at {self.where.server} is open read-only")

    def add_document(self, iri: str, ntriples: str) -> bool:
        self._writable()
        triples = list(ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES))
        if self.has_document(iri):
            return False
        self._replace_graph(iri, triples)
        self._changed()
        return True

    def _replace_graph(self, iri: str, triples: list[ox.Triple]) -> None:
        """Make graph ``iri`` hold exactly ``triples``, all at once or not at all."""
        if self.where.graph_store is not None:
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            self.client.put_graph(term(iri)[1:-1], body)
            return
        if len(triples) <= self.batch:
            self.client.update(sequence([drop_graph(iri), insert_data(iri, triples)]))
            return
        staging = STAGING + hashlib.sha256(iri.encode("utf-8")).hexdigest()
        self.client.update(drop_graph(staging))
        for start in range(0, len(triples), self.batch):
            self.client.update(insert_data(staging, triples[start : start + self.batch]))
            if callable(self.on_batch):
                self.on_batch(start // self.batch + 1)
        # One update: readers see the old graph or the whole new one (SPARQL 1.1 Update §3.2.5).
        self.client.update(move_graph(staging, iri))

    def remove_document(self, iri: str) -> None:
        self._writable()
        if not self.has_document(iri):
            raise NotFoundError(f"no document {iri} in the store")
        self.client.update(drop_graph(iri))
        self._changed()

    def has_document(self, iri: str) -> bool:
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", substitutions={"g": ox.NamedNode(iri)}))

    def load(self, data: bytes | IO[bytes] | str | Path, fmt: Format, graph: str | None = None) -> int:
        """Load RDF in any format Oxigraph reads into ``graph`` (or the quads' own graphs); count."""
        self._writable()
        source = open(data, "rb") if isinstance(data, (str, Path)) else data  # noqa: SIM115
        try:
            parsed = list(ox.parse(source, fmt.engine))  # type: ignore[arg-type]
        except SyntaxError as error:
            raise QuerySyntaxError(f"not valid {fmt.name}: {error}") from None
        finally:
            if source is not data:
                source.close()  # type: ignore[union-attr]
        by_graph: dict[str | None, list[ox.Triple]] = {}
        for quad in parsed:
            name = graph or (
                quad.graph_name.value if isinstance(getattr(quad, "graph_name", None), ox.NamedNode) else None
            )
            by_graph.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
        for name, triples in by_graph.items():
            # Blank nodes keep their identity only inside one request (Virtuoso refuses them in INSERT DATA).
            step = len(triples) if any(_has_blank(t) for t in triples) else self.batch
            for start in range(0, len(triples), max(step, 1)):
                template = step != self.batch  # fresh blank nodes each time: not idempotent, no retry
                self.client.update(
                    insert_data(name, triples[start : start + step], template=template), retry=not template
                )
        self._changed()
        return len(parsed)

    def update(self, sparql: str, *, base: str | None = None) -> None:
        """Forward a SPARQL Update exactly as written (the token was checked by the endpoint).

        ``base`` is not applied: relative IRIs resolve against the server's update endpoint.
        """
        self._writable()
        self.client.update(sparql, retry=False)  # a user's update need not be idempotent
        self._changed()

    # -- reads -----------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, Term] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base: str | None = None,
    ) -> QueryResult:
        text = with_base(base, with_values(sparql, substitutions or {}))
        params = [("default-graph-uri", g) for g in default_graphs or []]
        params += [("named-graph-uri", g) for g in named_graphs or []]
        response = self.client.query(text, accept_for(text), params)
        return read_result(response, self.where.server)

    def documents(self) -> list[dict[str, str | None]]:
        """The stored documents, as ``Store.documents``; the graph and subject joined by a FILTER.

        Virtuoso 7.2 drops the join of ``GRAPH ?iri { ?iri ... OPTIONAL {...} }`` (the graph
        variable reused as subject, with OPTIONALs inside) and lists an article from any graph.
        """
        return self.select(
            """PREFIX schema: <https://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            SELECT ?iri ?title ?chars WHERE {
              GRAPH ?g { ?iri a schema:NewsArticle .
                OPTIONAL { ?iri schema:headline ?title } OPTIONAL { ?iri ng:charCount ?chars } }
              FILTER(?g = ?iri)
            } ORDER BY ?iri"""
        )

    def evaluate(self, request: QueryRequest, deadline: float | None = None) -> Answer:
        """Forward a protocol query unchanged; cap its rows and time here, as the local store does."""
        check_read_only(request.query)
        params = [("default-graph-uri", g) for g in request.default_graphs or []]
        params += [("named-graph-uri", g) for g in request.named_graphs or []]
        remaining = None if deadline is None else max(0.01, deadline - time.monotonic())
        # Forwarded as written: relative IRIs resolve against the server's endpoint, not ours.
        response = self.client.query(request.query, accept_for(request.query), params, timeout=remaining)
        try:
            result = streamed_result(response, request.row_limit, self.where.server)
            return evaluate(_Prepared(result), request, deadline)  # type: ignore[arg-type]
        finally:
            response.close()

    def export(self, fmt: Format, output: IO[bytes], graph: str | None = None) -> None:
        engine = fmt.engine
        assert isinstance(engine, ox.RdfFormat)
        if graph is not None and not self.has_document(graph):
            raise NotFoundError(f"no document graph {graph} in the store")
        quads = self._quads(graph)
        if fmt.has_datasets:
            ox.serialize(quads, output, engine, prefixes=prefixes())
        else:
            ox.serialize((q.triple for q in quads), output, engine, prefixes=prefixes())

    def _quads(self, graph: str | None) -> Iterator[ox.Quad]:
        """Every quad of our graphs (or of one), streamed from one SELECT; the server's own graphs left out."""
        text = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        if graph is not None:
            text = with_values(text, {"g": ox.NamedNode(graph)})
        response = self.client.query(text, RESULTS_JSON)
        skip = (CHANGES_GRAPH, *EXCLUDED_GRAPHS)
        try:
            for quad in read_quads(response, self.where.server):
                name = quad.graph_name.value  # type: ignore[union-attr]
                if name.startswith(STAGING) or name.startswith(skip):
                    continue
                yield quad
        finally:
            response.close()

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"] or 0)

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""


class _Prepared:
    """Hands a result already fetched from the server to graph.evaluate, which caps and serialises it."""

    def __init__(self, result: QueryResult) -> None:
        self.result = result

    def query(self, _query: str, **_options: object) -> QueryResult:
        return self.result


def _has_blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)
