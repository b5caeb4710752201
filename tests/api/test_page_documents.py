"""Adding and removing documents from the web page: plain forms, guarded by the update token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from api.app import create_app

HTML = {"Accept": "text/html"}
TOKEN = "page-test-token"
HOSTILE = (
    "<script>window.__pwned = 1</script> Mayor meets envoy\n\n"
    'Jane Doe, the mayor of Springfield, told the New York Times: "<script>window.__pwned = 2</script> '
    'is only text." <img src=x onerror="window.__pwned = 3"> John Roe met Jane Doe in 2019.\n'
)


@pytest.fixture
def writable(store_path: Path) -> Iterator[Flask]:
    """An app over a private copy of the seed store that accepts the update token."""
    app = create_app({"NEWSGRAPH_STORE": str(store_path), "NEWSGRAPH_UPDATE_TOKEN": TOKEN, "TESTING": True})
    yield app
    app.extensions["newsgraph"].store.close()


def test_page_documents_refuse_writes_without_a_configured_token(client: FlaskClient) -> None:
    response = client.post("/documents", data={"text": "Jane Doe met John Roe.", "token": "x"}, headers=HTML)
    assert response.status_code == 403 and "NEWSGRAPH_UPDATE_TOKEN" in response.get_data(as_text=True)


def test_page_documents_refuse_a_wrong_token(writable: Flask) -> None:
    client = writable.test_client()
    response = client.post(
        "/documents", data={"text": "Jane Doe met John Roe.", "token": "nope"}, headers=HTML
    )
    assert response.status_code == 403
    assert "add an article" in client.get("/documents", headers=HTML).get_data(as_text=True).lower()


def test_page_documents_refuse_empty_text(writable: Flask) -> None:
    response = writable.test_client().post("/documents", data={"text": "  ", "token": TOKEN}, headers=HTML)
    assert response.status_code == 400


def test_page_documents_add_escapes_markup_and_remove_drops_it(writable: Flask) -> None:
    client = writable.test_client()
    added = client.post("/documents", data={"text": HOSTILE, "token": TOKEN}, headers=HTML)
    assert added.status_code == 303
    location = added.headers["Location"]
    doc_id = re.search(r"/documents/([0-9a-f]{16})", location).group(1)  # type: ignore[union-attr]
    html = client.get(location, headers=HTML).get_data(as_text=True)
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 2&lt;/script&gt;" in html
    listing = client.get("/documents", headers=HTML).get_data(as_text=True)
    assert doc_id in listing and "<script>window" not in listing
    for url in ("/", "/search?q=jane", "/path?from=Jane%20Doe&to=John%20Roe"):
        body = client.get(url, headers=HTML).get_data(as_text=True)
        assert "<script>window" not in body and "<img src=x" not in body
    removed = client.post(f"/documents/{doc_id}/delete", data={"token": TOKEN}, headers=HTML)
    assert removed.status_code == 303
    assert client.get(location, headers=HTML).status_code == 404
    assert client.get("/api/stats").get_json()["documents"] == 1


def test_page_documents_list_is_paged(writable: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    from api import pages_documents

    client = writable.test_client()
    client.post("/documents", data={"text": "Jane Doe met John Roe in 2019.", "token": TOKEN}, headers=HTML)
    monkeypatch.setattr(pages_documents, "PER_PAGE", 1)
    first = client.get("/documents", headers=HTML).get_data(as_text=True)
    assert "2 stored documents, page 1 of 2" in first and 'rel="next"' in first
    last = client.get("/documents?page=9", headers=HTML).get_data(as_text=True)
    assert "page 2 of 2" in last and 'rel="prev"' in last
