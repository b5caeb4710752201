"""The who-connects-to-whom graph as JSON: the whole projection, one type, or one entity's ego network."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.entities import check_type, resolve
from graph.network import Network
from graph.traversal import capped

NEIGHBOR_HOPS_CAP = 4


def neighbors(network: Network, iri: str, hops: int = 1) -> dict[str, Any]:
    """The ego network of ``iri`` (a name works too) to ``hops`` hops, shaped like network_json."""
    center = resolve(network, iri)
    hops, _ = capped("hops", hops, NEIGHBOR_HOPS_CAP)
    return graph_json(network, nx.ego_graph(network.graph, center, radius=hops).nodes)


def network_json(network: Network, type: str | None = None, min_degree: int = 0) -> dict[str, Any]:
    """The whole projection (or the entities of one type, or of at least ``min_degree`` links) as JSON."""
    check_type(type)
    graph = network.graph
    nodes = [
        n
        for n, data in graph.nodes(data=True)
        if (type is None or data["type"] == type) and graph.degree(n) >= min_degree
    ]
    return graph_json(network, nodes)


def graph_json(network: Network, nodes: Iterable[str]) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...]}`` for the subgraph induced by ``nodes``."""
    sub = network.graph.subgraph(nodes)
    edges = []
    for _, _, data in sub.edges(data=True):
        first = data["relations"][0]  # the edge points the way the text states its first relation
        source, target = first["source"], first["target"]
        relations = [{"kind": r["kind"], "label": r["label"], "fact": r["fact"]} for r in data["relations"]]
        edges.append({"source": source, "target": target, "relations": relations})
    edges.sort(key=lambda e: (e["source"], e["target"]))
    return {"nodes": [network.entity(n) for n in sorted(sub.nodes)], "edges": edges}
