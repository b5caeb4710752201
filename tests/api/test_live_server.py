"""A real ``newsgraph serve`` process, asked by a real SPARQL client and plain HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from servers import free_port, wait_until_up
from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

pytestmark = pytest.mark.server

PEOPLE = """PREFIX schema: <https://schema.org/>
SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"""


def test_live_server_answers_sparqlwrapper_get_json(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(PEOPLE)
    client.setReturnFormat(JSON)
    names = [row["name"]["value"] for row in client.query().convert()["results"]["bindings"]]
    assert "Sergey Kislyak" in names and "Dmitri Pescov" in names


def test_live_server_answers_sparqlwrapper_post_csv(live_server: str) -> None:
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(PEOPLE)
    client.setMethod(POST)
    client.setReturnFormat(CSV)
    text = client.query().convert().decode("utf-8")
    assert text.splitlines()[0] == "name" and "Michael McFaul" in text


def test_live_server_gives_the_path_over_http(live_server: str) -> None:
    url = live_server + "/api/path?from=Michael%20McFaul&to=Michael%20Flynn"
    with urllib.request.urlopen(url) as response:
        answer = json.load(response)
    assert answer["length"] == 2
    assert answer["paths"][0]["nodes"][1]["name"] == "Sergey Kislyak"


def test_live_server_streams_the_turtle_download(live_server: str) -> None:
    with urllib.request.urlopen(live_server + "/graph.ttl") as response:
        assert response.headers["Content-Type"].startswith("text/turtle")
        body = response.read()
    assert b"@prefix ng: <https://w3id.org/newsgraph/ns#>" in body


def test_live_server_seeds_an_empty_store_and_takes_writes(tmp_path: Path) -> None:
    """`newsgraph serve` on an empty store builds the seed; an update in the forked worker completes.

    (Opening the store before gunicorn forks made every write hang: RocksDB's threads do not fork.)
    """
    port, log = free_port(), tmp_path / "server.log"
    env = {**os.environ, "NEWSGRAPH_UPDATE_TOKEN": "live-token"}
    argv = [sys.executable, "-m", "api", "serve", "--store", str(tmp_path / "empty"), "--port", str(port)]
    with log.open("wb") as log_file:
        process = subprocess.Popen(argv, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/healthz", process, log)
        with urllib.request.urlopen(url + "/api/stats", timeout=10) as response:
            assert json.load(response)["documents"] == 1
        assert f"serving at {url}/" in log.read_text()
        update = urllib.parse.urlencode(
            {
                "update": 'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://schema.org/name> "A" } }'
            }
        ).encode()
        request = urllib.request.Request(
            url + "/sparql", data=update, headers={"Authorization": "Bearer live-token"}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=20) as response:
            assert response.status == 204
        ask = urllib.parse.urlencode(
            {"query": 'ASK { <https://example.org/a> <https://schema.org/name> "A" }'}
        )
        with urllib.request.urlopen(f"{url}/sparql?{ask}", timeout=10) as response:
            assert json.load(response)["boolean"] is True
    finally:
        process.terminate()
        process.wait(timeout=30)
