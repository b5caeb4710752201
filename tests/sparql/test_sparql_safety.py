"""No server-side requests (SERVICE, LOAD, FROM) and no user input pasted into SPARQL text."""

from __future__ import annotations

import ast
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sparql_helpers import ASK_ALICE, AUTH

ROOT = Path(__file__).resolve().parents[2]
SPARQL_WORDS = re.compile(
    r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|WHERE|USING|GRAPH|VALUES|FILTER)\b"
)
# The one audited place that writes SPARQL text at run time: it inserts only IRIs that
# pyoxigraph.NamedNode parsed and re-serialised (SPARQL 1.1 Protocol §2.2.3 has no engine API).
ALLOWED = {("graph/sparql.py", "with_using")}
# The one module that writes values into SPARQL text, only as engine-serialised N-Triples terms
# (for remote servers, which take no substitutions, and for multi-operation updates); its escaping
# is tested with hostile values in tests/remote/test_sparql_text.py.
ALLOWED_MODULES = {"graph/sparql_text.py"}


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A loopback TCP listener that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    seen.append(connection.recv(1000))
                except OSError:
                    seen.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    stop.set()
    thread.join()
    server.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <{url}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE#comment\n<{url}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND(<{url}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    ],
)
def test_sparql_service_is_refused(
    sparql: FlaskClient, listener: tuple[str, list[bytes]], template: str
) -> None:
    url, seen = listener
    response = sparql.get("/sparql", query_string={"query": template.format(url=url)})
    assert response.status_code == 400 and "SERVICE" in response.json["error"]
    assert seen == []


def test_sparql_from_a_remote_iri_fetches_nothing(
    sparql: FlaskClient, listener: tuple[str, list[bytes]]
) -> None:
    url, seen = listener
    query = f"SELECT * FROM <{url}/data.ttl> FROM NAMED <{url}/named.ttl> WHERE {{ ?s ?p ?o }}"
    response = sparql.get("/sparql", query_string={"query": query})
    assert response.status_code == 200 and response.json["results"]["bindings"] == []
    response = sparql.get("/sparql", query_string={"query": ASK_ALICE, "default-graph-uri": url + "/x.ttl"})
    assert response.json["boolean"] is False
    assert seen == []


def test_sparql_load_and_service_updates_are_refused(
    writable: FlaskClient, listener: tuple[str, list[bytes]]
) -> None:
    url, seen = listener
    for update in (
        f"LOAD <{url}/data.ttl>",
        f"load silent <{url}/x> INTO GRAPH <http://g>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    ):
        response = writable.post("/sparql", data={"update": update}, headers=AUTH)
        assert response.status_code == 400, update
    assert seen == []


def _functions(tree: ast.AST) -> Iterator[tuple[str, ast.AST]]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node


def _pasted(node: ast.AST) -> bool:
    """Whether ``node`` builds text at run time that looks like SPARQL (f-string, %, +, .format)."""
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return bool(SPARQL_WORDS.search(text)) and any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return any(
            isinstance(side, ast.Constant) and isinstance(side.value, str) and SPARQL_WORDS.search(side.value)
            for side in (node.left, node.right)
        )
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        target = node.func.value
        return (
            isinstance(target, ast.Constant)
            and isinstance(target.value, str)
            and bool(SPARQL_WORDS.search(target.value))
        )
    return False


def test_sparql_no_query_text_is_built_from_values_at_run_time() -> None:
    """Inside every function of api/ and graph/, SPARQL is a constant; values go in as substitutions."""
    offenders = []
    for path in sorted([*ROOT.joinpath("api").rglob("*.py"), *ROOT.joinpath("graph").rglob("*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED_MODULES:
            continue
        for name, function in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            if (relative, name) in ALLOWED:
                continue
            for node in ast.walk(function):
                if _pasted(node):
                    offenders.append(f"{relative}:{node.lineno} in {name}()")
    assert offenders == [], "SPARQL built from run-time values: " + ", ".join(offenders)


@pytest.mark.parametrize(
    "value",
    [
        "http://example.org/g> } ; DROP ALL ; #",
        "http://example.org/g>USING<http://x",
        "not an iri",
        "http://a b",
    ],
)
def test_sparql_dataset_parameters_cannot_inject(writable: FlaskClient, value: str) -> None:
    update = "INSERT { GRAPH <http://example.org/out> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
    response = writable.post("/sparql", data={"update": update, "using-graph-uri": value}, headers=AUTH)
    assert response.status_code == 400
    response = writable.get("/sparql", query_string={"query": ASK_ALICE, "default-graph-uri": value})
    assert response.status_code == 400
    assert writable.get("/sparql", query_string={"query": ASK_ALICE}).json["boolean"] is True
