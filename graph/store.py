"""The RDF store behind one small interface: Oxigraph on disk by default, a SPARQL server later.

Every document is one named graph (named by the document IRI), written in one transaction, so a
reader sees a document whole or not at all, and removing it is dropping its graph. Queries see the
union of all graphs as their default graph (SPARQL 1.1 Service Description: ``sd:UnionDefaultGraph``).
"""

from __future__ import annotations

import fcntl
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from graph.errors import NotFoundError, QuerySyntaxError, StoreUnavailableError
from graph.evaluate import Answer, QueryRequest, evaluate
from graph.formats import Format, rdf_format
from graph.sparql import syntax_error
from ontology.iris import base_iri
from ontology.namespaces import PREFIXES, data_prefixes

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
Value = str | None


class Store(ABC):
    """What newsgraph needs of an RDF store; ``generation`` changes on every write."""

    generation: int = 0

    @abstractmethod
    def add_document(self, iri: str, ntriples: str) -> bool:
        """Write a document's graph atomically; False (and no change) if it is already stored."""

    @abstractmethod
    def remove_document(self, iri: str) -> None:
        """Drop a document's graph; NotFoundError if there is none."""

    @abstractmethod
    def has_document(self, iri: str) -> bool:
        """Whether a graph with this name holds any triple."""

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL query; the default graph is the union unless ``default_graphs`` is given."""

    @abstractmethod
    def export(self, fmt: Format, output: IO[bytes], graph: str | None = None) -> None:
        """Write the whole dataset (or one graph) to ``output`` in ``fmt``, with our prefixes."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (the on-disk lock)."""

    def select(self, sparql: str, **bindings: str | ox.NamedNode | ox.Literal) -> list[dict[str, Value]]:
        """Run a SELECT with variables bound (strings are bound as IRIs); rows of plain strings.

        Bindings are substituted by the engine (SEP-0007), never pasted into the query text; a
        bound variable must be in the SELECT projection.
        """
        substitutions = {
            name: ox.NamedNode(value) if isinstance(value, str) else value for name, value in bindings.items()
        }
        solutions = self.query(sparql, substitutions=substitutions)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("select() runs SELECT queries only")
        names = [variable.value for variable in solutions.variables]
        return [{name: _plain(row[name]) for name in names} for row in solutions]

    def documents(self) -> list[dict[str, Value]]:
        """The stored documents: IRI, headline and character count, oldest IRI first."""
        return self.select(
            """PREFIX schema: <https://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            SELECT ?iri ?title ?chars WHERE {
              GRAPH ?iri { ?iri a schema:NewsArticle .
                OPTIONAL { ?iri schema:headline ?title } OPTIONAL { ?iri ng:charCount ?chars } }
            } ORDER BY ?iri"""
        )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _plain(term: object) -> Value:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)  # type: ignore[attr-defined]


def prefixes() -> dict[str, str]:
    """Every prefix a download binds: the vocabularies and the data namespaces."""
    return {**PREFIXES, **data_prefixes(base_iri())}


