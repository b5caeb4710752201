"""Real clients against a live server: SPARQLWrapper, rdflib's SPARQLStore, raw HTTP, the W3C runner."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from sparql_helpers import GRAPH, TOKEN
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper

pytestmark = pytest.mark.server

DATA = (
    f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <http://example.org/alice> <https://schema.org/name> "Alice" ; '
    "<http://example.org/met> <http://example.org/bob> . <http://example.org/bob> "
    '<https://schema.org/name> "Bob" } }'
)
SELECT = "SELECT ?name WHERE { ?s <https://schema.org/name> ?name } ORDER BY ?name"
# Ten independent VALUES blocks of ten: 10^10 rows to count, hours of work for any engine.
ENDLESS = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ {' '.join(map(str, range(10)))} }}" for i in range(10))
    + " }"
)


@pytest.fixture(scope="module")
def endpoint(live_sparql: str) -> str:
    """The live endpoint holding the two sample people."""
    client = SPARQLWrapper(live_sparql)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    client.setMethod(POST)
    client.setQuery("DROP ALL")
    client.query()
    client.setQuery(DATA)
    client.query()
    return live_sparql


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_sparql_sparqlwrapper_json(endpoint: str, method: str) -> None:
    client = SPARQLWrapper(endpoint, returnFormat=JSON)
    client.setQuery(SELECT)
    if method != "GET":
        client.setMethod(POST)
        if method == "POSTDIRECTLY":
            client.setRequestMethod(POSTDIRECTLY)
    result = client.query().convert()
    assert [row["name"]["value"] for row in result["results"]["bindings"]] == ["Alice", "Bob"]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparql_sparqlwrapper_xml_and_csv(endpoint: str, method: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setMethod(method)
    client.setQuery(SELECT)
    client.setReturnFormat(XML)
    document = client.query().convert()
    assert [n.firstChild.data for n in document.getElementsByTagName("literal")] == ["Alice", "Bob"]
    client.setReturnFormat(CSV)
    rows = list(csv.reader(io.StringIO(client.query().convert().decode())))
    assert rows == [["name"], ["Alice"], ["Bob"]]


def test_sparql_sparqlwrapper_ask_and_construct(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint, returnFormat=JSON)
    client.setQuery("ASK { ?s <http://example.org/met> ?o }")
    assert client.query().convert()["boolean"] is True
    client.setQuery("CONSTRUCT WHERE { ?s <http://example.org/met> ?o }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert().decode(), format="turtle")
    assert len(graph) == 1


def test_sparql_rdflib_sparqlstore(endpoint: str) -> None:
    graph = Graph(SPARQLStore(endpoint, returnFormat="json"))
    names = sorted(str(row[0]) for row in graph.query("SELECT ?n WHERE { ?s <https://schema.org/name> ?n }"))
    assert names == ["Alice", "Bob"]
    assert (URIRef("http://example.org/alice"), URIRef("http://example.org/met"), None) in graph


@pytest.mark.parametrize(
    ("accept", "media_type", "check"),
    [
        (None, "application/sparql-results+json", lambda b: json.loads(b)["results"]["bindings"]),
        ("application/sparql-results+json", "application/sparql-results+json", lambda b: b"Alice" in b),
        ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: b"<literal>Bob" in b),
        ("text/csv", "text/csv", lambda b: b == b"name\r\nAlice\r\nBob\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", lambda b: b'"Alice"' in b),
        ("text/html;q=0.9, */*;q=0.1", "application/sparql-results+json", lambda b: b"Alice" in b),
    ],
)
def test_sparql_raw_http_accept(endpoint: str, accept: str | None, media_type: str, check: object) -> None:
    request = urllib.request.Request(endpoint + "?" + urllib.parse.urlencode({"query": SELECT}))
    if accept:
        request.add_header("Accept", accept)
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers.get_content_type() == media_type
        assert check(response.read())  # type: ignore[operator]


def test_sparql_raw_http_406(endpoint: str) -> None:
    request = urllib.request.Request(
        endpoint + "?" + urllib.parse.urlencode({"query": SELECT}), headers={"Accept": "image/png"}
    )
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=30)
    raised.value.close()
    assert raised.value.code == 406


def test_sparql_endless_query_stops_while_others_are_answered(endpoint: str) -> None:
    """A query that would run for hours is stopped at the 2 s limit; meanwhile other queries answer."""
    outcome: dict[str, object] = {}

    def endless() -> None:
        request = urllib.request.Request(
            endpoint, data=ENDLESS.encode(), headers={"Content-Type": "application/sparql-query"}
        )
        try:
            urllib.request.urlopen(request, timeout=60)
            outcome["status"] = 200
        except urllib.error.HTTPError as error:
            outcome["status"] = error.code
            outcome["error"] = json.loads(error.read())["error"]
            error.close()

    thread = threading.Thread(target=endless)
    thread.start()
    answered = 0
    while thread.is_alive() and answered < 200:
        with urllib.request.urlopen(endpoint + "?query=ASK%7B%7D", timeout=30) as response:
            assert json.loads(response.read())["boolean"] is True
            answered += 1
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert outcome["status"] == 503 and "time limit" in str(outcome["error"])
    assert answered >= 1
    with urllib.request.urlopen(endpoint + "?query=ASK%7B%7D", timeout=30) as response:
        assert json.loads(response.read())["boolean"] is True


def test_sparql_w3c_protocol_suite_passes(live_sparql: str) -> None:
    from conformance.protocol import run
    from conformance.suite import Endpoint, suite_root

    if not (suite_root() / "protocol" / "manifest.ttl").exists():
        pytest.skip(f"the W3C suite is not at {suite_root()}")
    outcomes = run(Endpoint(live_sparql, TOKEN))
    failed = [f"{o.name}: {o.reason}" for o in outcomes if not o.passed]
    assert failed == [] and len(outcomes) == 34
