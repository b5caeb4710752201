"""Content negotiation: Accept with q-values and wildcards, SPARQLWrapper's format=/output=, 406."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

SELECT = "SELECT ?s WHERE { ?s a <https://schema.org/Organization> }"
CONSTRUCT = "CONSTRUCT WHERE { ?s a <https://schema.org/Organization> }"


@pytest.mark.parametrize(
    ("query", "accept", "media_type"),
    [
        (SELECT, None, "application/sparql-results+json"),
        (SELECT, "*/*", "application/sparql-results+json"),
        (SELECT, "application/sparql-results+xml", "application/sparql-results+xml"),
        (SELECT, "text/csv", "text/csv"),
        (SELECT, "text/tab-separated-values", "text/tab-separated-values"),
        (SELECT, "application/json", "application/sparql-results+json"),
        (SELECT, "text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        (SELECT, "text/html, text/csv;q=0.1", "text/csv"),
        ("ASK {}", "application/sparql-results+xml", "application/sparql-results+xml"),
        (CONSTRUCT, None, "text/turtle"),
        (CONSTRUCT, "application/n-triples", "application/n-triples"),
        (CONSTRUCT, "application/ld+json", "application/ld+json"),
        (CONSTRUCT, "application/rdf+xml", "application/rdf+xml"),
        (CONSTRUCT, "application/trig", "application/trig"),
        (CONSTRUCT, "application/n-quads", "application/n-quads"),
        (CONSTRUCT, "text/plain;q=0.2, text/turtle;q=0.1", "application/n-triples"),
        ("DESCRIBE <http://example.org/acme>", "text/turtle", "text/turtle"),
    ],
)
def test_sparql_accept(sparql: FlaskClient, query: str, accept: str | None, media_type: str) -> None:
    headers = {"Accept": accept} if accept else {}
    response = sparql.get("/sparql", query_string={"query": query}, headers=headers)
    assert response.status_code == 200, response.data
    assert response.mimetype == media_type
    assert response.data


@pytest.mark.parametrize(
    ("query", "params", "media_type"),
    [
        (SELECT, {"format": "json", "output": "json", "results": "json"}, "application/sparql-results+json"),
        (SELECT, {"format": "xml"}, "application/sparql-results+xml"),
        (SELECT, {"output": "csv"}, "text/csv"),
        (SELECT, {"format": ["tsv", "text/tab-separated-values"]}, "text/tab-separated-values"),
        (CONSTRUCT, {"format": "xml"}, "application/rdf+xml"),
        (CONSTRUCT, {"format": ["rdf+xml", "application/rdf+xml"]}, "application/rdf+xml"),
        (CONSTRUCT, {"format": "json-ld"}, "application/ld+json"),
        (CONSTRUCT, {"format": "turtle"}, "text/turtle"),
    ],
)
def test_sparql_format_parameter(
    sparql: FlaskClient, query: str, params: dict[str, object], media_type: str
) -> None:
    response = sparql.get("/sparql", query_string={"query": query, **params}, headers={"Accept": "*/*"})
    assert response.status_code == 200
    assert response.mimetype == media_type


@pytest.mark.parametrize(
    ("query", "accept"), [(SELECT, "text/turtle"), (CONSTRUCT, "text/csv"), ("ASK {}", "image/png")]
)
def test_sparql_406_only_when_accept_matches_nothing(sparql: FlaskClient, query: str, accept: str) -> None:
    response = sparql.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert response.status_code == 406
    assert "available" in response.json["error"]


def test_sparql_unknown_format_parameter_without_accept(sparql: FlaskClient) -> None:
    response = sparql.get("/sparql", query_string={"query": SELECT, "format": "yaml"})
    assert response.status_code == 400
    assert "json" in response.json["error"]
