"""Text -> facts -> RDF: the newsgraph extraction layer (spaCy stays inside this package)."""

from extract.document import Entity, ExtractedDocument, Fact, extract_document, extract_documents
from extract.errors import ExtractError
from extract.normalise import normalise
from extract.pipeline import load_pipeline
from extract.sources import MAX_BYTES, Source, decode_text, read_sources, seed_source

__all__ = [
    "MAX_BYTES",
    "Entity",
    "ExtractError",
    "ExtractedDocument",
    "Fact",
    "Source",
    "decode_text",
    "extract_document",
    "extract_documents",
    "load_pipeline",
    "normalise",
    "read_sources",
    "seed_source",
]
