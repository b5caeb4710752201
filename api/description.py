"""The SPARQL 1.1 Service Description of ``/sparql`` (what a GET without a query answers).

A browser (``Accept: text/html`` preferred) gets the query page instead; every other client gets
RDF, Turtle by default, saying that the default graph is the union of all document graphs.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
from flask import Response, current_app, render_template, request

from api.negotiate import choose, content_type
from graph.formats import RDF_FORMATS, RESULT_FORMATS, Format
from graph.store import prefixes
from ontology.namespaces import PREFIXES


def describe_or_page() -> Response:
    """The query page for a browser, else the service description in the negotiated RDF format."""
    best = request.accept_mimetypes.best_match(["text/html", *(f.media_type for f in RDF_FORMATS)])
    if request.headers.get("Accept") and best == "text/html":
        return Response(render_template("sparql.html", prefixes=PREFIXES), mimetype="text/html")
    fmt = choose(RDF_FORMATS)
    description = service_description(request.base_url)
    output = io.BytesIO()
    ox.serialize(description, output, fmt.engine, prefixes={**prefixes(), "sd": SD})  # type: ignore[arg-type]
    return Response(output.getvalue(), content_type=content_type(fmt))


SD = "http://www.w3.org/ns/sparql-service-description#"


def service_description(endpoint_url: str) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of this endpoint (the union default graph included)."""
    service, sd = ox.NamedNode(endpoint_url), (lambda term: ox.NamedNode(SD + term))
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    dataset = ox.BlankNode()
    default_graph = ox.BlankNode()
    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, rdf_type, sd("Graph")),
        ox.Triple(
            default_graph,
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
            ox.Literal("The union of every document graph."),
        ),
    ]
    if current_app.config.get("NEWSGRAPH_UPDATE_TOKEN"):
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for fmt in (*RESULT_FORMATS, *RDF_FORMATS):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(_format_iri(fmt))))
    return triples


def _format_iri(fmt: Format) -> str:
    names = {
        "json": "SPARQL_Results_JSON",
        "xml": "SPARQL_Results_XML",
        "csv": "SPARQL_Results_CSV",
        "tsv": "SPARQL_Results_TSV",
        "turtle": "Turtle",
        "nt": "N-Triples",
        "jsonld": "JSON-LD",
        "rdfxml": "RDF_XML",
        "trig": "TriG",
        "nquads": "N-Quads",
    }
    return f"http://www.w3.org/ns/formats/{names[fmt.name]}"
