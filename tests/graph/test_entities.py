"""Finding entities: names, aliases, slugs and IRIs; ambiguity and near misses; search."""

from __future__ import annotations

import pytest
from graphkit import Article, load

from graph.entities import resolve, search_entities
from graph.errors import AmbiguousError, InvalidParameterError, UnknownEntityError
from graph.network import build_network


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Michael McFaul", "mcfaul"),
        ("mcfaul", "mcfaul"),
        ("MCFAUL", "mcfaul"),
        ("  michael   mcfaul ", "mcfaul"),
        ("Pescov", "pescov"),
        ("pescóv", "pescov"),
        ("Dmítri Pescov", "pescov"),
        ("Kislyak", "kislyak"),
        ("https://newsgraph.example/person/sergey-kislyak", "kislyak"),
        ("sergey-kislyak", "kislyak"),
        ("person/sergey-kislyak", "kislyak"),
        ("http://other.example/person/sergey-kislyak", "kislyak"),
        ("Farkas", "farkas"),
        ("Evelyn", "farkas"),  # a unique whole word of one name
        ("cnn", "cnn"),
    ],
)
def test_entities_resolve_names_aliases_and_iris(kislyak, query, expected):
    assert resolve(kislyak.network, query) == getattr(kislyak, expected)


@pytest.mark.parametrize(
    ("query", "closest"),
    [("Kislyek", "Sergey Kislyak"), ("McFall", "Michael McFaul"), ("Michael Flinn", "Michael Flynn")],
)
def test_entities_resolve_unknown_offers_close_candidates(kislyak, query, closest):
    with pytest.raises(UnknownEntityError) as caught:
        resolve(kislyak.network, query)
    names = [c["name"] for c in caught.value.candidates]
    assert closest in names
    assert closest in str(caught.value)
    assert {"iri", "name", "type", "detail"} <= set(caught.value.candidates[0])


@pytest.mark.parametrize("query", ["", "   ", "Zzyzx Qwerty"])
def test_entities_resolve_nothing_close_has_no_candidates(kislyak, query):
    with pytest.raises(UnknownEntityError) as caught:
        resolve(kislyak.network, query)
    assert caught.value.candidates == []


def test_entities_resolve_shared_first_name_is_ambiguous(kislyak):
    with pytest.raises(AmbiguousError) as caught:
        resolve(kislyak.network, "michael")
    candidates = {c["name"]: c for c in caught.value.candidates}
    assert set(candidates) == {"Michael McFaul", "Michael Flynn"}
    assert candidates["Michael McFaul"]["detail"] == "former U.S. Ambassador to Russia"
    assert candidates["Michael Flynn"]["detail"] == "national security adviser"  # a role with no edge
    assert candidates["Michael Flynn"]["type"] == "person"


def test_entities_resolve_same_name_different_types_is_ambiguous():
    article = Article("washington")
    person, place = article.person("Washington"), article.place("Washington")
    network = build_network(load(article))
    with pytest.raises(AmbiguousError) as caught:
        resolve(network, "washington")
    assert {(c["iri"], c["type"]) for c in caught.value.candidates} == {(person, "person"), (place, "place")}
    assert {c["detail"] for c in caught.value.candidates} == {'mentioned in "washington"'}
    assert resolve(network, person) == person  # the IRI always settles it


def test_entities_resolve_canonical_name_beats_alias():
    article = Article("names")
    exact = article.person("Kislyak")
    article.person("Sergey Kislyak", "Kislyak")
    assert resolve(build_network(load(article)), "kislyak") == exact


def test_entities_search_matches_names_and_aliases(kislyak):
    answer = search_entities(kislyak.network, "kisl", None, 10)
    assert answer == {"entities": [kislyak.network.entity(kislyak.kislyak)], "total": 1}
    assert search_entities(kislyak.network, "PESCÓV", None, 10)["entities"][0]["iri"] == kislyak.pescov


def test_entities_search_ranks_exact_first_then_degree(kislyak):
    answer = search_entities(kislyak.network, "michael", None, 10)
    assert [e["name"] for e in answer["entities"]] == ["Michael McFaul", "Michael Flynn"]
    everyone = search_entities(kislyak.network, None, None, 3)
    assert everyone["total"] == kislyak.network.graph.number_of_nodes()
    assert everyone["entities"][0]["name"] == "Sergey Kislyak"  # the most connected
    assert len(everyone["entities"]) == 3


def test_entities_search_filters_by_type(kislyak):
    answer = search_entities(kislyak.network, "", "country", 10)
    assert [e["name"] for e in answer["entities"]] == ["Belgium", "Russia"]
    assert search_entities(kislyak.network, "cnn", "person", 10) == {"entities": [], "total": 0}


def test_entities_search_rejects_bad_options(kislyak):
    with pytest.raises(InvalidParameterError, match="person"):
        search_entities(kislyak.network, "x", "robot", 10)
    with pytest.raises(InvalidParameterError):
        search_entities(kislyak.network, "x", None, -1)
