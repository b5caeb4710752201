"""The who-connects-to-whom projection: an immutable NetworkX snapshot, rebuilt when the store changes.

Nodes are entity IRIs (attributes ``name``, ``type``, ``aliases``, ``documents``, ``roles``,
``detail``); each undirected edge carries ``relations``, a list of every fact linking the pair, with
its direction, label, confidence, documents and evidence (DESIGN section 4).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

import networkx as nx

from graph.errors import UnknownEntityError
from graph.names import fold, slug_of, typed_slug_of
from graph.projection import finish_relation, read_projection, stub_entity
from graph.store import Store


class Network:
    """An immutable, fully built snapshot of the projection, with lookup indexes over names."""

    def __init__(self, graph: nx.Graph, generation: int = 0) -> None:
        self.graph: nx.Graph = nx.freeze(graph)
        self.generation = generation
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.by_alias: dict[str, list[str]] = defaultdict(list)
        self.by_slug: dict[str, list[str]] = defaultdict(list)
        for iri, data in graph.nodes(data=True):
            self.by_name[fold(data["name"])].append(iri)
            for alias in data["aliases"]:
                if iri not in self.by_alias[fold(alias)]:
                    self.by_alias[fold(alias)].append(iri)
            self.by_slug[slug_of(iri)].append(iri)
            self.by_slug[typed_slug_of(iri)].append(iri)
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
    generation = store.generation  # read first: a write during the build makes the next get() rebuild
    entities, relations = read_projection(store)
    for _, _, source, target in relations:
        for iri in (source, target):
            if iri not in entities:
                entities[iri] = stub_entity(iri)
    graph = nx.Graph()
    for iri in sorted(entities):
        data = entities[iri]
        graph.add_node(
            iri, **{**data, "documents": tuple(sorted(data["documents"])), "detail": _detail(data)}
        )
    for key in sorted(relations):
        raw = relations[key]
        relation = finish_relation(raw, entities[raw["source"]], entities[raw["target"]])
        source, target = relation["source"], relation["target"]
        if graph.has_edge(source, target):
            graph.edges[source, target]["relations"].append(relation)
        else:
            graph.add_edge(source, target, relations=[relation])
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
