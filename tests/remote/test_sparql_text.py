"""What the remote store writes into SPARQL text, and how it reads a store URL (no server needed)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.errors import InvalidParameterError, QuerySyntaxError
from graph.remote_http import endpoints
from graph.remote_read import check_read_only
from graph.sparql_text import term, with_value_lists, with_values

HOSTILE = 'x" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> "'


def test_remote_term_escapes_literals_so_they_round_trip() -> None:
    literal = ox.Literal(HOSTILE + "\n\\ — 😀")
    written = term(literal)
    assert "\n" not in written and '\\"' in written
    parsed = next(iter(ox.parse(f"<urn:s> <urn:p> {written} .".encode(), ox.RdfFormat.N_TRIPLES)))
    assert parsed.object == literal


@pytest.mark.parametrize("bad", ["not an iri", "http://a> <http://b", "urn:a}", ""])
def test_remote_term_refuses_what_is_not_an_iri(bad: str) -> None:
    with pytest.raises(InvalidParameterError):
        term(bad)


def test_remote_values_bind_at_the_start_of_the_where_group() -> None:
    query = 'PREFIX s: <https://schema.org/> # { not this\nSELECT ?name WHERE { ?p s:name ?name . FILTER(?name != "}") }'
    bound = with_values(query, {"name": ox.Literal(HOSTILE)})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:p"), ox.NamedNode("https://schema.org/name"), ox.Literal(HOSTILE)))
    store.add(ox.Quad(ox.NamedNode("urn:q"), ox.NamedNode("https://schema.org/name"), ox.Literal("other")))
    assert [row["p"] for row in store.query(bound.replace("SELECT ?name", "SELECT ?p ?name"))] == [
        ox.NamedNode("urn:p")
    ]
    assert bound.startswith(query.split("WHERE {")[0] + "WHERE { VALUES (?name)")


def test_remote_value_lists_fill_only_empty_values_blocks() -> None:
    query = (
        'SELECT ?a WHERE { VALUES ?e {} ?e <urn:p> "VALUES ?e {}" . { SELECT ?f WHERE { VALUES ?f { } } } }'
    )
    filled = with_value_lists(query, {"e": ["urn:b", "urn:a", "urn:a"], "f": []})
    assert filled.startswith('SELECT ?a WHERE { VALUES ?e { <urn:a> <urn:b> } ?e <urn:p> "VALUES ?e {}"')
    assert "VALUES ?f {  }" in filled
    with pytest.raises(InvalidParameterError):
        with_value_lists(query, {"e": ["urn:a> } ; DROP ALL ; #"], "f": []})
    with pytest.raises(QuerySyntaxError, match=r"no empty VALUES block for \?g"):
        with_value_lists(query, {"g": ["urn:a"]})


@pytest.mark.parametrize(
    ("url", "query", "update", "graph_store"),
    [
        (
            "http://127.0.0.1:7878",
            "http://127.0.0.1:7878/query",
            "http://127.0.0.1:7878/update",
            "http://127.0.0.1:7878/store",
        ),
        ("http://h:1/query", "http://h:1/query", "http://h:1/update", "http://h:1/store"),
        (
            "http://h:8890/sparql",
            "http://h:8890/sparql",
            "http://h:8890/sparql-auth",
            "http://h:8890/sparql-graph-crud-auth",
        ),
        ("http://h:3030/ds/sparql", "http://h:3030/ds/sparql", "http://h:3030/ds/sparql", None),
    ],
)
def test_remote_endpoints_follow_the_server_layout(
    url: str, query: str, update: str, graph_store: str | None
) -> None:
    found = endpoints(url, {})
    assert (found.query, found.update, found.graph_store) == (query, update, graph_store)


def test_remote_endpoints_can_be_named() -> None:
    found = endpoints(
        "http://h:3030/ds/sparql",
        {
            "NEWSGRAPH_STORE_UPDATE": "http://h:3030/ds/update",
            "NEWSGRAPH_STORE_GRAPH_STORE": "http://h:3030/ds/data",
        },
    )
    assert (found.update, found.graph_store) == ("http://h:3030/ds/update", "http://h:3030/ds/data")
    assert endpoints("http://h:1/query", {"NEWSGRAPH_STORE_GRAPH_STORE": ""}).graph_store is None


@pytest.mark.parametrize(
    "query",
    [
        "CLEAR ALL",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
        "define input:inference 'x' SELECT * WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o FILTER(sql:anything(?o)) }",
    ],
)
def test_remote_read_only_rule_refuses_before_sending(query: str) -> None:
    with pytest.raises(QuerySyntaxError):
        check_read_only(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s <urn:drop> 'INSERT DATA' } # DROP ALL",
        "PREFIX ex: <http://example.org/sql:x> ASK { ?s ex:insert ?o }",
        "CONSTRUCT WHERE { ?s ?p ?o }",
    ],
)
def test_remote_read_only_rule_lets_queries_pass(query: str) -> None:
    check_read_only(query)
