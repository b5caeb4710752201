"""Which part of the projection a path query may walk: type, node, relation and confidence filters.

By default a path walks through people and organisations only: outlets, places and countries may be
the ends of a path but not its middle ("McFaul told CNN, CNN reported Farkas" is no connection
between McFaul and Farkas). ``docs/paths.md`` explains the choice and the weighting.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from graph.errors import InvalidParameterError
from graph.projection import ENTITY_TYPES
from ontology.relations import RELATION_KINDS

DEFAULT_EXCLUDED_TYPES: tuple[str, ...] = ("outlet", "place", "country")
CONFIDENCE_FLOOR = 0.05  # keeps a weight finite when a fact claims confidence 0


def as_names(value: str | Iterable[str] | None) -> list[str]:
    """Accept a list or a comma-separated string; drop blanks."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else value
    return [item.strip() for item in items if item and item.strip()]


def excluded_types(value: str | Iterable[str] | None) -> frozenset[str]:
    """The types a path may not walk through: the default when none are given, nothing for "none"."""
    names = as_names(value)
    if not names:
        return frozenset(DEFAULT_EXCLUDED_TYPES)
    if names == ["none"]:
        return frozenset()
    return check_types(names)


def check_types(types: Iterable[str]) -> frozenset[str]:
    """Validate entity type names; InvalidParameterError lists the valid ones."""
    found = frozenset(types)
    unknown = sorted(found - set(ENTITY_TYPES))
    if unknown:
        raise InvalidParameterError(
            f"unknown entity type(s) {', '.join(unknown)}: use {', '.join(ENTITY_TYPES)}, or none"
        )
    return found


def check_kinds(kinds: Iterable[str] | None) -> frozenset[str] | None:
    """Validate relation kinds (None means every kind)."""
    if kinds is None:
        return None
    found = frozenset(kinds)
    unknown = sorted(found - set(RELATION_KINDS))
    if unknown:
        raise InvalidParameterError(
            f"unknown relation kind(s) {', '.join(unknown)}: use {', '.join(RELATION_KINDS)}"
        )
    return found


