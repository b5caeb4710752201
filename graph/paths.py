"""Shortest links between two entities, every hop with its relations and evidence.

Answers are the plain dicts of DESIGN section 5; the API layer only turns them into JSON. The ego
network and whole-graph answers live in ``graph.subgraphs`` and are importable from here too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from graph.dijkstra import cheapest_path, core, induced
from graph.entities import resolve
from graph.network import Network
from graph.subgraphs import graph_json, neighbors, network_json
from graph.traversal import COST, Walk, as_names, capped, check_kinds, excluded_types

K_CAP = 20  # most paths one answer lists
MAX_HOPS_CAP = 8  # longest path searched; beyond 6 hops nearly everyone connects to everyone
WEIGHTED_BUDGET = 200  # candidate paths examined in weighted mode before giving up (truncated)


def shortest_paths(
    network: Network,
    source: str,
    target: str,
    *,
    k: int = 1,
    max_hops: int = 6,
    exclude_types: str | Iterable[str] | None = (),
    relations: str | Iterable[str] | None = None,
    exclude_nodes: str | Iterable[str] = (),
    min_confidence: float = 0.0,
    weighted: bool = False,
) -> dict[str, Any]:
    """The ``k`` shortest simple paths from ``source`` to ``target`` (names, aliases or IRIs).

    ``exclude_types`` empty means the default (outlets, places and countries are not walked
    through); ``"none"`` walks through everything; any other list replaces the default.
    ``relations`` limits the relation kinds (None or empty: all). The ends of a path are never
    excluded, by type or by ``exclude_nodes``.
    """
    src, dst = resolve(network, source), resolve(network, target)
    k, k_capped = capped("k", k, K_CAP)
    max_hops, hops_capped = capped("max_hops", max_hops, MAX_HOPS_CAP)
    types = excluded_types(exclude_types)
    kinds = check_kinds(as_names(relations) or None)
    walk = Walk(
        network.graph,
        keep={src, dst},
        exclude_types=types,
        exclude_nodes=[resolve(network, name) for name in as_names(exclude_nodes)],
        kinds=kinds,
        min_confidence=float(min_confidence),
    )
    answer: dict[str, Any] = {"from": network.node(src), "to": network.node(dst), "length": None}
    if src == dst:
        return {
            **answer,
            "length": 0,
            "paths": [{"nodes": [network.node(src)], "hops": []}],
            "truncated": False,
        }
    found, more, longer = _search(walk, src, dst, k, max_hops, weighted, peek=k_capped)
    if hops_capped and longer is None and len(found) < k:
        longer = _longer_exists(walk, src, dst, len(found))  # did the cap hide paths asked for?
    hops = [_hops(network, walk, p) for p in found]
    evidence = network.evidence(
        sorted({r["fact"] for hop_list in hops for hop in hop_list for r in hop["relations"]})
    )
    for hop_list in hops:
        for hop in hop_list:
            for relation in hop["relations"]:
                relation["evidence"] = [dict(e) for e in evidence[relation["fact"]]]
    paths = [{"nodes": [network.node(n) for n in p], "hops": h} for p, h in zip(found, hops, strict=True)]
    return {
        **answer,
        "length": len(found[0]) - 1 if found else None,
        "paths": paths,
        "truncated": more or bool(hops_capped and longer),
    }


def _search(
    walk: Walk, src: str, dst: str, k: int, max_hops: int, weighted: bool, *, peek: bool
) -> tuple[list[list[str]], bool, bool | None]:
    """Paths found; whether more exist within ``max_hops`` (looked for only when ``peek`` or in
    weighted mode); whether paths longer than ``max_hops`` exist (None: not looked for)."""
    try:
        shortest = nx.bidirectional_shortest_path(walk.view, src, dst)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return [], False, False
    if len(shortest) - 1 > max_hops:
        return [], False, True
    if not weighted and k == 1 and not peek:
        return [shortest], False, None
    # Yen's algorithm straight on the view: each spur search is a bidirectional BFS (or Dijkstra)
    # that stays local, which on a 100k-node graph is far cheaper than first cutting the view down
    # to the nodes within reach of both ends (two searches to depth max_hops over the whole
    # component). Unweighted paths come shortest first; weighted ones cheapest first, each edge's
    # cost read from the snapshot unless a relation filter changes it.
    weight = walk.weight() if weighted else None
    first: list[str] | None = None
    candidates: Iterator[list[str]] = iter(())
    if weighted and walk.plain:
        # Yen's first path, found on the snapshot's compact copy (graph.dijkstra: same answer)
        first = cheapest_path(walk.view, src, dst, COST)
        if first is None:
            return [], False, False
        if len(first) - 1 <= max_hops:
            if k == 1 and not peek:
                return [first], False, None
            first = None  # more paths wanted: Yen's algorithm from the start
    if first is None:
        candidates = nx.shortest_simple_paths(walk.view, src, dst, weight=weight)
        try:
            first = next(candidates)
        except (nx.NetworkXNoPath, StopIteration):  # every edge of the path weighs None: hidden
            return [], False, False
    if len(first) - 1 > max_hops:
        # The cheapest path is too long (only in weighted mode): cheaper-but-longer paths may be
        # many, so confine Yen's algorithm to the nodes that can lie on a path within max_hops.
        inside = (
            induced(walk.view, core(walk.view, src, dst, max_hops, COST))
            if walk.plain
            else walk.view.subgraph(_core(walk.view, src, dst, max_hops))
        )
        candidates = nx.shortest_simple_paths(inside, src, dst, weight=weight)
    else:
        candidates = itertools.chain([first], candidates)
    found: list[list[str]] = []
    for examined, path in enumerate(candidates):
        if len(path) - 1 > max_hops:
            if not weighted:
                break  # unweighted paths come shortest first: none left within max_hops
            if examined >= WEIGHTED_BUDGET:
                return found, True, None
            continue
        if len(found) == k:
            return found, True, None
        found.append(path)
        if len(found) == k and not peek:
            return found, False, None
    return found, False, None


def _core(view: nx.Graph, src: str, dst: str, max_hops: int) -> list[str]:
    """Nodes that can lie on a path of at most ``max_hops`` hops between ``src`` and ``dst``."""
    from_src = nx.single_source_shortest_path_length(view, src, cutoff=max_hops)
    from_dst = nx.single_source_shortest_path_length(view, dst, cutoff=max_hops)
    return [n for n, d in from_src.items() if n in from_dst and d + from_dst[n] <= max_hops]


def _longer_exists(walk: Walk, src: str, dst: str, found: int) -> bool:
    """Whether the view holds more than ``found`` simple paths (the extra ones being longer)."""
    candidates = nx.shortest_simple_paths(walk.view, src, dst)
    return next(itertools.islice(candidates, found, None), None) is not None


def _hops(network: Network, walk: Walk, path: list[str]) -> list[dict[str, Any]]:
    hops = []
    for u, v in itertools.pairwise(path):
        relations = sorted(
            walk.usable(network.graph.edges[u, v]["relations"]),
            key=lambda r: (-(1.0 if r["confidence"] is None else r["confidence"]), r["kind"], r["fact"]),
        )
        hops.append({"from": u, "to": v, "relations": [_hop_relation(r) for r in relations]})
    return hops


def _hop_relation(relation: dict[str, Any]) -> dict[str, Any]:
    # "evidence" is filled in by shortest_paths, with one read of the store for every hop's facts
    return {
        "kind": relation["kind"],
        "label": relation["label"],
        "fact": relation["fact"],
        "confidence": relation["confidence"],
        "evidence": [],
    }


__all__ = ["K_CAP", "MAX_HOPS_CAP", "graph_json", "neighbors", "network_json", "shortest_paths"]
