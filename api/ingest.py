"""Join the layers: extract documents, then write each one to the store in one transaction.

Every source is read and checked before anything is written, so a batch with a missing, empty or
binary file is refused whole and the store is left as it was. Extraction may run in worker
processes (any ``concurrent.futures.Executor``); the store is written here, in input order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from dataclasses import dataclass, field

from api.identity import store_document
from extract import ExtractedDocument, Source, extract_all, prepare
from graph.store import Store


@dataclass
class BuildReport:
    """Per document in input order: its id, title, counts and whether it was new ("created")."""

    documents: list[dict[str, object]] = field(default_factory=list)

    @property
    def added(self) -> list[dict[str, object]]:
        """The documents this build stored."""
        return [item for item in self.documents if item["created"]]

    @property
    def skipped(self) -> list[dict[str, object]]:
        """The documents that were stored already (the same text)."""
        return [item for item in self.documents if not item["created"]]


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
    executor: Executor | None = None,
    on_document: Callable[[ExtractedDocument], None] | None = None,
) -> BuildReport:
    """Extract every source and store each document (the same text twice is stored once)."""
    sources = list(sources)
    for source in sources:
        prepare(source)  # refuse the whole batch before the first write
    report = BuildReport()
    for document in extract_all(sources, executor):
        created, document = store_document(store, document)  # one person, one node: api.identity
        report.documents.append({**summary(document), "created": created})
        if on_document is not None:
            on_document(document)
    return report
