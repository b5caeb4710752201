"""Text -> facts -> RDF: the newsgraph extraction layer (spaCy stays inside this package).

The names below are loaded on first use (PEP 562): ``from extract import ExtractError`` or
``read_sources`` must not pay for importing spaCy, so that commands which never extract — a query,
a download, ``--help`` — start in a fraction of a second.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Imported now, not on first use: the function shares its name with its module, and importing the
# module ``extract.normalise`` (as any caller may) would otherwise leave the module under that name.
from extract.normalise import normalise

if TYPE_CHECKING:
    from extract.batch import extract_all, process_pool
    from extract.document import Entity, ExtractedDocument, Fact, extract_document, extract_documents, prepare
    from extract.errors import ExtractError
    from extract.pipeline import load_pipeline
    from extract.readers import MEDIA_TYPES, parse
    from extract.sources import MAX_BYTES, Source, decode_text, read_sources, seed_source

_HOMES = {
    "extract.batch": ("extract_all", "process_pool"),
    "extract.document": (
        "Entity",
        "ExtractedDocument",
        "Fact",
        "extract_document",
        "extract_documents",
        "prepare",
    ),
    "extract.errors": ("ExtractError",),
    "extract.pipeline": ("load_pipeline",),
    "extract.readers": ("MEDIA_TYPES", "parse"),
    "extract.sources": ("MAX_BYTES", "Source", "decode_text", "read_sources", "seed_source"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

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


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` the first time it is asked for."""
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
