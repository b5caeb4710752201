"""The benchmark's generated graph follows the data model; the fast paths answer like the slow ones."""

from __future__ import annotations

import itertools

import networkx as nx
import pyoxigraph as ox

from bench.graph_data import generate
from graph.network import build_network
from graph.paths import shortest_paths
from graph.store import OxigraphStore
from graph.traversal import DEFAULT_EXCLUDED_TYPES, Walk, walkable
from ontology.relations import RELATION_KINDS


def _generated(tmp_path, people=300):
    path = generate(tmp_path / "graph.nq", people=people, seed=3)
    store = OxigraphStore(None)
    store._store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return path, store


def test_scale_generator_is_deterministic(tmp_path):
    first = generate(tmp_path / "a.nq", people=200, seed=5).read_bytes()
    assert first == generate(tmp_path / "b.nq", people=200, seed=5).read_bytes()
    assert first != generate(tmp_path / "c.nq", people=200, seed=6).read_bytes()


def test_scale_generated_graph_projects_with_evidence_into_the_text(tmp_path):
    _, store = _generated(tmp_path)
    texts = {
        row["doc"]: row["text"]
        for row in store.select(
            "SELECT ?doc ?text WHERE { GRAPH ?doc { ?doc <https://schema.org/text> ?text } }"
        )
    }
    network = build_network(store)
    people = [n for n, t in network.graph.nodes(data="type") if t == "person"]
    assert len(people) >= 300
    kinds = set()
    relations = [r for _, _, data in network.graph.edges(data=True) for r in data["relations"]]
    evidence_of = network.evidence([r["fact"] for r in relations])
    for relation in relations:
        kinds.add(relation["kind"])
        assert evidence_of[relation["fact"]], relation["fact"]
        for evidence in evidence_of[relation["fact"]]:
            text = texts[evidence["document"]]
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert kinds <= set(RELATION_KINDS) and {"contact", "position", "told", "commented_on"} <= kinds


def test_scale_walkable_copy_answers_like_the_filtered_view(tmp_path):
    _, store = _generated(tmp_path)
    network = build_network(store)
    graph = network.graph
    types = frozenset(DEFAULT_EXCLUDED_TYPES)
    plain = walkable(graph, types)
    view = nx.subgraph_view(graph, filter_node=lambda n: graph.nodes[n]["type"] not in types)
    assert list(plain.nodes) == list(view.nodes)
    assert all(list(plain[n]) == list(view[n]) for n in plain)
    assert walkable(graph, types) is plain  # once per snapshot
    walk = Walk(graph, keep=(), exclude_types=types, exclude_nodes=(), kinds=None, min_confidence=0.0)
    assert walk.view is plain
    people = sorted(
        n for n in max(nx.connected_components(plain), key=len) if graph.nodes[n]["type"] == "person"
    )
    for a, b in itertools.islice(itertools.combinations(people, 2), 0, 60, 6):
        for options in ({}, {"k": 3}, {"weighted": True}):
            fast = shortest_paths(network, a, b, **options)
            # a relation filter that keeps everything takes the slow path (a filtered view)
            slow = shortest_paths(network, a, b, relations=list(RELATION_KINDS), **options)
            assert fast == slow