class Walk:
    """The filters of one query: which relations count, and the subgraph view they leave."""

    def __init__(
        self,
        graph: nx.Graph,
        *,
        keep: Iterable[str],
        exclude_types: frozenset[str],
        exclude_nodes: Iterable[str],
        kinds: frozenset[str] | None,
        min_confidence: float,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise InvalidParameterError(f"min_confidence must be between 0 and 1, not {min_confidence}")
        self.kinds = kinds
        self.min_confidence = min_confidence
        keep = set(keep)
        hidden = nodes_of_types(graph, exclude_types)
        banned = set(exclude_nodes) | hidden

        def node_ok(n: str) -> bool:
            return n in keep or n not in banned

        def edge_ok(u: str, v: str) -> bool:
            return bool(self.usable(graph.edges[u, v]["relations"]))

        filtering = kinds is not None or min_confidence > 0
        self.filtering = filtering
        self.plain = False  # whether ``view`` is the per-snapshot walkable copy (see graph.dijkstra)
        if not filtering and not set(exclude_nodes) and not keep & hidden and nx.is_frozen(graph):
            # Only the type filter: a plain copy of the walkable part, made once per snapshot,
            # answers the same as the view without a Python filter call per node visited.
            self.view: nx.Graph = walkable(graph, frozenset(exclude_types))
            self.plain = True
            return
        self.view = nx.subgraph_view(
            graph, filter_node=node_ok, filter_edge=edge_ok if filtering else nx.filters.no_filter
        )

    def usable(self, relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The relations of an edge that pass the kind and confidence filters."""
        return [
            r
            for r in relations
            if (self.kinds is None or r["kind"] in self.kinds)
            and (r["confidence"] is None or r["confidence"] >= self.min_confidence)
        ]

    def weight(self) -> str | Callable[[str, str, dict[str, Any]], float | None]:
        """What networkx's weighted searches take: the edge's precomputed ``cost`` when no relation
        filter applies (a dict lookup per edge), else the ``cost()`` function."""
        return COST if not self.filtering else self.cost()

    def cost(self) -> Callable[[str, str, dict[str, Any]], float | None]:
        """Edge cost for weighted mode: 1 / support, support = sum over documents of the best confidence."""

        def weight(u: str, v: str, data: dict[str, Any]) -> float | None:
            return edge_cost(data["relations"], self.usable)

        return weight


COST = "cost"  # edge attribute: the weighted-mode cost with every relation counting (set at build)


def edge_cost(relations: list[dict[str, Any]], usable: Callable[[list], list] = list) -> float | None:
    """1 / support, support = sum over documents of the best confidence of the usable relations."""
    best: dict[str, float] = {}
    for r in usable(relations):
        confidence = max(CONFIDENCE_FLOOR, 1.0 if r["confidence"] is None else r["confidence"])
        for doc in r["documents"] or (r["fact"],):
            if confidence > best.get(doc, 0.0):
                best[doc] = confidence
    total = sum(best.values())
    return 1.0 / total if total else None  # None hides the edge (networkx convention)


_TYPE_INDEX: weakref.WeakKeyDictionary[nx.Graph, dict[frozenset[str], frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)
_TYPE_INDEX_LOCK = threading.Lock()


def nodes_of_types(graph: nx.Graph, types: frozenset[str]) -> frozenset[str]:
    """The nodes of ``graph`` whose type is one of ``types``, memoised per (frozen) graph."""
    if not types:
        return frozenset()
    if not nx.is_frozen(graph):  # a graph that may still change is not memoised
        return frozenset(n for n, t in graph.nodes(data="type") if t in types)
    with _TYPE_INDEX_LOCK:
        by_types = _TYPE_INDEX.setdefault(graph, {})
        found = by_types.get(types)
        if found is None:
            found = by_types[types] = frozenset(n for n, t in graph.nodes(data="type") if t in types)
        return found


_WALKABLE: weakref.WeakKeyDictionary[nx.Graph, dict[frozenset[str], nx.Graph]] = weakref.WeakKeyDictionary()


def walkable(graph: nx.Graph, types: frozenset[str]) -> nx.Graph:
    """``graph`` without the nodes of ``types``: frozen, memoised per (frozen) graph.

    Node and neighbour order are those of ``graph`` (so ties break as they do on a view), and
    node and edge attribute dicts are shared with it, not copied.
    """
    with _TYPE_INDEX_LOCK:
        by_types = _WALKABLE.setdefault(graph, {})
        found = by_types.get(types)
    if found is not None:
        return found
    paused = gc.isenabled()
    gc.disable()  # a 100k-node copy: see build_network on why the collector is paused
    try:
        plain = _without(graph, nodes_of_types(graph, types))
    finally:
        if paused:
            gc.enable()
    with _TYPE_INDEX_LOCK:
        return _WALKABLE.setdefault(graph, {}).setdefault(types, plain)


def _without(graph: nx.Graph, hidden: frozenset[str]) -> nx.Graph:
    plain = graph.__class__()
    plain.graph = graph.graph
    # networkx's own storage, filled directly: add_nodes_from/add_edges_from would copy every
    # attribute dict and reorder neighbours (and with them, which of two tied paths is found)
    plain._node = {n: data for n, data in graph._node.items() if n not in hidden}
    plain._adj = {n: {m: data for m, data in graph._adj[n].items() if m not in hidden} for n in plain._node}
    return nx.freeze(plain)


def capped(name: str, value: int, cap: int) -> tuple[int, bool]:
    """Validate a positive whole-number option; clamp it to the server cap, saying whether it was."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"{name} must be a whole number of at least 1, not {value!r}")
    return min(value, cap), value > cap
