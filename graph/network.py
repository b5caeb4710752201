"""The who-connects-to-whom projection: an immutable NetworkX snapshot, rebuilt when the store changes.

Nodes are entity IRIs (attributes ``name``, ``type``, ``aliases``, ``roles``, ``detail``); each
undirected edge carries ``relations``, a list of every fact linking the pair, with its direction,
label, confidence and documents (DESIGN section 4). Evidence sentences and the documents that
mention an entity are read from the snapshot's store when an answer shows them (``graph.evidence``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

import networkx as nx

from graph.capacity import ProjectionTooLargeError, check_size, max_relations
from graph.errors import UnknownEntityError
from graph.evidence import documents_of, evidence_of, mentioned_in
from graph.patch import Indexes, Projection, edge_attributes, name_indexes, node_attributes, patch
from graph.projection import document_terms, read_projection, stub_entity
from graph.store import Store


class Network:
    """An immutable, fully built snapshot of the projection, with lookup indexes over names."""

    def __init__(
        self,
        graph: nx.Graph,
        generation: int = 0,
        projection: Projection | None = None,
        indexes: Indexes | None = None,
        store: Store | None = None,
    ) -> None:
        self.graph: nx.Graph = nx.freeze(graph)
        self.generation = generation
        self.projection = projection
        self.store = store  # where evidence and documents are read (None: a graph without a store)
        self.by_name, self.by_alias, self.by_slug = indexes or name_indexes(graph.nodes(data=True))
        self._memo: dict[Any, Any] = {}
        self._memo_lock = threading.Lock()
        self._evidence: dict[str, list[dict[str, Any]]] = {}  # read once per fact and snapshot

    def __contains__(self, iri: object) -> bool:
        return iri in self.graph

    def node(self, iri: str) -> dict[str, Any]:
        """The short form of an entity used in paths: ``{"iri", "name", "type"}``."""
        data = self._data(iri)
        return {"iri": iri, "name": data["name"], "type": data["type"]}

    def entity(self, iri: str) -> dict[str, Any]:
        """The entity as the API lists it: ``{"iri", "name", "type", "aliases", "degree"}``."""
        data = self._data(iri)
        return {
            "iri": iri,
            "name": data["name"],
            "type": data["type"],
            "aliases": list(data["aliases"]),
            "degree": self.graph.degree(iri),
        }

    def documents(self, iri: str) -> dict[str, str | None]:
        """The documents that type ``iri`` as an entity, in IRI order, each with its headline."""
        self._data(iri)
        return {} if self.store is None else documents_of(self.store, [iri])[iri]

    def detail(self, iri: str) -> str | None:
        """What tells ``iri`` apart from namesakes: its roles, else the first document naming it."""
        found = self._data(iri)["detail"]
        if found is None and self.store is not None:
            found = mentioned_in(documents_of(self.store, [iri])[iri])
        return found

    def evidence(self, facts: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Each fact's evidence (document, sentence, offsets; [] without a store), read from the
        store once per snapshot: the hops of a hub's edges come back in answer after answer."""
        known = self._evidence
        missing = [fact for fact in facts if fact not in known]
        if missing and self.store is not None:
            known.update(evidence_of(self.store, missing))  # read-only lists, shared by answers
        return {fact: known.get(fact, []) for fact in facts}

    def indexes(self) -> Indexes:
        """The name, alias and slug indexes (what a patch starts from)."""
        return self.by_name, self.by_alias, self.by_slug

    def memo(self, key: object, compute: Any) -> Any:
        """Compute a derived value (a centrality ranking) once per snapshot."""
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = compute()
            return self._memo[key]

    def _data(self, iri: str) -> dict[str, Any]:
        try:
            return self.graph.nodes[iri]
        except KeyError:
            raise UnknownEntityError(f"no entity {iri} in the graph", []) from None


def build_network(store: Store) -> Network:
    """Build the projection from ``store`` with a few scans of the union graph (``graph.projection``)."""
    # The build allocates millions of objects that all survive it; the cyclic garbage collector
    # would walk them again and again (half of the build's time at 1M triples). Nothing in the
    # build makes reference cycles worth collecting, so it runs with the collector paused.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build(store)
    finally:
        if paused:
            gc.enable()


def _build(store: Store) -> Network:
    # the generation the kept scans started from: a write during them makes the next get() rebuild
    generation, (entities, relations) = read_projection(store)
    check_size(len(relations))  # before the graph is made: the rows alone are a fraction of it
    nodes = dict(entities)
    for _, _, source, target in relations:
        for iri in (source, target):
            if iri not in nodes:
                nodes[iri] = stub_entity(iri)
    # networkx's own storage, filled directly: what add_nodes_from/add_edges_from make (same node
    # and neighbour order, one attribute dict per node and per edge) without copying every dict
    graph = nx.Graph()
    graph._node = {iri: node_attributes(data) for iri, data in sorted(nodes.items())}
    adj: dict[str, dict[str, dict]] = {iri: {} for iri in graph._node}
    graph._adj = adj
    pairs: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for key in sorted(relations):
        _, _, source, target = key
        pair = (source, target) if source < target else (target, source)
        found = pairs.get(pair)
        if found is None:
            pairs[pair] = [key]
        else:
            found.append(key)
    for (s, t), keys in pairs.items():
        adj[s][t] = adj[t][s] = edge_attributes(keys, relations, nodes)
    return Network(graph, generation, Projection(entities, relations), store=store)


