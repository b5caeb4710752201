"""Check a graph against the SHACL shapes (pyshacl), returning a readable report."""

from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import RDF, SH

from ontology.files import shapes, vocabulary


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms, how many violations, and pyshacl's text report."""

    conforms: bool
    violations: int
    text: str


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` against our shapes (the vocabulary supplies the subclass links)."""
    from pyshacl import validate as shacl_validate  # heavy import: only when asked

    if not data.store.context_aware:  # pyshacl mixes in the vocabulary through a ConjunctiveGraph
        copy = Graph()
        copy += data
        data = copy
    conforms, report, text = shacl_validate(
        data, shacl_graph=shapes(), ont_graph=vocabulary(), inference="none"
    )
    violations = len(set(report.subjects(RDF.type, SH.ValidationResult)))
    return ValidationReport(bool(conforms), violations, str(text))
