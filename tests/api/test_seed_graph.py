"""The seed article, as a new user meets it: the people, the headline path, the downloads."""

from __future__ import annotations

import pyoxigraph as ox
from flask.testing import FlaskClient
from rdflib import Graph, Namespace
from rdflib.namespace import PROV, RDF
from seed_expectations import PEOPLE as SEED_PEOPLE
from seed_expectations import PHOTOGRAPHERS

from ontology.validate import validate

NG = Namespace("https://w3id.org/newsgraph/ns#")

PEOPLE = """PREFIX schema: <https://schema.org/>
SELECT ?person ?name WHERE { ?person a schema:Person ; schema:name ?name } ORDER BY ?name"""


def test_seed_graph_lists_every_person_exactly_once(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": PEOPLE})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    rows = response.get_json()["results"]["bindings"]
    names = [row["name"]["value"] for row in rows]
    assert set(names) >= SEED_PEOPLE
    assert len(names) == len(set(names)), "a person appears twice"
    assert len({row["person"]["value"] for row in rows}) == len(rows), "a person has two names"


def test_seed_graph_links_mcfaul_to_flynn_through_kislyak(client: FlaskClient) -> None:
    response = client.get("/api/path", query_string={"from": "Michael McFaul", "to": "Michael Flynn"})
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["length"] == 2
    path = answer["paths"][0]
    assert [node["name"] for node in path["nodes"]] == ["Michael McFaul", "Sergey Kislyak", "Michael Flynn"]
    for hop in path["hops"]:
        evidence = [e for relation in hop["relations"] for e in relation["evidence"]]
        assert evidence, f"hop {hop['from']} -> {hop['to']} has no evidence"
        for item in evidence:
            assert item["text"] and item["end"] > item["start"] >= 0 and item["document"].startswith("http")


def test_seed_graph_turtle_download_is_valid_prefixed_and_traceable(client: FlaskClient) -> None:
    response = client.get("/graph.ttl")
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    body = response.get_data()
    assert b"ns1:" not in body and b"@prefix schema: <https://schema.org/>" in body
    assert sum(1 for _ in ox.parse(body, ox.RdfFormat.TURTLE)) > 100
    graph = Graph().parse(data=body, format="turtle")
    facts = set(graph.subjects(RDF.type, NG.Fact))
    assert len(facts) > 10
    for fact in facts:
        assert graph.value(fact, PROV.wasDerivedFrom) is not None, fact
        evidence = graph.value(fact, NG.evidence)
        assert evidence is not None and graph.value(evidence, NG.sentence) is not None, fact
        assert graph.value(fact, NG.rule) is not None and graph.value(fact, NG.confidence) is not None


def test_seed_graph_evidence_offsets_slice_the_stored_text(client: FlaskClient) -> None:
    query = """PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX schema: <https://schema.org/>
    SELECT ?text ?sentence ?start ?end WHERE {
      ?e a ng:Evidence ; ng:sentence ?sentence ; ng:start ?start ; ng:end ?end ;
         <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc . ?doc schema:text ?text }"""
    rows = client.get("/sparql", query_string={"query": query}).get_json()["results"]["bindings"]
    assert rows
    for row in rows:
        text, start, end = row["text"]["value"], int(row["start"]["value"]), int(row["end"]["value"])
        assert text[start:end] == row["sentence"]["value"]


def test_seed_graph_satisfies_the_shapes(client: FlaskClient) -> None:
    graph = Graph().parse(data=client.get("/graph.nt").get_data(), format="nt")
    report = validate(graph)
    assert report.conforms, report.text


def test_seed_graph_credits_are_not_people(client: FlaskClient) -> None:
    names = {
        row["name"]["value"]
        for row in client.get("/sparql", query_string={"query": PEOPLE}).get_json()["results"]["bindings"]
    }
    for photographer in PHOTOGRAPHERS:
        assert not any(photographer in name for name in names)
    query = """PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a ng:ImageCredit }"""
    count = client.get("/sparql", query_string={"query": query}).get_json()["results"]["bindings"][0]["n"][
        "value"
    ]
    assert int(count) >= 4
