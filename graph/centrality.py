"""Who is at the heart of it: degree, betweenness and PageRank over the projection.

Scores are computed on the whole projection (outlets and places included) once per snapshot and
cached on it; ``type`` only filters the ranking. Betweenness costs one breadth-first search per
source: it is exact while that fits BETWEENNESS_WORK (nodes + edges visited, summed over sources)
and estimated from a seeded sample of sources beyond, so answers are stable.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.entities import check_type
from graph.errors import InvalidParameterError
from graph.names import fold
from graph.network import Network

METRICS: tuple[str, ...] = ("betweenness", "pagerank", "degree")
MAX_LIMIT = 1000
BETWEENNESS_WORK = 2_000_000  # about a second of pure-Python BFS per 250k nodes + edges
MIN_BETWEENNESS_SAMPLES = 8
DAMPING = 0.85


def centrality(
    network: Network, metric: str = "betweenness", type: str | None = None, limit: int = 20
) -> dict[str, Any]:
    """The ``limit`` highest-scoring entities (of ``type``) by ``metric``, highest first.

    Computed here, now, if this snapshot has no scores yet (the CLI); the service answers from
    ``graph.background`` instead, which computes them after each write.
    """
    check_options(metric, type, limit)
    return rank(network, scores_of(network, metric), metric, type, limit)


def check_options(metric: str, type: str | None, limit: int) -> None:
    """InvalidParameterError for an unknown metric or type, or a bad limit."""
    if metric not in METRICS:
        raise InvalidParameterError(f"unknown centrality metric {metric!r}: use {', '.join(METRICS)}")
    check_type(type)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise InvalidParameterError(f"limit must be a whole number of 0 or more, not {limit!r}")


def scores_of(network: Network, metric: str) -> dict[str, float]:
    """Every node's score by ``metric`` on this snapshot, computed once and kept with it."""
    return network.memo(("centrality", metric), lambda: score(network.graph, metric))


def rank(
    network: Network, scores: dict[str, float], metric: str, type: str | None, limit: int
) -> dict[str, Any]:
    """The answer: the ``limit`` best of ``scores`` (of ``type``), highest first, ties by name."""
    nodes = network.graph.nodes
    ranked = sorted(
        (iri for iri in scores if type is None or nodes[iri]["type"] == type),
        key=lambda iri: (-scores[iri], fold(nodes[iri]["name"]), iri),
    )
    return {
        "metric": metric,
        "entities": [
            {**network.node(iri), "score": round(scores[iri], 6)} for iri in ranked[: min(limit, MAX_LIMIT)]
        ],
    }


def score(graph: nx.Graph, metric: str) -> dict[str, float]:
    """Every node's score by ``metric``."""
    if metric == "degree":
        return nx.degree_centrality(graph)
    if metric == "pagerank":
        return pagerank(graph)
    n = len(graph)
    sources = max(MIN_BETWEENNESS_SAMPLES, BETWEENNESS_WORK // (n + graph.number_of_edges() + 1))
    return nx.betweenness_centrality(graph, k=sources if sources < n else None, normalized=True, seed=0)


def pagerank(
    graph: nx.Graph, alpha: float = DAMPING, tol: float = 1.0e-8, max_iter: int = 100
) -> dict[str, float]:
    """PageRank by power iteration over the undirected projection.

    Written out because networkx's ``pagerank`` needs SciPy, which newsgraph does not depend on.
    Isolated nodes spread their rank evenly, as in networkx; stops when the summed change is below
    ``n * tol`` (networkx's rule, with a tighter default tolerance).
    """
    n = len(graph)
    if n == 0:
        return {}
    rank = dict.fromkeys(graph, 1.0 / n)
    linked = [(v, list(graph[v]), alpha / len(graph[v])) for v in graph if graph[v]]
    isolated = [v for v in graph if not graph[v]]
    for _ in range(max_iter):
        base = (1.0 - alpha) / n + alpha * sum(rank[v] for v in isolated) / n
        new = dict.fromkeys(graph, base)
        for v, neighbours, factor in linked:
            share = rank[v] * factor
            for u in neighbours:
                new[u] += share
        if sum(abs(new[v] - rank[v]) for v in graph) < n * tol:
            return new
        rank = new
    return rank
