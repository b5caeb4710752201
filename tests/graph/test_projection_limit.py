"""Over NEWSGRAPH_MAX_RELATIONS the projection is refused (a 503 saying what still works), not built."""

from __future__ import annotations

import pytest
from flask import Flask
from graph_stories import kislyak_article
from test_patch import sharing_article

from graph.capacity import ENV, ProjectionTooLargeError
from graph.network import NetworkCache
from graph.store import OxigraphStore


def test_projection_limit_refuses_paths_but_sparql_answers(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "5")
    client = app.test_client()
    for _ in range(2):  # asked again, the same refusal (remembered for this state of the store)
        response = client.get("/api/path", query_string={"from": "Kislyak", "to": "McFaul"})
        assert response.status_code == 503, response.get_data(as_text=True)
        message = response.get_json()["error"]
        assert ENV in message and "limit of 5" in message
        assert "SPARQL queries and downloads still work" in message
        assert "Traceback" not in message
    answer = client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert answer.status_code == 200
    monkeypatch.setenv(ENV, "1000")
    assert client.get("/api/path", query_string={"from": "Kislyak", "to": "McFaul"}).status_code == 200


def test_projection_limit_a_patch_that_grows_past_it_leaves_the_write_and_refuses_the_graph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kislyak, e = kislyak_article()
    again = sharing_article(e)
    store = OxigraphStore(None)
    cache = NetworkCache(store)
    assert cache.add_document(kislyak.iri, kislyak.ntriples())
    built = cache.get()
    assert built.projection is not None
    monkeypatch.setenv(ENV, str(len(built.projection.relations)))  # exactly full
    assert cache.add_document(again.iri, again.ntriples())  # the write itself stands
    assert store.has_document(again.iri)
    with pytest.raises(ProjectionTooLargeError, match="over this service's limit"):
        cache.get()
    cache.remove_document(again.iri)  # back under the limit: built again
    assert cache.get().projection.relations == built.projection.relations  # type: ignore[union-attr]
