"""The newsgraph vocabulary: namespaces, IRI minting, the ontology and SHACL shapes.

This package imports nothing of ours, so every other layer can depend on it.
"""

from ontology.files import shapes, vocabulary
from ontology.iris import (
    DEFAULT_BASE,
    base_iri,
    document_id,
    document_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
    role_iri,
    slugify,
)
from ontology.namespaces import NG, ORG, PREFIXES, PROV, SCHEMA, bind_prefixes

__all__ = [
    "DEFAULT_BASE",
    "NG",
    "ORG",
    "PREFIXES",
    "PROV",
    "SCHEMA",
    "base_iri",
    "bind_prefixes",
    "document_id",
    "document_iri",
    "entity_iri",
    "evidence_iri",
    "fact_iri",
    "role_iri",
    "shapes",
    "slugify",
    "vocabulary",
]
