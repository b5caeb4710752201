"""A real ``newsgraph serve`` process, asked by a real SPARQL client and plain HTTP."""

from __future__ import annotations

import json
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

pytestmark = pytest.mark.server

PEOPLE = """PREFIX schema: <https://schema.org/>
SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"""


def test_live_server_answers_sparqlwrapper_get_json(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(PEOPLE)
    client.setReturnFormat(JSON)
    names = [row["name"]["value"] for row in client.query().convert()["results"]["bindings"]]
    assert "Sergey Kislyak" in names and "Dmitri Pescov" in names


def test_live_server_answers_sparqlwrapper_post_csv(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(PEOPLE)
    client.setMethod(POST)
    client.setReturnFormat(CSV)
    text = client.query().convert().decode("utf-8")
    assert text.splitlines()[0] == "name" and "Michael McFaul" in text


def test_live_server_gives_the_path_over_http(live_server: str) -> None:
    url = live_server + "/api/path?from=Michael%20McFaul&to=Michael%20Flynn"
    with urllib.request.urlopen(url) as response:
        answer = json.load(response)
    assert answer["length"] == 2
    assert answer["paths"][0]["nodes"][1]["name"] == "Sergey Kislyak"


def test_live_server_streams_the_turtle_download(live_server: str) -> None:
    with urllib.request.urlopen(live_server + "/graph.ttl") as response:
        assert response.headers["Content-Type"].startswith("text/turtle")
        body = response.read()
    assert b"@prefix ng: <https://w3id.org/newsgraph/ns#>" in body
