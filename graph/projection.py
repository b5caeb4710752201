"""Turn the rows of the projection's scans into entities and labelled relations.

The scans (``graph.projection_query``) return typed entities, names, labels and aliases; the
classes, links, confidence, derivation and evidence nodes of fact nodes; position titles (which
tell namesakes apart). Here they are joined in dictionaries: every (fact, kind, source, target) an
edge rule yields, with the fact's label, confidence and documents (what weighting counts). The
evidence sentences and the documents of each entity stay in the store until an answer shows them
(``graph.evidence``).
"""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pyoxigraph as ox

from graph.names import fold, mentions, number, slug_of
from graph.projection_query import (
    ALIAS,
    BUILD_QUERIES,
    CONFIDENCE,
    DERIVED,
    EVIDENCE,
    FACT_CLASS,
    FACT_CLASSES,
    HELD,
    IMAGE_CREDIT,
    LABEL,
    LINK,
    LINK_PROPERTIES,
    NAME,
    ROLE_TITLE,
    TERMS_QUERY,
    TYPE_OF_CLASS,
    TYPED,
    facts_query,
    scoped_query,
)
from graph.store import OxigraphStore, Store
from ontology.namespaces import NG, ORG
from ontology.relations import EDGE_RULES

Projected = tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str, str], dict[str, Any]]]
ENTITY_TYPES: tuple[str, ...] = tuple(t for _, t in TYPE_OF_CLASS)
_RANK_OF_TYPE = {name: rank for rank, name in enumerate(ENTITY_TYPES)}
_TYPE_BY_SEGMENT = {"person": "person", "org": "organization", "place": "place"}
RULE_LABELS: dict[str, str] = {rule.kind: rule.label for rule in EDGE_RULES}
_SYMMETRIC = {rule.kind for rule in EDGE_RULES if rule.source == rule.target}


READS = 3  # times a build reads the store before it keeps scans that raced with a write


def read_projection(store: Store) -> tuple[int, Projected]:
    """The store's generation the scans saw, and the entities (with the titles of the positions
    they hold) and relations joined from them.

    The scans are separate SELECTs: if the store was written while they ran (its ``generation``
    moved), they are read again, so the scans the projection joins saw one state of the store.
    """
    for attempt in range(READS):
        generation = store.generation
        projected = _joined(_scans(store))
        if store.generation == generation or attempt == READS - 1:
            return generation, projected  # (after the last attempt, stale: the next get() rebuilds)
    raise AssertionError("unreachable")


def read_scoped(store: Store, subjects: set[str], facts: set[str]) -> Projected:
    """What :func:`read_projection` says about ``subjects`` (as entities) and ``facts`` only.

    Read from the union graph, so an entity or fact shared with other documents comes back whole:
    exactly what a full build would make of it (see ``graph.patch``).
    """
    rows = [row for row in store.select(scoped_query(subjects, facts)) if row["b"] is not None]
    return project([(row["t"], row["a"], row["b"], row["c"]) for row in rows])


def touched_facts(store: Store, subjects: set[str]) -> set[str]:
    """The fact nodes among ``subjects`` and those whose evidence is among them."""
    classes = {*FACT_CLASSES, str(NG.ImageCredit)}
    return {
        row["f"]
        for row in store.select(facts_query(subjects))
        if row["f"] and (row["class"] is None or row["class"] in classes)
    }


def document_terms(store: Store, document: str) -> set[str]:
    """Every IRI (but the document's own) that is a subject or an object in its named graph."""
    return {row["s"] for row in store.select(TERMS_QUERY, g=document) if row["s"]}


def project(rows_in: Iterable[tuple]) -> Projected:
    """Join the tagged ``(tag, a, b, c)`` rows of the scans into entities and relations."""
    grouped: dict[str, list[tuple]] = defaultdict(list)
    for row in rows_in:
        grouped[row[0]].append(row)
    return _joined(grouped.items())


_ENTITY_TAGS = frozenset((TYPED, NAME, LABEL, ALIAS))


