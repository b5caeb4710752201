"""The 34 SPARQL 1.1 Protocol tests (``protocol/manifest.ttl``) against a live endpoint."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection

from conformance import data
from conformance.suite import CNT, HT, MF, UT, Endpoint, Reply, entries, load_manifest, local_path, suite_root

RESULT_TYPES = {
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "tabular": (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ),
    "RDF": (
        "application/rdf+xml",
        "text/turtle",
        "application/n-triples",
        "text/plain",
        "application/ld+json",
        "application/trig",
        "application/n-quads",
    ),
}
STATUS = "http://www.w3.org/2011/http-statusCodes#StatusCode"


@dataclass
class Outcome:
    """One test's result: passed, or the reason it did not."""

    name: str
    passed: bool
    reason: str = ""


def run(endpoint: Endpoint) -> list[Outcome]:
    """Run every protocol test in manifest order; each starts from a store with its graphData only."""
    manifest = load_manifest(suite_root() / "protocol" / "manifest.ttl")
    return [_test(endpoint, manifest, test) for test in entries(manifest)]


def _test(endpoint: Endpoint, manifest: Graph, test: URIRef) -> Outcome:
    name = str(test).rsplit("#", 1)[-1]
    try:
        data.reset(endpoint)
        for item in manifest.objects(test, UT.graphData):
            file = local_path(manifest.value(item, UT.graph))
            data.load(endpoint, file, str(manifest.value(item, RDFS.label)))
    except data.LoadError as error:
        return Outcome(name, False, f"setup: {error}")
    action = manifest.value(test, MF.action)
    requests = Collection(manifest, manifest.value(action, HT.requests))  # type: ignore[arg-type]
    for number, request in enumerate(requests, 1):
        reply = _send(endpoint, manifest, request)  # type: ignore[arg-type]
        problem = _check(manifest, manifest.value(request, HT.resp), reply)  # type: ignore[arg-type]
        if problem:
            return Outcome(name, False, f"request {number}: {problem}")
    return Outcome(name, True)


def _send(endpoint: Endpoint, manifest: Graph, request: URIRef) -> Reply:
    method = str(manifest.value(request, HT.methodName))
    path = str(manifest.value(request, HT.absolutePath))
    target = endpoint.path + path.removeprefix("/sparql/").removeprefix("/sparql")
    headers: dict[str, str] = {}
    listed = manifest.value(request, HT.headers)
    if listed is not None:
        for header in Collection(manifest, listed):
            headers[str(manifest.value(header, HT.fieldName))] = str(manifest.value(header, HT.fieldValue))
    body_node = manifest.value(request, HT.body)
    body = None if body_node is None else str(manifest.value(body_node, CNT.chars)).encode("utf-8")
    return endpoint.send(method, target, body, headers)


def _check(manifest: Graph, response: URIRef, reply: Reply) -> str:
    statuses = {str(s).removeprefix(STATUS) for s in manifest.objects(response, MF.expectedStatus)}
    if f"{reply.status // 100}xx" not in statuses:
        return f"status {reply.status}, expected {'/'.join(sorted(statuses))} ({reply.body[:160]!r})"
    media_type = reply.content_type.split(";")[0].strip().lower()
    expected_format = manifest.value(response, MF.expectedFormat)
    if expected_format is not None and media_type not in RESULT_TYPES[str(expected_format)]:
        return f"Content-Type {media_type or 'none'} is not a {expected_format} format"
    expected_boolean = manifest.value(response, MF.expectedBoolean)
    if expected_boolean is not None:
        found = _boolean(media_type, reply.body)
        if found is None or found != bool(Literal(expected_boolean).toPython()):
            return f"ASK answered {found}, expected {expected_boolean}"
    return ""


def _boolean(media_type: str, body: bytes) -> bool | None:
    try:
        if media_type.endswith("json"):
            return bool(json.loads(body)["boolean"])
        if media_type.endswith("xml"):
            element = ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean")
            return None if element is None else element.text == "true"
    except (ValueError, KeyError, ET.ParseError):
        return None
    return None
