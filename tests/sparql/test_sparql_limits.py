"""Row cap with its truncation headers, the time limit a client may lower, and the body limit."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sparql_helpers import AUTH

ALL = "SELECT * WHERE { ?s ?p ?o }"
# Ten independent VALUES blocks of ten: 10^10 rows to count, hours of work for any engine.
ENDLESS = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ {' '.join(map(str, range(10)))} }}" for i in range(10))
    + " }"
)


def test_sparql_row_cap_is_signalled(sparql: FlaskClient) -> None:
    response = sparql.get("/sparql", query_string={"query": ALL})
    assert response.headers["X-Newsgraph-Truncated"] == "true"
    assert response.headers["X-Newsgraph-Row-Limit"] == "5"
    assert len(response.json["results"]["bindings"]) == 5
    small = sparql.get("/sparql", query_string={"query": ALL + " LIMIT 3"})
    assert small.headers["X-Newsgraph-Truncated"] == "false"


def test_sparql_row_cap_applies_to_every_format(sparql: FlaskClient) -> None:
    csv = sparql.get("/sparql", query_string={"query": ALL}, headers={"Accept": "text/csv"})
    assert csv.headers["X-Newsgraph-Truncated"] == "true"
    assert len(csv.get_data(as_text=True).strip().splitlines()) <= 1 + 5 + 1  # header, rows (one has \n)
    graph = sparql.get(
        "/sparql",
        query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert graph.headers["X-Newsgraph-Truncated"] == "true"
    assert len(graph.get_data(as_text=True).strip().splitlines()) == 5


def test_sparql_timeout_may_be_lowered_not_raised(sparql: FlaskClient) -> None:
    lowered = sparql.get("/sparql", query_string={"query": "ASK {}", "timeout": "5"})
    assert lowered.status_code == 200 and lowered.headers["X-Newsgraph-Time-Limit"] == "5"
    raised = sparql.get("/sparql", query_string={"query": "ASK {}", "timeout": "9999"})
    assert raised.status_code == 403 and "token" in raised.json["error"]
    allowed = sparql.get("/sparql", query_string={"query": "ASK {}", "timeout": "90"}, headers=AUTH)
    assert allowed.status_code == 200 and allowed.headers["X-Newsgraph-Time-Limit"] == "90"
    for bad in ("soon", "-1", "0", "nan"):
        assert sparql.get("/sparql", query_string={"query": "ASK {}", "timeout": bad}).status_code == 400


def test_sparql_endless_query_is_stopped_and_the_worker_replaced(sparql: FlaskClient) -> None:
    stopped = sparql.get("/sparql", query_string={"query": ENDLESS, "timeout": "0.5"})
    assert stopped.status_code == 503
    assert "time limit" in stopped.json["error"]
    assert sparql.get("/sparql", query_string={"query": "ASK {}"}).json["boolean"] is True


def test_sparql_body_over_the_limit_is_413(sparql_app: Flask) -> None:
    limit = sparql_app.config["MAX_CONTENT_LENGTH"]
    sparql_app.config["MAX_CONTENT_LENGTH"] = 1000
    try:
        response = sparql_app.test_client().post(
            "/sparql", data="ASK {} #" + "x" * 2000, content_type="application/sparql-query"
        )
    finally:
        sparql_app.config["MAX_CONTENT_LENGTH"] = limit
    assert response.status_code == 413
    assert response.json["ok"] is False