class OxigraphStore(Store):
    """An embedded Oxigraph store: on disk at ``location``, or in memory when it is None."""

    def __init__(self, location: str | Path | None = None, *, read_only: bool = False) -> None:
        self.location = None if location is None else Path(location)
        self.read_only = read_only
        self._write_lock = threading.Lock()
        self.generation = 0
        self._store = self._open()

    def _open(self) -> ox.Store:
        if self.location is None:
            return ox.Store()
        try:
            if self.read_only:
                if not (self.location / "CURRENT").exists():
                    raise StoreUnavailableError(
                        f"no store at {self.location}: build one first (newsgraph build)"
                    )
                return ox.Store.read_only(str(self.location))
            self.location.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(self.location))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreUnavailableError(
                    f"the store at {self.location} is in use by another process (a running "
                    "`newsgraph serve`?); stop that process, or use its HTTP API, or pass a "
                    "different --store"
                ) from None
            raise StoreUnavailableError(f"cannot open the store at {self.location}: {error}") from None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreUnavailableError(f"the store at {self.location} is open read-only")

    def add_document(self, iri: str, ntriples: str) -> bool:
        self._writable()
        graph = ox.NamedNode(iri)
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        ]
        with self._write_lock:
            if self._store.contains_named_graph(graph) and self.has_document(iri):
                return False
            # One transaction: all of the document or nothing. No flush: the write-ahead log
            # already survives a killed process (tests/durability), and a flush per document
            # cost ~200 ms of an ingest's time; close() flushes.
            self._store.extend(quads)
            self.generation += 1
        return True

    def remove_document(self, iri: str) -> None:
        self._writable()
        graph = ox.NamedNode(iri)
        with self._write_lock:
            if not self._store.contains_named_graph(graph):
                raise NotFoundError(f"no document {iri} in the store")
            self._store.remove_graph(graph)  # one transaction, like the write
            self.generation += 1

    def has_document(self, iri: str) -> bool:
        return bool(
            self._store.query(
                "ASK { GRAPH ?g { ?s ?p ?o } }", substitutions={ox.Variable("g"): ox.NamedNode(iri)}
            )
        )

    def load(self, data: bytes | IO[bytes] | str | Path, fmt: Format, graph: str | None = None) -> int:
        """Load RDF in any format Oxigraph reads, into ``graph`` (or the quads' own graphs); count."""
        self._writable()
        to_graph = ox.NamedNode(graph) if graph else None
        source = open(data, "rb") if isinstance(data, (str, Path)) else data  # noqa: SIM115
        try:
            parsed = ox.parse(source, fmt.engine)  # type: ignore[arg-type]
            quads = [
                ox.Quad(
                    q.subject, q.predicate, q.object, to_graph or getattr(q, "graph_name", ox.DefaultGraph())
                )
                for q in parsed
            ]
        except SyntaxError as error:
            raise QuerySyntaxError(f"not valid {fmt.name}: {error}") from None
        finally:
            if source is not data:
                source.close()  # type: ignore[union-attr]
        with self._write_lock:
            self._store.extend(quads)
            self._store.flush()
            self.generation += 1
        return len(quads)

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base: str | None = None,
    ) -> QueryResult:
        options: dict[str, object] = {}
        if default_graphs is not None:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if substitutions:
            options["substitutions"] = {ox.Variable(k): v for k, v in substitutions.items()}
        try:
            return self._store.query(sparql, base_iri=base, **options)  # type: ignore[arg-type]
        except SyntaxError as error:
            raise syntax_error(error) from None

    def update(self, sparql: str, *, base: str | None = None) -> None:
        """Run a SPARQL Update in one transaction."""
        self._writable()
        try:
            with self._write_lock:
                self._store.update(sparql, base_iri=base)
                self._store.flush()
                self.generation += 1
        except SyntaxError as error:
            raise syntax_error(error) from None

    def evaluate(self, request: QueryRequest, deadline: float | None = None) -> Answer:
        """Run a protocol query here and serialise it capped (the SPARQL endpoint's in-process path)."""
        try:
            return evaluate(self._store, request, deadline)
        except SyntaxError as error:
            raise syntax_error(error) from None

    def export(self, fmt: Format, output: IO[bytes], graph: str | None = None) -> None:
        engine = fmt.engine
        assert isinstance(engine, ox.RdfFormat)
        if graph is not None and not self._store.contains_named_graph(ox.NamedNode(graph)):
            raise NotFoundError(f"no document graph {graph} in the store")
        if fmt.has_datasets:
            quads: Iterable[ox.Quad] = self._store.quads_for_pattern(
                None, None, None, ox.NamedNode(graph) if graph else None
            )
            ox.serialize(quads, output, engine, prefixes=prefixes())
            return
        triples = self._union_triples(graph)
        ox.serialize(triples, output, engine, prefixes=prefixes())

    def _union_triples(self, graph: str | None) -> Iterator[ox.Triple]:
        # Streamed straight from the index, so memory stays flat however large the store. A
        # triple stated by several documents is written once per document; RDF readers merge
        # them (a graph is a set). A CONSTRUCT would deduplicate but holds every triple in memory.
        pattern_graph = ox.NamedNode(graph) if graph is not None else None
        for quad in self._store.quads_for_pattern(None, None, None, pattern_graph):
            yield quad.triple

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None  # type: ignore[assignment]  # drops the on-disk lock


def ensure_not_in_use(location: str | Path) -> None:
    """Fail with a clear message if another process holds the store, without opening it.

    Probes the engine's own lock file with a POSIX record lock (what RocksDB takes), so a parent
    process can check before it forks a server, and release at once.
    """
    lock = Path(location) / "LOCK"
    if not lock.exists():
        return
    with lock.open("r+b") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreUnavailableError(
                f"the store at {location} is in use by another process (a running `newsgraph serve`?); "
                "stop that process, or use its HTTP API, or pass a different --store"
            ) from None
        fcntl.lockf(handle, fcntl.LOCK_UN)


def open_store(location: str | Path | None, *, read_only: bool = False) -> Store:
    """Open the store at ``location``: a directory, an ``http(s)://`` SPARQL server, or None (memory)."""
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from graph.remote import RemoteStore  # imported here: it imports this module

        return RemoteStore.from_url(location, read_only=read_only)
    return OxigraphStore(location, read_only=read_only)


__all__ = ["OxigraphStore", "Store", "open_store", "prefixes", "rdf_format"]
