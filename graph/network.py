"""The who-connects-to-whom projection: an immutable NetworkX snapshot, rebuilt when the store changes.

Nodes are entity IRIs (attributes ``name``, ``type``, ``aliases``, ``documents``, ``roles``,
``detail``); each undirected edge carries ``relations``, a list of every fact linking the pair, with
its direction, label, confidence, documents and evidence (DESIGN section 4).
"""

from __future__ import annotations

import gc
import threading
from collections import defaultdict
from typing import Any

import networkx as nx

from graph.errors import UnknownEntityError
from graph.names import fold
from graph.projection import finish_relation, read_projection, stub_entity
from graph.store import Store
from graph.traversal import COST, edge_cost


class Network:
    """An immutable, fully built snapshot of the projection, with lookup indexes over names."""

    def __init__(self, graph: nx.Graph, generation: int = 0) -> None:
        self.graph: nx.Graph = nx.freeze(graph)
        self.generation = generation
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        self.by_slug: dict[str, list[str]] = defaultdict(list)
        by_name, by_alias, by_slug = self.by_name, self.by_alias, self.by_slug
        for iri, data in graph.nodes(data=True):
            by_name[fold(data["name"])].append(iri)
            for alias in data["aliases"]:
                listed = by_alias[fold(alias)]
                if not listed or listed[-1] != iri:  # one entity's aliases come together: no list scan
                    listed.append(iri)
            parts = iri.rstrip("/").rsplit("/", 2)  # slug_of and typed_slug_of in one split
            by_slug[parts[-1].rsplit("#", 1)[-1]].append(iri)
            by_slug["/".join(parts[-2:])].append(iri)
        self._memo: dict[Any, Any] = {}
        self._memo_lock = threading.Lock()

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
    """Build the projection from ``store`` with one SELECT over the union graph."""
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
    generation = store.generation  # read first: a write during the build makes the next get() rebuild
    entities, relations = read_projection(store)
    for _, _, source, target in relations:
        for iri in (source, target):
            if iri not in entities:
                entities[iri] = stub_entity(iri)
    graph = nx.Graph()
    graph.add_nodes_from(
        (iri, {**data, "documents": tuple(sorted(data["documents"])), "detail": _detail(data)})
        for iri, data in sorted(entities.items())
    )
    pairs: dict[tuple[str, str], list[dict]] = {}
    for key in sorted(relations):
        raw = relations[key]
        source, target = raw["source"], raw["target"]
        relation = finish_relation(raw, entities[source], entities[target])
        pair = (source, target) if source < target else (target, source)
        found = pairs.get(pair)
        if found is None:
            pairs[pair] = [relation]
        else:
            found.append(relation)
    graph.add_edges_from((s, t, {"relations": r, COST: edge_cost(r)}) for (s, t), r in pairs.items())
    return Network(graph, generation)


def _detail(entity: dict[str, Any]) -> str | None:
    """What tells namesakes apart: the roles held, else the first document that mentions it."""
    if entity["roles"]:
        return "; ".join(entity["roles"][:2])
    first = min(entity["documents"], default=None)
    if first is None:
        return None
    headline = entity["documents"][first]
    return f'mentioned in "{headline}"' if headline else f"mentioned in {first}"


class NetworkCache:
    """The current projection of a store, rebuilt when ``store.generation`` moves.

    A rebuild makes a new Network and then swaps one reference, so a reader holds either the old
    snapshot or the new one, never a half-built one.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._network: Network | None = None
        self._lock = threading.Lock()

    def get(self) -> Network:
        """The projection for the store as it is now."""
        network = self._network
        if network is not None and network.generation == self.store.generation:
            return network
        with self._lock:  # one builder; the others wait for its result instead of building too
            network = self._network
            if network is None or network.generation != self.store.generation:
                network = build_network(self.store)
                self._network = network
            return network
