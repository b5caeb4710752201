"""Which part of the projection a path query may walk: type, node, relation and confidence filters.

By default a path walks through people and organisations only: outlets, places and countries may be
the ends of a path but not its middle ("McFaul told CNN, CNN reported Farkas" is no connection
between McFaul and Farkas). ``docs/paths.md`` explains the choice and the weighting.
"""

from __future__ import annotations

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
        keep, banned = set(keep), set(exclude_nodes)
        nodes = graph.nodes

        def node_ok(n: str) -> bool:
            return n in keep or (n not in banned and nodes[n]["type"] not in exclude_types)

        def edge_ok(u: str, v: str) -> bool:
            return bool(self.usable(graph.edges[u, v]["relations"]))

        filtering = kinds is not None or min_confidence > 0
        self.view: nx.Graph = nx.subgraph_view(
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

    def cost(self) -> Callable[[str, str, dict[str, Any]], float | None]:
        """Edge cost for weighted mode: 1 / support, support = sum over documents of the best confidence."""

        def weight(u: str, v: str, data: dict[str, Any]) -> float | None:
            best: dict[str, float] = {}
            for r in self.usable(data["relations"]):
                confidence = max(CONFIDENCE_FLOOR, 1.0 if r["confidence"] is None else r["confidence"])
                for doc in r["documents"] or (r["fact"],):
                    best[doc] = max(best.get(doc, 0.0), confidence)
            total = sum(best.values())
            return 1.0 / total if total else None  # None hides the edge (networkx convention)

        return weight


def capped(name: str, value: int, cap: int) -> tuple[int, bool]:
    """Validate a positive whole-number option; clamp it to the server cap, saying whether it was."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"{name} must be a whole number of at least 1, not {value!r}")
    return min(value, cap), value > cap
