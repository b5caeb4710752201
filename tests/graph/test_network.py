"""The projection: which facts become edges, how they read, and rebuilding when the store changes."""

from __future__ import annotations

import threading
import time

import networkx as nx
import pytest
from graph_stories import kislyak_article
from graphkit import Article, load
from rdflib import Literal, URIRef

from graph.errors import UnknownEntityError
from graph.network import NetworkCache, build_network
from graph.store import OxigraphStore
from ontology.namespaces import NG, SCHEMA


def relations_between(network, a, b):
    return network.graph.edges[a, b]["relations"]


def test_network_nodes_carry_name_type_aliases(kislyak):
    node = kislyak.network.graph.nodes[kislyak.kislyak]
    assert (node["name"], node["type"], node["aliases"]) == ("Sergey Kislyak", "person", ["Kislyak"])
    assert kislyak.network.graph.nodes[kislyak.cnn]["type"] == "outlet"
    assert kislyak.network.graph.nodes[kislyak.kremlin]["type"] == "organization"
    assert kislyak.network.graph.nodes[kislyak.belgium]["type"] == "country"


def test_network_entity_shape(kislyak):
    assert kislyak.network.entity(kislyak.mcfaul) == {
        "iri": kislyak.mcfaul,
        "name": "Michael McFaul",
        "type": "person",
        "aliases": ["McFaul"],
        "degree": 3,  # Kislyak (commented on), CNN (told), Russia (position)
    }


def test_network_entity_unknown_iri_raises(kislyak):
    with pytest.raises(UnknownEntityError):
        kislyak.network.entity("https://newsgraph.example/person/nobody")


def test_network_graph_is_frozen(kislyak):
    with pytest.raises(nx.NetworkXError):
        kislyak.network.graph.add_edge(kislyak.mcfaul, kislyak.flynn)


@pytest.mark.parametrize(
    ("a", "b", "kind", "label"),
    [
        ("mcfaul", "kislyak", "commented_on", "Michael McFaul commented on Sergey Kislyak"),
        (
            "mcfaul",
            "cnn",
            "told",
            "Michael McFaul told CNN: \"You're never confused about what country he's representing.\"",
        ),
        (
            "kislyak",
            "belgium",
            "position_for",
            "Sergey Kislyak held the post of ambassador to Belgium (1998–2003)",
        ),
        ("flynn", "kislyak", "contact", "Michael Flynn was in contact with Sergey Kislyak"),
        ("farkas", "cnn", "reported_by", "Evelyn Farkas was reported by CNN"),
        ("pescov", "kislyak", "denied", "Dmitri Pescov denied allegations about Sergey Kislyak"),
        ("pescov", "kremlin", "position", "Dmitri Pescov held a position at Kremlin"),
    ],
)
def test_network_edge_rules_make_labelled_relations(kislyak, a, b, kind, label):
    found = relations_between(kislyak.network, getattr(kislyak, a), getattr(kislyak, b))
    assert [(r["kind"], r["label"]) for r in found] == [(kind, label)]
    ends = (getattr(kislyak, a), getattr(kislyak, b))
    expected = tuple(sorted(ends)) if kind == "contact" else ends  # a contact has no direction
    assert (found[0]["source"], found[0]["target"]) == expected


def test_network_evidence_points_into_document_text(kislyak):
    text = kislyak.article.text
    relations = [r for _, _, data in kislyak.network.graph.edges(data=True) for r in data["relations"]]
    evidence_of = kislyak.network.evidence([r["fact"] for r in relations])
    for relation in relations:
        assert "evidence" not in relation  # read from the store for the facts an answer shows
        assert evidence_of[relation["fact"]], relation["fact"]
        for evidence in evidence_of[relation["fact"]]:
            assert evidence["document"] == kislyak.article.iri
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
        assert relation["documents"] == (kislyak.article.iri,)


def test_network_photo_credit_never_makes_an_edge():
    article = Article("credits")
    alice, bob = article.person("Alice Adams"), article.person("Bob Brown")
    article.image_credit("Susan Walsh/AP", "Susan Walsh", "AP")
    # Even a credit node that (wrongly) names entities stays out of the projection.
    article.image_credit("Bob Brown/Getty", "Bob Brown", "Getty", {SCHEMA.creator: bob, SCHEMA.about: alice})
    network = build_network(load(article))
    assert network.graph.number_of_edges() == 0
    assert sorted(network.graph.nodes) == sorted([alice, bob])
    assert all("Walsh" not in data["name"] for _, data in network.graph.nodes(data=True))


