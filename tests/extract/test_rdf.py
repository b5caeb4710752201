"""The RDF follows docs/data-model.md and satisfies the project's SHACL shapes."""

import json
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Literal, URIRef

from extract import extract_document
from ontology import NG, ORG, SCHEMA
from ontology.validate import validate

DATA = Path(__file__).parents[1] / "data"


def test_rdf_seed_conforms_to_shapes(seed):
    report = validate(seed.graph)
    assert report.conforms, report.text


@pytest.mark.parametrize("name", ["envoy", "chips", "minister"])
def test_rdf_articles_conform_to_shapes(nlp, name):
    document = extract_document((DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8"), nlp=nlp)
    report = validate(document.graph)
    assert report.conforms, report.text


def test_rdf_document_node(seed):
    g, doc = seed.graph, URIRef(seed.iri)
    assert (doc, RDF.type, SCHEMA.NewsArticle) in g
    assert str(g.value(doc, SCHEMA.text)) == seed.text
    assert len(str(g.value(doc, NG.contentHash))) == 64
    assert g.value(doc, NG.charCount) == Literal(len(seed.text), datatype=XSD.integer)
    assert str(g.value(doc, SCHEMA.headline)).startswith("Who is Sergey Kislyak?")
    mentioned = set(g.objects(doc, SCHEMA.mentions))
    assert {URIRef(e.iri) for e in seed.entities} == mentioned


def test_rdf_url_and_date_when_given(nlp):
    from extract import Source

    document = extract_document(
        Source("Jeff Sessions met Sergey Kislyak.", url="https://example.org/a", published="2017-03-02"),
        nlp=nlp,
    )
    doc = URIRef(document.iri)
    assert document.graph.value(doc, SCHEMA.url) is not None
    assert str(document.graph.value(doc, SCHEMA.datePublished)) == "2017-03-02"


def test_rdf_position_dates_are_years(seed):
    g = seed.graph
    belgium = next(f for f in seed.facts if f.kind == "position" and "Belgium" in f.label)
    node = URIRef(belgium.iri)
    assert g.value(node, SCHEMA.startDate) == Literal("1998", datatype=XSD.gYear)
    assert g.value(node, SCHEMA.endDate) == Literal("2003", datatype=XSD.gYear)
    assert belgium.label == "Sergey Kislyak held the post of ambassador to Belgium (1998–2003)"
    for cls in (NG.Position, ORG.Membership, NG.Fact):
        assert (node, RDF.type, cls) in g


def test_rdf_shortcuts(seed):
    g = seed.graph
    person = "https://newsgraph.example/person/"
    org = "https://newsgraph.example/org/"
    assert (URIRef(person + "michael-flynn"), NG.contactWith, URIRef(person + "sergey-kislyak")) in g
    assert (URIRef(person + "sergey-kislyak"), NG.contactWith, URIRef(person + "michael-flynn")) in g
    assert (URIRef(person + "dmitri-pescov"), SCHEMA.worksFor, URIRef(org + "kremlin")) in g
    assert (URIRef(person + "dmitri-pescov"), ORG.memberOf, URIRef(org + "kremlin")) in g
    assert (
        URIRef(org + "dinu-patriciu-eurasia-center"),
        ORG.subOrganizationOf,
        URIRef(org + "atlantic-council"),
    ) in g


def test_rdf_credits_are_literals_only(seed):
    g = seed.graph
    for credit in g.subjects(RDF.type, NG.ImageCredit):
        for _, p, o in g.triples((credit, None, None)):
            if p in (NG.photographer, NG.agency, SCHEMA.creditText):
                assert isinstance(o, Literal)
    assert not list(g.subjects(SCHEMA.name, Literal("Susan Walsh")))


def test_rdf_turtle_has_our_prefixes(seed):
    turtle = seed.graph.serialize(format="turtle")
    assert "ns1:" not in turtle
    for prefix in ("person:", "organization:", "place:", "role:", "doc:", "ng:", "schema:"):
        assert f"@prefix {prefix}" in turtle


def test_rdf_outlet_names_keep_the(seed):
    names = {e.name for e in seed.entities if e.type == "outlet"}
    assert {"The New York Times", "The Washington Post", "The Guardian", "CNN"} == names
    iris = {e.iri for e in seed.entities if e.type == "outlet"}
    assert "https://newsgraph.example/org/the-new-york-times" in iris


def test_rdf_gold_files_are_valid_json():
    for name in ("seed.gold.json", "sentences.gold.json", "articles.gold.json"):
        json.loads((DATA / name).read_text(encoding="utf-8"))


def test_rdf_custom_base_everywhere(nlp):
    base = "http://example.org/kg/"
    document = extract_document("Attorney General Jeff Sessions met Sergey Kislyak.", nlp=nlp, base=base)
    assert document.iri.startswith(base + "document/")
    iris = {str(term) for triple in document.graph for term in triple if isinstance(term, URIRef)}
    ours = {i for i in iris if "newsgraph.example" in i}
    assert not ours, ours
    assert any(i.startswith(base + "role/") for i in iris)
    assert "@prefix person: <http://example.org/kg/person/>" in document.graph.serialize(format="turtle")
