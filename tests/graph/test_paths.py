"""Shortest links: the Kislyak story, the hard cases, the options and the caps."""

from __future__ import annotations

import itertools

import pytest
from graphkit import Article, load

from graph.errors import AmbiguousError, InvalidParameterError, UnknownEntityError
from graph.network import build_network
from graph.paths import K_CAP, MAX_HOPS_CAP, network_json, shortest_paths


def names(path):
    return [node["name"].removeprefix("Person ") for node in path["nodes"]]


def test_paths_kislyak_story_two_hops_with_evidence(kislyak):
    answer = shortest_paths(kislyak.network, "Michael McFaul", "Michael Flynn")
    assert answer["from"] == {"iri": kislyak.mcfaul, "name": "Michael McFaul", "type": "person"}
    assert answer["to"] == {"iri": kislyak.flynn, "name": "Michael Flynn", "type": "person"}
    assert answer["length"] == 2 and answer["truncated"] is False
    [path] = answer["paths"]
    assert [n["name"] for n in path["nodes"]] == ["Michael McFaul", "Sergey Kislyak", "Michael Flynn"]
    first, second = path["hops"]
    assert (first["from"], first["to"]) == (kislyak.mcfaul, kislyak.kislyak)
    assert (second["from"], second["to"]) == (kislyak.kislyak, kislyak.flynn)
    assert first["relations"][0] == {
        "kind": "commented_on",
        "label": "Michael McFaul commented on Sergey Kislyak",
        "fact": kislyak.mcfaul_quote,
        "confidence": 0.95,
        "evidence": [first["relations"][0]["evidence"][0]],
    }
    assert second["relations"][0]["fact"] == kislyak.flynn_kislyak
    for hop in path["hops"]:
        for relation in hop["relations"]:
            [evidence] = relation["evidence"]
            assert set(evidence) == {"document", "text", "start", "end"}
            assert kislyak.article.text[evidence["start"] : evidence["end"]] == evidence["text"]
            assert evidence["document"] == kislyak.article.iri


def test_paths_position_hop_reads_in_text_direction(kislyak):
    answer = shortest_paths(kislyak.network, "Belgium", "Kislyak")
    [hop] = answer["paths"][0]["hops"]
    assert (hop["from"], hop["to"]) == (kislyak.belgium, kislyak.kislyak)
    assert hop["relations"][0]["label"] == "Sergey Kislyak held the post of ambassador to Belgium (1998–2003)"


def test_paths_outlets_not_walked_through_by_default(kislyak):
    # McFaul told CNN; CNN reported Farkas. Through the outlet is no link; through Kislyak is.
    answer = shortest_paths(kislyak.network, "mcfaul", "farkas", k=5)
    assert [[n["name"] for n in p["nodes"]] for p in answer["paths"]] == [
        ["Michael McFaul", "Sergey Kislyak", "Evelyn Farkas"]
    ]
    everything = shortest_paths(kislyak.network, "mcfaul", "farkas", k=5, exclude_types=["none"])
    assert len(everything["paths"]) == 2
    assert {p["nodes"][1]["name"] for p in everything["paths"]} == {"Sergey Kislyak", "CNN"}


def test_paths_outlet_may_be_an_end(kislyak):
    assert shortest_paths(kislyak.network, "CNN", "Flynn")["length"] == 3


