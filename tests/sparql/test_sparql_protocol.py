"""SPARQL 1.1 Protocol §2.1 (query) and §2.2 (update) operations and their must-fail cases."""

from __future__ import annotations

import json

import pytest
from flask.testing import FlaskClient
from sparql_helpers import ASK_ALICE, AUTH, GRAPH, OTHER, rows

FORM = "application/x-www-form-urlencoded"


def test_sparql_query_by_get_post_form_and_post_direct(sparql: FlaskClient) -> None:
    query = "SELECT ?name WHERE { <http://example.org/bob> <https://schema.org/name> ?name }"
    answers = [
        sparql.get("/sparql", query_string={"query": query}),
        sparql.post("/sparql", data={"query": query}),
        sparql.post("/sparql", data=query, content_type="application/sparql-query"),
    ]
    for response in answers:
        assert response.status_code == 200
        assert response.mimetype == "application/sparql-results+json"
        assert rows(response) == [{"name": "Bob"}]


def test_sparql_default_graph_is_the_union(sparql: FlaskClient) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }"
    assert rows(sparql.get("/sparql", query_string={"query": query})) == [{"n": "4"}]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"default-graph-uri": GRAPH}, True),
        ({"default-graph-uri": OTHER}, False),
        ({"named-graph-uri": GRAPH}, False),  # named graphs only: the default graph is empty
        ({"default-graph-uri": [OTHER, GRAPH]}, True),
    ],
)
def test_sparql_protocol_dataset(sparql: FlaskClient, params: dict[str, object], expected: bool) -> None:
    response = sparql.get("/sparql", query_string={"query": ASK_ALICE, **params})
    assert response.status_code == 200
    assert response.json == {"head": {}, "boolean": expected}


def test_sparql_protocol_dataset_overrides_from(sparql: FlaskClient) -> None:
    query = f"ASK FROM <{OTHER}> {{ GRAPH ?g {{ <http://example.org/alice> ?p ?o }} }}"
    response = sparql.get("/sparql", query_string={"query": query, "named-graph-uri": GRAPH})
    assert response.json["boolean"] is True
    plain = sparql.get("/sparql", query_string={"query": f"ASK FROM <{OTHER}> {{ ?s ?p ?o }}"})
    assert plain.json["boolean"] is True
    only_from = f"ASK FROM <{OTHER}> {{ <http://example.org/alice> ?p ?o }}"
    assert sparql.get("/sparql", query_string={"query": only_from}).json["boolean"] is False


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("put", {"query_string": {"query": "ASK {}"}}, 405),
        ("get", {"query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
        ("post", {"data": "ASK {}", "content_type": "text/plain"}, 415),
        ("post", {"data": "query=ASK%20%7B%7D"}, 415),
        ("post", {"data": "ASK {}", "content_type": "application/sparql-query; charset=UTF-16"}, 415),
        ("post", {"data": b"ASK {\xff}", "content_type": "application/sparql-query"}, 400),
        ("get", {"query_string": {"query": "ASK {"}}, 400),
        ("get", {"query_string": {"update": "CLEAR ALL"}}, 400),
        ("post", {"data": "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", "content_type": FORM}, 400),
        ("post", {"data": "query=ASK%20%7B%7D&update=CLEAR%20ALL", "content_type": FORM}, 400),
        ("post", {"data": "other=1", "content_type": FORM}, 400),
    ],
)
def test_sparql_must_fail(sparql: FlaskClient, method: str, kwargs: dict[str, object], status: int) -> None:
    response = getattr(sparql, method)("/sparql", headers=AUTH, **kwargs)
    assert response.status_code == status
    body = json.loads(response.data)
    assert body["ok"] is False and body["status"] == status and body["error"]


def test_sparql_syntax_error_names_line_and_column(sparql: FlaskClient) -> None:
    response = sparql.get("/sparql", query_string={"query": "SELECT * WHERE {\n  ?s ?p }"})
    assert response.status_code == 400
    assert "2:" in response.json["error"] and "syntax" in response.json["error"]


def test_sparql_update_syntax_error(sparql: FlaskClient) -> None:
    response = sparql.post("/sparql", data={"update": "CLEAR XYZ"}, headers=AUTH)
    assert response.status_code == 400
    assert "1:" in response.json["error"]


def test_sparql_update_get_does_not_run(sparql: FlaskClient) -> None:
    sparql.get("/sparql", query_string={"update": "DROP ALL"}, headers=AUTH)
    assert sparql.get("/sparql", query_string={"query": ASK_ALICE}).json["boolean"] is True


def test_sparql_service_description_without_query(sparql: FlaskClient) -> None:
    response = sparql.get("/sparql")
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    text = response.get_data(as_text=True)
    assert "sd:endpoint" in text and "UnionDefaultGraph" in text and "SPARQL11Update" in text
    page = sparql.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.mimetype == "text/html"
