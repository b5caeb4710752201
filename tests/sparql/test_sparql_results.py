"""graph.evaluate writes capped results that the engine's own parsers read back unchanged."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.errors import QueryTimeoutError
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


@pytest.mark.parametrize("name", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize(("limit", "truncated"), [(8, True), (9, False), (10, False), (1, True)])
def test_sparql_results_cap_is_exact(store: ox.Store, name: str, limit: int, truncated: bool) -> None:
    answer = evaluate(store, QueryRequest(QUERY, result_format=name, row_limit=limit))
    engine = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}.get(name)
    engine = engine or (ox.QueryResultsFormat.CSV if name == "csv" else ox.QueryResultsFormat.TSV)
    assert (answer.truncated, answer.rows) == (truncated, min(limit, 9))
    if name != "csv":  # the engine writes CSV but does not read it
        assert len(list(ox.parse_query_results(answer.body, engine))) == min(limit, 9)


def test_sparql_results_past_deadline_stops_in_process(store: ox.Store) -> None:
    with pytest.raises(QueryTimeoutError):
        evaluate(store, QueryRequest(QUERY), deadline=time.monotonic() - 1)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(max_size=30), st.sampled_from([None, "en", "fr-be", "x-custom"])),
        min_size=1,
        max_size=8,
    )
)
def test_sparql_results_written_like_the_engine(values: list[tuple[str, str | None]]) -> None:
    """The capped answer is what the engine writes for the whole result, for any literal text."""
    store = ox.Store()
    subject, predicate = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    for text, language in values:
        store.add(ox.Quad(subject, predicate, ox.Literal(text, language=language)))
    query = "SELECT ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o ?p ?missing } } ORDER BY ?o"
    for name, engine in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML)):
        answer = evaluate(store, QueryRequest(query, result_format=name, row_limit=100))
        assert answer.body == store.query(query).serialize(format=engine)  # type: ignore[union-attr]