class NetworkCache:
    """The current projection of a store: rebuilt when ``store.generation`` moves, patched when
    the write went through :meth:`add_document` or :meth:`remove_document`.

    A rebuild or a patch makes a new Network aside and then swaps one reference, so a reader holds
    either the old snapshot or the new one, never a half-built one. Listeners (:meth:`subscribe`)
    hear of every new snapshot; they must return at once (background work runs in their threads).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._network: Network | None = None
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Network], None]] = []
        self._followed: Store = _Followed(self)
        # (generation, limit) of the last build refused as too large, and why: asked again for the
        # same store and limit, the answer is the same error at once, not another full read.
        self._refused: tuple[tuple[int, int], str] | None = None

    def get(self) -> Network:
        """The projection for the store as it is now."""
        network = self._network
        if network is not None and network.generation == self.store.generation:
            return network
        with self._lock:  # one builder; the others wait for its result instead of building too
            network = self._network
            generation = self.store.generation
            if network is None or network.generation != generation:
                state = (generation, max_relations())
                if self._refused is not None and self._refused[0] == state:
                    raise ProjectionTooLargeError(self._refused[1])
                try:
                    network = build_network(self.store)
                except ProjectionTooLargeError as error:
                    self._refused = (state, str(error))
                    raise
                self._swap(network)
            return network

    def current(self) -> Network | None:
        """The last snapshot made, whatever the store did since (None before the first)."""
        return self._network

    def subscribe(self, listener: Callable[[Network], None]) -> None:
        """Call ``listener(network)`` with every new snapshot (and the current one, if any)."""
        self._listeners.append(listener)
        if self._network is not None:
            listener(self._network)

    def add_document(self, iri: str, ntriples: str) -> bool:
        """``store.add_document``, then patch the projection with what that document touches."""
        with self._lock:
            before = self.store.generation
            added = self.store.add_document(iri, ntriples)
            if added and self._patchable(before):
                self._patch(before, document_terms(self.store, iri))
            return added

    def remove_document(self, iri: str) -> None:
        """``store.remove_document``, then patch out what that document contributed."""
        with self._lock:
            before = self.store.generation
            touched = document_terms(self.store, iri) if self._patchable(before) else None
            self.store.remove_document(iri)
            if touched is not None:
                self._patch(before, touched)

    def _patchable(self, generation: int) -> bool:
        network = self._network
        return network is not None and network.generation == generation and network.projection is not None

    def _patch(self, before: int, touched: set[str]) -> None:
        # Only a write that was exactly ours (the generation moved by one) is patched; anything
        # else -- a SPARQL update racing with it -- leaves the snapshot stale for get() to rebuild.
        generation = self.store.generation
        network = self._network
        if generation != before + 1 or network is None:
            return
        paused = gc.isenabled()
        gc.disable()  # see build_network
        try:
            assert network.projection is not None  # checked by _patchable
            graph, projection, indexes = patch(
                network.graph, network.projection, network.indexes(), self.store, touched
            )
            try:
                check_size(len(projection.relations))
            except ProjectionTooLargeError:
                return  # the write stands; the snapshot is left stale and get() refuses with a 503
            self._swap(Network(graph, generation, projection, indexes, self.store))
        finally:
            if paused:
                gc.enable()

    def _swap(self, network: Network) -> None:
        self._network = network
        for listener in self._listeners:
            listener(network)

    def followed(self) -> Store:
        """The store, with document writes going through this cache (so they are patched in).

        Always the same object, so caches keyed by store identity (``api.identity``) keep working.
        """
        return self._followed


class _Followed(Store):
    """A store whose ``add_document``/``remove_document`` go through a NetworkCache; the rest is the store's."""

    def __init__(self, cache: NetworkCache) -> None:
        self._cache = cache

    @property
    def generation(self) -> int:  # type: ignore[override]
        return self._cache.store.generation

    def add_document(self, iri: str, ntriples: str) -> bool:
        return self._cache.add_document(iri, ntriples)

    def remove_document(self, iri: str) -> None:
        self._cache.remove_document(iri)

    def has_document(self, iri: str) -> bool:
        return self._cache.store.has_document(iri)

    def query(self, sparql: str, **options: Any) -> Any:
        return self._cache.store.query(sparql, **options)

    def export(self, fmt: Any, output: Any, graph: str | None = None) -> None:
        self._cache.store.export(fmt, output, graph)

    def close(self) -> None:
        self._cache.store.close()

    def __getattr__(self, name: str) -> Any:  # update, load, location, ...: the store's own
        return getattr(self._cache.store, name)
