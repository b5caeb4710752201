"""Ingest: every format through `newsgraph build` and POST /api/documents; --workers N stores the same."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask

from api.cli import cli
from graph.formats import rdf_format
from graph.store import OxigraphStore

TOKEN = "ingest-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGE = """<html><head><title>Acme | Daily Planet</title>
<meta property="og:title" content="Doe quits Acme"><meta property="og:url" content="https://example.org/doe">
<meta property="article:published_time" content="2019-06-04"><script>var x = "Donald Trump";</script></head>
<body><nav>Home | World | Sign in</nav><article><h1>Doe quits Acme</h1>
<p>Jane Doe, a spokeswoman for Acme Corp, told Reuters that the merger was off.</p>
<p>Doe met Sergey Kislyak in Geneva in 2019, according to The New York Times.</p></article>
<footer>Contact | Privacy | Angela Merkel newsletter</footer></body></html>
"""
MARKDOWN = "# Flynn and Kislyak\n\nMichael **Flynn** spoke with [Sergey Kislyak](https://example.org) in December 2016.\n"
LINES = [
    {"text": "Dmitry Peskov told Reuters that the Kremlin had no comment.", "title": "Peskov", "published": "2017-02-13"},
    {"text": "Ambassador Sergey Kislyak met Senator Jeff Sessions in Cleveland in July 2016.", "url": "https://example.org/s"},
]  # fmt: skip


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder with one article in each format (the JSON Lines file holds two)."""
    folder = tmp_path / "articles"
    (folder / "web").mkdir(parents=True)
    (folder / "web" / "doe.html").write_text(PAGE, encoding="utf-8")
    (folder / "flynn.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "feed.jsonl").write_text("".join(json.dumps(line) + "\n" for line in LINES), encoding="utf-8")
    return folder


def _quads(store: Path) -> set[str]:
    with OxigraphStore(store, read_only=True) as opened:
        out = io.BytesIO()
        opened.export(rdf_format("nquads"), out)
    return set(out.getvalue().decode("utf-8").splitlines())


def _titles(store: Path) -> list[str]:
    with OxigraphStore(store, read_only=True) as opened:
        return sorted(str(row["title"]) for row in opened.documents())


def test_ingest_cli_builds_every_format_from_a_directory(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(store), str(articles)])
    assert result.exit_code == 0, result.output
    assert _titles(store) == [
        "Ambassador Sergey Kislyak met Senator Jeff Sessions in Cleveland in July 2016.",
        "Doe quits Acme",
        "Flynn and Kislyak",
        "Peskov",
    ]
    quads = "\n".join(_quads(store))
    assert '"2019-06-04"^^<http://www.w3.org/2001/XMLSchema#date>' in quads
    assert "Donald Trump" not in quads and "Angela Merkel" not in quads and "Sign in" not in quads
    assert "**" not in quads


def test_ingest_cli_two_workers_store_the_same_as_one(articles: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    one, two = tmp_path / "one", tmp_path / "two"
    first = runner.invoke(cli, ["build", "--store", str(one), "--workers", "1", str(articles)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["build", "--store", str(two), "--workers", "2", str(articles)])
    assert second.exit_code == 0, second.output
    assert first.output == second.output.replace(str(two), str(one))  # same documents, same order
    assert len(_quads(one)) > 100 and _quads(one) == _quads(two)
    again = runner.invoke(cli, ["build", "--store", str(two), "-w", "2", str(articles)])
    assert again.exit_code == 0 and again.output.count("already stored") == 4
    assert _quads(two) == _quads(one)


def test_ingest_cli_bad_jsonl_line_names_it_and_writes_nothing(articles: Path, tmp_path: Path) -> None:
    with (articles / "feed.jsonl").open("a", encoding="utf-8") as feed:
        feed.write('{"text": "fine"}\n{"text": "no closing quote}\n')
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", "--store", str(store), "-w", "2", str(articles)])
    assert result.exit_code != 0
    assert "feed.jsonl line 4: not valid JSON" in result.output and "nothing was written" in result.output
    assert "Traceback" not in result.output
    assert not store.exists() or _titles(store) == []


def test_ingest_cli_refuses_zero_workers(articles: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["build", "--store", str(tmp_path / "s"), "--workers", "0", str(articles)]
    )
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.fixture
def writable(app: Flask) -> Flask:
    app.config["NEWSGRAPH_UPDATE_TOKEN"] = TOKEN
    return app


@pytest.mark.parametrize(
    ("body", "content_type", "title"),
    [
        (PAGE, "text/html; charset=utf-8", "Doe quits Acme"),
        (MARKDOWN, "text/markdown", "Flynn and Kislyak"),
    ],
)
def test_ingest_http_html_and_markdown(writable: Flask, body: str, content_type: str, title: str) -> None:
    client = writable.test_client()
    response = client.post(
        "/api/documents", data=body.encode("utf-8"), content_type=content_type, headers=AUTH
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    added = response.get_json()
    assert added["title"] == title and added["created"] is True and added["facts"] >= 1
    text = client.get(f"/api/documents/{added['id']}").get_data(as_text=True)
    assert "Donald Trump" not in text and "**" not in text


def test_ingest_http_json_lines_adds_one_document_per_line(writable: Flask) -> None:
    client = writable.test_client()
    body = "".join(json.dumps(line) + "\n" for line in LINES).encode("utf-8")
    response = client.post("/api/documents", data=body, content_type="application/x-ndjson", headers=AUTH)
    assert response.status_code == 201, response.get_data(as_text=True)
    answer = response.get_json()
    assert answer["created"] == 2 and [d["title"] for d in answer["documents"]] == [
        "Peskov",
        "Ambassador Sergey Kislyak met Senator Jeff Sessions in Cleveland in July 2016.",
    ]
    again = client.post("/api/documents", data=body, content_type="application/x-ndjson", headers=AUTH)
    assert again.status_code == 200 and again.get_json()["created"] == 0


@pytest.mark.parametrize(
    ("body", "content_type", "status", "words"),
    [
        (
            b"<html><body><nav>Home</nav><script>x()</script></body></html>",
            "text/html",
            422,
            "no article text",
        ),
        (b'{"text": "fine"}\n{"text": 5}\n', "application/x-ndjson", 422, "line 2"),
        (b"```\nonly code\n```\n", "text/markdown", 422, "no text"),
        (b"<p>caf\xe9</p>", "text/html", 415, "UTF-8"),
        (b"# Title", "text/markdown; charset=latin-1", 415, "UTF-8"),
    ],
)
def test_ingest_http_bad_documents_change_nothing(
    writable: Flask, body: bytes, content_type: str, status: int, words: str
) -> None:
    client = writable.test_client()
    before = client.get("/api/stats").get_json()
    response = client.post("/api/documents", data=body, content_type=content_type, headers=AUTH)
    assert response.status_code == status, response.get_data(as_text=True)
    assert words in response.get_json()["error"]
    assert client.get("/api/stats").get_json() == before