def test_network_shortcut_triples_add_no_edges():
    article = Article("shortcut")
    a, b = article.person("Ann One"), article.person("Ben Two")
    article.contact(a, b)  # writes ng:contactWith both ways next to the fact node
    network = build_network(load(article))
    assert [r["kind"] for r in relations_between(network, a, b)] == ["contact"]


def test_network_same_fact_in_two_documents_merges_entities():
    first, second = Article("one"), Article("two")
    a = first.person("Ann One", "Ann")
    second.person("Ann One", "A. One")
    b = second.person("Ben Two")
    second.contact(a, b)
    network = build_network(load(first, second))
    assert network.entity(a)["aliases"] == ["A. One", "Ann"]
    assert list(network.documents(a)) == sorted([first.iri, second.iri])
    assert network.documents(a) == {first.iri: first.headline, second.iri: second.headline}


def test_network_untyped_endpoint_gets_a_stub_node():
    article = Article("stub")
    a = article.person("Ann One")
    ghost = "https://newsgraph.example/org/ghost-company"
    article.fact(NG.Representation, {NG.agent: a, NG.represented: ghost}, sentences=["Ann represents it."])
    network = build_network(load(article))
    assert network.node(ghost) == {"iri": ghost, "name": "Ghost Company", "type": "organization"}


def test_network_multi_party_contact_links_every_pair():
    article = Article("three")
    a, b, c = (article.person(n) for n in ("Ann One", "Ben Two", "Cat Three"))
    article.fact(NG.Contact, {NG.participant: [a, b, c]}, sentences=["Ann, Ben and Cat met."])
    network = build_network(load(article))
    assert network.graph.number_of_edges() == 3


def test_network_cache_rebuilds_after_add_and_remove():
    store = OxigraphStore(None)
    cache = NetworkCache(store)
    empty = cache.get()
    assert empty.graph.number_of_nodes() == 0
    assert cache.get() is empty  # unchanged store, same snapshot
    article, e = kislyak_article()
    load(article, store=store)
    full = cache.get()
    assert full is not empty and full.generation == store.generation
    assert full.graph.has_edge(e.mcfaul, e.kislyak)
    assert empty.graph.number_of_nodes() == 0  # an old snapshot never changes under its reader
    store.remove_document(article.iri)
    assert cache.get().graph.number_of_nodes() == 0


def test_network_cache_follows_a_sparql_update(kislyak):
    cache = NetworkCache(kislyak.store)
    assert not cache.get().graph.has_edge(kislyak.mcfaul, kislyak.flynn)
    fact = "https://newsgraph.example/fact/manual/contact-1"
    kislyak.store.update(
        f"""PREFIX ng: <https://w3id.org/newsgraph/ns#>
        INSERT DATA {{ GRAPH <{kislyak.article.iri}> {{
          <{fact}> a ng:Contact , ng:Fact ; ng:participant <{kislyak.mcfaul}> , <{kislyak.flynn}> .
        }} }}"""
    )
    [relation] = cache.get().graph.edges[kislyak.mcfaul, kislyak.flynn]["relations"]
    assert (relation["fact"], relation["confidence"]) == (fact, None)
    assert cache.get().evidence([fact]) == {fact: []}


def test_network_cache_readers_see_whole_snapshots():
    store = OxigraphStore(None)
    cache = NetworkCache(store)
    articles = [kislyak_article()[0]] + [Article(f"extra-{i}") for i in range(5)]
    for i, extra in enumerate(articles[1:]):
        extra.contact(extra.person(f"Someone {i}"), extra.person(f"Other {i}"))
    seen: set[int] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.add(cache.get().graph.number_of_nodes())
            time.sleep(0)  # let the writer run

    readers = [threading.Thread(target=read) for _ in range(4)]
    for thread in readers:
        thread.start()
    whole = {0}  # node counts of every state the store passes through: each document lands whole
    for article in articles:
        load(article, store=store)
        whole.add(build_network(store).graph.number_of_nodes())
    stop.set()
    for thread in readers:
        thread.join()
    assert seen <= whole
    assert cache.get().graph.number_of_nodes() == max(whole)


def test_network_malformed_literals_do_not_stop_the_build():
    article = Article("sloppy")
    a, b = article.person("Ann One"), article.person("Ben Two")
    fact = article.contact(a, b)
    node = URIRef(fact)
    article.graph.set((node, NG.confidence, Literal("high")))
    network = build_network(load(article))
    [relation] = network.graph.edges[a, b]["relations"]
    assert relation["confidence"] is None and network.evidence([fact])[fact]