# (source, target, options, expected paths as name sequences, or None for "no connection")
HARD_CASES = [
    pytest.param("A", "D", {"k": 2}, [["A", "B", "D"], ["A", "C", "D"]], id="tie-both"),
    pytest.param("A", "D", {"k": 10}, [["A", "B", "D"], ["A", "C", "D"]], id="k-larger-than-paths"),
    pytest.param("A", "F", {}, None, id="disconnected"),
    pytest.param("A", "F", {"k": 3, "weighted": True}, None, id="disconnected-weighted"),
    pytest.param("A", "A", {}, [["A"]], id="same-node"),
    pytest.param("A", "E", {"exclude_nodes": ["Person D"]}, None, id="excluded-node-cuts-only-path"),
    pytest.param("A", "E", {"exclude_nodes": "Person B"}, [["A", "C", "D", "E"]], id="excluded-node-detour"),
    pytest.param("A", "D", {"exclude_nodes": ["Person A"]}, [["A", "B", "D"]], id="ends-never-excluded"),
    pytest.param("A", "H", {}, None, id="outlet-only-link-default"),
    pytest.param("A", "H", {"exclude_types": ()}, None, id="empty-types-mean-default"),
    pytest.param("A", "H", {"exclude_types": None}, None, id="no-types-mean-default"),
    pytest.param(
        "A", "H", {"exclude_types": "none"}, [["A", "Daily Outlet", "H"]], id="outlet-walked-on-request"
    ),
    pytest.param("A", "H", {"exclude_types": "place"}, [["A", "Daily Outlet", "H"]], id="exclude-string"),
    pytest.param("A", "E", {"exclude_types": ["person"]}, None, id="excluded-type-cuts-path"),
    pytest.param("E", "I", {}, [["E", "I"]], id="weak-link-kept-by-default"),
    pytest.param("E", "I", {"min_confidence": 0.5}, None, id="min-confidence-cuts-only-link"),
    pytest.param("A", "J", {}, [["A", "B", "J"]], id="mixed-kinds"),
    pytest.param("A", "J", {"relations": ["contact"]}, None, id="relation-filter-cuts-path"),
    pytest.param("A", "J", {"relations": "contact,advises"}, [["A", "B", "J"]], id="relation-filter-string"),
    pytest.param("A", "J", {"relations": ""}, [["A", "B", "J"]], id="empty-relations-means-all"),
    pytest.param("A", "E", {"max_hops": 2}, None, id="beyond-max-hops"),
    pytest.param(
        "A", "E", {"max_hops": 3, "k": 5}, [["A", "B", "D", "E"], ["A", "C", "D", "E"]], id="at-max-hops"
    ),
    pytest.param("P", "Q", {}, [["P", "Q"]], id="fewest-hops"),
    pytest.param("P", "Q", {"weighted": True}, [["P", "R", "Q"]], id="weighted-prefers-support"),
    pytest.param("P", "Q", {"weighted": True, "k": 2}, [["P", "R", "Q"], ["P", "Q"]], id="weighted-k"),
    pytest.param("P", "Q", {"weighted": True, "max_hops": 1}, [["P", "Q"]], id="weighted-max-hops"),
]


@pytest.mark.parametrize(("source", "target", "options", "expected"), HARD_CASES)
def test_paths_hard_cases(grid, source, target, options, expected):
    answer = shortest_paths(grid.network, f"Person {source}", f"Person {target}", **options)
    if expected is None:
        assert (answer["length"], answer["paths"]) == (None, [])
    else:
        found = [names(p) for p in answer["paths"]]
        assert sorted(found) == sorted(expected) if not options.get("weighted") else found == expected
        assert answer["length"] == len(found[0]) - 1
    assert answer["truncated"] is False


def test_paths_tie_with_k1_is_one_stable_answer(grid):
    first = shortest_paths(grid.network, "Person A", "Person D")
    assert len(first["paths"]) == 1 and names(first["paths"][0]) in (["A", "B", "D"], ["A", "C", "D"])
    again = shortest_paths(build_network(grid.store), "Person A", "Person D")
    assert again == first


def test_paths_paths_come_shortest_first(grid):
    answer = shortest_paths(grid.network, "Person A", "Person E", k=5, exclude_types=["none"])
    lengths = [len(p["hops"]) for p in answer["paths"]]
    assert lengths == sorted(lengths) and answer["length"] == lengths[0] == 3


def test_paths_hops_list_only_relations_that_pass_filters(grid):
    answer = shortest_paths(grid.network, "Person B", "Person J", relations=["advises"])
    assert [r["kind"] for r in answer["paths"][0]["hops"][0]["relations"]] == ["advises"]


def test_paths_weighted_prefers_two_documents():
    one, two = Article("doc-1"), Article("doc-2")
    a, b, c, d = (one.person(f"Node {x}") for x in "ABCD")
    for u, v in [(a, b), (b, d), (a, c), (c, d)]:
        one.contact(u, v, confidence=1.0)
    for x in "ACD":
        two.person(f"Node {x}")
    two.contact(a, c, confidence=1.0)
    two.contact(c, d, confidence=1.0)
    network = build_network(load(one, two))
    answer = shortest_paths(network, "Node A", "Node D", weighted=True)
    assert [n["name"] for n in answer["paths"][0]["nodes"]] == ["Node A", "Node C", "Node D"]
    assert len(answer["paths"][0]["hops"][0]["relations"]) == 2  # one fact per document


