"""Bad input gets a precise message in one shape, with the right status, and never a traceback."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient


def _assert_error(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert body["ok"] is False and body["status"] == status and body["error"]
    assert "Traceback" not in body["error"]
    return body  # type: ignore[no-any-return]


def test_errors_malformed_sparql_names_the_position(client: FlaskClient) -> None:
    body = _assert_error(client.get("/sparql", query_string={"query": "SELECT * WHERE {\n ?s ?p }"}), 400)
    assert "2:" in body["error"]


def test_errors_updates_are_forbidden_without_a_token(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"update": "CLEAR ALL"})
    body = _assert_error(response, 403)
    assert "NEWSGRAPH_UPDATE_TOKEN" in body["error"]
    assert client.get("/api/stats").get_json()["documents"] == 1


def test_errors_unknown_person_gets_close_candidates(client: FlaskClient) -> None:
    body = _assert_error(
        client.get("/api/path", query_string={"from": "Michael McFaull", "to": "Flynn"}), 404
    )
    assert any(c["name"] == "Michael McFaul" for c in body["candidates"])


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/path?from=Kislyak", 400),
        ("/api/path?from=Kislyak&to=Flynn&k=0", 400),
        ("/api/path?from=Kislyak&to=Flynn&max_hops=many", 400),
        ("/api/path?from=Kislyak&to=Flynn&relations=hugged", 400),
        ("/api/entities?type=animal", 400),
        ("/api/centrality?metric=fame", 400),
        ("/api/documents/0000000000000000", 404),
        ("/graph.docx", 404),
        ("/graph.ttl?document=nope", 404),
        ("/no/such/page", 404),
    ],
)
def test_errors_have_one_shape(client: FlaskClient, url: str, status: int) -> None:
    _assert_error(client.get(url, headers={"Accept": "application/json"}), status)


def test_errors_wrong_method_is_405(client: FlaskClient) -> None:
    response = client.delete("/sparql")
    _assert_error(response, 405)
    assert "GET" in response.headers["Allow"]


def test_errors_unacceptable_accept_is_406_only_when_sent(client: FlaskClient) -> None:
    _assert_error(client.get("/graph", headers={"Accept": "image/png"}), 406)
    assert client.get("/graph").mimetype == "text/turtle"


def test_errors_browsers_get_a_page(client: FlaskClient) -> None:
    response = client.get("/api/entities/person/nobody-at-all", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert b"Error 404" in response.get_data()
