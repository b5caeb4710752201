"""Statements by unnamed sources: kept as ng:AnonymousQuotation with the words describing the source.

Each row: a sentence, the source description it must yield, the outlet linked and who the statement
is about; near misses must yield no unnamed-source statement.
"""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from extract import extract_document
from extract.evaluate import edges
from ontology import NG, SCHEMA
from ontology.validate import validate

MATCH = [
    # (sentence, description, outlet role, outlet, about)
    (
        "U.S. officials cited by CNN have alleged that Oleg Petrov is a spy.",
        "U.S. officials",
        "reportedBy",
        "CNN",
        "Oleg Petrov",
    ),
    (
        "A senior official told Reuters that Viktor Orban was furious.",
        "a senior official",
        "givenTo",
        "Reuters",
        "Viktor Orban",
    ),
    (
        "Sources familiar with the matter told Bloomberg that Elon Musk had sold the shares.",
        "sources familiar with the matter",
        "givenTo",
        "Bloomberg",
        "Elon Musk",
    ),
    (
        "People close to Jared Kushner told The New York Times that Kushner regretted the deal.",
        "people close to Jared Kushner",
        "givenTo",
        "The New York Times",
        "Jared Kushner",
    ),
    (
        "Two diplomats quoted by Le Monde said Emmanuel Macron would resign.",
        "two diplomats",
        "reportedBy",
        "Le Monde",
        "Emmanuel Macron",
    ),
    (
        "According to people familiar with the talks, Angela Merkel rejected the offer.",
        "people familiar with the talks",
        None,
        None,
        "Angela Merkel",
    ),
]

NEAR_MISS = [
    # a definite singular points back at someone named: not an unnamed source
    "Dmitry Peskov spoke first. The official said Oleg Petrov was innocent.",
    # nothing is said about anyone, and no outlet carries it
    "Officials said the plan would fail.",
    # a named speaker is the speaker, even with "officials" nearby
    "Oleg Petrov told officials from Reuters that he was innocent.",
    # "officials quoted X": the quoted one speaks
    "Officials quoted Dmitry Peskov as saying the talks failed.",
]


def _unnamed(document):
    return [f for f in document.facts if f.kind == "quotation" and "sourceDescription" in f.values]


def _names(document):
    return {e.iri: e.name for e in document.entities}


@pytest.mark.parametrize(("text", "description", "role", "outlet", "about"), MATCH, ids=[m[1] for m in MATCH])
def test_unnamed_source_kept_with_description(nlp, text, description, role, outlet, about):
    document = extract_document(text, nlp=nlp)
    names = _names(document)
    found = _unnamed(document)
    assert len(found) == 1, [(f.rule, f.label) for f in document.facts]
    fact = found[0]
    assert fact.values["sourceDescription"] == description
    assert "creator" not in fact.args and "+source.unnamed" in fact.rule
    assert about in {names[i] for i in fact.args.get("about", [])}
    if role:
        assert [names[i] for i in fact.args[role]] == [outlet]
        # the outlet is linked to what the statement is about; the unnamed source to nothing
        projected = edges("quotation", {k: [names[i] for i in v] for k, v in fact.args.items()})
        assert ("reported_on", outlet, about) in projected
        assert {e[0] for e in projected} == {"reported_on"}
    # no entity is made of the description
    assert description.lower() not in {n.lower() for n in names.values()}


@pytest.mark.parametrize("text", NEAR_MISS)
def test_unnamed_source_near_miss(nlp, text):
    document = extract_document(text, nlp=nlp)
    assert not _unnamed(document), [(f.rule, f.label, f.values) for f in _unnamed(document)]


def test_unnamed_source_rdf_conforms_and_is_literal(nlp):
    document = extract_document(MATCH[0][0], nlp=nlp)
    graph = document.graph
    fact = URIRef(_unnamed(document)[0].iri)
    assert (fact, RDF.type, NG.AnonymousQuotation) in graph
    assert (fact, NG.sourceDescription, Literal("U.S. officials")) in graph
    assert graph.value(fact, SCHEMA.creator) is None
    assert validate(graph).conforms, validate(graph).text


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


def test_unnamed_source_shape_needs_exactly_one_source(nlp):
    document = extract_document(MATCH[1][0], nlp=nlp)
    fact = URIRef(_unnamed(document)[0].iri)
    speaker = URIRef(next(e.iri for e in document.entities if e.name == "Viktor Orban"))
    plain = _copy(document.graph)
    plain.remove((fact, RDF.type, NG.AnonymousQuotation))  # so only ngsh:Quotation's rule applies
    assert validate(plain).conforms
    both = _copy(plain)
    both.add((fact, SCHEMA.creator, speaker))  # a speaker and a description: refused
    assert not validate(both).conforms
    neither = _copy(plain)
    neither.remove((fact, NG.sourceDescription, None))  # no source at all: refused
    assert not validate(neither).conforms
