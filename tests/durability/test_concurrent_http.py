"""Writes over HTTP while queries run: a reader never sees part of a document.

A real ``newsgraph serve`` (gunicorn, several threads) takes POSTed articles while other threads
count every document graph through ``/sparql`` and ask for paths. Every count a reader saw for a
document must be its final, complete size; and the server answers every read while it writes.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import serving

pytestmark = pytest.mark.server

TOKEN = "durability-token"
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
ARTICLES = Path(__file__).parents[1] / "data" / "articles"


@pytest.fixture
def writable_server(seed_store_path: Path, tmp_path: Path) -> Iterator[str]:
    copy, log = tmp_path / "store", tmp_path / "server.log"
    shutil.copytree(seed_store_path, copy)
    (copy / "LOCK").unlink(missing_ok=True)
    env = {**os.environ, "NEWSGRAPH_STORE": str(copy), "NEWSGRAPH_UPDATE_TOKEN": TOKEN}
    with serving(["--threads", "6"], env, log) as url:
        yield url


def graph_counts(url: str) -> dict[str, int]:
    query = urllib.parse.urlencode({"query": COUNTS})
    request = urllib.request.Request(
        f"{url}/sparql?{query}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        rows = json.load(response)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def post_article(url: str, text: str) -> dict[str, object]:
    request = urllib.request.Request(
        url + "/api/documents",
        data=text.encode("utf-8"),
        headers={"Content-Type": "text/plain; charset=utf-8", "Authorization": f"Bearer {TOKEN}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.status == 201
        return json.load(response)


def test_readers_never_see_half_a_document_while_writes_arrive(writable_server: str) -> None:
    url = writable_server
    before = graph_counts(url)
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    assert len(texts) >= 3

    seen: list[dict[str, int]] = []
    failures: list[BaseException] = []
    writing = threading.Event()
    writing.set()

    def read_until_written() -> None:
        try:
            while writing.is_set():
                seen.append(graph_counts(url))
                path = urllib.parse.urlencode({"from": "Michael McFaul", "to": "Michael Flynn"})
                with urllib.request.urlopen(f"{url}/api/path?{path}", timeout=60) as response:
                    assert json.load(response)["length"] == 2
        except BaseException as error:  # collected and re-raised in the test thread
            failures.append(error)

    readers = [threading.Thread(target=read_until_written) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        added = [post_article(url, text) for text in texts]
    finally:
        writing.clear()
        for reader in readers:
            reader.join(timeout=120)
    assert not failures, failures

    final = graph_counts(url)
    assert {str(doc["iri"]) for doc in added} == set(final) - set(before)
    assert len(seen) >= len(texts), "the readers hardly ran while the writes arrived"
    for snapshot in seen:
        for graph, size in snapshot.items():
            assert size == final[graph], f"a reader saw {size} of {final[graph]} triples of {graph}"
