"""Namespaces and the prefixes every serialisation binds (so Turtle never prints ``ns1:``)."""

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, XSD

NG = Namespace("https://w3id.org/newsgraph/ns#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES: dict[str, str] = {
    "ng": str(NG),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "dcterms": str(DCTERMS),
    "sh": str(SH),
}


def bind_prefixes(graph: Graph, base: str | None = None) -> Graph:
    """Bind our prefixes (and the data base's type namespaces) on ``graph``; return it."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    if base:
        for prefix, iri in data_prefixes(base).items():
            graph.bind(prefix, iri, override=True, replace=True)
    return graph


def data_prefixes(base: str) -> dict[str, str]:
    """Prefixes for the data IRIs minted under ``base`` (``organization:``, since ``org:`` is W3C ORG)."""
    return {
        "person": f"{base}person/",
        "organization": f"{base}org/",
        "place": f"{base}place/",
        "role": f"{base}role/",
        "doc": f"{base}document/",
        "fact": f"{base}fact/",
    }


__all__ = ["NG", "ORG", "PREFIXES", "PROV", "SCHEMA", "bind_prefixes", "data_prefixes"]
