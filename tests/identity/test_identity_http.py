"""``POST /api/identity/alias`` and ``/split``: overrides while the server holds the store, token-gated,
all or nothing, and the entity API follows at once."""

from __future__ import annotations

import pytest
from flask import Flask
from identity_kit import FLYNN_ALONE, KISLYAK_A, KISLYAK_B, ingest, node_of, partition

from api.app import create_app
from graph.identity import decisions, overrides
from graph.store import OxigraphStore

TOKEN = "identity-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "https://newsgraph.example/person/"


@pytest.fixture
def served(empty_store: OxigraphStore) -> Flask:
    """An app over a store holding the two Kislyak articles and one with "Flynn" alone."""
    ingest(empty_store, KISLYAK_A, KISLYAK_B, FLYNN_ALONE)
    return create_app({"TESTING": True, "NEWSGRAPH_UPDATE_TOKEN": TOKEN}, store=empty_store)


def _flynns(app: Flask) -> int:
    return app.test_client().get("/api/entities", query_string={"q": "flynn"}).get_json()["total"]


def test_identity_http_alias_merges_and_split_undoes_it(served: Flask, empty_store: OxigraphStore) -> None:
    client = served.test_client()
    before = partition(empty_store)
    assert _flynns(served) == 2  # Michael Flynn, and the document-scoped lone "Flynn"

    merged = client.post(
        "/api/identity/alias", json={"name": "Flynn", "entity": "Michael Flynn"}, headers=AUTH
    )
    assert merged.status_code == 200, merged.get_data(as_text=True)
    answer = merged.get_json()
    assert answer["kind"] == "alias" and answer["entity"] == BASE + "michael-flynn"
    assert len(answer["documents"]) == 1  # the one document naming a lone "Flynn"
    assert node_of(empty_store, "Flynn") == BASE + "michael-flynn"
    assert [d["rule"] for d in decisions(empty_store, BASE + "michael-flynn")] == ["user-alias: Flynn"]
    assert _flynns(served) == 1  # the projection followed without a restart

    split = client.post(
        "/api/identity/split", json={"name": "Flynn", "entity": "michael-flynn"}, headers=AUTH
    )
    assert split.status_code == 200, split.get_data(as_text=True)
    assert partition(empty_store) == before and _flynns(served) == 2
    assert [o["kind"] for o in overrides(empty_store)] == ["split"]


@pytest.mark.parametrize(
    ("path", "body", "headers", "status", "message"),
    [
        ("/api/identity/alias", {"name": "Flynn", "entity": "Michael Flynn"}, {}, 403, "Bearer"),
        (
            "/api/identity/merge",
            {"name": "Flynn", "entity": "Michael Flynn"},
            AUTH,
            404,
            "/api/identity/alias",
        ),
        ("/api/identity/alias", {"name": "Flynn"}, AUTH, 400, '"entity" must be a non-empty string'),
        ("/api/identity/alias", ["Flynn", "Michael Flynn"], AUTH, 400, "JSON object"),
        ("/api/identity/alias", {"name": "Flynn", "entity": "Nobody Atall"}, AUTH, 404, "Nobody Atall"),
        ("/api/identity/alias", {"name": "Ambassador", "entity": "Michael Flynn"}, AUTH, 400, "no name left"),
        (
            "/api/identity/split",
            {"name": "Michael Flynn", "entity": "Michael Flynn"},
            AUTH,
            400,
            "minted from",
        ),
    ],
)
def test_identity_http_refusals_say_why_and_change_nothing(
    served: Flask,
    empty_store: OxigraphStore,
    path: str,
    body: object,
    headers: dict,
    status: int,
    message: str,
) -> None:
    before = (partition(empty_store), overrides(empty_store))
    response = served.test_client().post(path, json=body, headers=headers)
    assert response.status_code == status, response.get_data(as_text=True)
    assert message in response.get_json()["error"]
    assert (partition(empty_store), overrides(empty_store)) == before
