"""Adding and removing documents over HTTP: token-gated, whole or nothing, the projection follows."""

from __future__ import annotations

import pytest
from flask import Flask

TOKEN = "s3cret-token"
ARTICLE = (
    "Jane Doe, a spokeswoman for Acme Corp, told Reuters that the merger was off. "
    "Doe met Sergey Kislyak in Geneva in 2019, according to the New York Times.\n"
)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def writable(app: Flask) -> Flask:
    app.config["NEWSGRAPH_UPDATE_TOKEN"] = TOKEN
    return app


def test_documents_add_needs_the_token(app: Flask) -> None:
    response = app.test_client().post("/api/documents", data=ARTICLE, content_type="text/plain")
    assert response.status_code == 403
    assert "NEWSGRAPH_UPDATE_TOKEN" in response.get_json()["error"]


def test_documents_add_extracts_and_links_then_remove_takes_it_all_away(writable: Flask) -> None:
    client = writable.test_client()
    before = client.get("/api/stats").get_json()
    response = client.post("/api/documents", json={"text": ARTICLE, "title": "Acme"}, headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    added = response.get_json()
    assert added["created"] is True and added["facts"] > 0 and added["title"] == "Acme"
    assert client.get("/api/entities", query_string={"q": "jane doe"}).get_json()["total"] == 1
    path = client.get("/api/path", query_string={"from": "Jane Doe", "to": "Michael Flynn"}).get_json()
    assert path["length"] is not None and path["length"] >= 2

    again = client.post("/api/documents", json={"text": ARTICLE}, headers=AUTH)
    assert again.status_code == 200 and again.get_json()["created"] is False

    assert client.delete(f"/api/documents/{added['id']}", headers=AUTH).status_code == 204
    assert client.get("/api/entities", query_string={"q": "jane doe"}).get_json()["total"] == 0
    assert client.get("/api/stats").get_json() == before
    assert client.delete(f"/api/documents/{added['id']}", headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"", "text/plain", 422),
        (b"\x00\x01binary\x00", "text/plain", 415),
        ("café".encode("latin-1"), "text/plain", 415),
        (b"some text", "application/pdf", 415),
        (b"some text", "text/plain; charset=utf-16", 415),
        (b'{"title": "no text"}', "application/json", 400),
        (b"{not json", "application/json", 400),
    ],
)
def test_documents_bad_uploads_change_nothing(
    writable: Flask, body: bytes, content_type: str, status: int
) -> None:
    client = writable.test_client()
    before = client.get("/api/stats").get_json()
    response = client.post("/api/documents", data=body, content_type=content_type, headers=AUTH)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.get_json()["ok"] is False
    assert client.get("/api/stats").get_json() == before


def test_documents_huge_upload_is_413(writable: Flask) -> None:
    writable.config["MAX_CONTENT_LENGTH"] = 1024
    response = writable.test_client().post(
        "/api/documents", data=b"x" * 4096, content_type="text/plain", headers=AUTH
    )
    assert response.status_code == 413
    assert response.get_json()["status"] == 413


def test_documents_text_over_the_article_limit_is_413(
    writable: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extract.sources.MAX_BYTES", 64)
    client = writable.test_client()
    before = client.get("/api/stats").get_json()
    response = client.post("/api/documents", json={"text": "word " * 100}, headers=AUTH)
    assert response.status_code == 413 and "larger than the limit" in response.get_json()["error"]
    assert client.get("/api/stats").get_json() == before
