"""Text -> facts -> RDF: the newsgraph extraction layer (spaCy stays inside this package)."""

from extract.batch import extract_all, process_pool
from extract.document import Entity, ExtractedDocument, Fact, extract_document, extract_documents, prepare
from extract.errors import ExtractError
from extract.normalise import normalise
from extract.pipeline import load_pipeline
from extract.readers import MEDIA_TYPES, parse
from extract.sources import MAX_BYTES, Source, decode_text, read_sources, seed_source

__all__ = [
    "MAX_BYTES",
    "MEDIA_TYPES",
    "Entity",
    "ExtractError",
    "ExtractedDocument",
    "Fact",
    "Source",
    "decode_text",
    "extract_all",
    "extract_document",
    "extract_documents",
    "load_pipeline",
    "normalise",
    "parse",
    "prepare",
    "process_pool",
    "read_sources",
    "seed_source",
]