def test_paths_k_above_cap_is_truncated():
    article = Article("fan")
    top, bottom = article.person("Top"), article.person("Bottom")
    for i in range(K_CAP + 5):
        middle = article.person(f"Middle {i}")
        article.contact(top, middle)
        article.contact(middle, bottom)
    network = build_network(load(article))
    answer = shortest_paths(network, "Top", "Bottom", k=100)
    assert len(answer["paths"]) == K_CAP and answer["truncated"] is True
    assert shortest_paths(network, "Top", "Bottom", k=K_CAP)["truncated"] is False


def test_paths_max_hops_above_cap_is_truncated_when_a_longer_path_exists():
    article = Article("chain")
    chain = [article.person(f"Link {i}") for i in range(MAX_HOPS_CAP + 3)]
    for u, v in itertools.pairwise(chain):
        article.contact(u, v)
    network = build_network(load(article))
    far = shortest_paths(network, "Link 0", f"Link {MAX_HOPS_CAP + 2}", max_hops=50)
    assert (far["length"], far["truncated"]) == (None, True)
    near = shortest_paths(network, "Link 0", "Link 3", max_hops=50)
    assert (near["length"], near["truncated"]) == (3, False)


@pytest.mark.parametrize(("ring", "truncated"), [(False, False), (True, True)])
def test_paths_max_hops_cap_truncates_only_when_it_hid_a_path(ring, truncated):
    article = Article("ring" if ring else "line")
    chain = [article.person(f"Link {i}") for i in range(MAX_HOPS_CAP + 4)]
    for u, v in itertools.pairwise(chain + ([chain[0]] if ring else [])):
        article.contact(u, v)
    network = build_network(load(article))
    answer = shortest_paths(network, "Link 0", "Link 1", k=5, max_hops=50)
    assert [len(p["hops"]) for p in answer["paths"]] == [1]  # the way round the ring is too long
    assert answer["truncated"] is truncated
    assert shortest_paths(network, "Link 0", "Link 1", k=5, max_hops=MAX_HOPS_CAP)["truncated"] is False


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"k": 0}, "k must"),
        ({"k": "3"}, "k must"),
        ({"max_hops": 0}, "max_hops must"),
        ({"exclude_types": ["robot"]}, "unknown entity type"),
        ({"relations": ["hugged"]}, "unknown relation kind"),
        ({"min_confidence": 1.5}, "min_confidence"),
    ],
)
def test_paths_rejects_bad_options(grid, options, message):
    with pytest.raises(InvalidParameterError, match=message):
        shortest_paths(grid.network, "Person A", "Person D", **options)


def test_paths_unknown_and_ambiguous_ends(kislyak):
    with pytest.raises(UnknownEntityError) as caught:
        shortest_paths(kislyak.network, "Michael McFall", "Flynn")
    assert "Michael McFaul" in [c["name"] for c in caught.value.candidates]
    with pytest.raises(AmbiguousError):
        shortest_paths(kislyak.network, "Michael", "Flynn")
    with pytest.raises(UnknownEntityError):
        shortest_paths(kislyak.network, "Flynn", "Kislyak", exclude_nodes=["Nobody Atall"])


def test_paths_network_json_shape(kislyak):
    answer = network_json(kislyak.network)
    assert {n["iri"] for n in answer["nodes"]} == set(kislyak.network.graph.nodes)
    assert all(set(n) == {"iri", "name", "type", "aliases", "degree"} for n in answer["nodes"])
    edge = next(e for e in answer["edges"] if {e["source"], e["target"]} == {kislyak.mcfaul, kislyak.kislyak})
    assert (edge["source"], edge["target"]) == (kislyak.mcfaul, kislyak.kislyak)
    assert edge["relations"] == [
        {
            "kind": "commented_on",
            "label": "Michael McFaul commented on Sergey Kislyak",
            "fact": kislyak.mcfaul_quote,
        }
    ]
    assert len(answer["edges"]) == kislyak.network.graph.number_of_edges()


def test_paths_network_json_filters(kislyak):
    people = network_json(kislyak.network, type="person")
    assert {n["type"] for n in people["nodes"]} == {"person"}
    iris = {n["iri"] for n in people["nodes"]}
    assert all(e["source"] in iris and e["target"] in iris for e in people["edges"])
    hubs = network_json(kislyak.network, min_degree=3)
    assert all(n["degree"] >= 3 for n in hubs["nodes"])
    assert kislyak.kislyak in {n["iri"] for n in hubs["nodes"]}
    with pytest.raises(InvalidParameterError):
        network_json(kislyak.network, type="people")
