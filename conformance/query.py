"""The 225 query evaluation tests of ``manifest-sparql11-query.ttl``, each sent through HTTP.

Per test: ``DROP ALL``; each ``qt:data`` and ``qt:graphData`` file loaded into a graph named by the
file's IRI; the query sent with ``BASE <query file IRI>`` prepended, the data graphs as
``default-graph-uri`` and the graphData graphs as ``named-graph-uri`` (SPARQL 1.1 Protocol §2.1.4),
unless the query names its own dataset with FROM.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from conformance import data
from conformance.compare import compare_graphs, compare_solutions, expected_result
from conformance.protocol import Outcome
from conformance.suite import MF, QT, Endpoint, includes, load_manifest, local_path, suite_root
from graph.sparql import inspect_query, keywords

RESULTS_JSON = "application/sparql-results+json"


def run(endpoint: Endpoint) -> list[Outcome]:
    """Run every query evaluation test of the core query manifest, in manifest order."""
    top = load_manifest(suite_root() / "manifest-sparql11-query.ttl")
    outcomes = []
    for sub in includes(top):
        manifest = load_manifest(local_path(sub))
        folder = local_path(sub).parent.name
        for test in _evaluation_tests(manifest):
            outcomes.append(_test(endpoint, manifest, test, folder))
    return outcomes


def _evaluation_tests(manifest: Graph) -> list[URIRef]:
    from conformance.suite import entries

    return [t for t in entries(manifest) if (t, None, MF.QueryEvaluationTest) in manifest]


def _test(endpoint: Endpoint, manifest: Graph, test: URIRef, folder: str) -> Outcome:
    name = f"{folder}/{str(test).rsplit('#', 1)[-1]}"
    action = manifest.value(test, MF.action)
    query_file = local_path(manifest.value(action, QT.query))
    defaults = [str(d) for d in manifest.objects(action, QT.data)]
    named = [str(g) for g in manifest.objects(action, QT.graphData)]
    try:
        data.reset(endpoint)
        for iri in defaults + named:
            data.load(endpoint, local_path(iri), iri)
    except data.LoadError as error:
        return Outcome(name, False, f"setup: {error}")
    text = query_file.read_text(encoding="utf-8")
    query = f"BASE <{query_file.resolve().as_uri()}>\n{text}"
    params: list[tuple[str, str]] = [("query", query)]
    if not inspect_query(text).has_dataset:
        params += [("default-graph-uri", g) for g in defaults] + [("named-graph-uri", g) for g in named]
    result_file = local_path(manifest.value(test, MF.result))
    expected = expected_result(result_file)
    accept = "application/n-triples" if isinstance(expected, Graph) else RESULTS_JSON
    reply = endpoint.send(
        "POST",
        endpoint.path,
        urllib.parse.urlencode(params).encode("ascii"),
        {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    )
    if reply.status != 200:
        return Outcome(name, False, f"status {reply.status}: {reply.body[:200]!r}")
    try:
        if isinstance(expected, Graph):
            problem = compare_graphs(expected, reply.body)
        else:
            actual = ox.parse_query_results(reply.body, ox.QueryResultsFormat.JSON)
            problem = compare_solutions(expected, actual, ordered_by=_order_keys(text))
    except (SyntaxError, ValueError) as error:
        return Outcome(name, False, f"unreadable answer: {error}")
    return Outcome(name, not problem or problem.startswith("(by value)"), problem)


def _order_keys(text: str) -> list[str] | None:
    """The variables an outer ORDER BY sorts on, in order; None when the query has no ORDER BY."""
    words = list(keywords(text))
    for index, keyword in enumerate(words):
        if keyword.depth == 0 and keyword.word == "ORDER":
            start = keyword.start
            tail = text[start:]
            keys = []
            for token in tail.split()[2:]:
                token = token.strip("()")
                for prefix in ("ASC(", "DESC(", "asc(", "desc("):
                    token = token.removeprefix(prefix)
                if token.startswith(("?", "$")):
                    keys.append(token.strip("()")[1:])
                elif token.upper() in ("ASC", "DESC", ""):
                    continue
                else:
                    break
            del index
            return keys
    return None


__all__ = ["Path", "run"]
