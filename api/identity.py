"""One person, one node, across documents: resolve a new document's people and organisations.

Before a document is written, each person or organisation it names is matched against what is
stored, in this order: a user alias for the name; a surname alone stays in its document; the IRI
its own name mints, if stored; the best unambiguous name match (``extract.identity``), skipping
entities a user split from the name. The document's graph is rewritten to use the chosen IRI and
records every decision (``ng:IdentityDecision``) with its rule and confidence, so removing the
document removes them too. ``set_override`` files an alias or split and re-resolves the stored
documents it affects, all in one transaction. See docs/identity.md.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV

from extract import ExtractedDocument, Source, extract_document, load_pipeline
from extract.identity import Match, best_match, block, is_lone, name_key
from graph.identity import override_statements, overrides, stored_document, stored_names, write_atomically
from graph.store import Store
from ontology import NG, SCHEMA, base_iri, document_iri, entity_iri

GROUPS = {"person": "person", "organization": "org", "outlet": "org"}


class IdentityError(ValueError):
    """An override that cannot be applied (unknown entity, a name split from itself)."""


@dataclass
class Index:
    """Stored people and organisations: IRI -> kind and names, and IRIs by (kind, block)."""

    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    blocks: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, iri: str, kind: str, name: str) -> None:
        """Know ``iri`` (a person or "org") by ``name`` too."""
        self.kinds.setdefault(iri, kind)
        self.names.setdefault(iri, set()).add(name)
        key = block(kind, name)
        if key is not None:
            self.blocks.setdefault((kind, key), set()).add(iri)

    def display(self, iri: str) -> str | None:
        """The name ``iri`` was minted from, if stored under it; else its first name; None if unknown."""
        names = sorted(self.names.get(iri, ()))
        own = [n for n in names if entity_iri(self.kinds[iri], n) == iri]
        return own[0] if own else names[0] if names else None

    def candidates(self, kind: str, name: str, skip: set[str]) -> dict[str, set[str]]:
        """The stored entities ``name`` could match, minus ``skip``."""
        key = block(kind, name)
        iris = self.blocks.get((kind, key), set()) if key is not None else set()
        return {iri: self.names[iri] for iri in sorted(iris - skip)}


def load_index(store: Store, exclude: frozenset[str] | set[str] = frozenset()) -> Index:
    """Index every named person and organisation of the stored documents not in ``exclude``."""
    index = Index()
    for iri, entry in stored_names(store).items():
        for graph, names in entry["names"].items():
            if graph not in exclude:
                for name in names:
                    index.add(iri, entry["kind"], name)
    return index


@dataclass
class _Cache:
    """The index of the last store written to, kept across a build instead of re-read per document."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    store: Store | None = None
    generation: int = -1
    index: Index | None = None


_CACHE = _Cache()


def _current_index(store: Store) -> Index:
    cache = _CACHE
    if not (cache.store is store and cache.index is not None and cache.generation == store.generation):
        cache.store, cache.index, cache.generation = store, load_index(store), store.generation
    return cache.index


def store_document(store: Store, document: ExtractedDocument) -> tuple[bool, ExtractedDocument]:
    """Resolve ``document`` against the store and write it; False if it was stored already.

    Resolution and write happen under one lock, so two documents arriving together cannot both
    miss each other. The index is read once and then kept up to date by this function's own
    writes; any other write (``generation`` moved on further) makes it read again.
    """
    with _CACHE.lock:
        if store.has_document(document.iri):
            return False, document
        index = _current_index(store)
        resolved = resolve_with(document, index, overrides(store))
        before = store.generation
        added = store.add_document(resolved.iri, resolved.graph.serialize(format="nt"))
        if added and store.generation == before + 1:
            remember(index, document, resolved)
            _CACHE.generation = store.generation
    return added, resolved


def remember(index: Index, document: ExtractedDocument, resolved: ExtractedDocument) -> None:
    """Add a resolved document's entities to ``index`` under both their own and their stored names.

    The same names ``load_index`` reads back from the store (``schema:name`` and the mention name
    of each decision), so a kept index and a re-read one always agree.
    """
    for mine, final in zip(document.entities, resolved.entities, strict=True):
        if final.type in GROUPS:
            index.add(final.iri, GROUPS[final.type], mine.name)
            index.add(final.iri, GROUPS[final.type], final.name)


def resolve_with(document: ExtractedDocument, index: Index, rules: list[dict[str, Any]]) -> ExtractedDocument:
    """Resolve against ``index`` under the user's ``rules``; record each decision in the graph."""
    mapping: dict[str, str] = {}
    renames: dict[str, tuple[str, str]] = {}
    decisions = []
    for entity in document.entities:
        kind = GROUPS.get(entity.type)
        if kind is None:
            continue
        target, match = choose(document.id, kind, entity.name, entity.iri, index, rules)
        if match is not None:
            decisions.append((entity.name, target, match))
        if target != entity.iri:
            mapping[entity.iri] = target
            shown = index.display(target)
            if shown and shown != entity.name:
                renames[target] = (entity.name, shown)
    if not decisions:
        return document
    return rewrite(document, mapping, decisions, renames)


