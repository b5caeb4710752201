"""Run one SPARQL query against a pyoxigraph store and serialise at most ``row_limit`` rows.

Shared by the killable worker processes (graph.worker) and the in-process fallback for stores
without a directory. The body is produced whole, which the row cap keeps bounded, so the
truncation signal can go into a response header before the body.

Solutions are written by the engine, never term by term in Python: it writes TSV, where every
solution is exactly one line (SPARQL 1.1 Results CSV/TSV §3: newlines in literals are escaped),
so counting newlines caps the rows exactly and stops the engine right after the cap; the capped
TSV is then read back and written in the asked format, again by the engine.
"""

from __future__ import annotations

import contextlib
import io
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox

from graph.errors import QueryTimeoutError
from graph.formats import RDF_FORMATS, RESULT_FORMATS, Format

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RDF_DIR_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString"


@dataclass
class QueryRequest:
    """A query with its protocol dataset, response formats and limits; plain data, sent to workers."""

    query: str
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    union: bool = True  # the union of all graphs is the default graph when no dataset is given
    base: str | None = None
    result_format: str = "json"
    rdf_format: str = "turtle"
    row_limit: int = 0  # 0: no cap
    prefixes: dict[str, str] = field(default_factory=dict)
    generation: int = 0

    def to_json(self) -> bytes:
        """Encode for the worker pipe."""
        return json.dumps(vars(self)).encode("utf-8")  # flat fields: no deep copy (asdict is slow)


@dataclass
class Answer:
    """A serialised result: its kind, media type, whether rows were cut off, and the bytes."""

    kind: str  # "solutions", "boolean" or "triples"
    format: str
    truncated: bool
    rows: int
    body: bytes = b""


def evaluate(store: ox.Store, request: QueryRequest, deadline: float | None = None) -> Answer:
    """Run ``request`` on ``store``; SyntaxError from the engine propagates unchanged."""
    options: dict[str, object] = {}
    if request.default_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    elif request.named_graphs is not None:
        options["default_graph"] = []  # only named graphs given: the default graph is empty (§13.2)
    elif request.union:
        options["use_default_graph_as_union"] = True
    if request.named_graphs is not None:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    result = store.query(request.query, base_iri=request.base, **options)  # type: ignore[arg-type]
    output = io.BytesIO()
    if isinstance(result, ox.QueryBoolean):
        fmt = _format(request.result_format, RESULT_FORMATS)
        result.serialize(output, fmt.engine)  # type: ignore[arg-type]
        return Answer("boolean", fmt.name, False, 1, output.getvalue())
    if isinstance(result, ox.QueryTriples):
        fmt = _format(request.rdf_format, RDF_FORMATS)
        triples, truncated = _capped(_checked(result, deadline), request.row_limit)
        ox.serialize(triples, output, fmt.engine, prefixes=request.prefixes or None)  # type: ignore[arg-type]
        return Answer("triples", fmt.name, truncated, len(triples), output.getvalue())
    fmt = _format(request.result_format, RESULT_FORMATS)
    if isinstance(result, ox.QuerySolutions):
        return _solutions(result, fmt, request.row_limit, deadline)
    # Anything else that iterates solutions (a remote server's parsed answer) is written here.
    names = [variable.value for variable in result.variables]
    rows, truncated = _capped(_checked(result, deadline), request.row_limit)
    document = {"head": {"vars": names}, "results": {"bindings": [_binding(row, names) for row in rows]}}
    encoded = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt.name == "json":
        return Answer("solutions", fmt.name, truncated, len(rows), encoded)
    # The engine writes XML, CSV and TSV from the capped JSON document (SPARQL 1.1 Results formats).
    ox.parse_query_results(encoded, ox.QueryResultsFormat.JSON).serialize(output, fmt.engine)
    return Answer("solutions", fmt.name, truncated, len(rows), output.getvalue())


def _solutions(result: ox.QuerySolutions, fmt: Format, limit: int, deadline: float | None) -> Answer:
    """Serialise at most ``limit`` solutions (0: all) with the engine; TSV lines count them."""
    capture = _Capture(limit + 2 if limit > 0 else None, deadline)  # header, limit rows, one more
    with contextlib.suppress(_Enough):
        result.serialize(capture, ox.QueryResultsFormat.TSV)  # type: ignore[arg-type]
    tsv = b"".join(capture.chunks)
    truncated = capture.capped
    if truncated:
        tsv = b"\n".join(tsv.split(b"\n", limit + 1)[: limit + 1]) + b"\n"  # the header and limit rows
    rows = limit if truncated else tsv.count(b"\n") - 1
    if fmt.engine == ox.QueryResultsFormat.TSV:
        return Answer("solutions", fmt.name, truncated, rows, tsv)
    body = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(format=fmt.engine)  # type: ignore[arg-type]
    return Answer("solutions", fmt.name, truncated, rows, body or b"")


class _Enough(Exception):
    """Raised into the engine's serialiser to stop it once the row cap is passed."""


class _Capture(io.RawIOBase):
    """Collect what the engine writes; stop it after ``lines`` newlines or once ``deadline`` passed."""

    def __init__(self, lines: int | None, deadline: float | None) -> None:
        self.chunks: list[bytes] = []
        self.capped = self._stopped = False
        self._lines, self._seen, self._deadline = lines, 0, deadline

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self._stopped:
            return len(data)  # the engine flushes its buffer again while it unwinds
        if self._deadline is not None and time.monotonic() > self._deadline:
            self._stopped = True
            raise QueryTimeoutError("the query ran past its time limit and was stopped")
        self.chunks.append(bytes(data))
        if self._lines is not None:
            self._seen += data.count(b"\n")
            if self._seen >= self._lines:
                self.capped = self._stopped = True
                raise _Enough
        return len(data)


def _format(name: str, table: tuple[Format, ...]) -> Format:
    return next(fmt for fmt in table if fmt.name == name)


def _checked(items: Iterable[object], deadline: float | None) -> Iterator[object]:
    """Stop a lazily evaluated result between rows once ``deadline`` has passed."""
    for count, item in enumerate(items):
        if deadline is not None and count % 256 == 0 and time.monotonic() > deadline:
            raise QueryTimeoutError("the query ran past its time limit and was stopped")
        yield item


def _capped(items: Iterator[object], limit: int) -> tuple[list, bool]:
    if limit <= 0:
        return list(items), False
    taken = list(islice(items, limit + 1))
    return taken[:limit], len(taken) > limit


def _binding(row: ox.QuerySolution, names: list[str]) -> dict[str, object]:
    return {name: _term(row[name]) for name in names if row[name] is not None}


def _term(term: object) -> dict[str, object]:
    """One RDF term in the SPARQL 1.1 Query Results JSON Format (§3.2.2), RDF 1.2 triple terms too."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        encoded: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            encoded["xml:lang"] = term.language
            if getattr(term, "direction", None):
                encoded["its:dir"] = str(term.direction.value).lower()  # type: ignore[union-attr]
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING, RDF_DIR_LANG_STRING):
            encoded["datatype"] = term.datatype.value
        return encoded
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _term(term.subject),
                "predicate": _term(term.predicate),
                "object": _term(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")
