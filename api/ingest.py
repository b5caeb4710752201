"""Join the layers: extract documents, then write each one to the store in one transaction.

Every source is read and checked before anything is written, so a batch with a missing, empty or
binary file is refused whole and the store is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from extract import ExtractedDocument, Source, extract_document, load_pipeline
from graph.store import Store


@dataclass
class BuildReport:
    """What a build added: per document, its id, title and counts; plus what was already there."""

    added: list[dict[str, object]] = field(default_factory=list)
    skipped: list[dict[str, object]] = field(default_factory=list)


def summary(document: ExtractedDocument) -> dict[str, object]:
    """The API's description of an extracted document."""
    return {
        "id": document.id,
        "iri": document.iri,
        "title": document.title,
        "entities": len(document.entities),
        "facts": len(document.facts),
        "triples": len(document.graph),
    }


def build(
    store: Store,
    sources: Iterable[Source],
    *,
    on_document: Callable[[ExtractedDocument], None] | None = None,
) -> BuildReport:
    """Extract every source and store each document (the same text twice is stored once)."""
    nlp = load_pipeline()
    report = BuildReport()
    for source in sources:
        document = extract_document(source, nlp=nlp)
        added = store.add_document(document.iri, document.graph.serialize(format="nt"))
        (report.added if added else report.skipped).append(summary(document))
        if on_document is not None:
            on_document(document)
    return report