def _joined(scans: Iterable[tuple[str, list[tuple]]]) -> Projected:
    """Join scans, ``(tag, rows)`` as they arrive: the entities as soon as their four scans are in
    (while the fact scans may still be running), then the facts and relations."""
    rows: dict[str, list[tuple]] = defaultdict(list)
    entities: dict[str, dict[str, Any]] | None = None
    for tag, scanned in scans:
        rows[tag].extend(scanned)
        if entities is None and _ENTITY_TAGS.issubset(rows):
            labels, entities = _entities(rows)
    if entities is None:
        labels, entities = _entities(rows)
    facts = _facts(rows)
    position = str(FACT_CLASSES.index(str(NG.Position)))
    member = str(LINK_PROPERTIES.index(str(ORG.member)))
    roles: dict[str, set[str]] = defaultdict(set)
    for _, fact, title, _ in rows[ROLE_TITLE]:
        found = facts.get(fact)
        if found and position in found.classes:
            for holder in found.links.get(member, ()):
                roles[holder].add(title)
    for _, holder, title, _ in rows[HELD]:
        roles[holder].add(title)
    for iri, titles in roles.items():
        if iri in entities:
            entities[iri]["roles"] = sorted(titles, key=fold)
    return entities, relations_from(facts, rows, labels)


def _entities(rows: dict[str, list[tuple]]) -> tuple[dict[str, set[str]], dict[str, dict[str, Any]]]:
    labels: dict[str, set[str]] = defaultdict(set)
    for _, iri, label, _ in rows[LABEL]:
        labels[iri].add(label)
    return labels, entities_from(rows[TYPED], rows[NAME], labels, rows[ALIAS])


class _Fact:
    """What the scans say about one fact node: class codes and linked IRIs by property code."""

    __slots__ = ("classes", "links")

    def __init__(self) -> None:
        self.classes: set[str] = set()
        self.links: dict[str, list[str]] = {}


def _facts(rows: dict[str, list[tuple]]) -> dict[str, _Fact]:
    facts: dict[str, _Fact] = {}
    for _, fact, code, _ in rows[FACT_CLASS]:
        found = facts.get(fact)
        if found is None:
            found = facts[fact] = _Fact()
        found.classes.add(code)
    for _, fact, code, target in rows[LINK]:
        found = facts.get(fact)
        if found is not None:
            found.links.setdefault(code, []).append(target)
    return facts


# (class code, source property code, target property code, kind) for every edge rule
_RULE_CODES: tuple[tuple[str, str, str, str], ...] = tuple(
    (
        str(FACT_CLASSES.index(str(r.fact_class))),
        str(LINK_PROPERTIES.index(str(r.source))),
        str(LINK_PROPERTIES.index(str(r.target))),
        r.kind,
    )
    for r in EDGE_RULES
)


