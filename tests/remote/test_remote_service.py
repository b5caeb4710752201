"""The service and the CLI on a remote SPARQL store (Oxigraph server and Virtuoso), through real processes."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import TOKEN, newsgraph, open_remote
from engines import Engine

from graph.store import OxigraphStore

pytestmark = pytest.mark.server

PEOPLE = """PREFIX schema: <https://schema.org/>
SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"""

NEW_DOCUMENT = (
    "Ada Lovelace met Charles Babbage in London in 1833. Babbage told The Times about Lovelace, "
    "and Lovelace said the engine could compose music."
)


def _get(url: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _send(
    url: str, method: str, body: bytes | None = None, content_type: str | None = None
) -> tuple[int, bytes]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _sparql(service: str, query: str, accept: str) -> tuple[int, dict[str, str], bytes]:
    return _get(f"{service}/sparql?{urllib.parse.urlencode({'query': query})}", accept)


def _local_triples(seed_store_path: Path) -> set[str]:
    output = io.BytesIO()
    with OxigraphStore(seed_store_path, read_only=True) as store:
        from graph.formats import rdf_format

        store.export(rdf_format("nt"), output)
    return set(output.getvalue().decode("utf-8").splitlines())


def test_remote_build_stores_the_same_graph_as_the_local_store(seeded: Engine, seed_store_path: Path) -> None:
    exported = newsgraph(seeded, "export", "--store", seeded.url, "-f", "nt")
    assert exported.returncode == 0, exported.stderr
    assert set(exported.stdout.splitlines()) == _local_triples(seed_store_path)
    listed = newsgraph(seeded, "documents", "--store", seeded.url)
    assert "Sergey Kislyak" in listed.stdout and len(listed.stdout.splitlines()) == 1


def test_remote_cli_query_and_path(seeded: Engine) -> None:
    answered = newsgraph(seeded, "query", "--store", seeded.url, "--format", "csv", PEOPLE)
    names = [row["name"] for row in csv.DictReader(io.StringIO(answered.stdout))]
    assert "Sergey Kislyak" in names and "Michael Flynn" in names, answered.stderr
    found = newsgraph(seeded, "path", "--store", seeded.url, "--json", "Michael McFaul", "Michael Flynn")
    answer = json.loads(found.stdout)
    assert [node["name"] for node in answer["paths"][0]["nodes"]] == [
        "Michael McFaul",
        "Sergey Kislyak",
        "Michael Flynn",
    ]


def test_remote_sparql_select_through_our_endpoint(remote_service: str) -> None:
    status, headers, body = _sparql(remote_service, PEOPLE, "application/sparql-results+json")
    assert status == 200 and headers["X-Newsgraph-Truncated"] == "false"
    names = [row["name"]["value"] for row in json.loads(body)["results"]["bindings"]]
    assert names == sorted(names) and "Sergey Kislyak" in names
    status, headers, body = _sparql(remote_service, PEOPLE, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and b"Sergey Kislyak" in body


def test_remote_sparql_keeps_the_row_cap(remote_service: str) -> None:
    status, headers, body = _sparql(
        remote_service, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json"
    )
    assert status == 200 and headers["X-Newsgraph-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    construct = "CONSTRUCT WHERE { ?s ?p ?o }"
    status, headers, body = _sparql(remote_service, construct, "application/n-triples")
    assert status == 200 and headers["X-Newsgraph-Truncated"] == "true"
    assert len(list(ox.parse(body, ox.RdfFormat.N_TRIPLES))) == 50


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        'DEFINE get:soft "replace" SELECT * FROM <http://example.org/> WHERE { ?s ?p ?o }',
        "PREFIX bif: <bif:> SELECT (bif:sprintf('%s', 'x') AS ?x) WHERE { }",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    ],
    ids=["update", "virtuoso-define", "virtuoso-bif", "trailing-update"],
)
def test_remote_sparql_stays_read_only(remote_service: str, seeded: Engine, query: str) -> None:
    status, _, body = _sparql(remote_service, query, "application/sparql-results+json")
    assert status == 400, body
    error = json.loads(body)
    assert error["ok"] is False and error["status"] == 400
    with open_remote(seeded) as store:
        assert not store.has_document("urn:a") and len(store.documents()) >= 1


def test_remote_path_through_kislyak(remote_service: str) -> None:
    query = urllib.parse.urlencode({"from": "McFaul", "to": "Flynn"})
    status, _, body = _get(f"{remote_service}/api/path?{query}")
    answer = json.loads(body)
    assert status == 200 and answer["length"] == 2
    assert [node["name"] for node in answer["paths"][0]["nodes"]][1] == "Sergey Kislyak"
    evidence = answer["paths"][0]["hops"][0]["relations"][0]["evidence"]
    assert evidence and evidence[0]["text"]


def test_remote_downloads(remote_service: str, seed_store_path: Path) -> None:
    status, headers, body = _get(f"{remote_service}/graph.ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(list(ox.parse(body, ox.RdfFormat.TURTLE))) == len(_local_triples(seed_store_path))
    assert b"@prefix person:" in body and b"ns1:" not in body
    status, _, body = _get(f"{remote_service}/graph.trig")
    graphs = {quad.graph_name.value for quad in ox.parse(body, ox.RdfFormat.TRIG)}
    assert len(graphs) == 1 and next(iter(graphs)).startswith("https://newsgraph.example/document/")
    status, _, body = _get(f"{remote_service}/graph.ttl?document=0000000000000000")
    assert status == 404 and json.loads(body)["status"] == 404


def test_remote_post_and_delete_a_document(remote_service: str, seeded: Engine) -> None:
    status, body = _send(
        f"{remote_service}/api/documents", "POST", NEW_DOCUMENT.encode(), "text/plain; charset=utf-8"
    )
    assert status == 201, body
    added = json.loads(body)
    try:
        with open_remote(seeded) as store:
            assert store.has_document(added["iri"])
        _, _, listed = _get(f"{remote_service}/api/documents")
        assert added["id"] in {item["id"] for item in json.loads(listed)["documents"]}
        _, _, found = _get(f"{remote_service}/api/entities?q=Lovelace")
        assert any(e["name"] == "Ada Lovelace" for e in json.loads(found)["entities"])
    finally:
        status, body = _send(f"{remote_service}/api/documents/{added['id']}", "DELETE")
    assert status == 204, body
    with open_remote(seeded) as store:
        assert not store.has_document(added["iri"])
    _, _, found = _get(f"{remote_service}/api/entities?q=Lovelace")
    assert json.loads(found)["entities"] == []
    status, body = _send(f"{remote_service}/api/documents/{added['id']}", "DELETE")
    assert status == 404


def test_remote_sparql_update_with_the_token_is_forwarded(remote_service: str, seeded: Engine) -> None:
    graph = "https://example.org/remote-update-test"
    update = f'INSERT DATA {{ GRAPH <{graph}> {{ <https://example.org/x> <https://schema.org/name> "Ünïcode \\"x\\"" }} }}'
    form = urllib.parse.urlencode({"update": update}).encode()
    status, body = _send(f"{remote_service}/sparql", "POST", form, "application/x-www-form-urlencoded")
    try:
        assert status == 204, body
        query = "SELECT ?n WHERE { <https://example.org/x> <https://schema.org/name> ?n }"
        _, _, answer = _sparql(remote_service, query, "application/sparql-results+json")
        assert [b["n"]["value"] for b in json.loads(answer)["results"]["bindings"]] == ['Ünïcode "x"']
    finally:
        with open_remote(seeded) as store:
            store.update(f"DROP SILENT GRAPH <{graph}>")
    status, _, body = _get(f"{remote_service}/sparql?{urllib.parse.urlencode({'update': update})}")
    assert status == 400  # never with GET (§2.2)
