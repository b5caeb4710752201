"""Split a ``SELECT ... WHERE { {A} UNION {B} ... }`` into one query per branch, for Virtuoso.

Virtuoso 7.2's SPARQL compiler fails with an internal error (SP031 ``sparp_gp_deprecate``) on
some unions whose branches each compile fine, e.g. a branch with VALUES, GRAPH, FILTER and BIND
next to sub-SELECT branches. A UNION's solutions are the concatenation of its branches' (SPARQL
1.1 Query §18.5), so running the branches one by one and concatenating is the same answer. Used
only for the package's own queries, never for text a user sent to ``/sparql``.
"""

from __future__ import annotations

import json

import pyoxigraph as ox

from graph.sparql_text import TOKEN


def branches(query: str) -> list[str] | None:
    """One query per top-level UNION branch, or None when the WHERE group is not only a union."""
    depth, start, end, cuts = 0, -1, -1, []
    for match in TOKEN.finditer(query):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            if depth == 1 and start < 0:
                start = match.end()
        elif kind == "close":
            depth -= 1
            if depth == 0 and start >= 0:
                end = match.start()
                break
        elif kind == "word" and depth == 1 and match.group().upper() == "UNION":
            cuts.append((match.start(), match.end()))
    if start < 0 or end < 0 or not cuts:
        return None
    pieces, last = [], start
    for cut_start, cut_end in cuts:
        pieces.append(query[last:cut_start])
        last = cut_end
    pieces.append(query[last:end])
    if not all(p.strip().startswith("{") and p.strip().endswith("}") for p in pieces):
        return None
    head, tail = query[:start], query[end:]
    return [head + piece + tail for piece in pieces]


def concatenated(answers: list[bytes]) -> ox.QuerySolutions:
    """The SPARQL JSON answers of the branches as one result, variables in first-seen order."""
    names: list[str] = []
    bindings: list[object] = []
    for answer in answers:
        document = json.loads(answer)
        names += [n for n in document["head"]["vars"] if n not in names]
        bindings += document["results"]["bindings"]
    merged = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode("utf-8")
    return ox.parse_query_results(merged, ox.QueryResultsFormat.JSON)  # type: ignore[return-value]