def _scans(store: Store) -> Iterator[tuple[str, list[tuple]]]:
    """Every scan of BUILD_QUERIES as ``(tag, rows)``, in order; rows are ``(tag, a, b, c)`` tuples.

    On an embedded store two scans run at a time in worker threads, each written out by the
    engine as CSV: ``serialize`` runs without the GIL, where iterating a result takes and drops it
    on every row, so Oxigraph's work on the next scans overlaps this thread's parsing and joining
    of the previous ones. Other stores' answers are read one after the other.
    """
    if not isinstance(store, OxigraphStore):
        for tag, sparql in BUILD_QUERIES:
            yield tag, _parsed(tag, _csv(store, sparql))
        return
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="projection-scan")
    try:
        scans = [(tag, pool.submit(_csv, store, sparql)) for tag, sparql in BUILD_QUERIES]
        for tag, scan in scans:
            yield tag, _parsed(tag, scan.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # a failed build leaves no scan running


def _csv(store: Store, sparql: str) -> bytes:
    solutions = store.query(sparql)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError("a projection scan is a SELECT")
    return solutions.serialize(format=ox.QueryResultsFormat.CSV)  # type: ignore[return-value]


def _parsed(tag: str, data: bytes) -> list[tuple]:
    """CSV rows (SPARQL 1.1 Results CSV: IRIs and literals as plain text) as ``(tag, a, b, c)``.

    Every column of a scan is bound, so an empty field is an empty literal, never a missing value.
    IRIs are interned (one shared copy of each: cheaper dict lookups and less memory later).
    """
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    next(reader, None)  # the header: the variable names
    intern = sys.intern
    if tag == LINK:
        return [(tag, intern(a), b, intern(c)) for a, b, c in reader]
    if tag in (DERIVED, EVIDENCE):
        return [(tag, intern(a), intern(b), None) for a, b in reader]
    return [(tag, intern(a), b, None) for a, b in reader]


def entities_from(
    typed: list[tuple], names: list[tuple], labels: dict[str, set[str]], aliases: list[tuple]
) -> dict[str, dict[str, Any]]:
    """Entities by IRI: name, type, aliases and role titles.

    ``labels`` holds only the labels that differ from every ``schema:name`` of their subject.
    """
    rank: dict[str, int] = {}
    for _, iri, type_name, _ in typed:
        r = _RANK_OF_TYPE[type_name]
        if iri not in rank or r < rank[iri]:
            rank[iri] = r
    name_sets: dict[str, set[str]] = defaultdict(set)
    for _, iri, name, _ in names:
        if iri in rank:
            name_sets[iri].add(name)
    alias_sets: dict[str, set[str]] = defaultdict(set)
    for _, iri, alias, _ in aliases:
        if iri in rank:
            alias_sets[iri].add(alias)
    entities = {}
    empty: set[str] = set()
    for iri, r in rank.items():
        own, extra = name_sets.get(iri, empty), labels.get(iri, empty)
        if own:
            first = min(own)
        elif extra:
            first = min(extra)
        else:
            first = _name_from_iri(iri)
        others = own | extra | alias_sets.get(iri, empty)
        others.discard(first)
        entities[iri] = {
            "name": first,
            "type": ENTITY_TYPES[r],
            "aliases": sorted(others, key=_alias_key) if len(others) > 1 else list(others),
            "roles": [],
        }
    return entities


def _alias_key(alias: str) -> tuple[str, str]:
    return fold(alias), alias


def relations_from(
    facts: dict[str, _Fact], rows: dict[str, list[tuple]], labels: dict[str, set[str]]
) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """Relations keyed by (fact, kind, source, target), each with its fact's label, confidence and
    documents.

    For a fact of a rule's class (never an image credit), every IRI of the rule's source property
    is linked to every other IRI of its target property. A fact's documents are the ones it is
    derived from and the one each of its evidence nodes is (the least, if several), as the evidence
    of an answer names them (``graph.evidence``).
    """
    edges: list[tuple[str, str, str, str]] = []
    for fact, found in facts.items():
        classes = found.classes
        if IMAGE_CREDIT in classes:
            continue
        links = found.links
        for cls, source_code, target_code, kind in _RULE_CODES:
            if cls in classes and source_code in links and target_code in links:
                for source in links[source_code]:
                    for target in links[target_code]:
                        if source != target:
                            edges.append((fact, kind, source, target))
    edge_facts = {edge[0] for edge in edges}
    derived: dict[str, set[str]] = defaultdict(set)
    for _, node, doc, _ in rows[DERIVED]:
        derived[node].add(doc)
    confidence: dict[str, str] = {}
    for _, fact, value, _ in rows[CONFIDENCE]:
        if fact in edge_facts and (fact not in confidence or value < confidence[fact]):
            confidence[fact] = value
    documents: dict[str, set[str]] = {}
    empty: set[str] = set()
    for fact in edge_facts:
        documents[fact] = set(derived.get(fact, empty))
    for _, fact, node, _ in rows[EVIDENCE]:
        if fact in edge_facts:
            evdocs = derived.get(node)
            if evdocs:
                documents[fact].add(min(evdocs))
    sorted_documents = {fact: tuple(sorted(docs)) for fact, docs in documents.items()}
    relations: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for fact, kind, source, target in edges:
        if kind in _SYMMETRIC and target < source:
            source, target = target, source  # a contact is listed once per pair
        edge_key = (fact, kind, source, target)
        if edge_key in relations:
            continue
        label = labels.get(fact)
        relations[edge_key] = {
            "kind": kind,
            "fact": fact,
            "source": source,
            "target": target,
            "fact_label": min(label) if label else None,
            "confidence": number(confidence.get(fact), float),
            "documents": sorted_documents[fact],
        }
    return relations


def finish_relation(relation: dict[str, Any], source: dict[str, Any], target: dict[str, Any]) -> dict:
    """The stored form of a relation: with a label that reads source-to-target."""
    label = relation["fact_label"]
    if not (
        label
        and mentions(label, [source["name"], *source["aliases"]])
        and mentions(label, [target["name"], *target["aliases"]])
    ):
        label = f"{source['name']} {RULE_LABELS[relation['kind']]} {target['name']}"
    return {
        "kind": relation["kind"],
        "label": label,
        "fact": relation["fact"],
        "source": relation["source"],
        "target": relation["target"],
        "confidence": relation["confidence"],
        "documents": relation["documents"],
    }


def stub_entity(iri: str) -> dict[str, Any]:
    """An entity a fact links to but no document types: typed from its IRI namespace, named from its slug."""
    segment = iri.rstrip("/").rsplit("/", 2)[-2] if iri.count("/") >= 2 else ""
    return {
        "name": _name_from_iri(iri),
        "type": _TYPE_BY_SEGMENT.get(segment, "organization"),
        "aliases": [],
        "roles": [],
    }


def _name_from_iri(iri: str) -> str:
    return slug_of(iri).replace("-", " ").title()
