"""Turn the rows of the projection query into entities and labelled relations with evidence.

The query (``graph.projection_query``) returns tagged scans: typed entities with their documents,
names, labels and aliases; the classes, links, confidence, derivation and evidence of fact nodes;
position titles (which tell namesakes apart). Here they are joined in dictionaries: every
(fact, kind, source, target) an edge rule yields, with the fact's label, confidence and every piece
of its evidence, so no request ever goes back to the store for evidence.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from graph.names import fold, mentions, number, slug_of
from graph.projection_query import (
    ALIAS,
    COLUMNS,
    CONFIDENCE,
    DERIVED,
    END,
    EVIDENCE,
    FACT_CLASS,
    FACT_CLASSES,
    HEADLINE,
    HELD,
    IMAGE_CREDIT,
    LABEL,
    LINK,
    LINK_PROPERTIES,
    NAME,
    PROJECTION_QUERY,
    ROLE_TITLE,
    SENTENCE,
    START,
    TERMS_QUERY,
    TYPE_OF_CLASS,
    TYPED,
    facts_query,
    scoped_query,
)
from graph.store import Store
from ontology.namespaces import NG, ORG
from ontology.relations import EDGE_RULES

Projected = tuple[
    dict[str, dict[str, Any]], dict[tuple[str, str, str, str], dict[str, Any]], Mapping[str, "str | None"]
]
ENTITY_TYPES: tuple[str, ...] = tuple(t for _, t in TYPE_OF_CLASS)
_RANK_OF_TYPE = {name: rank for rank, name in enumerate(ENTITY_TYPES)}
_TYPE_BY_SEGMENT = {"person": "person", "org": "organization", "place": "place"}
RULE_LABELS: dict[str, str] = {rule.kind: rule.label for rule in EDGE_RULES}
_SYMMETRIC = {rule.kind for rule in EDGE_RULES if rule.source == rule.target}


def read_projection(store: Store) -> Projected:
    """Entities (with the titles of the positions they hold), relations and document headlines,
    from one SELECT."""
    return project(_rows(store, PROJECTION_QUERY))


def read_scoped(
    store: Store,
    subjects: set[str],
    facts: set[str],
    document: str | None,
    headlines: Mapping[str, str | None],
) -> Projected:
    """What :func:`read_projection` says about ``subjects`` (as entities) and ``facts`` only,
    given the ``headlines`` of the documents (``document``'s own is read again).

    Read from the union graph, so an entity or fact shared with other documents comes back whole:
    exactly what a full build would make of it (see ``graph.patch``). The headlines returned are
    the ones the query found.
    """
    rows = [row for row in store.select(scoped_query(subjects, facts, document)) if row["b"] is not None]
    tuples = [(row["t"], row["a"], row["b"], row["c"]) for row in rows]
    found: dict[str, str | None] = {a: b for t, a, b, _ in tuples if t == HEADLINE and a}
    entities, relations, _ = project(tuples, {**headlines, **found})
    return entities, relations, found


def touched_facts(store: Store, subjects: set[str]) -> set[str]:
    """The fact nodes among ``subjects`` and those whose evidence is among them."""
    classes = {*FACT_CLASSES, str(NG.ImageCredit)}
    return {
        row["f"]  # type: ignore[misc]
        for row in store.select(facts_query(subjects))
        if row["f"] and (row["class"] is None or row["class"] in classes)
    }


def document_terms(store: Store, document: str) -> set[str]:
    """Every IRI (but the document's own) that is a subject or an object in its named graph."""
    return {row["s"] for row in store.select(TERMS_QUERY, g=document) if row["s"]}  # type: ignore[misc]


def project(rows_in: Iterable[tuple], headlines: Mapping[str, str | None] | None = None) -> Projected:
    """Join the tagged rows of the projection query into entities, relations and headlines."""
    rows: dict[str, list[tuple]] = defaultdict(list)
    for row in rows_in:
        rows[row[0]].append(row)
    if headlines is None:
        headlines = {row[1]: row[2] for row in rows[HEADLINE]}
    labels: dict[str, set[str]] = defaultdict(set)
    for _, iri, label, _ in rows[LABEL]:
        labels[iri].add(label)
    entities = entities_from(rows[TYPED], rows[NAME], labels, rows[ALIAS], headlines)
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
    return entities, relations_from(facts, rows, labels), headlines


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


def _rows(store: Store, sparql: str) -> list[tuple]:
    """The query's rows as ``(t, a, b, c)`` tuples of plain strings (None when unbound), by position.

    Reading terms by position is several times faster than ``Store.select``, which looks every
    value up by name; other stores' results go through ``select`` in the order of ``COLUMNS``.
    """
    solutions = store.query(sparql)
    if not isinstance(solutions, ox.QuerySolutions):
        return [tuple(row[c] for c in COLUMNS) for row in store.select(sparql)]
    rows: list[tuple] = []
    append, intern = rows.append, sys.intern  # one shared copy of each IRI: cheaper dict lookups later
    for t, a, b, c in solutions:
        append((intern(t.value), intern(a.value), intern(b.value), None if c is None else intern(c.value)))
    return rows


def entities_from(
    typed: list[tuple],
    names: list[tuple],
    labels: dict[str, set[str]],
    aliases: list[tuple],
    headlines: Mapping[str, str | None],
) -> dict[str, dict[str, Any]]:
    """Entities by IRI: name, type, aliases, documents (graph IRI -> headline) and role titles.

    ``labels`` holds only the labels that differ from every ``schema:name`` of their subject.
    """
    rank: dict[str, int] = {}
    documents: dict[str, dict[str, str | None]] = {}
    for _, iri, type_name, graph in typed:
        r = _RANK_OF_TYPE[type_name]
        if iri not in rank:
            rank[iri], documents[iri] = r, {}
        elif r < rank[iri]:
            rank[iri] = r
        documents[iri][graph] = headlines.get(graph)
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
            "documents": documents[iri],
            "roles": [],
        }
    return entities


def _alias_key(alias: str) -> tuple[str, str]:
    return fold(alias), alias


def relations_from(
    facts: dict[str, _Fact], rows: dict[str, list[tuple]], labels: dict[str, set[str]]
) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """Relations keyed by (fact, kind, source, target), each with its fact's data and evidence.

    For a fact of a rule's class (never an image credit), every IRI of the rule's source property
    is linked to every other IRI of its target property. Evidence is read once per fact and shared
    by every relation the fact makes.
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
    evidence_of: dict[str, list[str]] = defaultdict(list)
    for _, fact, node, _ in rows[EVIDENCE]:
        if fact in edge_facts:
            evidence_of[fact].append(node)
    fields: dict[str, dict[str, str]] = defaultdict(dict)
    for tag, key in ((SENTENCE, "text"), (START, "start"), (END, "end")):
        for _, node, value, _ in rows[tag]:
            fields[node].setdefault(key, value)
    finished: dict[str, tuple[list[dict[str, Any]], tuple[str, ...]]] = {}
    empty: set[str] = set()
    for fact in edge_facts:
        docs = derived.get(fact, empty)
        fallback = min(docs) if docs else None
        items: list[dict[str, Any]] = []
        for node in evidence_of.get(fact, ()):
            known = fields.get(node, {})
            evdocs = derived.get(node)
            items.append(
                {
                    "document": min(evdocs) if evdocs else fallback,
                    "text": known.get("text"),
                    "start": number(known.get("start"), int),
                    "end": number(known.get("end"), int),
                }
            )
        items.sort(key=_evidence_order)
        documents = docs | {e["document"] for e in items if e["document"]}
        finished[fact] = items, tuple(sorted(documents))
    relations: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for fact, kind, source, target in edges:
        if kind in _SYMMETRIC and target < source:
            source, target = target, source  # a contact is listed once per pair
        edge_key = (fact, kind, source, target)
        if edge_key in relations:
            continue
        label = labels.get(fact)
        evidence, fact_documents = finished[fact]
        relations[edge_key] = {
            "kind": kind,
            "fact": fact,
            "source": source,
            "target": target,
            "fact_label": min(label) if label else None,
            "confidence": number(confidence.get(fact), float),
            "evidence": evidence,
            "documents": fact_documents,
        }
    return relations


def _evidence_order(e: dict[str, Any]) -> tuple[str, int, int]:
    return e["document"] or "", e["start"] or 0, e["end"] or 0


def finish_relation(relation: dict[str, Any], source: dict[str, Any], target: dict[str, Any]) -> dict:
    """The stored form of a relation: a label that reads source-to-target, evidence in text order."""
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
        "evidence": relation["evidence"],
    }


def stub_entity(iri: str) -> dict[str, Any]:
    """An entity a fact links to but no document types: typed from its IRI namespace, named from its slug."""
    segment = iri.rstrip("/").rsplit("/", 2)[-2] if iri.count("/") >= 2 else ""
    return {
        "name": _name_from_iri(iri),
        "type": _TYPE_BY_SEGMENT.get(segment, "organization"),
        "aliases": [],
        "documents": {},
        "roles": [],
    }


def _name_from_iri(iri: str) -> str:
    return slug_of(iri).replace("-", " ").title()
