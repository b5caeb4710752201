"""graph.evaluate writes capped results that the engine's own parsers read back unchanged."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.evaluate import QueryRequest, evaluate

DATA = """
@prefix ex: <http://example.org/> .
ex:a ex:p "plain", "tab\\tnew\\nline \\"q\\", comma", "chat"@fr, 42, 1.5, true, "x"^^ex:dt, [ ex:q ex:a ] .
"""
QUERY = "SELECT ?s ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?missing } }"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.load(DATA.encode(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("http://g"))
    return store


@pytest.mark.parametrize(
    ("name", "engine"),
    [
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("tsv", ox.QueryResultsFormat.TSV),
    ],
)
def test_sparql_results_round_trip(store: ox.Store, name: str, engine: ox.QueryResultsFormat) -> None:
    answer = evaluate(store, QueryRequest(QUERY, result_format=name, row_limit=100))
    assert not answer.truncated and answer.rows == 9
    parsed = ox.parse_query_results(answer.body, engine)
    assert [v.value for v in parsed.variables] == ["s", "o", "missing"]
    expected = {
        tuple(row)
        for row in store.query(QUERY, use_default_graph_as_union=True)
        if not isinstance(row["s"], ox.BlankNode) and not isinstance(row["o"], ox.BlankNode)
    }
    got = {
        tuple(row)
        for row in parsed
        if not isinstance(row["s"], ox.BlankNode) and not isinstance(row["o"], ox.BlankNode)
    }
    assert got == expected


def test_sparql_results_cap(store: ox.Store) -> None:
    answer = evaluate(store, QueryRequest(QUERY, row_limit=3))
    assert answer.truncated and answer.rows == 3
    assert len(list(ox.parse_query_results(answer.body, ox.QueryResultsFormat.JSON))) == 3


def test_sparql_results_csv(store: ox.Store) -> None:
    answer = evaluate(store, QueryRequest("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", result_format="csv"))
    text = answer.body.decode()
    assert text.startswith("o\r\n") and '"tab\tnew\nline ""q"", comma"' in text
