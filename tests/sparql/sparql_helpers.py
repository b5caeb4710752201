"""Small helpers shared by the SPARQL endpoint tests."""

from __future__ import annotations

from werkzeug.test import TestResponse

ASK_ALICE = "ASK { <http://example.org/alice> ?p ?o }"
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GRAPH = "http://example.org/doc/1"
OTHER = "http://example.org/doc/2"


def rows(response: TestResponse) -> list[dict[str, str]]:
    """The rows of a SPARQL JSON results response, each value as its plain string."""
    assert response.status_code == 200, response.data
    document = response.json
    assert document is not None
    return [{k: v["value"] for k, v in binding.items()} for binding in document["results"]["bindings"]]
