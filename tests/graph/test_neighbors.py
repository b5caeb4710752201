"""Ego networks and the entity page."""

from __future__ import annotations

import pytest

from graph.entities import describe_entity
from graph.errors import InvalidParameterError, UnknownEntityError
from graph.paths import neighbors


def iris(answer):
    return {node["iri"] for node in answer["nodes"]}


def test_neighbors_one_hop(kislyak):
    answer = neighbors(kislyak.network, "Michael McFaul")
    assert iris(answer) == {kislyak.mcfaul, kislyak.kislyak, kislyak.cnn, kislyak.russia}
    assert all({e["source"], e["target"]} <= iris(answer) for e in answer["edges"])
    # the ego network keeps the links among the neighbours too (Kislyak-CNN is absent: no such fact)
    assert len(answer["edges"]) == 3


def test_neighbors_two_hops_reach_further(kislyak):
    answer = neighbors(kislyak.network, kislyak.mcfaul, hops=2)
    assert {kislyak.flynn, kislyak.farkas, kislyak.belgium, kislyak.pescov} <= iris(answer)
    assert kislyak.kremlin not in iris(answer)  # three hops away


def test_neighbors_hops_are_capped_not_refused(kislyak):
    assert iris(neighbors(kislyak.network, "Flynn", hops=50)) == set(kislyak.network.graph)


def test_neighbors_isolated_entity(grid):
    article_network = grid.network
    answer = neighbors(article_network, "Person F")
    assert iris(answer) == {grid.f, grid.g}


@pytest.mark.parametrize("hops", [0, -1, "2"])
def test_neighbors_rejects_bad_hops(kislyak, hops):
    with pytest.raises(InvalidParameterError):
        neighbors(kislyak.network, "Flynn", hops=hops)


def test_neighbors_unknown_entity(kislyak):
    with pytest.raises(UnknownEntityError):
        neighbors(kislyak.network, "Nobody Known")


def test_describe_entity_facts_with_evidence(kislyak):
    page = describe_entity(kislyak.store, kislyak.network, "kislyak")
    assert page["iri"] == kislyak.kislyak
    assert page["names"] == ["Sergey Kislyak", "Kislyak"]
    assert page["types"] == ["https://schema.org/Person"]
    assert page["documents"] == [kislyak.article.iri]
    by_fact = {f["fact"]: f for f in page["facts"]}
    ambassador = by_fact[kislyak.ambassador]
    assert (ambassador["kind"], ambassador["role"]) == ("position", "member")
    assert ambassador["label"] == "Sergey Kislyak held the post of ambassador to Belgium (1998–2003)"
    [evidence] = ambassador["evidence"]
    assert kislyak.article.text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert by_fact[kislyak.flynn_kislyak]["label"] == "Michael Flynn was in contact with Sergey Kislyak"
    assert by_fact[kislyak.mcfaul_quote]["role"] == "about"
    assert all(f["evidence"] for f in page["facts"])


def test_describe_entity_neighbors(kislyak):
    page = describe_entity(kislyak.store, kislyak.network, kislyak.kislyak)
    names = [n["name"] for n in page["neighbors"]]
    assert set(names) == {"Michael McFaul", "Michael Flynn", "Evelyn Farkas", "Dmitri Pescov", "Belgium"}
    flynn = next(n for n in page["neighbors"] if n["name"] == "Michael Flynn")
    assert flynn["relations"] == [
        {
            "kind": "contact",
            "label": "Michael Flynn was in contact with Sergey Kislyak",
            "fact": kislyak.flynn_kislyak,
        }
    ]


def test_describe_entity_lists_every_role(kislyak):
    page = describe_entity(kislyak.store, kislyak.network, "McFaul")
    roles = {(f["kind"], f["role"]) for f in page["facts"]}
    assert roles == {("position", "member"), ("quotation", "creator")}


def test_describe_entity_lists_facts_that_make_no_edge(kislyak):
    page = describe_entity(kislyak.store, kislyak.network, "Flynn")
    assert kislyak.flynn_adviser in {f["fact"] for f in page["facts"]}
    assert [n["name"] for n in page["neighbors"]] == ["Sergey Kislyak"]


def test_describe_entity_by_slug_and_unknown(kislyak):
    assert describe_entity(kislyak.store, kislyak.network, "person/dmitri-pescov")["name"] == "Dmitri Pescov"
    with pytest.raises(UnknownEntityError):
        describe_entity(kislyak.store, kislyak.network, "person/nobody")
