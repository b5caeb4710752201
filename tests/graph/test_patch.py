"""A write through NetworkCache patches the projection: the result equals a fresh full build."""

from __future__ import annotations

import pytest
from graph_stories import grid_articles, kislyak_article
from graphkit import Article, load
from rdflib import Literal, URIRef

from graph.network import Network, NetworkCache, build_network
from graph.store import OxigraphStore
from ontology.namespaces import NG, SCHEMA


def assert_same(patched: Network, fresh: Network) -> None:
    """Same nodes, edges, attributes, node and neighbour order, name indexes and build state."""
    assert list(patched.graph.nodes(data=True)) == list(fresh.graph.nodes(data=True))
    assert {frozenset(e) for e in patched.graph.edges} == {frozenset(e) for e in fresh.graph.edges}
    for node in fresh.graph:
        assert list(patched.graph.adj[node].items()) == list(fresh.graph.adj[node].items()), node
    for ours, theirs in zip(patched.indexes(), fresh.indexes(), strict=True):
        assert {k: v for k, v in ours.items() if v} == {k: v for k, v in theirs.items() if v}
    assert patched.projection is not None and fresh.projection is not None
    assert patched.projection.entities == fresh.projection.entities
    assert patched.projection.relations == fresh.projection.relations


def sharing_article(e: object) -> Article:
    """A second story naming Kislyak and Flynn again, with a new alias, a role and an untyped org."""
    a = Article("kislyak-again", "Kislyak leaves Washington")
    kislyak = a.person("Sergey Kislyak", "Sergei Kislyak")
    flynn = a.person("Michael Flynn")
    mcfaul = a.person("Michael McFaul")
    a.graph.add((URIRef(mcfaul), SCHEMA.name, Literal("Ambassador McFaul")))  # sorts first: his new name
    lawyer = a.person("Robert Kelner")
    a.contact(kislyak, flynn, "Kislyak spoke with Flynn by phone.")
    a.position(kislyak, "dean of the diplomatic corps", sentence="Kislyak, dean of the corps.")
    a.fact(
        NG.Representation, {NG.agent: lawyer, NG.represented: flynn}, sentences=["Kelner represents Flynn."]
    )
    a.fact(
        NG.Representation,
        {NG.agent: lawyer, NG.represented: "https://newsgraph.example/org/covington-burling"},
        sentences=["Kelner works for Covington."],
    )
    assert (kislyak, flynn, mcfaul) == (e.kislyak, e.flynn, e.mcfaul)  # type: ignore[attr-defined]
    return a


def stories() -> list[Article]:
    kislyak, e = kislyak_article()
    grid, _ = grid_articles()
    return [kislyak, sharing_article(e), *grid]


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (1, 3, 0, 2), (2, 0, 3, 1)])
def test_patch_add_then_remove_equals_a_full_build(order):
    articles = stories()
    store = OxigraphStore(None)
    cache = NetworkCache(store)
    cache.get()
    for i in order:
        assert cache.add_document(articles[i].iri, articles[i].ntriples())
        assert_same(cache.get(), build_network(store))
    for i in reversed(order):
        cache.remove_document(articles[i].iri)
        assert_same(cache.get(), build_network(store))
    assert cache.get().graph.number_of_nodes() == 0


def test_patch_shared_entity_keeps_its_other_edges():
    kislyak, e = kislyak_article()
    again = sharing_article(e)
    store = load(kislyak)
    cache = NetworkCache(store)
    before = cache.get()
    cache.add_document(again.iri, again.ntriples())
    both = cache.get()
    assert len(both.graph.edges[e.kislyak, e.flynn]["relations"]) == 2
    assert "Sergei Kislyak" in both.entity(e.kislyak)["aliases"]
    # McFaul's new name relabels his edges from the first story, which the second does not touch
    [comment] = both.graph.edges[e.mcfaul, e.kislyak]["relations"]
    assert comment["label"] == "Ambassador McFaul commented on Sergey Kislyak"
    cache.remove_document(kislyak.iri)  # Kislyak and Flynn stay: the second story names them too
    left = cache.get()
    assert_same(left, build_network(store))
    [relation] = left.graph.edges[e.kislyak, e.flynn]["relations"]
    assert (
        left.evidence([relation["fact"]])[relation["fact"]][0]["text"] == "Kislyak spoke with Flynn by phone."
    )
    assert e.pescov not in left and e.kislyak in left
    assert left.entity(e.kislyak)["aliases"] == ["Sergei Kislyak"]
    assert left.graph.nodes[e.kislyak]["roles"] == ["dean of the diplomatic corps"]
    assert before.graph.has_edge(e.mcfaul, e.kislyak)  # an old snapshot never changes under its reader


def test_patch_shares_what_the_write_did_not_touch():
    articles = stories()
    store = load(articles[0])
    cache = NetworkCache(store)
    first = cache.get()
    grid = articles[2]
    cache.add_document(grid.iri, grid.ntriples())
    second = cache.get()
    assert second is not first and second.generation == store.generation
    kislyak = next(n for n, d in first.graph.nodes(data=True) if d["name"] == "Sergey Kislyak")
    # patched, not rebuilt: nodes the write did not touch are the very same objects
    assert second.graph.nodes[kislyak] is first.graph.nodes[kislyak]
    assert second.projection.entities[kislyak] is first.projection.entities[kislyak]


def test_patch_writes_straight_to_the_store_still_rebuild():
    articles = stories()
    store = OxigraphStore(None)
    cache = NetworkCache(store)
    cache.get()
    load(articles[0], store=store)  # not through the cache: the next get() rebuilds in full
    assert_same(cache.get(), build_network(store))
    cache.add_document(articles[1].iri, articles[1].ntriples())
    assert_same(cache.get(), build_network(store))


def test_patch_adding_a_stored_document_changes_nothing():
    article, _ = kislyak_article()
    store = load(article)
    cache = NetworkCache(store)
    first = cache.get()
    assert cache.add_document(article.iri, article.ntriples()) is False
    assert cache.get() is first


def test_patch_followed_store_routes_document_writes_through_the_cache():
    articles = stories()
    store = load(articles[0])
    cache = NetworkCache(store)
    first = cache.get()
    followed = cache.followed()  # what POST/DELETE /api/documents write to
    assert followed is cache.followed()
    assert followed.add_document(articles[2].iri, articles[2].ntriples())
    assert followed.generation == store.generation and followed.documents() == store.documents()
    second = cache.get()
    kislyak = next(n for n, d in first.graph.nodes(data=True) if d["name"] == "Sergey Kislyak")
    assert second.graph.nodes[kislyak] is first.graph.nodes[kislyak]  # patched, not rebuilt
    followed.remove_document(articles[2].iri)
    assert_same(cache.get(), build_network(store))
