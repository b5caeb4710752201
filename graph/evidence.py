"""What the projection leaves in the store, read for the few facts and entities an answer names.

The build does not read evidence sentences and offsets (72k rows on the bench store, shown only
on the hops of a path) nor the documents that mention each entity (140k rows of two IRIs, shown
only on an entity page or to tell namesakes apart): these read them for the IRIs asked, with the
IRIs put into the query through ``graph.sparql_text.with_value_lists``. The answers are what the
build used to store on the snapshot (``docs/paths.md``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from graph.names import number
from graph.projection_query import PREFIXES, TYPE_OF_CLASS
from graph.sparql_text import with_value_lists
from graph.store import Store

_TYPES = " ".join(f"<{cls}>" for cls, _ in TYPE_OF_CLASS)

# Each fact in ?f, through an OPTIONAL (Oxigraph then looks each one up instead of scanning the
# pattern): its evidence nodes with sentence, offsets and document, and the fact's own documents
# (the document of an evidence node that names none).
EVIDENCE_QUERY = f"""{PREFIXES}SELECT ?f ?e ?text ?start ?end ?doc ?factdoc WHERE {{ VALUES ?f {{}}
  OPTIONAL {{ ?f ng:evidence ?e .
    OPTIONAL {{ ?e ng:sentence ?text }} OPTIONAL {{ ?e ng:start ?start }} OPTIONAL {{ ?e ng:end ?end }}
    OPTIONAL {{ ?e prov:wasDerivedFrom ?doc }} }}
  OPTIONAL {{ ?f prov:wasDerivedFrom ?factdoc }}
}}"""

# Each entity in ?e: the document graphs that type it as an entity, with their headlines.
DOCUMENTS_QUERY = f"""{PREFIXES}SELECT DISTINCT ?e ?g ?headline WHERE {{ VALUES ?e {{}}
  OPTIONAL {{ VALUES ?class {{ {_TYPES} }} GRAPH ?g {{ ?e a ?class }}
    OPTIONAL {{ GRAPH ?g {{ ?g schema:headline ?headline }} }} }}
}}"""


def _iris(values: Iterable[str]) -> set[str]:
    # A blank node cannot be named in a query: it has no evidence or documents to read.
    return {v for v in values if v and not v.startswith("_:")}


def evidence_of(store: Store, facts: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Every fact's evidence, ``[{"document", "text", "start", "end"}]`` in text order ([] for none)."""
    facts = list(facts)  # read twice below: a generator would come back empty the second time
    wanted = _iris(facts)
    found: dict[str, list[dict[str, Any]]] = {fact: [] for fact in facts}
    if not wanted:
        return found
    fields: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    fact_documents: dict[str, set[str]] = defaultdict(set)
    for row in store.select(with_value_lists(EVIDENCE_QUERY, {"f": wanted})):
        fact = row["f"]
        if fact is None:
            continue
        factdoc, node = row["factdoc"], row["e"]
        if factdoc:
            fact_documents[fact].add(factdoc)
        if node:
            known = fields[fact, node]
            for key in ("text", "start", "end", "doc"):
                value = row[key]
                if value is not None:
                    known[key].add(value)
    for (fact, _), known in fields.items():
        docs = known.get("doc") or fact_documents.get(fact)
        found[fact].append(
            evidence_item(
                min(docs) if docs else None,
                _first(known.get("text")),
                _first(known.get("start")),
                _first(known.get("end")),
            )
        )
    for items in found.values():
        in_text_order(items)
    return found


def evidence_item(
    document: str | None, text: str | None, start: str | None, end: str | None
) -> dict[str, Any]:
    """One piece of evidence as every answer shows it: document, sentence, offsets (ints, None if malformed)."""
    return {"document": document, "text": text, "start": number(start, int), "end": number(end, int)}


def in_text_order(items: list[dict[str, Any]]) -> None:
    """Sort evidence items by document, then position in it (in place)."""
    items.sort(key=_evidence_order)


def documents_of(store: Store, entities: Iterable[str]) -> dict[str, dict[str, str | None]]:
    """Every entity's documents (the graphs that type it), each with its headline (None if none)."""
    entities = list(entities)  # read twice below, as in evidence_of
    wanted = _iris(entities)
    found: dict[str, dict[str, str | None]] = {e: {} for e in entities}
    if not wanted:
        return found
    for row in store.select(with_value_lists(DOCUMENTS_QUERY, {"e": wanted})):
        entity, graph = row["e"], row["g"]
        if entity is not None and graph is not None:
            documents = found.setdefault(entity, {})
            if documents.get(graph) is None:
                documents[graph] = row["headline"]
    return {e: dict(sorted(docs.items())) for e, docs in found.items()}


def mentioned_in(documents: dict[str, str | None]) -> str | None:
    """What tells an entity without roles apart from its namesakes: the first document naming it."""
    first = min(documents, default=None)
    if first is None:
        return None
    headline = documents[first]
    return f'mentioned in "{headline}"' if headline else f"mentioned in {first}"


def _first(values: set[str] | None) -> str | None:
    return min(values) if values else None


def _evidence_order(e: dict[str, Any]) -> tuple[str, int, int]:
    return e["document"] or "", e["start"] or 0, e["end"] or 0
