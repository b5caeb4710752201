"""The one place where values get into SPARQL text: engine-serialised N-Triples terms only.

Queries on the embedded store bind values by substitution (SEP-0007) and need nothing here. Text
is generated only where no substitution exists: a remote server (a bound variable travels as a
``VALUES`` block) and SPARQL Updates that must be one transaction (replace a graph, file an
override). Every IRI and literal goes through :func:`term`, which builds a pyoxigraph term
(rejecting anything that is not one) and lets the engine write it in N-Triples syntax (§2.4 of
RDF 1.1 N-Triples: quotes, backslashes and line breaks escaped). User query text is never edited
by string pasting: it is only read with the tokenizer to find where a block goes. The safety test
(tests/sparql/test_sparql_safety.py) allows generated text in this module and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from graph.errors import InvalidParameterError, QuerySyntaxError

Term = ox.NamedNode | ox.Literal

# Every token of SPARQL text that can hold a brace or a keyword-like word without being one:
# comments, strings, IRIs, variables, language tags, prefixed names. Kept here (not shared with
# graph.sparql) because the remote modules need the prefixed names and the position of braces.
TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>[\w.\-]*:(?:[\w.\-:%\\]|\\.)*)
  | (?P<word>[A-Za-z_][\w\-]*)
  | (?P<open>\{) | (?P<close>\})
    """,
    re.VERBOSE | re.DOTALL,
)


def term(value: object) -> str:
    """``value`` in N-Triples term syntax; a string is taken as an IRI and must be an absolute one."""
    if isinstance(value, str):
        try:
            value = ox.NamedNode(value)
        except ValueError as error:
            raise InvalidParameterError(f"{value!r} is not an absolute IRI: {error}") from None
    if not isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        raise TypeError(f"only IRIs, literals and blank nodes are written, not {value!r}")
    return str(value)


def with_values(query: str, substitutions: Mapping[str, Term]) -> str:
    """``query`` with ``VALUES`` binding each variable at the start of its WHERE group.

    Placed first in the group, the block is joined before the other patterns (SPARQL 1.1 Query
    §18.2.2.8), so the server evaluates the query for these values only, as a substitution would.
    """
    if not substitutions:
        return query
    names = sorted(substitutions)
    for name in names:
        if not name.isidentifier():
            raise InvalidParameterError(f"{name!r} is not a variable name")
    head = " ".join(f"?{name}" for name in names)
    row = " ".join(term(substitutions[name]) for name in names)
    block = f" VALUES ({head}) {{ ({row}) }} "
    for match in TOKEN.finditer(query):
        if match.lastgroup == "open":
            cut = match.end()
            return query[:cut] + block + query[cut:]
    raise QuerySyntaxError("the query has no WHERE group ({ ... }) to bind variables in")


def with_base(base: str | None, query: str) -> str:
    """``query`` with a ``BASE`` declaration in front (relative IRIs resolve against ``base``)."""
    return query if base is None else f"BASE {term(base)}\n{query}"


def drop_graph(graph: str) -> str:
    """The update operation removing named graph ``graph`` (no error if it is absent)."""
    return f"DROP SILENT GRAPH {term(graph)}"


def move_graph(source: str, target: str) -> str:
    """The update operation replacing ``target`` by ``source`` in one step (SPARQL 1.1 Update §3.2.5)."""
    return f"MOVE SILENT GRAPH {term(source)} TO GRAPH {term(target)}"


def insert_data(graph: str | None, triples: Iterable[ox.Triple], *, template: bool = False) -> str:
    """``INSERT DATA`` of ``triples`` into ``graph`` (the default graph when None).

    With ``template``, ``INSERT {} WHERE {}`` instead: stores that refuse blank nodes in
    ``INSERT DATA`` (Virtuoso) accept them in a template, where each gets a fresh node.
    """
    lines = "\n".join(f"{term(t.subject)} {term(t.predicate)} {term(t.object)} ." for t in triples)
    body = lines if graph is None else f"GRAPH {term(graph)} {{\n{lines}\n}}"
    return f"INSERT {{ {body} }} WHERE {{}}" if template else f"INSERT DATA {{ {body} }}"


def delete_subject(graph: str, subject: str) -> str:
    """The update operation removing every triple about ``subject`` from ``graph``."""
    return f"DELETE WHERE {{ GRAPH {term(graph)} {{ {term(subject)} ?p ?o }} }}"


def sequence(operations: Iterable[str]) -> str:
    """Several update operations as one request (one transaction on Oxigraph)."""
    return " ;\n".join(operations)


def with_value_lists(query: str, lists: Mapping[str, Iterable[object]]) -> str:
    """``query`` with each empty ``VALUES ?name {}`` block filled with the terms of ``lists[name]``.

    For the package's own constant queries that start from many IRIs at once (a substitution
    binds one value): the query text stays a constant with empty blocks, and the values go in
    here, each through :func:`term`, sorted and without duplicates (the same list, the same text).
    Every name in ``lists`` must have at least one empty block.
    """
    rows = {name: " ".join(sorted({term(value) for value in values})) for name, values in lists.items()}
    tokens = [m for m in TOKEN.finditer(query) if m.lastgroup != "comment"]
    out, last, filled = [], 0, set()
    for i in range(len(tokens) - 3):
        word, var, opening, closing = tokens[i : i + 4]
        name = var.group()[1:]
        if (
            word.lastgroup == "word"
            and word.group().upper() == "VALUES"
            and var.lastgroup == "var"
            and name in rows
            and opening.lastgroup == "open"
            and closing.lastgroup == "close"
            and not query[opening.end() : closing.start()].strip()
        ):
            out += [query[last : opening.end()], " ", rows[name], " "]
            last = closing.start()
            filled.add(name)
    missing = sorted(set(rows) - filled)
    if missing:
        raise QuerySyntaxError(f"the query has no empty VALUES block for ?{', ?'.join(missing)}")
    return "".join(out) + query[last:]
