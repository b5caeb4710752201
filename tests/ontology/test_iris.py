"""IRI minting is deterministic, readable and valid; the vocabulary and shapes parse and agree."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS

from ontology import NG, document_id, document_iri, entity_iri, fact_iri, shapes, slugify, vocabulary
from ontology.relations import EDGE_RULES


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Sergey Kislyak", "sergey-kislyak"),
        ("The New York Times", "the-new-york-times"),
        ("Dimitri K. Simes", "dimitri-k-simes"),
        ("José Martí", "jose-marti"),
        ("  U.S.-Russia  ", "u-s-russia"),
    ],
)
def test_iris_slugify_is_readable(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_iris_entity_iri_is_typed_and_stable() -> None:
    base = "https://example.org/kg/"
    assert entity_iri("person", "Sergey Kislyak", base) == "https://example.org/kg/person/sergey-kislyak"
    assert entity_iri("org", "CNN", base) == entity_iri("org", "cnn", base)
    with pytest.raises(ValueError, match="entity kind"):
        entity_iri("animal", "Laika", base)


def test_iris_document_id_is_a_content_hash() -> None:
    assert document_id("same text") == document_id("same text")
    assert document_id("same text") != document_id("other text")
    assert len(document_id("x")) == 16


@given(st.text(min_size=1, max_size=80))
def test_iris_minted_iris_are_valid_and_stable(name: str) -> None:
    iri = entity_iri("person", name, "https://example.org/")
    assert ox.NamedNode(iri).value == iri
    assert entity_iri("person", name, "https://example.org/") == iri
    fact = fact_iri(document_id(name), "quotation", name, 3, base="https://example.org/")
    assert ox.NamedNode(fact).value == fact


def test_iris_base_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_BASE", "https://kg.example.net/news")
    assert document_iri("abc") == "https://kg.example.net/news/document/abc"


def test_vocabulary_declares_every_term_it_uses() -> None:
    graph = vocabulary()
    declared = (
        set(graph.subjects(RDF.type, OWL.Class))
        | set(graph.subjects(RDF.type, OWL.ObjectProperty))
        | set(graph.subjects(RDF.type, OWL.DatatypeProperty))
    )
    used = {term for triple in graph for term in triple if str(term).startswith(str(NG))}
    assert used <= declared | {NG[""]}
    for term in declared:
        assert graph.value(term, RDFS.label) is not None, term
        assert graph.value(term, RDFS.comment) is not None, term


def test_vocabulary_edge_rules_name_declared_classes() -> None:
    graph = vocabulary()
    for rule in EDGE_RULES:
        assert (rule.fact_class, RDF.type, OWL.Class) in graph, rule


def test_shapes_parse_and_target_declared_classes() -> None:
    targets = set(shapes().objects(None, shapes().namespace_manager.expand_curie("sh:targetClass")))
    ours = {t for t in targets if str(t).startswith(str(NG))}
    assert ours <= set(vocabulary().subjects(RDF.type, OWL.Class))
    assert NG.Fact in ours
