"""The cheapest weighted path on a compact per-snapshot copy of a graph: integers and lists.

networkx's bidirectional Dijkstra calls a weight function and walks a dict of dicts for every edge
it relaxes, which on a 100k-entity snapshot made weighted path queries miss their latency target.
This is the same algorithm (``networkx.algorithms.simple_paths._bidirectional_dijkstra``, the first
search of Yen's algorithm): the same alternation of directions, the same stopping rule, the same
tie-breaking by insertion counter and neighbours in the snapshot's order, so it returns the very
path networkx returns, over node numbers and precomputed costs.
"""

from __future__ import annotations

import threading
import weakref
from heapq import heappop, heappush
from itertools import count

import networkx as nx


class Compact:
    """A graph as node numbers: ``adj[i]`` lists ``(j, cost)`` in the graph's neighbour order."""

    __slots__ = ("__weakref__", "adj", "index", "nodes")

    def __init__(self, graph: nx.Graph, weight: str) -> None:
        self.nodes: list[str] = list(graph)
        self.index: dict[str, int] = {n: i for i, n in enumerate(self.nodes)}
        index = self.index
        self.adj: list[list[tuple[int, float]]] = [
            [(index[m], w) for m, data in graph._adj[n].items() if (w := data.get(weight, 1)) is not None]
            for n in self.nodes
        ]


_COMPACT: weakref.WeakKeyDictionary[nx.Graph, Compact] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def compact(graph: nx.Graph, weight: str) -> Compact:
    """The compact copy of a frozen ``graph`` (made once per graph; the graph never changes)."""
    with _LOCK:
        found = _COMPACT.get(graph)
    if found is None:
        found = Compact(graph, weight)  # outside the lock: a slow copy must not block other graphs
        with _LOCK:
            found = _COMPACT.setdefault(graph, found)
    return found


def cheapest_path(graph: nx.Graph, source: str, target: str, weight: str) -> list[str] | None:
    """The cheapest path from ``source`` to ``target`` by the edge attribute ``weight``, or None."""
    if source == target:
        return [source]
    c = compact(graph, weight)
    found = _search(c.adj, c.index[source], c.index[target])
    return None if found is None else [c.nodes[i] for i in found]


def _search(adj: list[list[tuple[int, float]]], source: int, target: int) -> list[int] | None:
    # Variable names follow networkx's, so the two can be compared line by line.
    dists: list[dict[int, float]] = [{}, {}]
    paths: list[dict[int, list[int]]] = [{source: [source]}, {target: [target]}]
    fringe: list[list[tuple[float, int, int]]] = [[], []]
    seen: list[dict[int, float]] = [{source: 0}, {target: 0}]
    c = count()
    heappush(fringe[0], (0, next(c), source))
    heappush(fringe[1], (0, next(c), target))
    finalpath: list[int] = []
    finaldist = 0.0
    direction = 1
    while fringe[0] and fringe[1]:
        direction = 1 - direction
        dist, _, v = heappop(fringe[direction])
        mine, other = dists[direction], dists[1 - direction]
        if v in mine:
            continue
        mine[v] = dist
        if v in other:
            return finalpath
        seen_mine, seen_0, seen_1 = seen[direction], seen[0], seen[1]
        paths_mine, heap = paths[direction], fringe[direction]
        for w, cost in adj[v]:
            length = dist + cost
            if w in mine:
                continue  # costs are positive: a settled node is never improved
            if w not in seen_mine or length < seen_mine[w]:
                seen_mine[w] = length
                heappush(heap, (length, next(c), w))
                paths_mine[w] = paths_mine[v] + [w]
                if w in seen_0 and w in seen_1:
                    total = seen_0[w] + seen_1[w]
                    if not finalpath or finaldist > total:
                        finaldist = total
                        back = paths[1][w][:]
                        back.reverse()
                        finalpath = paths[0][w] + back[1:]
    return None


def core(graph: nx.Graph, source: str, target: str, max_hops: int, weight: str) -> list[str]:
    """Nodes that can lie on a path of at most ``max_hops`` hops between ``source`` and ``target``.

    Hop counts on the compact copy, met in the middle: each end is searched freely to half the
    depth, and beyond that only into nodes the other end reached within the rest. A node ``v`` of
    the answer with ``d_s(v) > max_hops // 2`` has ``d_t(v) < max_hops - max_hops // 2``, and so
    has every node on a shortest path from ``s`` to it, so the restricted search still measures
    it exactly; far fewer nodes are visited than by two searches to full depth.
    """
    c = compact(graph, weight)
    s, t = c.index[source], c.index[target]
    half = max_hops // 2
    near_s = _depths(c.adj, s, half, None)
    near_t = _depths(c.adj, t, max_hops - half, None)
    from_s = _depths(c.adj, s, max_hops, near_t, start=near_s, free=half)
    from_t = _depths(c.adj, t, max_hops, near_s, start=near_t, free=max_hops - half)
    nodes = c.nodes
    return [
        nodes[i] for i in sorted(i for i, d in from_s.items() if i in from_t and d + from_t[i] <= max_hops)
    ]


def induced(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph of ``graph`` on ``nodes`` (given in graph order) as a plain frozen graph.

    Attribute dicts are shared and neighbour order kept, so searches on it break ties as on a
    view of ``graph``, without a filter call per node visited.
    """
    keep = set(nodes)
    plain = graph.__class__()
    plain._node = {n: graph._node[n] for n in nodes}
    plain._adj = {n: {m: d for m, d in graph._adj[n].items() if m in keep} for n in nodes}
    return nx.freeze(plain)


def _depths(
    adj: list[list[tuple[int, float]]],
    origin: int,
    cutoff: int,
    allowed: dict[int, int] | None,
    *,
    start: dict[int, int] | None = None,
    free: int = 0,
) -> dict[int, int]:
    """Hop depths from ``origin`` to ``cutoff``; beyond depth ``free`` only into ``allowed`` nodes."""
    depth = dict(start) if start else {origin: 0}
    level = [v for v, d in depth.items() if d == free] if start else [origin]
    for d in range(free + 1 if start else 1, cutoff + 1):
        following = []
        for v in level:
            for w, _ in adj[v]:
                if w not in depth and (allowed is None or w in allowed):
                    depth[w] = d
                    following.append(w)
        if not following:
            break
        level = following
    return depth
