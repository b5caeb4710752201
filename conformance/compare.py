"""Compare an endpoint's answer with a W3C expected result, as the W3C harnesses do.

SELECT results are multisets of rows equal under one blank-node bijection, ordered only under an
outer ORDER BY and then only on its keys. Literals must be identical; numbers and booleans equal
only by value are accepted as a fallback that the reason text reports ("(by value)").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, Namespace
from rdflib.compare import isomorphic

RS = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")
XSD = "http://www.w3.org/2001/XMLSchema#"
BY_VALUE = {
    f"{XSD}{n}"
    for n in (
        "integer",
        "decimal",
        "double",
        "float",
        "boolean",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
    )
}

Row = dict[str, object]
Expected = Graph | bool | list[Row]
FORMATS = {
    ".srx": ox.QueryResultsFormat.XML,
    ".srj": ox.QueryResultsFormat.JSON,
    ".tsv": ox.QueryResultsFormat.TSV,
    ".csv": ox.QueryResultsFormat.CSV,
}


def expected_result(path: Path) -> Expected:
    """Read an expected result: a graph (.ttl, .rdf), a boolean, or a list of rows."""
    if path.suffix in (".ttl", ".rdf", ".nt"):
        graph = Graph().parse(path, format={".ttl": "turtle", ".rdf": "xml", ".nt": "nt"}[path.suffix])
        result_set = graph.value(None, RDF.type, RS.ResultSet)
        return graph if result_set is None else _result_set(graph, result_set)
    parsed = ox.parse_query_results(path=str(path), format=FORMATS[path.suffix])
    if isinstance(parsed, ox.QueryBoolean):
        return bool(parsed)
    return _rows(parsed)


def _rows(solutions: ox.QuerySolutions) -> list[Row]:
    names = [v.value for v in solutions.variables]
    return [{n: row[n] for n in names if row[n] is not None} for row in solutions]


def _result_set(graph: Graph, node: Any) -> Expected:
    """A DAWG result set written in RDF (``rs:ResultSet``)."""
    boolean = graph.value(node, RS.boolean)
    if boolean is not None:
        return bool(boolean.toPython())
    rows = []
    for solution in graph.objects(node, RS.solution):  # type: ignore[arg-type]
        row: Row = {}
        for binding in graph.objects(solution, RS.binding):
            name = str(graph.value(binding, RS.variable))
            row[name] = _ox(graph.value(binding, RS.value))
        rows.append(row)
    return rows


def _ox(term: object) -> object:
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def compare_graphs(expected: Graph, body: bytes) -> str:
    """'' when the N-Triples ``body`` is isomorphic to ``expected``, else why not."""
    actual = Graph().parse(data=body.decode("utf-8"), format="nt")
    if isomorphic(expected, actual):
        return ""
    return f"graph differs: expected {len(expected)} triples, got {len(actual)}"


def compare_solutions(expected: Expected, actual: object, ordered_by: Sequence[str] | None) -> str:
    """'' when equal, '(by value) ...' when equal only by numeric value, else the difference."""
    if isinstance(expected, bool) or isinstance(actual, ox.QueryBoolean):
        found = bool(actual) if isinstance(actual, ox.QueryBoolean) else None
        return "" if found == expected else f"boolean {found}, expected {expected}"
    assert isinstance(expected, list) and isinstance(actual, ox.QuerySolutions)
    rows = _rows(actual)
    if len(rows) != len(expected):
        return f"{len(rows)} rows, expected {len(expected)}"
    for by_value in (False, True):
        if _match(list(expected), rows, {}, by_value):
            problem = _order_problem(expected, rows, ordered_by)
            if problem:
                return problem
            return "(by value) equal only when numbers are compared by value" if by_value else ""
    return f"rows differ: first expected {_show(expected[:2])}, got {_show(rows[:2])}"


def _match(expected: list[Row], actual: list[Row], bnodes: dict[str, str], by_value: bool) -> bool:
    """Whether the rows can be paired up under one blank-node bijection (backtracking)."""
    if not expected:
        return True
    first, rest = expected[0], expected[1:]
    for index, candidate in enumerate(actual):
        mapping = _row_match(first, candidate, bnodes, by_value)
        if mapping is not None and _match(rest, actual[:index] + actual[index + 1 :], mapping, by_value):
            return True
    return False


def _row_match(want: Row, got: Row, bnodes: dict[str, str], by_value: bool) -> dict[str, str] | None:
    if want.keys() != got.keys():
        return None
    mapping = dict(bnodes)
    for name, term in want.items():
        other = got[name]
        if isinstance(term, ox.BlankNode) and isinstance(other, ox.BlankNode):
            bound = mapping.get(term.value)
            if bound is None and other.value in mapping.values():
                return None
            if bound is not None and bound != other.value:
                return None
            mapping[term.value] = other.value
        elif not _same(term, other, by_value):
            return None
    return mapping


def _same(want: object, got: object, by_value: bool) -> bool:
    if want == got:
        return True
    if not (by_value and isinstance(want, ox.Literal) and isinstance(got, ox.Literal)):
        return False
    if want.datatype.value not in BY_VALUE or got.datatype.value not in BY_VALUE:
        return False
    left = Literal(want.value, datatype=want.datatype.value).toPython()
    right = Literal(got.value, datatype=got.datatype.value).toPython()
    return type(left) is type(right) and left == right


def _order_problem(expected: list[Row], rows: list[Row], keys: Sequence[str] | None) -> str:
    if not keys:
        return ""

    def project(row: Row) -> tuple[str, ...]:
        return tuple(str(row.get(k)) if not isinstance(row.get(k), ox.BlankNode) else "_" for k in keys)

    if [project(r) for r in expected] != [project(r) for r in rows]:
        return f"rows are not in ORDER BY {' '.join(keys)} order"
    return ""


def _show(rows: list[Row]) -> str:
    return (
        "; ".join("{" + ", ".join(f"{k}={v}" for k, v in sorted(row.items())) + "}" for row in rows) or "none"
    )