def choose(
    doc_id: str, kind: str, name: str, own: str, index: Index, rules: list[dict[str, Any]]
) -> tuple[str, Match | None]:
    """The IRI a mention resolves to, and the decision to record (None when nothing was decided)."""
    key = name_key(kind, name)
    mine = [r for r in rules if r["key"] == key and index.kinds.get(str(r["entity"]), kind) == kind]
    for rule in mine:
        if rule["kind"] == "alias" and rule["entity"] != own:
            return str(rule["entity"]), Match(f"user-alias: {rule['name']}", 1.0, "")
    if kind == "person" and is_lone(name):
        return f"{own}-{doc_id[:8]}", Match("surname-only: not merged across documents", 1.0, "")
    split = {str(r["entity"]) for r in mine if r["kind"] == "split"}
    if own in index.kinds and own not in split:
        return own, None
    found = best_match(kind, name, index.candidates(kind, name, split | {own}))
    if isinstance(found, tuple):
        return found[0], found[1]
    if split and isinstance(best_match(kind, name, index.candidates(kind, name, {own})), tuple):
        return own, Match(f"user-split: kept apart from {', '.join(sorted(split))}", 1.0, "")
    return own, None


def rewrite(
    document: ExtractedDocument,
    mapping: dict[str, str],
    decisions: list[tuple[str, str, Match]],
    renames: dict[str, tuple[str, str]],
) -> ExtractedDocument:
    """The document with entity IRIs replaced by ``mapping`` and its decisions added to its graph.

    The graph is changed in place (only the triples that name a mapped IRI: copying a whole graph
    costs more than extracting a short article's facts). A merged entity keeps the name it is
    stored under (``renames``: IRI -> (this document's name, stored name)); this document's name
    becomes one of its alternate names.
    """
    graph = document.graph
    for old, new in mapping.items():
        source, replacement = URIRef(old), URIRef(new)
        for s, p, o in list(graph.triples((source, None, None))):
            graph.remove((s, p, o))
            graph.add((replacement, p, o))
        for s, p, o in list(graph.triples((None, None, source))):
            graph.remove((s, p, o))
            graph.add((s, p, replacement))
    for iri, (mine, stored) in renames.items():
        node = URIRef(iri)
        for prop in (SCHEMA.name, RDFS.label):
            graph.remove((node, prop, Literal(mine)))
            graph.add((node, prop, Literal(stored)))
        graph.add((node, SCHEMA.alternateName, Literal(mine)))
    doc = URIRef(document.iri)
    for mention, target, match in decisions:
        node = URIRef(f"{document.iri}#identity-{hashlib.sha256(mention.encode()).hexdigest()[:12]}")
        graph.add((node, RDF.type, NG.IdentityDecision))
        said = match.matched or target
        graph.add((node, RDFS.label, Literal(f"“{mention}” is {said}: {match.rule}")))
        graph.add((node, NG.mentionName, Literal(mention)))
        if match.matched:
            graph.add((node, NG.matchedName, Literal(match.matched)))
        graph.add((node, NG.entity, URIRef(target)))
        graph.add((node, NG.rule, Literal(match.rule)))
        graph.add((node, NG.confidence, Literal(Decimal(str(match.confidence)), datatype=XSD.decimal)))
        graph.add((node, PROV.wasDerivedFrom, doc))
    entities = [
        replace(e, iri=mapping.get(e.iri, e.iri), name=renames.get(mapping.get(e.iri, ""), ("", e.name))[1])
        for e in document.entities
    ]
    facts = [
        replace(f, args={role: [mapping.get(i, i) for i in iris] for role, iris in f.args.items()})
        for f in document.facts
    ]
    return replace(document, graph=graph, entities=entities, facts=facts)


def set_override(store: Store, kind: str, name: str, entity: str) -> list[str]:
    """File "alias" (NAME is ENTITY) or "split" (never merge them) and re-resolve what it touches.

    The affected documents — those naming a person or organisation whose name has NAME's key —
    are re-extracted from their stored text and resolved again under the new rules, and written
    back with the override in one SPARQL Update. Returns the affected document IRIs.
    """
    names = stored_names(store)
    if entity not in names:
        raise IdentityError(f"no person or organisation {entity} in the store")
    group = names[entity]["kind"]
    key = name_key(group, name)
    if not key:
        raise IdentityError(f"{name!r} has no name left once titles are stripped; give a name")
    if kind == "split" and entity_iri(group, name) == entity:
        raise IdentityError(
            f"{entity} is the IRI minted from {name!r} itself; split the other name from it instead"
        )
    node = f"{base_iri()}identity/override/{hashlib.sha256(f'{key}|{entity}'.encode()).hexdigest()[:16]}"
    rules = [r for r in overrides(store) if not (r["key"] == key and r["entity"] == entity)]
    rules.append({"kind": kind, "key": key, "name": name, "entity": entity})
    affected = sorted(
        {
            graph
            for entry in names.values()
            if entry["kind"] == group
            for graph, found in entry["names"].items()
            if any(name_key(group, n) == key for n in found)
        }
    )
    index = load_index(store, exclude=set(affected))
    graphs = {}
    nlp = load_pipeline() if affected else None
    for iri in affected:
        document = reextract(store, iri, nlp)
        resolved = resolve_with(document, index, rules)
        remember(index, document, resolved)
        graphs[iri] = resolved.graph.serialize(format="nt")
    write_atomically(store, graphs, override_statements(node, kind, key, name, entity))
    return affected


def reextract(store: Store, iri: str, nlp: Any) -> ExtractedDocument:
    """Extract a stored document again from its stored text, title, URL and date."""
    row = stored_document(store, iri)
    source = Source(
        text=row["text"] or "", title=row["title"], url=row["url"], published=row["published"], origin=iri
    )
    document = extract_document(source, nlp=nlp)
    if document_iri(document.id) != iri:
        raise IdentityError(f"the stored text of {iri} no longer extracts to the same document; rebuild it")
    return document
