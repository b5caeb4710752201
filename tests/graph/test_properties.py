"""Properties on random graphs: paths are real, shortest, distinct and ordered; lookup never crashes."""

from __future__ import annotations

import itertools

import networkx as nx
from graphkit import Article, load
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.entities import resolve
from graph.errors import AmbiguousError, UnknownEntityError
from graph.network import build_network
from graph.paths import shortest_paths
from graph.traversal import Walk

PEOPLE = 7
pairs = st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, PEOPLE - 1)).filter(lambda p: p[0] != p[1])


def network_of(edges: list[tuple[int, int]]):
    article = Article("random " + repr(sorted(edges)))
    people = [article.person(f"Member {chr(65 + i)}") for i in range(PEOPLE)]
    for u, v in edges:
        article.contact(people[u], people[v], f"Member {chr(65 + u)} met Member {chr(65 + v)}.")
    return build_network(load(article)), people


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edges=st.lists(pairs, max_size=14), ends=pairs, k=st.integers(1, 4))
def test_properties_paths_are_shortest_simple_and_ordered(edges, ends, k):
    network, people = network_of(edges)
    source, target = people[ends[0]], people[ends[1]]
    answer = shortest_paths(network, source, target, k=k, max_hops=8)
    try:
        expected = nx.shortest_path_length(network.graph, source, target)
    except nx.NetworkXNoPath:
        expected = None
    assert answer["length"] == expected
    found = [[node["iri"] for node in path["nodes"]] for path in answer["paths"]]
    assert len(found) == min(k, len(list(nx.all_simple_paths(network.graph, source, target))))
    assert len({tuple(p) for p in found}) == len(found)  # distinct
    assert [len(p) for p in found] == sorted(len(p) for p in found)  # shortest first
    for path, nodes in zip(answer["paths"], found, strict=True):
        assert nodes[0] == source and nodes[-1] == target and len(set(nodes)) == len(nodes)
        for hop, (u, v) in zip(path["hops"], itertools.pairwise(nodes), strict=True):
            assert (hop["from"], hop["to"]) == (u, v) and network.graph.has_edge(u, v)
            assert all(r["evidence"] for r in hop["relations"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edges=st.lists(pairs, max_size=14), ends=pairs, k=st.integers(1, 4), max_hops=st.integers(1, 4))
def test_properties_max_hops_keeps_the_k_shortest_within_reach(edges, ends, k, max_hops):
    network, people = network_of(edges)
    source, target = people[ends[0]], people[ends[1]]
    within = sorted(len(p) - 1 for p in nx.all_simple_paths(network.graph, source, target, cutoff=max_hops))
    answer = shortest_paths(network, source, target, k=k, max_hops=max_hops)
    assert [len(p["hops"]) for p in answer["paths"]] == within[:k]
    assert answer["truncated"] is False


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edges=st.lists(st.tuples(pairs, st.sampled_from([0.2, 0.5, 0.9, 1.0])), max_size=12),
    ends=pairs,
    max_hops=st.integers(1, 6),
)
def test_properties_weighted_first_path_is_cheapest_within_reach(edges, ends, max_hops):
    article = Article("weighted " + repr(edges))
    people = [article.person(f"Member {chr(65 + i)}") for i in range(PEOPLE)]
    for (u, v), confidence in edges:
        article.contact(people[u], people[v], f"{u} met {v} ({confidence}).", confidence=confidence)
    network = build_network(load(article))
    source, target = people[ends[0]], people[ends[1]]
    answer = shortest_paths(network, source, target, max_hops=max_hops, weighted=True)
    cost = Walk(
        network.graph, keep=(), exclude_types=frozenset(), exclude_nodes=(), kinds=None, min_confidence=0
    ).cost()

    def total(path):
        return sum(cost(u, v, network.graph.edges[u, v]) for u, v in itertools.pairwise(path))

    options = [total(p) for p in nx.all_simple_paths(network.graph, source, target, cutoff=max_hops)]
    if not options:
        assert answer["paths"] == []
    else:
        best = [n["iri"] for n in answer["paths"][0]["nodes"]]
        assert abs(total(best) - min(options)) < 1e-9


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=30))
def test_properties_resolve_returns_an_entity_or_a_lookup_error(text):
    network = _fixed_network()
    try:
        assert resolve(network, text) in network.graph
    except (UnknownEntityError, AmbiguousError) as error:
        assert isinstance(error.candidates, list)


_CACHE: dict[str, object] = {}


def _fixed_network():
    if "network" not in _CACHE:
        _CACHE["network"] = network_of([(0, 1), (1, 2), (3, 4)])[0]
    return _CACHE["network"]
