"""SPARQL 1.1 Update over the protocol (§2.2): off without the token, datasets by using-graph-uri."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient
from sparql_helpers import AUTH, GRAPH, OTHER

from api.app import create_app

ASK_OUT = "ASK { GRAPH <http://example.org/out> { <http://example.org/alice> ?p ?o } }"
COPY = "INSERT { GRAPH <http://example.org/out> { ?s ?p ?o } } WHERE { ?s ?p ?o }"


def test_sparql_update_is_off_without_a_configured_token(tmp_path: Path) -> None:
    app = create_app(
        {"NEWSGRAPH_STORE": str(tmp_path / "s"), "TESTING": True, "NEWSGRAPH_UPDATE_TOKEN": None}
    )
    try:
        response = app.test_client().post("/sparql", data={"update": "DROP ALL"}, headers=AUTH)
        assert response.status_code == 403
        assert "NEWSGRAPH_UPDATE_TOKEN" in response.json["error"]
    finally:
        app.extensions["newsgraph"].store.close()


def test_sparql_update_needs_the_right_bearer_token(writable: FlaskClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdC10b2tlbg=="}):
        response = writable.post("/sparql", data={"update": "DROP ALL"}, headers=headers)
        assert response.status_code == 403
    assert writable.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).json["boolean"] is True


def test_sparql_update_runs_and_later_queries_see_it(writable: FlaskClient) -> None:
    store = writable.application.extensions["newsgraph"].store
    before = store.generation
    # Without USING, an update's WHERE reads the store's own default graph (kept empty), not the union.
    update = "INSERT { GRAPH <http://example.org/out> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert writable.post("/sparql", data={"update": COPY}, headers=AUTH).status_code == 204
    assert writable.get("/sparql", query_string={"query": ASK_OUT}).json["boolean"] is False
    response = writable.post("/sparql", data=update, content_type="application/sparql-update", headers=AUTH)
    assert response.status_code == 204
    assert store.generation > before  # the who-connects-to-whom projection rebuilds on this
    assert writable.get("/sparql", query_string={"query": ASK_OUT}).json["boolean"] is True


def test_sparql_update_base_iri_resolves_relative_iris(writable: FlaskClient) -> None:
    update = (
        "INSERT DATA { GRAPH <http://example.org/b> { <http://example.org/s> <http://example.org/p> <rel> } }"
    )
    assert writable.post("/sparql", data={"update": update}, headers=AUTH).status_code == 204
    query = "SELECT ?o WHERE { GRAPH <http://example.org/b> { ?s ?p ?o } }"
    value = writable.get("/sparql", query_string={"query": query}).json["results"]["bindings"][0]["o"][
        "value"
    ]
    assert value.startswith("http://") and value.endswith("/rel")


def test_sparql_using_graph_uri_sets_the_where_dataset(writable: FlaskClient) -> None:
    response = writable.post(
        "/sparql?using-graph-uri=" + OTHER, data=COPY, content_type="application/sparql-update", headers=AUTH
    )
    assert response.status_code == 204
    assert writable.get("/sparql", query_string={"query": ASK_OUT}).json["boolean"] is False
    response = writable.post("/sparql", data={"update": COPY, "using-graph-uri": GRAPH}, headers=AUTH)
    assert response.status_code == 204
    assert writable.get("/sparql", query_string={"query": ASK_OUT}).json["boolean"] is True


def test_sparql_using_named_graph_uri(writable: FlaskClient) -> None:
    update = (
        "INSERT { GRAPH <http://example.org/out> { ?s <http://example.org/in> ?g } } "
        "WHERE { GRAPH ?g { ?s a ?t } }"
    )
    response = writable.post("/sparql", data={"update": update, "using-named-graph-uri": OTHER}, headers=AUTH)
    assert response.status_code == 204
    query = "SELECT DISTINCT ?g WHERE { GRAPH <http://example.org/out> { ?s ?p ?g } }"
    found = writable.get("/sparql", query_string={"query": query}).json["results"]["bindings"]
    assert [row["g"]["value"] for row in found] == [OTHER]


def test_sparql_update_dataset_conflict(writable: FlaskClient) -> None:
    update = f"WITH <{GRAPH}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}"
    response = writable.post("/sparql", data={"update": update, "using-named-graph-uri": OTHER}, headers=AUTH)
    assert response.status_code == 400 and "§2.2.3" in response.json["error"]
    response = writable.post(
        "/sparql",
        data={"update": COPY.replace("WHERE", f"USING <{GRAPH}> WHERE"), "using-graph-uri": OTHER},
        headers=AUTH,
    )
    assert response.status_code == 400
