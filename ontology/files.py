"""The ontology and SHACL shapes shipped as package data, read with importlib.resources."""

from functools import cache
from importlib.resources import files

from rdflib import Graph

from ontology.namespaces import bind_prefixes


def _read(name: str) -> str:
    return files("ontology").joinpath(name).read_text(encoding="utf-8")


@cache
def _parsed(name: str) -> Graph:
    return bind_prefixes(Graph()).parse(data=_read(name), format="turtle")


def vocabulary() -> Graph:
    """Return the newsgraph vocabulary (``vocabulary.ttl``) as an rdflib graph (a copy)."""
    return _copy(_parsed("vocabulary.ttl"))


def shapes() -> Graph:
    """Return the SHACL shapes every built graph satisfies (``shapes.ttl``), as a copy."""
    return _copy(_parsed("shapes.ttl"))


def _copy(graph: Graph) -> Graph:
    clone = bind_prefixes(Graph())
    for triple in graph:
        clone.add(triple)
    return clone
