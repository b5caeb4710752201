"""graph.sparql reads a request's form, dataset clauses and remote fetches from its tokens."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.errors import InvalidParameterError
from graph.sparql import inspect_query, inspect_update, with_using


@pytest.mark.parametrize(
    ("query", "form", "dataset", "service"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT", False, False),
        ("PREFIX ex: <http://e/> ask { ex:select ex:from ?o }", "ASK", False, False),
        ("BASE <http://b/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", False, False),
        ("DESCRIBE <http://e/x>", "DESCRIBE", False, False),
        ("SELECT * FROM <http://g> WHERE { ?s ?p ?o }", "SELECT", True, False),
        ("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }", "SELECT", True, False),
        ('SELECT ("FROM SERVICE" AS ?x) WHERE { ?from ?service ?o }', "SELECT", False, False),
        ("# SERVICE FROM\nSELECT * { ?s ?p ?o }", "SELECT", False, False),
        ("SELECT * { { SELECT * WHERE { ?s ?p ?o } } }", "SELECT", False, False),
        ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "SELECT", False, True),
        ("SELECT * { ?s <http://e/p> 'it''s' . FILTER(?s<?o) }", "SELECT", False, False),
        ("ASK {", "ASK", False, False),
        ("select * from <http://g> { ?s ?p ?o }", "SELECT", True, False),
        ("PREFIX from: <http://e/> SELECT * { ?s from:service ?o } # FROM", "SELECT", False, False),
        (
            "SELECT * { ?s ?p ?o } " + "# padding\n" * 500 + "SELECT * FROM <http://g> {}",
            "SELECT",
            True,
            False,
        ),
        ("ASK { ?s ?p ?o }" + " " * 5000 + "FROM", "ASK", True, False),
    ],
)
def test_sparql_inspect_query(query: str, form: str, dataset: bool, service: bool) -> None:
    info = inspect_query(query)
    assert (info.form, info.has_dataset, info.uses_service) == (form, dataset, service)


@pytest.mark.parametrize(
    ("update", "dataset", "loads"),
    [
        ("CLEAR ALL", False, False),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True, False),
        ("INSERT { ?s ?p ?o } USING <http://g> WHERE { ?s ?p ?o }", True, False),
        ("INSERT DATA { <http://e/using> <http://e/with> 'LOAD' }", False, False),
        ("LOAD <http://example.org/x.ttl>", False, True),
        ("CLEAR ALL ; load silent <http://x/> into graph <http://g>", False, True),
    ],
)
def test_sparql_inspect_update(update: str, dataset: bool, loads: bool) -> None:
    info = inspect_update(update)
    assert (info.has_dataset, info.loads) == (dataset, loads)


def test_sparql_with_using_places_clauses_before_each_where() -> None:
    update = (
        "PREFIX ex: <http://e/> CLEAR ALL ; INSERT { GRAPH ex:out { ?s ?p ?o } } WHERE { ?s ?p ?o } ;"
        " DELETE WHERE { ?s ex:where ?o } ; DELETE { ?s ?p ?o } WHERE { { SELECT * WHERE { ?s ?p ?o } } }"
    )
    written = with_using(update, ["http://g/1"], ["http://g/2"])
    assert written.count("USING <http://g/1> USING NAMED <http://g/2>") == 2
    assert "DELETE WHERE" in written
    ox.Store().update(written)  # still valid SPARQL Update


def test_sparql_with_using_rejects_what_is_not_an_iri() -> None:
    with pytest.raises(InvalidParameterError):
        with_using("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", ["http://g> } ; DROP ALL ; #"], [])


@given(st.text(max_size=200))
def test_sparql_inspection_never_raises(text: str) -> None:
    inspect_query(text)
    inspect_update(text)
    assert with_using(text, [], []) == text
